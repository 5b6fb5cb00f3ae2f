package syntax

import "testing"

// TestPerfectConjunctJoinsTheMainVerb checks that a verb joined by "and"
// whose auxiliary repeats the main verb's joins the main verb, not a verb
// of a clause inside it, and that a clause "whose" opens is a relative
// clause of the noun before it.
func TestPerfectConjunctJoinsTheMainVerb(t *testing.T) {
	text := "Westmere Police have apologised to the family of a teenager whose body was found nine days after she was reported missing, and have promised an independent review of how the search was handled."
	checkRepairs(t, []repairCase{
		{"have and a participle after a clause of time inside the main clause", text, "promised", "apologised", "conj"},
		{"the clause whose subject whose owns", text, "found", "teenager", "acl:relcl"},
	})
}
