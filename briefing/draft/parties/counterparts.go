package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// counterpartRoles reads "counterpart" as the office of the person it is
// set against ("the Defence Minister Ana Roth and her Kaldoran counterpart
// Ivo Marek", "Chinese President Li and his US counterpart"): a person
// whose role is only a counterpart takes the role of the nearest person
// with an office named before it in the sentence of its first mention,
// less the state the office is of ("President of China" gives "President").
func counterpartRoles(d *document, parties []briefing.Party) {
	for i := range parties {
		p := &parties[i]
		if p.Kind != briefing.KindPerson || !counterpartRole(p.Role) || len(p.Mentions) == 0 {
			continue
		}
		at := p.Mentions[0]
		si := sentenceOf(d, at)
		best, bestEnd := "", -1
		for j, q := range parties {
			if j == i || q.Kind != briefing.KindPerson || q.Role == "" || counterpartRole(q.Role) {
				continue
			}
			for _, sp := range q.Mentions {
				if sp.End <= at.Start && sp.End > bestEnd && sentenceOf(d, sp) == si {
					best, bestEnd = strings.TrimSuffix(q.Role, " of "+q.Affiliation), sp.End
				}
			}
		}
		if best != "" {
			p.Role = best
		}
	}
}

// counterpartRole reports whether role names a person only as someone's
// counterpart ("counterpart", "Kaldoran counterpart").
func counterpartRole(role string) bool {
	words := strings.Fields(strings.ToLower(role))
	return len(words) > 0 && len(words) <= 2 && words[len(words)-1] == "counterpart"
}
