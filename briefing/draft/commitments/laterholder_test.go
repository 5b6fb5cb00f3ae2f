package commitments

import "testing"

// TestOfficeNamedBeforeItsHolder checks that a lead's definite description
// of an office stands for the person the next sentences name in that
// office, and that a holder named before keeps the description.
func TestOfficeNamedBeforeItsHolder(t *testing.T) {
	checkActors(t, []actorCase{
		{"a town's mayor",
			"Harbridge's mayor has promised to build 1,500 new council homes by May 2030. Mayor Julie Ashcombe spoke at a meeting on Tuesday.",
			[]string{"Julie Ashcombe/person/Mayor"}, "Julie Ashcombe"},
		{"the speaker of a house, the house named",
			"The Speaker of the House of Commons has turned down a request to recall MPs. In a letter, Speaker Laurent Desrochers told leaders he had no power.",
			[]string{"House of Commons|Commons/organisation", "Laurent Desrochers/person/Speaker"}, "Laurent Desrochers"},
		{"a holder named before",
			"Mayor Ann Cole said the town would bid. Mayor Tom Reyes of the next town said it would not. The mayor has promised to build 500 homes.",
			[]string{"Ann Cole/person/Mayor", "Tom Reyes/person/Mayor"}, "Tom Reyes"},
	})
}
