package draft

import "testing"

// TestActsOfAClub drafts stories of a football club and a council and
// checks that "the club" is the club whose name ends in FC, though the
// council is named more often, and that a business that only speaks is a
// party of its own.
func TestActsOfAClub(t *testing.T) {
	checkActs(t, []actCase{
		{"the club, a name ending in FC",
			"Lunsenga Lions FC will move into the Chisanga Stadium next month after Lunsenga City Council agreed a lease. " +
				"Lunsenga City Council approved the lease on Monday. Lunsenga City Council will keep the ground. " +
				"The club has committed to spend 8 million dollars renovating the stands.",
			"renovating", "Lunsenga Lions FC"},
		{"a one-word business before its officer",
			"Skyvair refused to pay compensation to passengers. Skyvair boss Michael Doran said the airline would fight the claims in court.",
			"fight the claims", "Skyvair"},
	})
}
