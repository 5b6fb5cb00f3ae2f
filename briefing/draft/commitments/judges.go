package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// judicialApproval reports whether clause c is a judge approving a deal
// that others made ("Justice Miriam Kowalczyk has approved a $150-million
// settlement", "the settlement was approved by Judge Ray Ortiz"): the
// judge rules on the deal, is no party to it, and the approval is not a
// commitment of the judge's own.
func (r *actorResolver) judicialApproval(c clause) bool {
	if !approvalVerbs[lemmaOf(c.s.Words[c.pred])] || len(c.actors) == 0 {
		return false
	}
	ps, _ := r.clauseParties(c)
	for _, h := range c.actors {
		if judicialPhrase(c.s, h) {
			continue // "the judge", "Judge Ray Ortiz"
		}
		if len(ps) == 0 {
			return false
		}
	}
	for _, p := range ps {
		if !r.judge(p) {
			return false
		}
	}
	return true
}

// judge reports whether party p is a judge: a person whose role is a
// judicial office.
func (r *actorResolver) judge(p int) bool {
	party := r.d.Parties[p]
	return party.Kind == briefing.KindPerson && judicialTitle(strings.Fields(strings.ToLower(party.Role)))
}

// judicialPhrase reports whether the phrase headed by word h names a
// judge by its head or by a title before a name ("the judge", "Judge Ray
// Ortiz").
func judicialPhrase(s *syntax.Sentence, h int) bool {
	words := []string{lower(s.Words[h].Lemma)}
	for _, k := range s.Children(h) {
		if k < h {
			words = append(words, lower(s.Words[k].Form))
		}
	}
	return judicialTitle(words)
}

// judicialTitle reports whether the lower-cased words of a title or role
// name a judge: a word for one, and none for an office of government
// ("Justice Minister", "justice secretary").
func judicialTitle(words []string) bool {
	judicial := false
	for _, w := range words {
		if executiveWords[w] {
			return false
		}
		judicial = judicial || judicialWords[w]
	}
	return judicial
}

// judicialWords name judges. A court is left out: a university's court
// or a sports court of appeal may be a body that governs, and what it
// approves it may well agree to.
var judicialWords = WordSet("judge judges justice justices magistrate magistrates")

// executiveWords make a title with "justice" in it an office of
// government.
var executiveWords = WordSet("minister secretary ministry department commissioner")
