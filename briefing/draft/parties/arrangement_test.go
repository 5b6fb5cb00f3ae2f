package parties

import "testing"

// TestArrangementIsADocument checks that an arrangement signed between
// states is a document, no party.
func TestArrangementIsADocument(t *testing.T) {
	checkPartiesCases(t, []partiesCase{
		{"a patrol arrangement named with its acronym",
			"The two defence ministers met in Manila and signed the Joint Maritime Patrol Arrangement (JMPA). Under the Arrangement, the Philippines and Vietnam agreed to hold joint patrols.",
			[]string{"Philippines", "Vietnam"}, []string{"Joint Maritime Patrol Arrangement", "JMPA", "Arrangement"}},
	})
}
