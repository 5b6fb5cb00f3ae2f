package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestSidesKeepPlacesThatAct checks that the brief lists a place only when
// it acts as a side or a commitment names it, and a state only when it is
// more than where things are, while the parties found keep every place
// and state for the stages that read them.
func TestSidesKeepPlacesThatAct(t *testing.T) {
	cases := []struct {
		construction, text, place string
		commitments               []briefing.Commitment
		kept                      bool
	}{
		{"a list of sites after \"at\"", "Ghana and Togo agreed to reopen the crossings at Aflao, Kpoglu and Batoumé by 15 February.", "Kpoglu", nil, false},
		{"a town that is only acted on", "The storm hit Geneva on Monday. Ghana sent aid.", "Geneva", nil, false},
		{"a town that acts", "Geneva offered to host the talks in March. Ghana accepted.", "Geneva", nil, true},
		{"a town whose officials act", "Local government officials in Frankfurt's state of Hessen have spoken out against the move.", "Hessen", nil, true},
		{"a town a commitment names", "The storm hit Geneva on Monday. Ghana sent aid.", "Geneva",
			[]briefing.Commitment{{Actors: []string{"Ghana"}, Counterparties: []string{"Geneva"}}}, true},
		{"a state where plants are", "Drought forced several of our plants in Spain, Morocco and South Africa to cut production.", "Morocco", nil, false},
		{"a state whose part is where things are", "Birchwood Bakeries will close 12 of its shops in the north-east of England next month.", "England", nil, false},
		{"a state before a firm it only places", "The league turned down a late offer from US streaming company Kickbox.", "United States", nil, false},
		{"a state whose government acts through a word before it", "The French government said it would raise the tax.", "France", nil, true},
		{"a state whose ministers act", "Health ministers from Malawi, Mozambique and Zambia have been negotiating with Gavi.", "Mozambique", nil, true},
		{"a state that is a subject", "Norway and Estonia have asked to be briefed on the vehicle.", "Estonia", nil, true},
		{"a state acted on", "The bloc imposed sanctions on Guinea-Bissau on Sunday.", "Guinea-Bissau", nil, true},
	}
	for _, c := range cases {
		d := draftDoc(t, c.text, "2026-12-03")
		if findParty(d.Parties, c.place) == nil {
			t.Errorf("%s: %q not found at all in %v", c.construction, c.place, names(d.Parties))
			continue
		}
		if got := findParty(Sides(d.Document, c.commitments), c.place) != nil; got != c.kept {
			t.Errorf("%s: %q listed = %v, want %v", c.construction, c.place, got, c.kept)
		}
	}
}
