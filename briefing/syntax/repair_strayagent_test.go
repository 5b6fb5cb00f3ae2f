package syntax

import "testing"

func TestStrayAgentRepair(t *testing.T) {
	const text = "The extension was signed in the Ethiopian capital on Sunday evening by Commander Joseph Okelo of the Sebbe Valley Defence Force."
	checkRepairs(t, []repairCase{
		{"a name after \"by\" hung on a noun of a phrase of place is the passive verb's agent", text, "Joseph", "signed", "obl:agent"},
		{"a deadline after \"by\" stays where the parser put it",
			"The plant will be closed in the first phase of the plan by the end of June.", "end", "closed", "obl"},
	})
}
