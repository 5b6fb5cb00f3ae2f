package commitments

import "testing"

// TestBodyTheActorsSetUp checks that a body the actors undertook to set
// up acts, when no party is that body, for those who set it up, and as
// itself when it is a party.
func TestBodyTheActorsSetUp(t *testing.T) {
	checkActors(t, []actorCase{
		{"a joint force three states agreed to form",
			"The presidents of Kenya, Uganda and Tanzania agreed on Tuesday to form a joint force to fight piracy. The force is to begin patrols in March.",
			[]string{"Kenya/country", "Uganda/country", "Tanzania/country"}, "Kenya;Tanzania;Uganda"},
		{"a commission two states agreed to set up",
			"Estmark and Dravonia agreed on Monday to set up a joint commission to map the border. The commission will report by December.",
			[]string{"Estmark/country", "Dravonia/country"}, "Dravonia;Estmark"},
		{"a body named as a party",
			"Kenya, Uganda and Tanzania agreed to create the Lake Victoria Patrol Force. The force will begin patrols in March.",
			[]string{"Kenya/country", "Uganda/country", "Tanzania/country", "Lake Victoria Patrol Force/organisation"}, "Lake Victoria Patrol Force"},
	})
}
