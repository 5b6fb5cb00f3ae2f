package syntax

import "testing"

func TestPartnerInfinitiveRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"an infinitive after a long partner phrase is what the verb agreed",
			"Sardova has agreed with a committee of its largest bondholders to restructure $9.2 billion of defaulted bonds.",
			"restructure", "agreed", "xcomp"},
		{"a noun that takes an infinitive of its own keeps it",
			"The union agreed with the need to modernise the plant.", "modernise", "need", "acl"},
		{"an infinitive after a noun that is no verb's partner stays the noun's",
			"The firm signed a deal with Airbus to supply engines.", "supply", "deal", "acl"},
	})
}
