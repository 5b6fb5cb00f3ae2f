package commitments

import "testing"

// TestGovernmentOfTheOneStateNamed checks that "the government", in a
// text that drafts no state as a party, is the one state its words name,
// inside other names too, and never a state a person's name happens to
// spell; with no state or two, the minister who speaks for it.
func TestGovernmentOfTheOneStateNamed(t *testing.T) {
	checkActors(t, []actorCase{
		{"a state named only inside the names of bodies",
			"Nurses at the Kenya Nurses Union walked out on Monday, and the Kenya Medical Board backed them. Health Minister Ana Reti said the government would not intervene in the dispute.",
			[]string{"Kenya Nurses Union/organisation", "Kenya Medical Board/organisation", "Ana Reti/person/Health Minister"}, "Kenya"},
		{"a first name that is also a capital names no state",
			"Prices rose again in March. Finance Minister Sofia Lind said the government would not ask the bank to cut rates.",
			[]string{"Sofia Lind/person/Finance Minister"}, "Sofia Lind"},
		{"two states named: the minister who speaks",
			"Nurses from Kenya and Uganda met on Monday. Health Minister Ana Reti said the government would not intervene in the dispute.",
			[]string{"Ana Reti/person/Health Minister"}, "Ana Reti"},
	})
}

// TestStateNamedInPassingIsNotTheGovernments checks that a state the text
// names once, in passing, is not taken for the one whose government acts.
func TestStateNamedInPassingIsNotTheGovernments(t *testing.T) {
	checkActors(t, []actorCase{
		{"a foreign lender named once",
			"Finance Minister Elias Marand welcomed the loan. China, the largest lender, agreed to extend its loans. Marand said the government would publish audits every quarter.",
			[]string{"Elias Marand|Marand/person/Finance Minister"}, "Elias Marand"},
	})
}

// TestGovernmentsInGeneralAreNoState checks that governments spoken of
// in general, or a government a party might form, are not the one state
// the text names.
func TestGovernmentsInGeneralAreNoState(t *testing.T) {
	checkActors(t, []actorCase{
		{"governments in general",
			"The study looks at Kenya. In Kenya, firms pay more tax each year. Governments will always seek to maximise tax revenue.",
			nil, "Governments"},
		{"a government a party would form",
			"The Kenya Nurses Union walked out, and the Kenya Medical Board backed it. Its spokesperson, Tamati Kerr, said a Labour government would pass a staffing law.",
			[]string{"Kenya Nurses Union/organisation", "Kenya Medical Board/organisation", "Tamati Kerr/person/spokesperson"}, "Labour government"},
	})
}

// TestMinistersOfTheOneState checks that ministers or officials named
// only as such are the government of the one state the text names, or of
// the Government that writes of itself as a party, and that ministers the
// text says are someone else's are not.
func TestMinistersOfTheOneState(t *testing.T) {
	checkActors(t, []actorCase{
		{"unnamed ministers in a text set in one state",
			"Kenya's nurses walked out on Monday. Kenya's health budget fell last year. Ministers will not raise pay until the audit is finished.",
			nil, "Kenya"},
		{"unnamed officials of a government that writes of itself",
			"The Government accepts this recommendation. The Government notes the report. Officials will discuss it with councils next week.",
			[]string{"Government/country"}, "Government"},
		{"ministers of another body stay theirs",
			"Kenya's nurses walked out. Kenya's health budget fell. EU ministers will meet next week to agree a plan.",
			nil, "EU ministers"},
	})
}

// TestUnownedMembersAndTrades checks that members named with no owner
// are the union's or the body's whose officer speaks, that a business
// named by its trade is the firm the text tells of, and that a document
// that pledges is its issuer's.
func TestUnownedMembersAndTrades(t *testing.T) {
	checkActors(t, []actorCase{
		{"members of the union",
			"The Energy Workers' Union said its ballot closed on Friday. Members will stage strikes on 3 June.",
			[]string{"Energy Workers' Union/organisation"}, "Energy Workers' Union"},
		{"member companies of the body whose officer speaks",
			"The Rovenian Insurance Association (RIA) said claims rose. RIA director general Anna Petkova said member companies had agreed to waive excesses for poor households.",
			[]string{"Rovenian Insurance Association|RIA/organisation", "Anna Petkova/person/director general"}, "Rovenian Insurance Association"},
		{"a budget that pledged, issued by the state that presented one",
			"Aldoria's government presented its budget on Wednesday. Last year's budget had pledged to cut the deficit to 3% by 2027.",
			[]string{"Aldoria/country"}, "Aldoria"},
		{"a manifesto that pledges, launched by its party",
			"The Civic Party launched its manifesto on Monday. The manifesto pledges to build 20,000 homes.",
			[]string{"Civic Party/organisation"}, "Civic Party"},
		{"a document that promises, the manifesto its party launched",
			"The Civic Party launched its manifesto on Monday. Rivals dismissed the manifesto. Its leader spoke for an hour. \"Every pledge is costed,\" she said. \"We will not raise taxes.\" The 84-page document promises to build 20,000 homes.",
			[]string{"Civic Party/organisation"}, "Civic Party"},
		{"a manifesto dismissed by a rival, not issued by it",
			"The Civic Party launched its manifesto on Monday. The Union Party dismissed the manifesto. The manifesto pledges to build 20,000 homes.",
			[]string{"Civic Party/organisation", "Union Party/organisation"}, "Civic Party"},
		{"the regulator",
			"Larkspur Air cancelled 400 flights. The Civil Aviation Authority said the regulator would write to the airline on Monday.",
			[]string{"Larkspur Air/organisation", "Civil Aviation Authority/organisation"}, "Civil Aviation Authority"},
		{"the regulator, a body named for regulation",
			"The Office of Water Regulation fined Kennet Water £4m on Monday. The regulator said it would review the company's leakage targets in May.",
			[]string{"Kennet Water/organisation", "Office of Water Regulation/organisation"}, "Office of Water Regulation"},
		{"a body's cabinet",
			"Eastwold County Council launched a consultation yesterday. The council's cabinet agreed last Thursday to consult on closing the school.",
			[]string{"Eastwold County Council/organisation"}, "Eastwold County Council"},
		{"ministers of a number of states, agents of a passive",
			"Toravia and Zelmar have quarrelled for years. The crossing will reopen under an agreement signed by the two countries' interior ministers on Tuesday.",
			[]string{"Toravia/country", "Zelmar/country"}, "Toravia;Zelmar"},
		{"the airline",
			"Larkspur Air cancelled 400 flights on Friday. Owen Pryce said the airline would cover hotel costs.",
			[]string{"Larkspur Air/organisation", "Owen Pryce/person"}, "Larkspur Air"},
		{"the company a speaker's own clause acted on",
			"Koala Kitchen Direct stopped selling the fryer on Friday. \"We have asked Kestrel to report the return rate to us every month, and the company has agreed to do that,\" Daniel Merrick said.",
			[]string{"Koala Kitchen Direct/organisation", "Kestrel/organisation", "Daniel Merrick/person"}, "Kestrel"},
		{"officers of a body a common noun names",
			"Ravensbrook Borough Council cut the supplement in November. A spokesman said council officers would meet the union again next Tuesday.",
			[]string{"Ravensbrook Borough Council/organisation"}, "Ravensbrook Borough Council"},
		{"the employer in a pay dispute",
			"Lakeshore Ferry Services and the Marine Workers' Union went to arbitration in May. The union sought 6%. The employer offered 2.5% in each year.",
			[]string{"Lakeshore Ferry Services/organisation", "Marine Workers' Union/organisation"}, "Lakeshore Ferry Services"},
	})
}

// TestStateOfAFirmsSiteIsNoGovernment checks that a state named only as
// where a firm's site lies is not the government that acts in the story,
// while a state where the story happens still is.
func TestStateOfAFirmsSiteIsNoGovernment(t *testing.T) {
	checkActors(t, []actorCase{
		{"a factory in a town and a state",
			"Veltro said production would move to its factory in Zaragoza, Spain, by the end of 2027. Tom Hale said the government had offered Veltro £30m in support last autumn.",
			[]string{"Veltro/organisation", "Spain/country", "Tom Hale/person"}, "government"},
		{"a plant in a state",
			"Veltro will build a plant in Mexico. The government will give Veltro a grant.",
			[]string{"Veltro/organisation", "Mexico/country"}, "government"},
		{"a state where the story happens",
			"Floods hit homes in Pakistan. The government promised to rebuild every home.",
			[]string{"Pakistan/country"}, "Pakistan"},
	})
}
