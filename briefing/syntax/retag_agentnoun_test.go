package syntax

import "testing"

// TestAgentNounRetag checks that a trade's noun in "-ist" read as a verb
// is the noun an apposition ends on, and that verbs in "-ist" stay verbs.
func TestAgentNounRetag(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a strategist in apposition to the speaker",
			`"Execution risk is high," said Marta Quiroga, an emerging markets strategist at Ridgeline Capital in London.`, "strategist", "Marta", "appos"},
	})
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s, _ := analyzedWords(t, m, "The unions insist that the talks resume.")
	if agentNounAsVerb(s.Words) >= 0 {
		t.Error(`"insist" read as a noun of a trade`)
	}
}
