package commitments

import "testing"

// TestTheyOfAConjoinedClause checks that "they" opening a clause joined
// to one whose subject is a plural noun stands for what that noun does.
func TestTheyOfAConjoinedClause(t *testing.T) {
	checkActors(t, []actorCase{
		{"a union's members in a quote, another body named more",
			"Skylane cancelled 200 flights on Monday. Skylane Airways will pay compensation, and Skylane's chief executive apologised. " +
				"\"Our members do not want to ruin anyone's holiday, but they will not accept a pay cut in real terms,\" said Niamh Carroll of the cabin crew association.",
			[]string{"Skylane Airways/organisation", "Niamh Carroll/person"},
			"Niamh Carroll"},
	})
}

// TestUnionOfCrew checks that a body named for the crew it represents is
// "the union".
func TestUnionOfCrew(t *testing.T) {
	checkActors(t, []actorCase{
		{"a cabin crew association",
			"The Irish Cabin Crew Association (ICCA) is seeking a 12% pay rise. Skylane has offered 4%. " +
				"ICCA general secretary Niamh Carroll said the union would call off further action if Skylane made an improved offer by Friday.",
			[]string{"Irish Cabin Crew Association/organisation", "Niamh Carroll/person", "Skylane/organisation"}, "Irish Cabin Crew Association"},
	})
}

// TestSpeakerForAPersonTellsOfThem checks that "he" or "she" in what is
// said by one who speaks for a person named as its owner ("Morovets's
// employer") is that person, not the speaker.
func TestSpeakerForAPersonTellsOfThem(t *testing.T) {
	checkActors(t, []actorCase{
		{"an employer drafted as a person",
			"Ilya Morovets was freed on Monday. Interior Minister Karel Dunst rejected the deal. " +
				"Morovets's employer, the independent daily Dravski Glas, said he would take several weeks off before returning to work.",
			[]string{"Ilya Morovets/person", "Karel Dunst/person", "Dravski Glas/person"}, "Ilya Morovets"},
		{"a player's agent",
			"Lena Vos scored twice on Saturday. Coach Tom Bakker praised the team. Vos's agent said she would sign a new contract in June.",
			[]string{"Lena Vos/person", "Tom Bakker/person"}, "Lena Vos"},
	})
}
