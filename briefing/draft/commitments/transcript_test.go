package commitments

import "testing"

// TestTranscriptTurns checks a transcript's turns: the "we" of a speaker's
// turn is the speaker named by its label, a will in it is the speaker's
// promise as a quoted one is, and what a questioner's turn says commits
// no one.
func TestTranscriptTurns(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a we in a labelled turn is the speaker",
			"Press briefing of the Interior Ministry\n\nQ: Will the border stay closed?\n\nMarta Ilves: We will reopen the northern crossing on Monday. Then we will see.",
			[]string{"Marta Ilves/person/spokeswoman"}, []string{"on Monday=2026-03-02"},
			[]brief{{"Marta Ilves", "pledged", "2026-03-02", ""}}},
		{"a questioner's claim commits no one",
			"Q: Reports say the government agreed to pay the kidnappers. Is that so?\n\nJonas Rebane: We never pay ransoms.",
			[]string{"Jonas Rebane/person"}, nil, nil},
		{"a quotation after a speaker's label is the speaker's, not the last person quoted",
			"Ana Rolf, the Farmers' leader, said she would wait.\n\nHugo Brandt: 'We will not govern with the far right'\n\nThe count goes on.",
			[]string{"Ana Rolf/person/leader", "Hugo Brandt/person"}, nil,
			[]brief{{"Hugo Brandt", "refused", "", ""}}},
		{"an office in capitals labels its holder's turn, and a paragraph with no label goes on with it",
			"Press conference, Port Selva\n\nMINISTER: Thank you all for coming.\n\nFirst, we will reopen the western quay.\n\nQ: Will you cap the berth fees?\n\nMINISTER: No, we will not cap the berth fees.",
			[]string{"Olek Brandvik/person/Harbour Minister"}, nil,
			[]brief{{"Olek Brandvik", "pledged", "", ""}, {"Olek Brandvik", "refused", "", ""}}},
		{"a surname in capitals labels its bearer's turn",
			"Briefing at the fire station\n\nCHIEF OKAFOR-LUND: The blaze is contained.\n\nI will publish the full timeline by the end of the week.\n\nQUESTION: Was the alarm late?",
			[]string{"Amara Okafor-Lund/person/fire chief"}, nil,
			[]brief{{"Amara Okafor-Lund", "pledged", "", ""}}},
		{"a questioner's turn goes on over a paragraph with no label",
			"Q: The mayor says the council will sell the depot.\n\nAnd it will close the pool too. Is that right?\n\nIrena Solt: We will keep the pool open.",
			[]string{"Irena Solt/person"}, nil,
			[]brief{{"Irena Solt", "pledged", "", ""}}},
		{"an office and a name in capitals label the turn",
			"Budget briefing\n\nMINISTER OF FINANCE, DR ANA LIMA: Good afternoon. We will publish the budget on Friday.\n\nQUESTION (Ivo Maren, Coast Herald): Will taxes rise?\n\nDR LIMA: No, we will not raise income tax.",
			[]string{"Ana Lima/person/Minister of Finance"}, nil,
			[]brief{{"Ana Lima", "pledged", "", ""}, {"Ana Lima", "pledged", "", ""}}},
		{"a speaker's wish to announce or to be clear is a way of speaking",
			"Budget briefing\n\nMINISTER: I want to announce two decisions. I also want to be clear about the timetable.\n\nQ: When?\n\nMINISTER: We want to thank the staff.",
			[]string{"Ana Lima/person/Minister"}, nil, nil},
		{"a page whose lines open with headings is no transcript",
			"The coalition deal in brief\n\nHousing: 40,000 new homes by 2030.\n\nTransport: fares frozen until 2028.\n\nWe will announce the cabinet on Monday.",
			[]string{"Housing/person"}, nil, nil},
		{"what a speaker says another party will do keeps its intent",
			"Harbour briefing\n\nQ: When will the quay open?\n\nMarta Ilves: The Port Authority will reopen the quay on Monday.",
			[]string{"Marta Ilves/person/spokeswoman", "Port Authority/organisation"}, nil,
			[]brief{{"Port Authority", "intends", "", ""}}},
		{"a speaker's I will in an answer is a pledge, a condition keeps it conditional",
			"Q: Will you publish the audit?\n\nTomas Reyne: I will send the council a summary by Friday. If the board agrees, we will publish it in full.",
			[]string{"Tomas Reyne/person/director"}, nil,
			[]brief{{"Tomas Reyne", "pledged", "", ""}, {"Tomas Reyne", "conditional", "", ""}}},
		{"a we with no label and no quotation is no one's",
			"Notes from the meeting\n\nWe will reopen the northern crossing on Monday.",
			nil, nil, nil},
	})
}
