package commitments

import (
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// townNouns name a local community that acts through its council or
// mayor: "the town would not bid", "the city will open the course".
var townNouns = WordSet("town city village")

// townReach bounds how many sentences back a town is looked for.
const townReach = 3

// placeKind accepts a place.
func placeKind(kind string) bool { return kind == briefing.KindPlace }

// town resolves "the town" or "the city" (noun) at byte a of sentence si
// to the place the text calls so by name ("the city of Cologne"), else the
// place the speaker is mayor or leader of ("Vellano's mayor, Giorgio
// Ferretti, said the town would not bid"), else the place named last
// before it, within townReach sentences, that is not named only as where
// something happens ("a meeting in Lausanne"); a council named after that place ("Marrowick
// City Council") acts for it.
func (r *actorResolver) town(s *syntax.Sentence, si, a int, noun string) ([]int, bool) {
	p, ok := r.placeBefore(si, a, func(before string) bool { return strings.HasSuffix(strings.ToLower(before), noun+" of ") })
	if !ok {
		p, ok = r.sayerParty(s, si, placeKind)
	}
	if !ok {
		p, ok = r.placeBefore(si, a, func(before string) bool { return !locative(before) })
	}
	if !ok {
		return nil, false
	}
	name := r.d.Parties[p].Name
	for q, party := range r.d.Parties {
		if orgKind(party.Kind) && strings.HasPrefix(party.Name, name+" ") && strings.Contains(strings.ToLower(party.Name), "council") {
			return []int{q}, true
		}
	}
	return []int{p}, true
}

// placeBefore returns the place named last before byte a, within
// townReach sentences of sentence si, whose 20 bytes before the name fit
// ("city of " before "Cologne"; no "in" before "Lausanne").
func (r *actorResolver) placeBefore(si, a int, fits func(before string) bool) (int, bool) {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for k--; k >= 0 && r.sentenceIndex(r.mentions[k].start) >= si-townReach; k-- {
		m := r.mentions[k]
		if placeKind(r.d.Parties[m.party].Kind) && fits(r.d.Text[max(0, m.start-20):m.start]) {
			return m.party, true
		}
	}
	return 0, false
}
