package commitments

import "testing"

// TestTheClubIsTheStorysClub checks that "the club" is the club the
// story is about, not one the text once called a club in passing, unless
// that one is named in the same sentence.
func TestTheClubIsTheStorysClub(t *testing.T) {
	parties := []string{"Thornfield Knights|Knights/organisation", "Harrowgate/organisation"}
	story := "Thornfield Knights have been docked 10 points for breaking the salary cap. The deduction drops the Knights to 11th, three points above bottom club Harrowgate. "
	runCases(t, []commitmentCase{
		{"the club after a rival called a club in passing",
			story + "The club said it would appeal against the deduction.",
			parties, nil,
			[]brief{{"Thornfield Knights", "intends", "", ""}}},
		{"the club named in the same sentence",
			story + "Bottom club Harrowgate said the club would appeal against any reprieve.",
			parties, nil,
			[]brief{{"Harrowgate", "intends", "", ""}}},
	})
}
