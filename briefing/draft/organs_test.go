package draft

import (
	"strings"
	"testing"
	"time"
)

// TestStateOrgansKeptApart drafts an article that names the foreign
// ministries of two states: the act of one is that ministry's, never the
// other state's ministry of the same kind.
func TestStateOrgansKeptApart(t *testing.T) {
	text := "The deal was reached after four days of talks hosted by Qatar's foreign ministry.\n\n" +
		"Qatar will fly the freed hostages to Doha, Qatari foreign ministry spokesman Majed al-Hamadi said.\n\n" +
		"France's foreign ministry said it would send a medical team to Doha to meet the three French citizens."
	b, err := Draft(text, Options{Published: time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range b.Commitments {
		if strings.Contains(c.Action, "medical team") {
			got = append(got, strings.Join(c.Actors, ";"))
		}
	}
	if len(got) != 1 || got[0] != "France's foreign ministry" {
		t.Errorf("actors of the medical team %q, want [\"France's foreign ministry\"]", got)
	}
}
