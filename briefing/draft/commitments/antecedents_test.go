package commitments

import (
	"strings"
	"testing"
)

// TestTheyAfterAGroupThatSpoke checks that a "they" opening a sentence
// stands for the group named by a plural common noun that spoke or
// promised in the sentence before, not for a state a place phrase names,
// and that a party named as that subject keeps its name.
func TestTheyAfterAGroupThatSpoke(t *testing.T) {
	checkActors(t, []actorCase{
		{"prosecutors, a state in a place phrase",
			"Portuguese prosecutors said the man would be tried in Lisbon, Portugal. They have promised the court that all evidence will be disclosed by March.",
			[]string{"Portugal/country"}, "prosecutors"},
		{"inspectors who pledged, a firm named as their object",
			"Inspectors pledged to review every contract signed with Dalgren Ltd. They have promised to publish the findings by June.",
			[]string{"Dalgren Ltd/organisation"}, "Inspectors"},
		{"a party named as the subject",
			"Residents of Marlow Street said they would fight the plan. They have vowed to take the council to court.",
			[]string{"Residents/group"}, "Residents"},
	})
}

// TestTheyAfterASetThatActed checks that a "they" opening a sentence
// stands for the parties that acted together in the sentence before, for
// each act it heads, not for the last of them named.
func TestTheyAfterASetThatActed(t *testing.T) {
	checkActors(t, []actorCase{
		{"two states that decided",
			"Kestria and Valdora decided to upgrade their relations. They agreed to hold annual consultations.",
			[]string{"Kestria/country", "Valdora/country"}, "Kestria;Valdora"},
		{"the second act under the same they",
			"Kestria and Valdora decided to upgrade their relations. They agreed to hold annual consultations and to convene the joint committee.",
			[]string{"Kestria/country", "Valdora/country"}, "Kestria;Valdora"},
		{"a set two sentences back is not the one",
			"Kestria and Valdora decided to upgrade their relations. Valdora will host the talks. They agreed to hold annual consultations.",
			[]string{"Kestria/country", "Valdora/country"}, "Valdora"},
	})
}

// TestAsideAfterTheSubject checks that a set phrase the parser hung on
// the subject ("in turn", "for its part") is no part of the actor's name.
func TestAsideAfterTheSubject(t *testing.T) {
	checkActors(t, []actorCase{
		{"in turn",
			"Kerr agreed to plead guilty to two counts of fraud. Prosecutors in turn agreed to drop the remaining charges against him.",
			[]string{"Kerr/person"}, "Prosecutors"},
		{"in return",
			"The strikers agreed to return to work. Managers in return agreed to drop the disciplinary cases.",
			nil, "Managers"},
	})
}

// TestYouSpokenTo checks that an unquoted "you" in remarks that speak to
// people by name is the person last named as the one spoken to, or named
// so in its own sentence, and that what "you will" undergo is no
// commitment of theirs.
func TestYouSpokenTo(t *testing.T) {
	const remarks = "Graham Ashworth, you are 58 years old. Leanne Pryce, you are 44.\n\n" +
		"Between 2017 and 2021 you, Mr Graham Ashworth, ran the company. "
	parties := []string{"Graham Ashworth/person", "Leanne Pryce/person"}
	checkActors(t, []actorCase{
		{"named in its own sentence after you",
			remarks + "You promised investors that their money would be safe.", parties, "Graham Ashworth"},
		{"named before with your",
			remarks + "\n\nMs Leanne Pryce, your position is different. You have signed an undertaking to assist the liquidators.", parties, "Leanne Pryce"},
	})
	d := testDoc(t, remarks+"You will serve half of that term in custody.", parties, nil)
	for _, c := range Find(d) {
		if strings.Contains(c.Text, "serve") {
			t.Errorf("a sentence imposed drafted as a commitment: %+v", c)
		}
	}
}

// TestActorsOfDescriptionsAndPronouns checks actors read through the
// clause: the subject of "is" before a clause of what is so ("My
// understanding is that …") is no actor; an office described without a
// name acts through the person named beside it, a body named by a
// description through the person a participle says leads it; the "she"
// who says a quotation is none of the people it names, and a people
// named in one word is no surname; "she" and "he" go to the person whose
// given name is borne by that sex when the text says nothing more.
func TestActorsOfDescriptionsAndPronouns(t *testing.T) {
	const story = "Lucinda Farrow and Darren Farrow ran the company together. Investors met Darren Farrow in 2019. "
	farrows := []string{"Lucinda Farrow/person", "Darren Farrow/person"}
	checkActors(t, []actorCase{
		{"my understanding is that",
			"My understanding is that ministers will accept a statutory review of the changes, provided that the rebels withdraw their amendment.",
			nil, "ministers"},
		{"a new head of a department, then the name",
			"The club confirmed its plans on Monday. A new Head of Recruitment, Ana Lindgren, will join from Malmo FF on 1 June.",
			[]string{"Ana Lindgren/person/Head of Recruitment", "Malmo FF/organisation"}, "Ana Lindgren"},
		{"led by",
			"The main opposition party, led by Andres Saar, has refused to join any coalition that includes Lepik.",
			[]string{"Andres Saar/person", "Lepik/person"}, "Andres Saar"},
		{"a person named inside the quotation",
			"Premier Rosalind Carver conceded defeat.\n\n\"I called Marcus Trethewey a few minutes ago to congratulate him, and I have offered him my full cooperation,\" she said.",
			[]string{"Rosalind Carver/person", "Marcus Trethewey/person"}, "Rosalind Carver"},
		{"a people in one word in the quotation",
			"Marcus Trethewey finished his speech.\n\n\"If we have not brought the budget back to surplus by 2029, I will not ask Victorians for another term,\" he told the crowd.",
			[]string{"Marcus Trethewey/person", "Victorians/organisation"}, "Marcus Trethewey"},
		{"she after a one-word body named in brackets", "Water minister Helen Darrow appeared before MPs. She said the Department for Tarn Rivers (Deftar) would pay all claims. She also agreed to return to give evidence.",
			[]string{"Helen Darrow/person/Water minister", "Department for Tarn Rivers/organisation", "Deftar/organisation"}, "Helen Darrow"},
		{"she after the place she grew up in", "Kiera Vance wept on stage in Manchester. The singer, who grew up in nearby Tarnley, also revealed she will run the London Marathon for the hospice.",
			[]string{"Kiera Vance/person", "Tarnley/organisation"}, "Kiera Vance"},
		{"a description with an office and a name in apposition",
			"Kiera Vance sang on Sunday. Her boyfriend, Tarnport County midfielder Jamie Okafor, 27, has promised to match whatever her fans raise.",
			[]string{"Kiera Vance/person", "Tarnport County/organisation", "Jamie Okafor/person/midfielder"}, "Jamie Okafor"},
		{"a capitalised office with the name in apposition",
			"The Environment Secretary, Helen Vard, refused to commit to extending the fund.",
			[]string{"Helen Vard/person/Environment Secretary"}, "Helen Vard"},
		{"she after a man named last", story + "She signed contracts in which she promised to return every penny.", farrows, "Lucinda Farrow"},
		{"he after a woman named last", "Darren Farrow and Lucinda Farrow ran the company together. Investors met Lucinda Farrow in 2019. He promised to return every penny.", farrows, "Darren Farrow"},
	})
}

// TestRelativeConjunctActs checks that a verb joined by "and" to a
// relative clause acts for the relative's antecedent, not for the speaker
// of the main clause.
func TestRelativeConjunctActs(t *testing.T) {
	checkActors(t, []actorCase{
		{"a perfect joined to a relative clause in a speaker's thanks",
			"I want to thank the Lutheran Church of Aldermark, which ran four of the schools and has agreed to contribute 100 million kroner to the fund.",
			[]string{"Lutheran Church of Aldermark/organisation"}, "Lutheran Church of Aldermark"},
	})
}

// TestRelativeClauseOnTheSubjectNamesNoActor checks that names inside a
// relative clause on a subject describe it and do not act: a counted
// subject is the bodies named before it.
func TestRelativeClauseOnTheSubjectNamesNoActor(t *testing.T) {
	checkActors(t, []actorCase{
		{"two groups that fought around a town",
			"The Branovo Defence Committee and the Eastern Miners' Brigade have clashed for weeks. " +
				"Two armed groups that have fought for control of the gold mines around the town of Branovo signed a ceasefire on Monday.",
			[]string{"Branovo/place", "Branovo Defence Committee/organisation", "Eastern Miners' Brigade/organisation"}, "Branovo Defence Committee;Eastern Miners' Brigade"},
	})
}

// TestUnnamedOfficerSpeaks checks that a "she" who says what follows an
// unnamed officer's statement speaks for the officer's state, and that a
// named officer is still the one who speaks.
func TestUnnamedOfficerSpeaks(t *testing.T) {
	const before = "The two foreign ministers, Espen Barth Eide and Thorgerdur Katrin Gunnarsdottir, signed a memorandum in Oslo. "
	checkActors(t, []actorCase{
		{"an unnamed minister of a state",
			before + "Iceland's fisheries minister said her government would not accept a smaller share. \"We will not sign a deal that punishes our fishermen,\" she told reporters.",
			[]string{"Espen Barth Eide/person/foreign minister", "Thorgerdur Katrin Gunnarsdottir/person/foreign minister", "Iceland/country"}, "Iceland"},
		{"a named minister",
			before + "Iceland's fisheries minister, Hanna Sif Jonsdottir, said her government would not accept a smaller share. \"I will not sign a deal that punishes our fishermen,\" she told reporters.",
			[]string{"Espen Barth Eide/person/foreign minister", "Thorgerdur Katrin Gunnarsdottir/person/foreign minister", "Iceland/country", "Hanna Sif Jonsdottir/person/fisheries minister"}, "Hanna Sif Jonsdottir"},
	})
}
