package commitments

import "testing"

// TestPendingActsAndEventsAreNoCommitments checks that an act not yet
// done and what a day's event threatens are no commitment.
func TestPendingActsAndEventsAreNoCommitments(t *testing.T) {
	checkFound(t, []string{"Sri Lanka/country", "GBF/organisation"}, []foundCase{
		{"a proposal not yet adopted is pending, not refused",
			"Sri Lanka has proposed a speed limit, but the proposal has not yet been adopted.", "||adopted"},
		{"a walkout that threatens to ground flights is no party's act, and its day is no actor",
			"The GBF had called a 48-hour walkout from Thursday that threatened to ground hundreds of flights.", "||ground hundreds"},
	})
}

// TestNameBeforeItsKindIsTheBody checks that a union's name before the
// word "union" is the union that acts.
func TestNameBeforeItsKindIsTheBody(t *testing.T) {
	checkActors(t, []actorCase{
		{"the Unite union",
			"The Unite union said it would ballot members on strike action unless the company reversed the decision.",
			[]string{"Unite/organisation"}, "Unite"},
	})
}

// TestUnnamedOfficerSpeaksAgain checks that "the president" who speaks
// after a state's unnamed president spoke in the sentence before speaks
// for that state.
func TestUnnamedOfficerSpeaksAgain(t *testing.T) {
	checkActors(t, []actorCase{
		{"the president after Brazil's president",
			"Brazil's president said on Thursday his government would put $1 billion into a new fund. Speaking at a meeting of forest nations in Belem, the president said the money would be paid over five years.",
			[]string{"Brazil/country"}, "Brazil"},
	})
}

// TestActsMadeInThePassive checks that acts "made" in the passive are
// the acts themselves: denied, a restraint pledged.
func TestActsMadeInThePassive(t *testing.T) {
	checkFound(t, []string{"Vantara Motors/organisation"}, []foundCase{
		{"no redundancies to be made",
			"Vantara Motors said no compulsory redundancies would be made before April.", "pledged|Vantara Motors|no compulsory redundancies"},
		{"payments to be made",
			"Vantara Motors said payments will be made to every worker by March.", "intends|Vantara Motors|payments will be made"},
	})
}

// TestNameForACommitmentToldBefore checks that a commitment noun that
// names what "this" points at makes no commitment of its own.
func TestNameForACommitmentToldBefore(t *testing.T) {
	checkFound(t, []string{"Margaret Olsen/person/Council leader"}, []foundCase{
		{"this is our final offer",
			"Council leader Margaret Olsen said the council would not go further. \"This is our final offer,\" she said.", "||offer"},
	})
}
