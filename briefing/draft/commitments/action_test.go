package commitments

import "testing"

// TestActionReadsAsAVerbPhrase checks that the action of a commitment
// starts at the verb committed to, with its particle, one construction a
// row.
func TestActionReadsAsAVerbPhrase(t *testing.T) {
	parties := []string{"Riverside Council|the council/organisation", "Labour/organisation", "Jane Holt|Ms Holt/person",
		"Greens/organisation"}
	for _, tt := range []struct{ name, text, want string }{
		{"would + verb keeps the verb",
			"Riverside Council said it would fight the lawsuit.", "fight the lawsuit"},
		{"will + verb keeps the verb",
			"Riverside Council will scrap bus fares for everyone under 25.", "scrap bus fares for everyone under 25"},
		{"an infinitive after a phrase of the agreeing verb is the act",
			"Jane Holt told reporters last night that Riverside Council had agreed in principle to reopen the library.", "reopen the library"},
		{"a phrasal refusal keeps the verb and its particle",
			"The Greens have ruled out a deal with Labour.", "ruled out a deal with Labour"},
		{"a relative clause set off by a comma stays out of the act",
			"Jane Holt proposed a new flexi-season product, which she says will save part-time commuters money.", "proposed a new flexi-season product"},
		{"a relative clause on the thing agreed stays out of the act",
			"Riverside Council agreed to sell the library, which closed in 2019.", "sell the library"},
		{"a reason given after a comma stays out of the act",
			"Riverside Council refused to raise pay, citing falling income.", "raise pay"},
		{"a consequence given after a comma stays out of the act",
			"Riverside Council has refused to give the board access to its records, setting up a legal clash.", "give the board access to its records"},
		{"whose account it is stays out of the act",
			"The state oil firm Nilepet refused to cede its marketing rights to the joint company, according to a copy of the agreement seen by reporters.", "cede its marketing rights to the joint company"},
		{"a passive promise keeps its agent when what was promised comes after it",
			"Jane Holt said the tenants had been promised in writing by Riverside Council last year that no home would be sold.",
			"the tenants had been promised in writing by Riverside Council last year that no home would be sold"},
		{"a date after by in a passive measure is no agent and stays",
			"Riverside Council said the first payments would be made by the end of the month.", "the first payments would be made by the end of the month"},
		{"a clause of what prompted the promise, after a comma, stays out of it",
			"Jane Holt has promised tenants that the council's youth centre will not close, after accounts published on Thursday showed a loss.", "the council's youth centre will not close"},
		{"a passive signing with its signers after by ends before them",
			"The pact was signed in Arusha by Jane Holt and the leader of Riverside Council.", "The pact was signed in Arusha"},
		{"a claim given after a comma stays out of the act",
			"Riverside Council has refused to give tenants a seat on the board, saying its make-up is a matter for its owners.", "give tenants a seat on the board"},
		{"a light verb keeps the verb before its noun",
			"Ms Holt will take part in a televised debate.", "take part in a televised debate"},
		{"a phrasal verb after will keeps its particle",
			"Ms Holt will step down at the end of the month.", "step down at the end of the month"},
		{"a commitment verb gives the verb it governs, without a date between",
			"Labour agreed on Monday to reopen the talks.", "reopen the talks"},
		{"a day read as the object of a vote stays out of the action",
			"The Security Council voted Friday to extend the mission.", "extend the mission"},
		{"a verb written with a hyphen keeps its first part",
			"Jane Holt said the council would not step in, but pledged to fast-track a bill allowing the port to set its own fees.", "fast-track a bill allowing the port to set its own fees"},
		{"a commitment verb with an object keeps both",
			"Labour rejected the offer.", "rejected the offer"},
		{"agreeing to a noun gives the noun, without a date between",
			"Labour and the Greens agreed on Friday to a truce.", "a truce"},
		{"a quotation's reporting clause parsed as its complement stays out of the action",
			"\"Our members will not accept a pay cut,\" she said.", "accept a pay cut"},
		{"a purpose after the object is no complement of the commitment verb",
			"Labour will seek new powers to prevent the sale.", "seek new powers to prevent the sale"},
		{"a measure in the passive starts at what undergoes it",
			"Riverside Council will cut spending. Bus fares will be frozen until April.", "Bus fares will be frozen until April"},
		{"a commitment to a gerund gives the gerund",
			"Riverside Council committed to ending the use of hotels.", "ending the use of hotels"},
		{"a restraint promised keeps its negation",
			"Riverside Council said it would not close any libraries.", "not close any libraries"},
		{"a refusal says what is refused, its status the negation",
			"Riverside Council said it would not reopen the talks.", "reopen the talks"},
		{"a signed agreement told in the passive starts at the agreement and ends before its signers",
			"The accord was signed by Labour and the Greens.", "The accord was signed"},
		{"a threat in a relative clause of its own gives what is threatened, not the body",
			"Riverside Council, which had threatened to take the company to court, welcomed the move.", "take the company to court"},
		{"a participle on an agreement starts at the agreement",
			"Labour welcomed the accord, signed by the Greens in May.", "the accord, signed by the Greens in May"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := testDoc(t, tt.text, parties, nil)
			got := Find(d)
			if len(got) == 0 {
				t.Fatalf("no commitment drafted from %q", tt.text)
			}
			if a := got[len(got)-1].Action; a != tt.want {
				t.Errorf("action %q, want %q", a, tt.want)
			}
		})
	}
}

// TestTextEndsBeforeAnActOfItsOwn checks that a commitment's text stops
// before a coordinated verb that commits on its own or is told in another
// tense, also inside a condition, and keeps a bare verb that continues
// the same act.
func TestTextEndsBeforeAnActOfItsOwn(t *testing.T) {
	parties := []string{"Riverside Council/organisation", "Labour/organisation"}
	for _, tt := range []struct{ name, text, want string }{
		{"a refusal of its own after but",
			"Labour would not withdraw its candidate but ruled out any pact.", "Labour would not withdraw its candidate."},
		{"a refusal of its own after a condition",
			"Labour said it would table a motion if no budget had passed, and ruled out joining any coalition.",
			"Labour said it would table a motion if no budget had passed."},
		{"a past verb after a will-clause",
			"Riverside Council will close the library but kept the pool open.", "Riverside Council will close the library."},
		{"a participle that continues a passive act",
			"Riverside Council said the cars will be built in Leeds and sold in France.",
			"Riverside Council said the cars will be built in Leeds and sold in France."},
		{"a bare verb that continues the act",
			"Riverside Council will raise fees and sell two buildings.", "Riverside Council will raise fees and sell two buildings."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(testDoc(t, tt.text, parties, nil))
			if len(got) == 0 || got[0].Text != tt.want {
				t.Errorf("got %+v, want first text %q", got, tt.want)
			}
		})
	}
}
