package parties

import "testing"

func TestCountriesInPassing(t *testing.T) {
	for _, tc := range []struct {
		construction, text, name string
		party                    bool
	}{
		{"nationality of people", "Yukos said on Monday that its US lawyers would ask for the assets to be frozen.", "United States", false},
		{"nationality of a firm", "Rover will close the plant if the deal with a Chinese car maker fails, the union said.", "China", false},
		{"yardstick", "Controls on capital create black markets in countries like Venezuela, the economist said.", "Venezuela", false},
		{"a state's officials", "Talks stalled after the Chinese government rejected the offer from Tarsin on Monday.", "China", true},
		{"a state's troops", "US troops will leave the base by May, a spokesman said.", "United States", true},
		{"a national team's captain", "England captain Ivo Marsh said the side would recover by Saturday.", "England", true},
		{"a side of a dispute", "The EU-US trade dispute went on for years.", "United States", true},
		{"subject", "Tarsin agreed the deal with Venezuela on Monday. Venezuela will ship oil from May.", "Venezuela", true},
		{"owner of what it does", "China's demand for oil has grown, and Beijing said it would buy more from Rosneft.", "China", true},
	} {
		d := draftDoc(t, tc.text, "2021-01-01")
		if got := findParty(d.Parties, tc.name) != nil; got != tc.party {
			t.Errorf("%s: %q a party: %v, want %v (%v)", tc.construction, tc.name, got, tc.party, names(d.Parties))
		}
	}
}
