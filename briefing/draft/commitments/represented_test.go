package commitments

import "testing"

// TestPeopleOfABodySpokenOfByItsOfficer checks that the members or
// workers of a body, named bare or with "the" in the reported words of one
// who speaks for it, are the body: the officer tells the body's own
// conduct, not a claim about others. A state's or a firm's officer
// speaking of others keeps them as they were.
func TestPeopleOfABodySpokenOfByItsOfficer(t *testing.T) {
	checkActors(t, []actorCase{
		{"workers a union's possessive officer speaks of",
			"Talks between Velden Rail and Aslef broke down on Friday. Aslef's general secretary, Mick Donnell, said the drivers would strike on 3 June.",
			[]string{"Aslef/organisation", "Mick Donnell/person/general secretary", "Velden Rail/organisation", "drivers/group"}, "Aslef"},
		{"members an association's president speaks of, named by no party",
			"The Guild of Harbour Pilots rejected the port's offer on Monday. The guild's president, Ilse Varn, said pilots would keep working while talks continued.",
			[]string{"Guild of Harbour Pilots/organisation", "Ilse Varn/person/president"}, "Guild of Harbour Pilots"},
		{"nurses of a college its officer speaks of",
			"The Royal College of Midwifery rejected the pay award on Tuesday. Its general secretary, Petra Holm, said nurses would strike in January.",
			[]string{"Royal College of Midwifery/organisation", "Petra Holm/person/general secretary", "nurses/group"}, "Royal College of Midwifery"},
		{"the speakers themselves",
			"Nurses at Dunmore Hospital said they would strike in January.",
			[]string{"Dunmore Hospital/organisation", "Nurses/group"}, "Nurses at Dunmore Hospital"},
	})
}
