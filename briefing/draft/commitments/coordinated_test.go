package commitments

import (
	"testing"
)

// TestCoordinatedCommitments checks that infinitives coordinated after one
// commitment verb are drafted one commitment each, with their own span and
// a text that reads on its own.
func TestCoordinatedCommitments(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		texts []string // each drafted commitment's text
		spans []string // the source words each spans
	}{
		{"two infinitives with to of their own are two undertakings",
			"The grocer agreed to sell 46 stores and to freeze prices for two years.",
			[]string{"The grocer agreed to sell 46 stores.", "The grocer agreed to freeze prices for two years."},
			[]string{"The grocer agreed to sell 46 stores", "to freeze prices for two years"}},
		{"three infinitives, the last after a comma",
			"Prosecutors agreed to drop two counts and to recommend a short sentence, and to seek no fine.",
			[]string{"Prosecutors agreed to drop two counts.", "Prosecutors agreed to recommend a short sentence.",
				"Prosecutors agreed to seek no fine."},
			[]string{"Prosecutors agreed to drop two counts", "to recommend a short sentence", "to seek no fine"}},
		{"an infinitive the parser hung on the commitment verb is split too",
			"A former port commissioner has agreed to plead guilty to taking bribes and to testify against the executive accused of paying him.",
			[]string{"A former port commissioner has agreed to plead guilty to taking bribes.",
				"A former port commissioner has agreed to testify against the executive accused of paying him."},
			[]string{"A former port commissioner has agreed to plead guilty to taking bribes",
				"to testify against the executive accused of paying him"}},
		{"an infinitive the parser hung on another inside the complement is split too",
			"Valdoria and Sestria agreed on Friday to reopen their shared border to trade from 1 May and to restore direct flights between their capitals.",
			[]string{"Valdoria and Sestria agreed on Friday to reopen their shared border to trade from 1 May.",
				"Valdoria and Sestria agreed on Friday to restore direct flights between their capitals."},
			[]string{"Valdoria and Sestria agreed on Friday to reopen their shared border to trade from 1 May",
				"to restore direct flights between their capitals"}},
		{"a relative clause the parser hung on the verb stays in the text",
			"\"We will go after every penny these men made,\" Inspector Ann Cole said.",
			[]string{"We will go after every penny these men made."},
			[]string{"We will go after every penny these men made"}},
		{"verbs coordinated under one to stay one commitment",
			"The grocer agreed to sell 46 stores and freeze prices for two years.",
			[]string{"The grocer agreed to sell 46 stores and freeze prices for two years."},
			[]string{"The grocer agreed to sell 46 stores and freeze prices for two years"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := testDoc(t, tt.text, []string{"Ann Cole/person"}, nil)
			got := Find(d)
			if len(got) != len(tt.texts) {
				t.Fatalf("got %d commitments %+v, want %d", len(got), got, len(tt.texts))
			}
			for i, c := range got {
				checkSpans(t, d, c)
				if c.Text != tt.texts[i] {
					t.Errorf("text %d = %q, want %q", i, c.Text, tt.texts[i])
				}
				if sp := d.Text[c.Spans[0].Start:c.Spans[0].End]; sp != tt.spans[i] {
					t.Errorf("span %d = %q, want %q", i, sp, tt.spans[i])
				}
			}
		})
	}
}

// TestCommitmentConstructionsReadAgain checks constructions of politics,
// courts, councils, regulators and diplomacy: which are commitments, and
// with what status.
func TestCommitmentConstructionsReadAgain(t *testing.T) {
	runCases(t, []commitmentCase{
		{"on course to win is a forecast, not be to",
			"The centre-right Unity Party is on course to win 70 of 120 seats, according to early results.",
			[]string{"Unity Party/organisation"}, nil, nil},
		{"what a legislature is expected to do is a forecast of its vote",
			"Parliament is expected to confirm the new government next week.", []string{"Parliament/organisation"}, nil, nil},
		{"what a leader is set to do is an announced intention",
			"The prime minister is set to unveil reforms next week.", []string{"prime minister/person"}, nil,
			[]brief{{"prime minister", "intends", "", ""}}},
		{"a vote to hold with nothing held is no decision to act",
			"The rate-setting committee voted 6-3 to hold.", nil, nil, nil},
		{"a vote to act is the body's decision",
			"The Security Council voted to extend the mission.", []string{"Security Council/organisation"}, nil,
			[]brief{{"Security Council", "agreed", "", ""}}},
		{"a reported refusal to comment further refuses nothing",
			"The league said it had received the appeal but would not comment further.",
			[]string{"league/organisation"}, nil, nil},
		{"a warning to whoever does something decides nothing",
			"The prosecutor said the inquiry was continuing. \"Public officials who take bribes will be prosecuted,\" she said.",
			[]string{"prosecutor/person"}, nil, nil},
		{"rhetoric in the progressive is no decision",
			"\"We are turning the page,\" President Ana Ruiz told supporters.", []string{"Ana Ruiz/person"}, nil, nil},
		{"work under way in the progressive is no decision",
			"The refugee agency said it was setting up a reception centre.", []string{"refugee agency/organisation"}, nil, nil},
		{"a measure in the present progressive with a count is a decision under way",
			"The Telegraph Group is axing 90 journalist jobs.", []string{"Telegraph Group/organisation"}, nil,
			[]brief{{"Telegraph Group", "intends", "", ""}}},
		{"a council approving a budget agrees to it",
			"The city council approved a $1.2 billion budget that closes three libraries.",
			[]string{"city council/organisation"}, nil,
			[]brief{{"city council", "agreed", "", ""}}},
		{"a regulator clearing a takeover on condition commits on that condition",
			"The competition authority has cleared the takeover of Brightwell on condition that Halvorsen sells 46 stores.",
			[]string{"competition authority/organisation", "Brightwell/organisation", "Halvorsen/organisation"}, nil,
			[]brief{{"competition authority", "conditional", "2020-08-31", ""}}},
		{"would not with a verb of yielding refuses it",
			"The minister said she would not publish the contract. The commander said his men would not surrender the port.",
			[]string{"minister/person", "commander/person"}, nil,
			[]brief{{"minister", "refused", "", ""}, {"commander", "refused", "", ""}}},
		{"would not step down refuses to leave a post",
			"Mayor Ruth Cole said she would not step down.", []string{"Ruth Cole/person"}, nil,
			[]brief{{"Ruth Cole", "refused", "", ""}}},
		{"would not with a verb of restraint still pledges it",
			"The grocer said it would not close any stores before 2029.", []string{"grocer/organisation"}, nil,
			[]brief{{"grocer", "pledged", "", "2029"}}},
		{"keeping faith with another side, said to come, pledges it",
			"The rebels said they would honour the agreement. The bank said it would cooperate with the inquiry.",
			[]string{"rebels/group", "bank/organisation"}, nil,
			[]brief{{"rebels", "pledged", "", ""}, {"bank", "pledged", "", ""}}},
		{"releasing those one holds, said to come, pledges it",
			"Ms Petrov said Valdoria would release 14 fishermen. She said it would hand over the remains of 40 soldiers.",
			[]string{"Valdoria/country", "Petrov/person"}, nil,
			[]brief{{"Valdoria", "pledged", "", ""}, {"Valdoria", "pledged", "", ""}}},
		{"a sum the spender says it will spend is pledged",
			"The bank said it would spend $300 million on new systems.", []string{"bank/organisation"}, nil,
			[]brief{{"bank", "pledged", "", ""}}},
		{"hosting a meeting offers it",
			"Brazil said it would host a follow-up meeting in March.", []string{"Brazil/country"}, []string{"March=2021-03"},
			[]brief{{"Brazil", "intends", "2021-03", ""}}},
		{"be to vote on a request is the body's own schedule",
			"The council is to vote on the request.", []string{"council/organisation"}, nil,
			[]brief{{"council", "intends", "", ""}}},
		{"staying on as the holder of a post until something happens is conditional",
			"Jonas Weber says he will stay on as caretaker until a new cabinet is sworn in.",
			[]string{"Jonas Weber/person"}, nil,
			[]brief{{"Jonas Weber", "conditional", "", ""}}},
		{"staying in post or remaining in office serves on",
			"Martin Oyelaran said he would stay in post. Ana Reti said she would remain in office.",
			[]string{"Martin Oyelaran/person", "Ana Reti/person"}, nil,
			[]brief{{"Martin Oyelaran", "intends", "", ""}, {"Ana Reti", "intends", "", ""}}},
		{"an office written whole with its body is its holder's, though named after it",
			"The chief constable of Harwick Police has refused to resign. Martin Oyelaran said he was proud of the force.",
			[]string{"Harwick Police/organisation", "Martin Oyelaran/person/chief constable of Harwick Police"}, nil,
			[]brief{{"Martin Oyelaran", "refused", "2020-08-31", ""}}},
		{"an office written whole with its body acts for the body too, but for leaving office",
			"The commander of the Lubwezi Patriotic Movement agreed to a ceasefire on Wednesday. Daudi Kasembe said his fighters would hold their fire.",
			[]string{"Lubwezi Patriotic Movement/organisation", "Daudi Kasembe/person/commander of the Lubwezi Patriotic Movement"}, nil,
			[]brief{{"Daudi Kasembe;Lubwezi Patriotic Movement", "agreed", "", ""}, {"Lubwezi Patriotic Movement", "intends", "", ""}}},
		{"staying in a place or remaining high commits to nothing",
			"Prices will remain high. The minister will stay in Paris.", []string{"minister/person"}, nil, nil},
		{"a quoted we are not giving up refuses it",
			"\"We are not giving that up,\" said union leader Rosa Diaz.", []string{"Rosa Diaz/person"}, nil,
			[]brief{{"Rosa Diaz", "refused", "", ""}}},
		{"a that clause the parser hung inside a condition is no part of it",
			"The bank said it would raise rates again if wage growth failed to slow from the current 5.4%, and that it would publish a review of its forecasting models.",
			[]string{"bank/organisation"}, nil,
			[]brief{{"bank", "conditional", "", ""}, {"bank", "intends", "", ""}}},
	})
}
