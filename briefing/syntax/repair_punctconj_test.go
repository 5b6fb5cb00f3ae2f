package syntax

import "testing"

func TestInfinitiveOnPunctRepair(t *testing.T) {
	const pact = "Kenya and Tanzania signed an agreement on Thursday to remove fees at six border checkpoints and to harmonise inspection rules for perishable goods."
	checkRepairs(t, []repairCase{
		{"a second infinitive hung on the full stop is the first one's conjunct", pact, "harmonise", "remove", "conj"},
		{"with its conjunction", "Tanzania signed an agreement on Thursday to remove fees at six border checkpoints and to harmonise inspection rules for perishable goods.", "and", "harmonise", "cc"},
	})
}
