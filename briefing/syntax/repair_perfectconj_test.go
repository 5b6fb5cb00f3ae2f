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

// TestModalConjunctAfterInfinitive checks that a verb with its own modal
// joined by "and" to an infinitive joins the finite verb the infinitive
// hangs under, and that a modal verb joined to a verb of the same group
// stays where it is.
func TestModalConjunctAfterInfinitive(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a modal's verb after an infinitive under a verb in the past",
			"Argentina and Uruguay said they wanted the talks to continue and would propose a compromise at a meeting in Montevideo on 12 January.", "propose", "wanted", "conj"},
		{"a modal's verb after an infinitive under a perfect joins the perfect",
			"A spokesperson said Severnside Water had already committed £90 million to upgrade treatment works in Herefordshire and would not cut that programme.", "cut", "committed", "conj"},
		{"a modal's verb after an infinitive under a finite copula joins the predicate",
			"Its leader, Priya Shah, said the council was willing to sell if Harbour Rovers could show it had the funds, and would decide by March.", "decide", "willing", "conj"},
		{"a bare verb after an infinitive stays the infinitive's conjunct",
			"The union wants the company to pay the bonus and restore the old shifts.", "restore", "pay", "conj"},
	})
}
