package commitments

import "testing"

// TestOwnedBodyDescribed checks that a body described by the possessive
// of its state's name before the text names it acts, not the state.
func TestOwnedBodyDescribed(t *testing.T) {
	checkActors(t, []actorCase{
		{"a state's possessive before a description of a party, named in the next sentence",
			"Bekora's main opposition party said on Monday it would boycott parliament. The Democratic Renewal Party holds 41 seats.",
			[]string{"Bekora/country", "Democratic Renewal Party/organisation"}, "Democratic Renewal Party"},
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
