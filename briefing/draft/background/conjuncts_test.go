package background

import "testing"

// Past verbs in a list, each with a date of its own, are an item each,
// however the parse hung the middle ones after their commas; a verb
// after a comma with its own subject or no date of its own stays with
// the event before.
func TestBackgroundListsOfDatedVerbs(t *testing.T) {
	checkBackground(t, []bgCase{
		{"three past verbs joined by commas and a last and",
			"The carrier bought a rival in 2001, cut 2,000 jobs in 2003 and returned to profit in 2006.",
			[]bgRow{{"2001", "The carrier bought a rival in 2001"}, {"2003", "cut 2,000 jobs in 2003"}, {"2006", "returned to profit in 2006."}}},
		{"three passive participles joined by commas and a last comma and",
			"The site was first proposed in 1969, rejected by parliament in 1972, and revived in 2008.",
			[]bgRow{{"1969", "The site was first proposed in 1969"}, {"1972", "rejected by parliament in 1972"}, {"2008", "revived in 2008."}}},
		{"a participle after a comma with no date of its own",
			"The airline was founded in 1990, backed by a state loan.",
			[]bgRow{{"1990", "The airline was founded in 1990, backed by a state loan."}}},
	})
}
