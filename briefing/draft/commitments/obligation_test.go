package commitments

import (
	"strings"
	"testing"
)

// TestObligationsUnderAnAgreement checks that what a party must, may not,
// has to or is required to do under an agreement is an agreed term, that
// an "unless" makes it conditional, and that duties no agreement lays
// down and conditions on the deal itself are no commitment.
func TestObligationsUnderAnAgreement(t *testing.T) {
	parties := []string{"Orvane/organisation", "Dalmark/country", "Ellis Trust/organisation", "Petra Holm/person"}
	tests := []struct {
		name, text, want string // want: "status|actor|text fragment", or "" for no commitment
	}{
		{"must under a settlement",
			"Under the settlement, Orvane must repay every customer within 60 days.", "agreed|Orvane|repay every customer"},
		{"may not under an order, unless",
			"Under a consent order, Orvane may not sell the data unless customers agree in writing.", "conditional|Orvane|sell the data"},
		{"will have to under the terms",
			"Under the agreement, Orvane will also have to pay for retraining.", "agreed|Orvane|pay for retraining"},
		{"is required to under a deal",
			"Under the deal, Dalmark is required to cut its tariffs on steel by half.", "agreed|Dalmark|cut its tariffs"},
		{"an agreement that requires a party to act",
			"The settlement requires the Ellis Trust to publish its accounts every year.", "agreed|Ellis Trust|publish its accounts"},
		{"a duty under the law",
			"Petra Holm must decide within two months whether to approve the sale.", ""},
		{"a passive obligation, a condition on the deal",
			"Under the deal, the merger must still be cleared by regulators in Dalmark.", ""},
		{"must without an agreement",
			"Orvane must do more to protect children, campaigners said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := Find(testDoc(t, tt.text, parties, nil))
			if tt.want == "" {
				for _, c := range cs {
					if strings.Contains(c.Text, "must") || strings.Contains(c.Text, "decide") {
						t.Errorf("got %s %v %q, want none", c.Status, c.Actors, c.Text)
					}
				}
				return
			}
			w := strings.Split(tt.want, "|")
			for _, c := range cs {
				if strings.Contains(c.Text, w[2]) {
					if c.Status != w[0] || strings.Join(c.Actors, ",") != w[1] {
						t.Errorf("got %s %v %q, want %s %s", c.Status, c.Actors, c.Text, w[0], w[1])
					}
					return
				}
			}
			t.Errorf("no commitment holds %q in %+v", w[2], cs)
		})
	}
}
