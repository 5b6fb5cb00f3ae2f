package draft

import (
	"strings"
	"testing"
	"time"
)

// TestItPassesOverACountryOnlyWhereAServiceIsUsed drafts a story whose
// "it" follows a sentence that names a country only as where people use
// a service ("people in the UK using its hotspots"): the firm the
// sentences are about commits, not the country.
func TestItPassesOverACountryOnlyWhereAServiceIsUsed(t *testing.T) {
	src := "Velcom has launched its latest device.\n\nIn response to demand, Velcom also said it would be adding the latest Blackberry to its range. " +
		"Reflecting the growing need to be connected, it announced it would introduce a flat-fee wi-fi tariff for people in the UK using its wi-fi hotspots. " +
		"It said it would nearly double the number of its hotspots globally.\n"
	b, err := Draft(src, Options{Published: time.Date(2005, 2, 14, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range b.Commitments {
		if strings.Contains(c.Text, "double") {
			found = true
			if strings.Join(c.Actors, ";") != "Velcom" {
				t.Errorf("actors of the doubling %q, want Velcom", c.Actors)
			}
		}
	}
	if !found {
		t.Errorf("no commitment to double the hotspots: %+v", b.Commitments)
	}
}
