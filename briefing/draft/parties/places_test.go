package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestPlacesNamedLikeBodies(t *testing.T) {
	cases := []struct {
		construction, text, name, kind string
	}{
		{"name qualifying a border crossing", "The two sides agreed on Monday to reopen the Kessel border crossing. Traders welcomed the news.",
			"Kessel", briefing.KindPlace},
		{"name qualifying a valley", "Troops crossed into the Lessa valley after a dispute over a dam. The Lessa valley is now quiet.",
			"Lessa", briefing.KindPlace},
		{"word for water opening a name before of", "Halvard Group will drill in the western Gulf of Norrland next year. The Gulf of Norrland is deep.",
			"Gulf of Norrland", briefing.KindPlace},
		{"name qualifying an ordinary noun stays a body", "The unions met Vestkraft on Monday. The Vestkraft board will cut 300 jobs.",
			"Vestkraft", briefing.KindOrganisation},
	}
	for _, c := range cases {
		d := draftDoc(t, c.text, "2021-03-01")
		p := findParty(d.Parties, c.name)
		if p == nil {
			t.Errorf("%s: no party %q in %q (%+v)", c.construction, c.name, c.text, d.Parties)
			continue
		}
		if p.Kind != c.kind {
			t.Errorf("%s: %q is a %s, want %s", c.construction, c.name, p.Kind, c.kind)
		}
	}
}
