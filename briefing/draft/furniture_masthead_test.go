package draft

import (
	"strings"
	"testing"
	"time"
)

// TestWeUnderAFurnitureMasthead drafts a page whose first line, the
// operator's name alone, reads as page furniture over the site's
// breadcrumbs: the page's "we" is that operator, not another body the
// page names before the "we".
func TestWeUnderAFurnitureMasthead(t *testing.T) {
	src := "Westway Trains\nHome > Travel updates > Planned engineering works\n\nLine closed for nine days in April\n\n" +
		"Network Rail will close the line between Norbridge and Castleford from Saturday 5 April while it replaces the track. " +
		"Westway Trains services will not run on those days.\n\nTickets are sold by Westway Trains Limited, which runs the line.\n\nWe will run replacement buses every 20 minutes throughout the closure."
	b, err := Draft(src, Options{Published: time.Date(2025, 3, 20, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range b.Commitments {
		if strings.Contains(c.Text, "replacement buses") {
			got = append(got, strings.Join(c.Actors, ";"))
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "Westway Trains") {
		t.Errorf("actors of the replacement buses %q, want the operator", got)
	}
}
