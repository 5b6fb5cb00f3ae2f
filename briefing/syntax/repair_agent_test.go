package syntax

import "testing"

func TestParticipleAgentRepair(t *testing.T) {
	const text = "The main opposition party, led by Andres Saar, has refused to join any coalition that includes Lepik."
	checkRepairs(t, []repairCase{
		{"the name after \"by\" is the agent of the participle set off after the subject", text, "Andres", "led", "obl:agent"},
		{"the noun before the participle is the main verb's subject", text, "party", "refused", "nsubj"},
	})
}
