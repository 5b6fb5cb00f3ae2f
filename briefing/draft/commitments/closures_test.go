package commitments

import "testing"

// TestClosureOfPlacesNamedWhereTheyAre checks that sites that will close
// are no actors, though the names of the streets they stand on are
// parties and a date follows the verb as the parser's object: the
// closure is the decision of the body that runs them.
func TestClosureOfPlacesNamedWhereTheyAre(t *testing.T) {
	checkActors(t, []actorCase{
		{"libraries on named streets close on a date",
			"The Marston City Council approved a budget on Wednesday that closes three branch libraries. The libraries on Elm Street, Hollins and Cray Park will close June 30.",
			[]string{"Marston City Council/organisation", "Hollins/organisation", "Cray Park/place"}, "Marston City Council"},
		{"depots near a named town close in a month",
			"Brell Logistics said it would cut 200 jobs. The depots near Tarnby will close in March.",
			[]string{"Brell Logistics/organisation", "Tarnby/organisation"}, "Brell Logistics"},
	})
}
