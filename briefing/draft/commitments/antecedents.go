package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// unnamedAntecedent returns the phrase a "they" that opens sentence si
// (word h) stands for when the sentence before says what a group named by
// a plural common noun did or said, with no party named after the noun:
// "Prosecutors said the man would be tried in Lisbon. They have promised
// the court …" — the prosecutors, not a state a place phrase names. It
// returns that sentence and the head of the phrase, ok false otherwise.
func (r *actorResolver) unnamedAntecedent(s *syntax.Sentence, si, h int) (*syntax.Sentence, int, bool) {
	if lower(s.Words[h].Form) != "they" || !opensSentence(s, h) {
		return nil, 0, false
	}
	prev := r.sentence(si - 1)
	if prev == nil {
		return nil, 0, false
	}
	for v, w := range prev.Words {
		if w.Head != -1 {
			continue
		}
		if !text.ReportVerbs[w.Lemma] && commitVerbs[lemmaOf(w)] == (predicate{}) {
			return nil, 0, false // "Talks ended on Friday. They will resume": what cannot speak or promise does not act
		}
		sub := firstChild(prev, v, "nsubj")
		if sub < 0 || prev.Words[sub].Rel != "nsubj" { // not what was done to them
			return nil, 0, false
		}
		x := prev.Words[sub]
		_, last := phrase(prev, sub)
		if x.UPOS != "NOUN" || x.XPOS != "NNS" || firstChild(prev, sub, "nmod:poss", "nummod") >= 0 ||
			r.namesIn(x.Start, x.End) || last > sub && r.namesIn(x.End, prev.Words[last].End) {
			return nil, 0, false // "Officials from Spain said": Spain's; "Portuguese prosecutors" are still the prosecutors
		}
		return prev, sub, true
	}
	return nil, 0, false
}

// opensSentence reports whether word h is the first word of sentence s
// but for punctuation and quotation marks.
func opensSentence(s *syntax.Sentence, h int) bool {
	for k := 0; k < h; k++ {
		if s.Words[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// unnamedOfficer returns the body or state whose officer, unnamed, is the
// subject of the verb of saying that heads the sentence before sentence si
// ("Iceland's fisheries minister said her government would not accept
// it. “We will not sign a deal that punishes our fishermen,” she told
// reporters"): a "he" or "she" of si that opens no clause of its own
// speaks as that officer, for the owner. It returns nil when that
// sentence names a person in the officer's phrase or says nothing.
func (r *actorResolver) unnamedOfficer(si int) []int {
	return r.unnamedOfficerAs(si, "")
}

// unnamedOfficerAs is unnamedOfficer for an officer of the office named
// by lemma office, or of any office when office is "": "the president"
// speaking in sentence si after "Brazil's president said" in the one
// before speaks for Brazil.
func (r *actorResolver) unnamedOfficerAs(si int, office string) []int {
	prev := r.sentence(si - 1)
	if prev == nil {
		return nil
	}
	v := prev.Root()
	if v < 0 || !text.ReportVerbs[prev.Words[v].Lemma] {
		return nil
	}
	sub := firstChild(prev, v, "nsubj")
	if sub < 0 || prev.Words[sub].UPOS != "NOUN" || !offices[lower(prev.Words[sub].Lemma)] || office != "" && lower(prev.Words[sub].Lemma) != office {
		return nil
	}
	if r.namesPerson(prev.Bytes(prev.Subtree(sub))) {
		return nil // "Iceland's fisheries minister, Hanna Sif, said": she is named
	}
	var out []int
	for _, k := range prev.ChildrenWith(sub, "nmod:poss") {
		f, l := phrase(prev, k)
		if ps, found := r.subjectParties(prev.Bytes(f, l)); found {
			for _, p := range ps {
				if r.institution(p) {
					out = appendPartyIdx(out, p)
				}
			}
		}
	}
	return out
}

// namesPerson reports whether a person is named in bytes [a, b).
func (r *actorResolver) namesPerson(a, b int) bool {
	for _, m := range r.picked(a, b) {
		if personKind(r.d.Parties[m.party].Kind) {
			return true
		}
	}
	return false
}

// saysIt reports whether word h is the subject of a verb of saying.
func saysIt(s *syntax.Sentence, h int) bool {
	v := s.Words[h].Head
	return v >= 0 && text.RelIs(s.Words[h].Rel, "nsubj") && text.ReportVerbs[s.Words[v].Lemma]
}
