package commitments

import "testing"

// TestPassiveWithAgent checks that what was agreed, pledged or guaranteed,
// told in the passive with a "by" phrase, is the commitment of the agent.
func TestPassiveWithAgent(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a ceasefire agreed by two states",
			"A ceasefire was agreed by Valdoria and Sestria on Friday.",
			[]string{"Valdoria/country", "Sestria/country"}, []string{"on Friday=2020-08-28"},
			[]brief{{"Sestria;Valdoria", "agreed", "2020-08-28", ""}}},
		{"a sum pledged by a bank",
			"Funding of $50m has been pledged by the Orlen Development Bank.",
			[]string{"Orlen Development Bank/organisation"}, nil,
			[]brief{{"Orlen Development Bank", "pledged", "2020-08-31", ""}}}, // news of the day
		{"loans guaranteed by a state",
			"Loans to small farmers will be guaranteed by Marovia.",
			[]string{"Marovia/country"}, nil,
			[]brief{{"Marovia", "pledged", "", ""}}},
		{"a deadline after by is no agent",
			"A settlement must be agreed by the end of March.", nil, []string{"the end of March=2021-03"}, nil},
		{"it was agreed that, with no agent, is not this construction",
			"It was agreed that the talks would resume.", nil, nil, nil},
	})
}

// TestNounMadeByParty checks that a commitment noun told in the passive is
// the commitment of the party its "by" phrase names, and that a deadline
// after "by" names none.
func TestNounMadeByParty(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a commitment by a ministry, announced",
			"A commitment by the Velsk Health Board to hire 500 nurses was announced.",
			[]string{"Velsk Health Board/organisation"}, nil,
			[]brief{{"Velsk Health Board", "pledged", "", ""}}},
		{"a plan by a deadline names no maker",
			"A plan to cut waiting lists by the end of March was announced.", nil, []string{"the end of March=2021-03"}, nil},
		{"a pledge by one party that another rejects is the rejecter's refusal",
			"A pledge by Norvania to cut tariffs was rejected by Estmark.",
			[]string{"Norvania/country", "Estmark/country"}, nil,
			[]brief{{"Estmark", "refused", "", ""}}},
	})
}

// TestNounMadeByAnotherInsideAClause checks that a commitment noun that a
// clause acts on, described by a participle with an agent, is also the
// agent's commitment.
func TestNounMadeByAnotherInsideAClause(t *testing.T) {
	runCases(t, []commitmentCase{
		{"an amendment tabled by a senator and rejected by the chamber",
			"The senate rejected an amendment tabled by Senator Ilse Marrow to exempt small farms.",
			[]string{"Ilse Marrow/person/Senator", "senate/organisation"}, nil,
			[]brief{{"senate", "refused", "", ""}, {"Ilse Marrow", "proposed", "", ""}}},
		{"a proposal made by one state and rejected by another",
			"Norvania rejected the proposal made by Estmark.",
			[]string{"Norvania/country", "Estmark/country"}, nil,
			[]brief{{"Norvania", "refused", "", ""}, {"Estmark", "proposed", "", ""}}},
		{"a proposal with no agent is only the rejecter's",
			"Norvania rejected the proposal made last week.",
			[]string{"Norvania/country"}, nil,
			[]brief{{"Norvania", "refused", "", ""}}},
	})
}
