package commitments

import "testing"

// TestQuotedWeOfASpokesmanForAKindOfBody checks that the quoted "we" of an
// unnamed spokesman qualified by a kind of body ("a university
// spokesperson", "a council spokesman") is the organisation whose name
// that noun heads, not the last person quoted nor another body whose name
// merely holds the word.
func TestQuotedWeOfASpokesmanForAKindOfBody(t *testing.T) {
	checkActors(t, []actorCase{
		{"a university spokesperson after a union leader spoke",
			"The University of Carrick wants to cut 200 jobs. “This is a betrayal,” said Rona Blake of the University and College Union. A university spokesperson said: “We will carry the plan through.”",
			[]string{"University of Carrick/organisation", "University and College Union/organisation", "Rona Blake/person"}, "University of Carrick"},
		{"a council spokesman after a campaigner spoke",
			"Riverton City Council voted to close three libraries. “It is a sad day,” said campaigner Joe Park. “We will keep a mobile service running,” a council spokesman said.",
			[]string{"Riverton City Council/organisation", "Joe Park/person"}, "Riverton City Council"},
	})
}
