package syntax

import "testing"

func TestHyphenVerbRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a hyphenated infinitive after a refusal takes the object",
			"The tribunal refused to fast-track the appeal.", "appeal", "track", "obj"},
		{"the last part of a hyphenated infinitive is the verb",
			"The tribunal refused to fast-track the appeal.", "track", "refused", "xcomp"},
		{"a hyphenated verb after a modal takes the object",
			"The council will rubber-stamp the budget on Monday.", "budget", "stamp", "obj"},
		{"a hyphenated infinitive whose last part the parser hung loose is the verb",
			"He said the government would not step in, but pledged to fast-track a bill allowing the port to set its own fees.", "track", "pledged", "xcomp"},
		{"a hyphenated infinitive whose last part the parser hung loose keeps its object",
			"He said the government would not step in, but pledged to fast-track a bill allowing the port to set its own fees.", "bill", "track", "obj"},
		{"a hyphenated noun object stays the object",
			"The firm will build a long-term plan.", "plan", "build", "obj"},
	})
}
