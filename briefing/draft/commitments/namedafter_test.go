package commitments

import "testing"

// TestDescriptionNamedSoonAfter checks that a description of a body
// given before the text names it ("the central bank", then "the Central
// Bank of Ostland") is that body, not an organisation named before it.
func TestDescriptionNamedSoonAfter(t *testing.T) {
	checkActors(t, []actorCase{
		{"a central bank described before it is named",
			"Ostland agreed a loan with the Delmar Fund. “We will protect savers,” said Tomas Brekke of the Savers League. Under the deal, the central bank will stop lending to the Treasury by June. The Central Bank of Ostland spent a third of its reserves last year.",
			[]string{"Ostland/country", "Delmar Fund/organisation", "Tomas Brekke/person", "Savers League/organisation", "Central Bank of Ostland/organisation"}, "Central Bank of Ostland"},
	})
}
