package parties

import "testing"

// TestNotNames checks runs of capitalised words that name no party: work
// titles, product codes and the fields of offices, next to the names
// around them that stay parties.
func TestNotNames(t *testing.T) {
	cases := []struct {
		construction, text string
		want, notWant      []string
	}{
		{"quoted title with the small words of titles", "Quayle is best known for \"Ice Cold in Alex\" and \"Anne of a Thousand Days\".",
			nil, []string{"Ice Cold", "Alex", "Anne", "Thousand Days"}},
		{"title after a work noun and \"called\"", "Oxfam Trust published a new report called Rags To Riches on Monday.",
			[]string{"Oxfam Trust"}, []string{"Rags To Riches"}},
		{"quoted organisation inside a sentence stays", "\"We will fight,\" said Ana Ruiz of the Harbour Workers Union.",
			[]string{"Ana Ruiz", "Harbour Workers Union"}, nil},
		{"word for people at large in a results heading", "Women's 1,500 metres: 1. Svetlana Orlova (Russia) 4:01.",
			[]string{"Svetlana Orlova"}, []string{"Women"}},
		{"model code after the maker", "The carrier took delivery of its first Airbus A380 on Monday.",
			[]string{"Airbus"}, []string{"Airbus A380"}},
		{"field of an office after \"head of\"", "\"It is bad,\" said Ana Ruiz, head of Trade Policy at Oxfam Trust.",
			[]string{"Ana Ruiz", "Oxfam Trust"}, []string{"Trade Policy"}},
		{"field of an office after \"Minister for\"", "Sri Mulyani Indrawati, State Minister for National Development Planning, said so.",
			[]string{"Sri Mulyani Indrawati"}, []string{"National Development Planning"}},
		{"company after \"head of\" stays", "Tom Hale, head of General Motors, said so.",
			[]string{"Tom Hale", "General Motors"}, nil},
		{"phrase on the never list", "\"We fear the New Year will spell misery for Third World farmers,\" Oxfam Trust said.",
			[]string{"Oxfam Trust"}, []string{"New Year", "Third World"}},
		{"acronym of a document, there and later", "The World Trade Organisation is to end its Multi-Fibre Agreement (MFA) on Friday. The MFA was not perfect.",
			[]string{"World Trade Organization"}, []string{"MFA"}},
		{"month starting an organisation's name", "Federated Department Stores is to buy rival May Department Stores.",
			[]string{"Federated Department Stores", "May Department Stores"}, nil},
		{"ordinary word that labels a number", "Halvard Group emerged from Chapter 11 protection last year.",
			[]string{"Halvard Group"}, []string{"Chapter"}},
		{"teams in a results table stay", "Results on Saturday.\nDerby 3 Norwich 1",
			[]string{"Derby", "Norwich"}, nil},
		{"bill ending a name of several words is a law", "The Housing Supply Bill passed on Wednesday. Bill Clinton praised it.",
			[]string{"Bill Clinton"}, []string{"Housing Supply Bill"}},
		{"bracketed part of a bill's title belongs to the law", "The Senate passed the Rural Roads (Bridge Safety) Bill on Monday. Bill Hanley voted against it.",
			[]string{"Senate", "Bill Hanley"}, []string{"Rural Roads", "Bridge Safety", "Bill"}},
		{"bracketed acronym after a body stays its alias", "The Harbour Workers Union (HWU) Council met on Monday.",
			[]string{"Harbour Workers Union"}, nil},
		{"headline in title case: its ordinary words name nothing", "Assembly Backs Budget, Delays Vote on Fuel Levy\n\nThe Valmere Assembly backed the budget and delayed a vote on the levy.",
			[]string{"Valmere Assembly"}, []string{"Assembly Backs Budget", "Delays Vote", "Fuel Levy"}},
		{"subheading in title case keeps the names written normally", "Norvania, Kessland Abstain; Tariff Draft Rejected\n\nNorvania said it abstained. Kessland said it also abstained when the draft on the tariff was rejected.",
			[]string{"Norvania", "Kessland"}, []string{"Kessland Abstain", "Tariff Draft Rejected"}},
		{"plural abbreviation names members, not a body", "The bill passed despite a rebellion by 31 MPs. The NGOs protested outside.",
			nil, []string{"MPs", "NGOs"}},
		{"month that is a given name before a surname", "Tanzania's foreign minister, January Makamba, said the deal would be ratified. June Brody agreed.",
			[]string{"January Makamba", "June Brody"}, []string{"Makamba"}},
		{"two known countries closing a list are two names", "Six former republics, Russia, Belarus, Armenia and Tajikistan, signed a framework agreement.",
			[]string{"Armenia", "Tajikistan"}, []string{"Armenia and Tajikistan"}},
		{"month that is a given name after a title", "The men were wrong, said Inspector June Harlow.",
			[]string{"June Harlow"}, []string{"Harlow"}},
		{"month after an article before an acronym stays a date", "Traders said the decision at the July FOMC meeting mattered.",
			nil, []string{"July FOMC"}},
		{"month before a known place stays a date", "The August Chicago index rose 8.8 points.",
			nil, []string{"August Chicago"}},
		{"month before a year stays a date", "Halvard Group said in a statement that May 2024 sales rose.",
			[]string{"Halvard Group"}, []string{"May"}},
		{"seat of a body named beside the body is its alias", "The Scottish Parliament voted at Holyrood to back the plan.",
			[]string{"Scottish Parliament"}, []string{"Holyrood", "Parliament"}},
		{"month after a word of time stays a date", "In May General Motors said it would cut jobs.",
			[]string{"General Motors"}, []string{"May General Motors"}},
	}
	for _, c := range cases {
		checkParties(t, c.construction, c.text, c.want, c.notWant)
	}
}
