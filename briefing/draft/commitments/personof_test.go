package commitments

import "testing"

// TestPersonOfAStateOrBody checks that a person named with the state or
// body they come from ("Greta Lindqvist of Germany") is the one who
// acts, not the state or body, while an office of a place with no one
// named keeps its place out of the actors.
func TestPersonOfAStateOrBody(t *testing.T) {
	checkActors(t, []actorCase{
		{"a person of a state",
			"Greta Lindqvist of Germany said she would resign.",
			[]string{"Greta Lindqvist/person", "Germany/country"}, "Greta Lindqvist"},
		{"a person of a firm",
			"Greta Lindqvist of Siemens said she would resign.",
			[]string{"Greta Lindqvist/person", "Siemens/organisation"}, "Greta Lindqvist"},
		{"a person of a body named with its article",
			"Ana Duarte of the Public Law Project said she would seek costs from the council.",
			[]string{"Ana Duarte/person", "Public Law Project/organisation"}, "Ana Duarte"},
		{"a person from a state",
			"Greta Lindqvist from Germany said she would resign.",
			[]string{"Greta Lindqvist/person", "Germany/country"}, "Greta Lindqvist"},
		{"a body of a state is still the body",
			"The Bank of Germany said it would raise rates.",
			[]string{"Bank of Germany/organisation", "Germany/country"}, "Bank of Germany"},
	})
}
