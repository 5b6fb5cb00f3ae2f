package commitments

import "testing"

// TestNounMakers checks who a commitment noun names as its maker, and
// when a noun says that nobody has made it yet.
func TestNounMakers(t *testing.T) {
	runCases(t, []commitmentCase{
		{"an offer from a party is that party's proposal",
			"Shares rose after an offer from Norsk Metall to buy the smelter.",
			[]string{"Norsk Metall/organisation"}, nil,
			[]brief{{"Norsk Metall", "proposed", "", ""}}},
		{"assurances only sought from a party were not given",
			"The opposition sought assurances from Norsk Metall over jobs.",
			[]string{"Norsk Metall/organisation"}, nil, nil},
		{"a pledge won with no giver named is nobody's pledge",
			"The Greens won a pledge to double rail investment.",
			[]string{"Greens/organisation"}, nil, nil},
		{"a pledge won from a giver is the giver's pledge",
			"The Greens won a pledge from Civic Union to double rail investment.",
			[]string{"Greens/organisation", "Civic Union/organisation"}, nil,
			[]brief{{"Civic Union", "pledged", "", ""}}},
		{"a settlement that must still be approved by a judge is no judge's act",
			"The settlement, which must still be approved by Judge Ann Ward, ends the case.",
			[]string{"Ann Ward/person"}, nil, nil},
		{"an owned plan approved in the passive is its owner's",
			"Lakeside Council's plan to close three libraries was approved on Tuesday.",
			[]string{"Lakeside Council/organisation"}, nil,
			[]brief{{"Lakeside Council", "agreed", "", ""}}},
		{"an owned offer rejected in the passive is not its owner's refusal",
			"Norsk Metall's offer to buy the smelter was rejected.",
			[]string{"Norsk Metall/organisation"}, nil, nil},
		{"an agreement with a party held by the subject has both sides",
			"Halvex cited a settlement reached with Peru in 1992.",
			[]string{"Halvex/organisation", "Peru/country"}, []string{"in 1992=1992"},
			[]brief{{"Halvex;Peru", "agreed", "1992", ""}}},
		{"a participle misread as the noun's verb still names the makers",
			"The spending proposals laid out by the Treasury are highly controversial.",
			[]string{"Treasury/organisation"}, nil,
			[]brief{{"Treasury", "proposed", "", ""}}},
		{"a party's proposal that another commitment is about is told again, not made",
			"Halvex's refusal to consider Norsk Metall's proposal angered the union.",
			[]string{"Halvex/organisation", "Norsk Metall/organisation"}, nil,
			[]brief{{"Halvex", "refused", "", ""}}},
		{"an offer one is only prepared to make is not made",
			"Euronext said it may be prepared to make its offer in cash.",
			[]string{"Euronext/organisation"}, nil, nil},
	})
}

// TestSigningOf checks the signing of a paper as a signed commitment.
func TestSigningOf(t *testing.T) {
	runCases(t, []commitmentCase{
		{"those who witness the signing of documents are its sides",
			"Ortolan and Valik witnessed the signing of 14 cooperation documents.",
			[]string{"Sabine Ortolan|Ortolan/person", "Oren Valik|Valik/person"}, nil,
			[]brief{{"Oren Valik;Sabine Ortolan", "signed", "", ""}}},
		{"a signing between two sides is theirs",
			"The signing of the accord between Chad and Niger was delayed.",
			[]string{"Chad/country", "Niger/country"}, nil,
			[]brief{{"Chad;Niger", "signed", "", ""}}},
		{"welcoming a signing does not sign",
			"Canada welcomed the signing of the accord.",
			[]string{"Canada/country"}, nil, nil},
		{"the signing of a player is no commitment",
			"Rovers completed the signing of Tom Hale.",
			[]string{"Rovers/organisation", "Tom Hale/person"}, nil, nil},
	})
}
