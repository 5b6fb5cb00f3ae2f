package commitments

import "testing"

// TestPersonalOffice checks that a person's office that speaks or acts
// ("the governor's office", "her office") stands for the person, and that
// an office of no one named gives the act to no one else.
func TestPersonalOffice(t *testing.T) {
	parties := []string{"Maura Healey|Governor Maura Healey/person/Governor", "Massachusetts Teachers Association|the union/organisation"}
	checkActors(t, []actorCase{
		{"the governor's office acts for the governor",
			"Governor Maura Healey met the union on Friday. The governor's office will review the pay offer.", parties, "Maura Healey"},
		{"her office acts for her",
			"Governor Maura Healey met the union on Friday. Her office will review the pay offer.", parties, "Maura Healey"},
		{"\"it\" said by the governor's office is the governor",
			"Governor Maura Healey met the union on Friday. The governor's office said it would review the pay offer.", parties, "Maura Healey"},
		{"a body's own office stays a name",
			"The Prime Minister's Office said it would publish the report.", []string{"Prime Minister's Office/organisation"}, "Prime Minister's Office"},
	})
}
