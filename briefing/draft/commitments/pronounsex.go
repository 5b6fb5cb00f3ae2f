package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// pronounAfter returns "m" or "f" when, after a mention of person p, the
// first possessive "his" or "her" of its sentence (or "himself",
// "herself") comes before any other person is named and outside any
// quotation ("Rupert Caldwell, defending, said his client …", "Dennis
// Owusu reported his concerns"): it then refers back to p. A "she" or
// "her" as object may be someone else ("Kerr told the court she had
// repaid"), and so may an owner in what p is reported to say ("Anna Vik
// said the decision was his own"), but for a lawyer's "his client".
// Else "".
func (r *actorResolver) pronounAfter(p int) string {
	for _, m := range r.mentionsInText(p) {
		n := r.sentenceIndex(m.Start)
		s := r.sentence(n)
		if s == nil || n >= len(r.d.Sentences) {
			continue
		}
		end := r.d.Sentences[n].End
		for _, o := range r.picked(m.End, end) {
			if o.party != p && r.d.Parties[o.party].Kind == briefing.KindPerson {
				end = o.start // another person named first may be the one the pronoun is of
				break
			}
		}
		for k, w := range s.Words {
			if w.Start < m.End || w.End > end || quotedWord(s, k) {
				continue
			}
			f := lower(w.Form)
			if sex := pronounSex[f]; sex != "" && (text.RelIs(w.Rel, "nmod:poss") || strings.HasSuffix(f, "self")) &&
				(!reported(s, k) || w.Head >= 0 && lower(s.Words[w.Head].Lemma) == "client") {
				return sex
			}
		}
	}
	return ""
}

// pronounSex is the sex an owner or a reflexive pronoun says.
var pronounSex = map[string]string{"his": "m", "himself": "m", "her": "f", "herself": "f"}

// reported reports whether word k stands in a clause that a verb reports
// (a complement or an aside of saying).
func reported(s *syntax.Sentence, k int) bool {
	for steps := 0; k >= 0 && steps <= len(s.Words); steps++ {
		if text.RelIs(s.Words[k].Rel, "ccomp", "parataxis") {
			return true
		}
		k = s.Words[k].Head
	}
	return false
}
