package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestSidesKeepPlacesThatAct checks that the brief lists a place only when
// it acts as a side or a commitment names it, while the parties found
// keep every place for the stages that read them.
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
