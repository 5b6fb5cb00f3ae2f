package commitments

import (
	"strings"
	"testing"
)

// TestCounterpartiesNotWhereTheyAre checks that a party named in a phrase
// that says where the counterparty is ("two generic makers in India") is
// no counterparty, while a party the phrase is about still is.
func TestCounterpartiesNotWhereTheyAre(t *testing.T) {
	tests := []struct {
		name, text string
		parties    []string
		want       string
	}{
		{"states the makers licensed are in",
			"Halvorsen Pharma will license its patent to two generic makers in India and South Africa.",
			[]string{"Halvorsen Pharma/organisation", "India/country", "South Africa/country"}, ""},
		{"a firm dealt with in a city",
			"Acme Foods signed a supply deal with Zentra Holdings in Paris.",
			[]string{"Acme Foods/organisation", "Zentra Holdings/organisation", "Paris/place"}, "Zentra Holdings"},
		{"the state whose government is dealt with",
			"Ghana signed a border deal with the government of Kenya.",
			[]string{"Ghana/country", "Kenya/country"}, "Kenya"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := Find(testDoc(t, tt.text, tt.parties, nil))
			if len(cs) != 1 {
				t.Fatalf("got %d commitments %+v", len(cs), cs)
			}
			if got := strings.Join(cs[0].Counterparties, ";"); got != tt.want {
				t.Errorf("counterparties %q, want %q", got, tt.want)
			}
		})
	}
}
