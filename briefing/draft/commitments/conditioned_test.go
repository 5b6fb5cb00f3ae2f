package commitments

import "testing"

// What a condition asks of others is no commitment of theirs, and a
// condition opened by "as long as" keeps its first words.
func TestCommitmentInsideAConditionIsNone(t *testing.T) {
	runCases(t, []commitmentCase{
		{"an offer the condition asks for",
			"The Ferrant Nurses Union met ministers on Monday. \"We will call off the strike provided that the ministry puts its offer in writing,\" said Tomas Ehle, the union's general secretary.",
			[]string{"Ferrant Nurses Union/organisation", "Tomas Ehle|Ehle/person"}, []string{"on Monday=2020-08-31"},
			[]brief{{"Ferrant Nurses Union;Tomas Ehle", "conditional", "", ""}}},
		{"a truce the condition asks others to keep",
			"\"As long as the rebels keep to the ceasefire, we will release the prisoners,\" the interior minister, Dalia Prest, told reporters.",
			[]string{"Dalia Prest|Prest/person"}, nil,
			[]brief{{"Dalia Prest", "conditional", "", ""}}},
	})
}

// Conditions told with "pending", or told before and referred to by "in
// that case", "in which case" or an "otherwise" opening the clause, make
// the commitment conditional; "otherwise" inside a clause does not, nor
// does "even if", which concedes a case in which the act holds anyway.
func TestCommitmentConditionsReferredOrConceded(t *testing.T) {
	runCases(t, []commitmentCase{
		{"provided that whose clause the parse lost",
			"Velmark said it would reopen the Dorn border crossing on Friday provided that the ceasefire held through the holiday period.",
			[]string{"Velmark/country"}, []string{"on Friday=2020-09-04"},
			[]brief{{"Velmark", "conditional", "2020-09-04", ""}}},
		{"provided that hung on the clause before the report, its verb read as a noun",
			"The Tarvan Central Bank kept its key rate at 5.25 percent on Thursday, but Governor Ilse Marek said the monetary board was ready to cut at its next meeting provided that core inflation keeps falling.",
			[]string{"Tarvan Central Bank/organisation", "Ilse Marek/person"}, nil,
			[]brief{{"monetary board", "conditional", "", ""}}},
		{"a law that provided that sets no condition",
			"The Harbour Act provided that the port would stay public.",
			nil, nil,
			nil},
		{"pending after a comma",
			"Velmont Council said it would close the Riverside library, pending a review of its budget.",
			[]string{"Velmont Council/organisation"}, nil,
			[]brief{{"Velmont Council", "conditional", "", ""}}},
		{"pending read as a participle on the object",
			"The Corvan Bank will freeze the accounts pending an investigation.",
			[]string{"Corvan Bank/organisation"}, nil,
			[]brief{{"Corvan Bank", "conditional", "", ""}}},
		{"a case that is pending is no condition",
			"The Harbour Authority said it would bar the firm from new contracts while the case is pending.",
			[]string{"Harbour Authority/organisation"}, nil,
			[]brief{{"Harbour Authority", "intends", "", ""}}},
		{"in that case refers to the sentence before",
			"The Tessin government may lose its vote on the budget. In that case, the prime minister will call an early election.",
			nil, nil,
			[]brief{{"prime minister", "conditional", "", ""}}},
		{"in which case refers to the sentence before",
			"The Tessin government may lose the vote. In which case the prime minister will call an early election.",
			nil, nil,
			[]brief{{"prime minister", "conditional", "", ""}}},
		{"otherwise opening the clause",
			"The unions must accept the offer by Monday. Otherwise the company will close the plant, its chairman said.",
			nil, nil,
			[]brief{{"company", "conditional", "", ""}}},
		{"otherwise inside the clause",
			"The company will otherwise keep its plants open.",
			nil, nil,
			[]brief{{"company", "intends", "", ""}}},
		{"even if concedes",
			"Even if the talks fail, the Dunmore Group will pay the bonus, its chief executive said.",
			[]string{"Dunmore Group/organisation"}, nil,
			[]brief{{"Dunmore Group", "intends", "", ""}}},
		{"even if after the act concedes",
			"The controllers' union said its members would continue to handle emergency flights even if a strike went ahead.",
			nil, nil,
			[]brief{{"its members", "intends", "", ""}}},
	})
}

// A collective action said to go on in a quotation, with the name of the
// speaker after the verb of saying, is the side the speaker speaks for,
// on the condition the quotation sets.
func TestCommitmentQuotedCampaignOnACondition(t *testing.T) {
	runCases(t, []commitmentCase{
		{"condition first, name after said",
			"\"If they reject it, the strike will go ahead,\" said Mara Lind, a spokeswoman for the Harbour Workers Union.",
			[]string{"Mara Lind|Lind/person/spokeswoman for the Harbour Workers Union", "Harbour Workers Union/organisation"}, nil,
			[]brief{{"Harbour Workers Union", "conditional", "", ""}}},
		{"condition after, name after said",
			"\"The strike will go ahead if they reject it,\" said Mara Lind, a spokeswoman for the Harbour Workers Union.",
			[]string{"Mara Lind|Lind/person/spokeswoman for the Harbour Workers Union", "Harbour Workers Union/organisation"}, nil,
			[]brief{{"Harbour Workers Union", "conditional", "", ""}}},
	})
}

// An act that halts another, bounded by an "until" clause, waits on what
// that clause tells, as a denied act does; a date after "until" only ends
// it, and "until" after an act that goes on tells how long.
func TestCommitmentHaltUntil(t *testing.T) {
	runCases(t, []commitmentCase{
		{"halt until a clause",
			"The airline will halt flights to Orvia until the runway is repaired.",
			nil, nil,
			[]brief{{"airline", "conditional", "", ""}}},
		{"freeze until a clause in the pluperfect",
			"The bank said it would freeze the loans until an audit of the project had been completed.",
			nil, nil,
			[]brief{{"bank", "conditional", "", ""}}},
		{"denied act until a noun with a clause of its own",
			"The Ostmark government said it would make no new pledge until an audit of how the last grant was spent had been completed.",
			[]string{"Ostmark/country"}, nil,
			[]brief{{"Ostmark", "conditional", "", ""}}},
		{"stop until a year",
			"The firm will stop production until 2027.",
			nil, []string{"until 2027=2027"},
			[]brief{{"firm", "intends", "", "2027"}}},
		{"an act that goes on until a clause",
			"The council will publish a report each year until the scheme expires.",
			nil, nil,
			[]brief{{"council", "intends", "", ""}}},
	})
}

// TestConditionsSecondHalfIsNoCommitment checks that an act joined to a
// condition's verb is part of the condition, not a commitment.
func TestConditionsSecondHalfIsNoCommitment(t *testing.T) {
	parties := []string{"Energy Workers' Union/organisation", "Wealdmoor Water/organisation"}
	runCases(t, []commitmentCase{
		{"an offer joined to an unless clause",
			"The Energy Workers' Union will stage strikes in June unless Wealdmoor Water withdraws the changes and makes an improved pay offer.", parties, nil,
			[]brief{{"Energy Workers' Union", "conditional", "", ""}}},
	})
}

// An act denied until a clause of time comes ("not … before the
// assessment is published"), or bound to one by "only after", waits on
// it: the commitment is conditional, also when the clause hangs on the
// act the predicate commits to.
func TestCommitmentWaitingOnAClauseOfTime(t *testing.T) {
	runCases(t, []commitmentCase{
		{"not before a clause, on the act agreed",
			"Velora agreed not to begin construction before the environmental assessment is published.",
			[]string{"Velora/country"}, nil,
			[]brief{{"Velora", "conditional", "", ""}}},
		{"only after a clause, on the act pledged",
			"Velora pledged to begin construction only after the environmental assessment is published.",
			[]string{"Velora/country"}, nil,
			[]brief{{"Velora", "conditional", "", ""}}},
		{"before a clause on an act not denied is a deadline, no condition",
			"Velora agreed to finish construction before the rainy season begins.",
			[]string{"Velora/country"}, nil,
			[]brief{{"Velora", "agreed", "", ""}}},
	})
}

// A condition inside what another party is reported to say, in a clause
// below the commitment, is that report's, not the commitment's.
func TestConditionOfAReportBelowIsNotTheCommitments(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a threat reported in an after-clause",
			"The port's board agreed on Thursday to dredge its main channel, after two of its largest customers said trade would suffer unless deeper berths were available.",
			[]string{"port/organisation"}, []string{"on Thursday=2020-08-27"},
			[]brief{{"port", "agreed", "2020-08-27", ""}}},
	})
}

// A proviso after the main clause is the main clause's, not that of a
// participle describing a noun before it.
func TestProvisoOfTheMainClause(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the signing of the deal that a fronted participle tells is no conditional act",
			"Under the agreement, signed by Ingrid Solberg and Tor Halvorsen in Oslo, the airline will also replace its turboprops with electric aircraft by 2030, provided that the manufacturer delivers on time.",
			[]string{"Ingrid Solberg|Solberg/person", "Tor Halvorsen|Halvorsen/person"}, nil,
			[]brief{{"Ingrid Solberg;Tor Halvorsen", "signed", "", ""}, {"airline", "conditional", "", "2030"}}},
	})
}
