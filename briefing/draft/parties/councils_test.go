package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestCouncilsAreOrganisations checks that a place's name before a
// lower-case "council" names the council, an organisation.
func TestCouncilsAreOrganisations(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a known town before council", "A teenager was detained in Oldham. Oldham council said it would hold a meeting.", "Oldham council", briefing.KindOrganisation},
		{"an unknown town before council", "Tarnbridge council will close three libraries next year.", "Tarnbridge council", briefing.KindOrganisation},
		{"a kind of council between the place and council", "Officials said the Harlow county council would appeal.", "Harlow county council", briefing.KindOrganisation},
	})
	for _, c := range []struct{ construction, text, notWant string }{
		{"a political camp before council names no council", "The Labour council said it would keep the library open.", "Labour council"},
		{"a people before council names no council", "The British council said it would keep the library open.", "British council"},
	} {
		if d := draftDoc(t, c.text, "2021-03-01"); findParty(d.Parties, c.notWant) != nil {
			t.Errorf("%s: %q is a party in %q", c.construction, c.notWant, c.text)
		}
	}
}
