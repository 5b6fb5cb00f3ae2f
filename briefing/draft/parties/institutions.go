package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// Institutions named by their bare common word: "the Ministry", "the
// Government", "the Court" point back to a body the text names in full
// ("the Ministry of Foreign and Maritime Affairs"), or to the state the
// story is about. Such a word joins the body named first among those
// whose names hold it, and is no party of its own when none does.

// institutionWords name a kind of institution and, bare, point back to one
// named in full. Names of a country's single body ("Parliament", "Senate",
// "Congress", "Treasury") are not among them: bare, they are its name.
var institutionWords = text.SetOf("Ministry", "Government", "Department", "Court", "Chamber", "Commission",
	"Committee", "Agency", "Authority", "Tribunal", "Directorate", "Inspectorate")

// bareInstitution reports whether party p is named only by a bare word for
// an institution ("the Government"): a reference to a body or state the
// text names otherwise.
func bareInstitution(p briefing.Party) bool {
	return p.Kind == briefing.KindOrganisation && len(p.Aliases) == 0 && institutionWords[strings.TrimSpace(p.Name)]
}

// firstNamed returns, of the groups gs, the one whose first mention comes
// first in the text.
func (mg *merger) firstNamed(gs []int) int {
	best, at := -1, 0
	for _, gi := range gs {
		for _, i := range mg.groups[gi].members {
			if s := mg.ms[i].span.Start; best < 0 || s < at {
				best, at = gi, s
			}
		}
	}
	return best
}
