package draft

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestFits(t *testing.T) {
	org, per := briefing.KindOrganisation, briefing.KindPerson
	cases := []struct {
		construction, short, long, shortKind, longKind string
		want                                           bool
	}{
		{"organisation without its last words", "Halvard", "Halvard Group", org, org, true},
		{"organisation without its first words", "Harbour Trust", "Northern Harbour Trust Fund", "", org, true},
		{"surname of several words", "De Marco", "Luisa De Marco", per, per, true},
		{"first name is no surname", "Luisa", "Luisa De Marco", per, per, false},
		{"kinds differ", "Halvard", "Halvard Group", per, org, false},
		{"words not in a row", "Halvard Fund", "Halvard Group Fund", org, org, false},
	}
	for _, c := range cases {
		if got := fits(strings.Fields(c.short), strings.Fields(c.long), c.shortKind, c.longKind); got != c.want {
			t.Errorf("%s: fits(%q, %q) = %v, want %v", c.construction, c.short, c.long, got, c.want)
		}
	}
}

// TestOnePartyPerEntity checks that a name, its acronym defined in the
// text and its shortened forms make one party.
func TestOnePartyPerEntity(t *testing.T) {
	text := "The World Trade Organisation (WTO) said on Monday it would review the case. " +
		"Officials at the WTO declined to say more. Halvard Group, a shipping firm, filed the complaint. " +
		"Halvard said it would wait. Planning Minister Luisa De Marco backed the firm, and Ms De Marco later met officials."
	d := draftDoc(t, text, "2021-03-01")
	count := map[string]int{}
	for _, p := range d.parties {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			count[n]++
		}
	}
	for _, n := range []string{"WTO", "Halvard", "De Marco"} {
		if count[n] > 1 {
			t.Errorf("%q names %d parties, want one: %+v", n, count[n], d.parties)
		}
	}
	for _, name := range []string{"Halvard Group", "Luisa De Marco"} {
		if findParty(d.parties, name) == nil {
			t.Errorf("party %q not found in %+v", name, d.parties)
		}
	}
}
