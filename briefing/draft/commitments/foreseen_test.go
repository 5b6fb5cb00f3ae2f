package commitments

import "testing"

// TestForecastsHeldByOthers checks that what others expect of a party or
// judge likely is a forecast, in any tense and with any verb, while the
// party's own expectation, told in the active, and a schedule ("is set
// to") are its intentions.
func TestForecastsHeldByOthers(t *testing.T) {
	parties := []string{"Marlow Rovers/organisation", "Ostrava/country", "Kessler/person", "Tidewater Bank/organisation",
		"Senate/organisation"}
	runCases(t, []commitmentCase{
		{"a player expected to sign is a forecast",
			"The midfielder Kessler is expected to sign a three-year contract with Marlow Rovers on Friday.", parties, nil, nil},
		{"a country likely to abstain is a forecast",
			"Diplomats said Ostrava was likely to abstain in the vote.", parties, nil, nil},
		{"a bank unlikely to agree is a forecast",
			"Tidewater Bank is unlikely to agree to the merger before the summer.", parties, nil, nil},
		{"a body expected to approve in a relative clause is a forecast",
			"The bill now goes to the Senate, which is expected to approve it next month.", parties, nil, nil},
		{"what was expected of a party in the past is a forecast",
			"Ostrava had been expected to withdraw its ambassador.", parties, nil, nil},
		{"a passive measure expected by others is a forecast",
			"Fares at Marlow Rovers are expected to be cut next season.", parties, nil, nil},
		{"work expected to return to normal is a forecast",
			"Work is expected to return to normal by Monday.", parties, nil, nil},
		{"a party certain to reject is a forecast",
			"Kessler is certain to reject the offer.", parties, nil, nil},
		{"the party's own expectation in the active is its intention",
			"Tidewater Bank said it expects to close 40 branches next year.", parties, nil,
			[]brief{{"Tidewater Bank", "intends", "", ""}}},
		{"expecting others to act is no commitment of the one who expects",
			"Tidewater Bank expects rivals to follow with cuts of their own. Tidewater Bank expects waiting times to grow.", parties, nil, nil},
		{"a schedule set for a party stays its intention",
			"Ostrava is set to withdraw its ambassador.", parties, nil,
			[]brief{{"Ostrava", "intends", "", ""}}},
	})
}

// TestCounterfactualsCommitToNothing checks that what a party would,
// could or might have done did not happen and commits it to nothing,
// while a plain "would" after a verb of saying still does.
func TestCounterfactualsCommitToNothing(t *testing.T) {
	parties := []string{"Marlow Rovers/organisation", "Ostrava/country", "Tidewater Bank/organisation", "Unite/organisation"}
	runCases(t, []commitmentCase{
		{"would have signed if is a counterfactual",
			"Unite would have signed the deal if Tidewater Bank had raised its offer.", parties, nil, nil},
		{"could have agreed is a counterfactual",
			"Ostrava could have agreed to the ceasefire months ago.", parties, nil, nil},
		{"would not have awarded is a counterfactual",
			"Marlow Rovers said it would not have sold the ground without a vote of its members.", parties, nil, nil},
		{"might have promised is a counterfactual",
			"Tidewater Bank might have promised more to its staff.", parties, nil, nil},
		{"a reported would stays an intention",
			"Unite said it would sign the deal.", parties, nil,
			[]brief{{"Unite", "intends", "", ""}}},
	})
}

// TestRestatedAndArguedAreNoNewCommitments checks that keeping a promise
// just told restates it, as a signer's signing of nothing named does, that what one argues a thing would do is an
// opinion, and that someone indefinite in a counterfactual is no one.
func TestRestatedAndArguedAreNoNewCommitments(t *testing.T) {
	parties := []string{"Halden Council/organisation", "Ostrava/country", "Nadia Cole/person", "Unite/organisation"}
	runCases(t, []commitmentCase{
		{"keeping that promise restates the promise",
			"\"We have promised the parents that no school will close, and we will keep that promise,\" Nadia Cole said.", parties, nil,
			[]brief{{"Nadia Cole", "pledged", "2020-08-31", ""}}},
		{"honouring the agreement is a pledge of its own",
			"Ostrava signed the truce on Monday. Ostrava said it would honour the agreement.", parties, nil,
			[]brief{{"Ostrava", "signed", "", ""}, {"Ostrava", "pledged", "", ""}}},
		{"a signing of nothing named by one who signed before tells it again",
			"Nadia Cole signed the contract with Unite on Friday. \"I've signed, and I'm thrilled,\" Nadia Cole said.", parties, nil,
			[]brief{{"Nadia Cole", "signed", "", ""}}},
		{"a signing of nothing named by others who signed nothing before is their own",
			"Halden Council signed the charter on Friday. Unite also signed as a founding partner.", parties, nil,
			[]brief{{"Halden Council", "signed", "", ""}, {"Unite", "signed", "", ""}}},
		{"what one argues a law would do is an opinion",
			"Halden Council rejected the plan, arguing that it would drive away visitors.", parties, nil,
			[]brief{{"Halden Council", "refused", "", ""}}},
		{"someone indefinite in a counterfactual's object is no one",
			"Unite said the council would not have awarded the contract to a firm that planned to cut wages.", parties, nil, nil},
		{"someone indefinite in a counterfactual is no one",
			"Halden Council said it would not have hired a contractor that planned to cut wages.", parties, nil, nil},
	})
}

// TestActsOnThingsPointedAtAreTwo checks that the same act on "this"
// thing, told twice, acts on two things the text has just told of (two
// recommendations accepted), while the same act on the same thing named
// again is told once.
func TestActsOnThingsPointedAtAreTwo(t *testing.T) {
	parties := []string{"Government/country"}
	runCases(t, []commitmentCase{
		{"two recommendations accepted",
			"Recommendation 1: The Government should fund apprenticeships.\n\nThe Government accepts this recommendation.\n\nRecommendation 2: The Government should publish data.\n\nThe Government accepts this recommendation in part.",
			parties, nil,
			[]brief{{"Government", "agreed", "", ""}, {"Government", "agreed", "", ""}}},
		{"one budget presented, told twice",
			"The Government will present a budget in March. Officials said the Government will present the budget with new tax cuts.",
			parties, nil,
			[]brief{{"Government", "intends", "", ""}}},
	})
}
