package commitments

import "testing"

// TestGovernmentTiedByTheText checks that a bare "the government" is the
// state whose government the text named as such before, not a mediator
// or host state the story names more often.
func TestGovernmentTiedByTheText(t *testing.T) {
	checkActors(t, []actorCase{
		{"the government of a state named at the start, with a host state named more often",
			"The government of Veskaria and the rebel Free Hills Front signed a truce in Ondara on Sunday after talks hosted by Ondara. Ondara praised the deal. Ondara will host a second round in May. The government has undertaken to free 80 prisoners by March.",
			[]string{"Ondara/country", "Veskaria/country", "Free Hills Front/organisation"}, "Veskaria"},
		{"a state's possessive government before the bare government",
			"Talks were hosted by Ondara, and Ondara's president opened them. Veskaria's government sent its finance minister. Later the government said it would repay the loan by June.",
			[]string{"Ondara/country", "Veskaria/country"}, "Veskaria"},
		{"a government named by the state's adjective",
			"Ondara mediated the talks in Ondara City. Ondara also offered money. The Veskarian government attended, and the government will release the detainees in April.",
			[]string{"Ondara/country", "Veskaria|Veskarian/country"}, "Veskaria"},
	})
}
