package parties

import "testing"

// TestCauseNameGoesOnAfterOf checks that a body named for a cause, a noun
// made from a verb before "of" and a place, stays one name, while a
// person "of" a state is two parties.
func TestCauseNameGoesOnAfterOf(t *testing.T) {
	checkNames(t, []namesCase{
		{"a front for a cause of a place", "The Front for the Liberation of Talmara rejected the roadmap on Monday.",
			[]string{"Front for the Liberation of Talmara"}, []string{"Front for the Liberation", "Talmara"}},
		{"a movement for a cause of a region, then its acronym", "The fighters of the Movement for the Liberation of Upper Talmara, the MLUT, would move into six sites.",
			[]string{"Movement for the Liberation of Upper Talmara"}, []string{"Movement for the Liberation"}},
		{"a person of a state", "Greta Lindqvist of Germany said the talks had ended.",
			[]string{"Greta Lindqvist", "Germany"}, nil},
	})
}

// namesCase is a text, the parties its draft must name and those it must
// not.
type namesCase struct {
	construction, text string
	want, notWant      []string
}

// checkNames drafts each case's text and checks the parties it names.
func checkNames(t *testing.T, cases []namesCase) {
	t.Helper()
	for _, c := range cases {
		d := draftDoc(t, c.text, "2021-03-01")
		got := names(d.Parties)
		for _, w := range c.want {
			if findParty(d.Parties, w) == nil {
				t.Errorf("%s: %q missing in %v", c.construction, w, got)
			}
		}
		for _, w := range c.notWant {
			if findParty(d.Parties, w) != nil {
				t.Errorf("%s: %q is no party (%v)", c.construction, w, got)
			}
		}
	}
}
