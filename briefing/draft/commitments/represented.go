package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// representedNouns are the people of a body, besides the workers a union
// names itself by (see workerNouns).
var representedNouns = WordSet("controllers farmers growers tenants residents students crew crews porters cleaners guards " +
	"conductors officers")

// represented resolves a subject that names the people of a body, its
// members or its workers, bare or with "the" ("controllers would keep
// working", "the nurses will strike"), inside the words of one who speaks
// for an organisation ("The association's president, Tomas Brek, said
// …", "Its general secretary said …") to that organisation: its people act
// together through it, and its officer speaks of the body's own conduct,
// not of others. A firm's customers or a state's citizens are none of
// its people.
func (r *actorResolver) represented(s *syntax.Sentence, si, h int) ([]int, bool) {
	w := s.Words[h]
	first, _ := phrase(s, h)
	if w.UPOS != "NOUN" || w.XPOS != "NNS" || h-first > 1 || h-first == 1 && lower(s.Words[first].Form) != "the" {
		return nil, false
	}
	noun := lower(w.Form)
	if noun != "members" && !workerNouns[noun] && !representedNouns[noun] {
		return nil, false
	}
	if w.Head >= 0 && text.ReportVerbs[s.Words[w.Head].Lemma] && text.RelIs(w.Rel, "nsubj") {
		return nil, false // "Nurses said they would strike": the speakers themselves
	}
	p, ok := r.sayerParty(s, si, orgKind)
	if !ok {
		return nil, false
	}
	return []int{p}, true
}
