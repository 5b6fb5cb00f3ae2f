package parties

import "testing"

// TestCauseNameGoesOnAfterOf checks that a body named for a cause, a noun
// made from a verb before "of" and a place, stays one name, while a
// person "of" a state is two parties.
func TestCauseNameGoesOnAfterOf(t *testing.T) {
	checkPartiesCases(t, []partiesCase{
		{"a front for a cause of a place", "The Front for the Liberation of Talmara rejected the roadmap on Monday.",
			[]string{"Front for the Liberation of Talmara"}, []string{"Front for the Liberation", "Talmara"}},
		{"a movement for a cause of a region, then its acronym", "The fighters of the Movement for the Liberation of Upper Talmara, the MLUT, would move into six sites.",
			[]string{"Movement for the Liberation of Upper Talmara"}, []string{"Movement for the Liberation"}},
		{"a person of a state", "Greta Lindqvist of Germany said the talks had ended.",
			[]string{"Greta Lindqvist", "Germany"}, nil},
		{"the office of a body named after a known one", "John Smith, Chairman of the Senate Finance Committee, said the bill would pass.",
			[]string{"John Smith", "Senate Finance Committee"}, []string{"Finance Committee"}},
		{"the chair of a committee named after a council", "Ines Carvalho-Lund, Chair of the Security Council Committee on Karvos, spoke to reporters.",
			[]string{"Security Council Committee on Karvos"}, []string{"Committee on Karvos"}},
	})
}
