package commitments

import "testing"

// TestOwnedBodyDescribed checks that a body described by the possessive
// of its state's name before the text names it acts, not the state.
func TestOwnedBodyDescribed(t *testing.T) {
	checkActors(t, []actorCase{
		{"a state's possessive before a description of a party, named in the next sentence",
			"Bekora's main opposition party said on Monday it would boycott parliament. The Democratic Renewal Party holds 41 seats.",
			[]string{"Bekora/country", "Democratic Renewal Party/organisation"}, "Democratic Renewal Party"},
		{"\"the country's\" and a plural possessive before the word for the body",
			"The country's main port employers' association said it would not pass the cost on to shippers. The Port Employers' Association of the Netherlands has 41 members.",
			[]string{"Port Employers' Association of the Netherlands/organisation"}, "Port Employers' Association of the Netherlands"},
	})
}

// TestDescribedBodiesNamedAfter checks that two bodies a lead describes
// before the text names them are each the only body of their kind named
// after them.
func TestDescribedBodiesNamedAfter(t *testing.T) {
	runCases(t, []commitmentCase{
		{"two described bodies, each the only one of its kind named after them",
			"Chile's largest retail union and the main employers' federation signed a national wage accord. The deal between the National Union of Logistics Workers and the Federation of Retail Employers ends months of talks.",
			[]string{"Chile/country", "National Union of Logistics Workers/organisation", "Federation of Retail Employers/organisation"}, nil,
			[]brief{{"Federation of Retail Employers;National Union of Logistics Workers", "signed", "", ""},
				{"Federation of Retail Employers;National Union of Logistics Workers", "agreed", "", ""}}},
	})
}

// TestConditionInRelativeClause checks that a condition inside a relative
// clause on the thing agreed tells what it does, and leaves the act
// unconditional.
func TestConditionInRelativeClause(t *testing.T) {
	runCases(t, []commitmentCase{
		{"an if-clause inside a relative clause on the object",
			"The union and the federation signed a wage accord that allows either side to reopen talks if prices rise sharply.",
			[]string{"union/organisation", "federation/organisation"}, nil,
			[]brief{{"federation;union", "signed", "", ""}}},
	})
}

// TestOneBodyIntroduced checks that "one council" before the text names a
// council is that council.
func TestOneBodyIntroduced(t *testing.T) {
	checkActors(t, []actorCase{
		{"\"one\" and a word for a body named in the next sentence",
			"Funding was announced on Monday, but one council has already said it will not put up the money. Dunmore Borough Council said the scheme was unfunded.",
			[]string{"Dunmore Borough Council/organisation"}, "Dunmore Borough Council"},
	})
}

// TestNotAllActed checks that an act denied to some of a set ("not all",
// "not everyone"), done by none or told of every member of a kind as a
// habit is no commitment.
func TestNotAllActed(t *testing.T) {
	runCases(t, []commitmentCase{
		{"\"not all\" before the subject",
			"Not all nations along the route have signed on.",
			nil, nil, nil},
		{"\"not all\" before the subject of a support verb and its noun",
			"Not all terminal operators have signed the deal.",
			nil, nil, nil},
		{"\"all\" alone keeps the act",
			"All nations along the route have signed the agreement.",
			nil, nil, []brief{{"nations along the route", "signed", "2020-08-31", ""}}},
		{"\"not everyone\"",
			"Not everyone has signed.",
			nil, nil, nil},
		{"what no one has done yet, in the passive",
			"Daniel Frere said talks were continuing but no contracts have yet been signed.",
			[]string{"Daniel Frere/person"}, nil, nil},
		{"what none will suffer is a pledge",
			"Daniel Frere said no jobs would be cut at the plant.",
			[]string{"Daniel Frere/person"}, nil, []brief{{"Daniel Frere", "pledged", "", ""}}},
		{"what every member of a kind does",
			"Every operator promises a clean exit and then asks to leave its rubbish behind.",
			nil, nil, nil},
		{"what every member did",
			"Every member state signed the declaration.",
			nil, nil, []brief{{"member state", "signed", "", ""}}},
	})
}
