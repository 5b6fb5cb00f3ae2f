package commitments

import "testing"

// TestBodyActsThroughItsCouncil checks that a council or committee that
// "its" owns acts for the body "its" stands for, and that a body stressed
// by a reflexive ("HBT itself") is that body.
func TestBodyActsThroughItsCouncil(t *testing.T) {
	checkActors(t, []actorCase{
		{"its executive council",
			"The Irish Nurses and Midwives Federation (INMF) said its executive council had voted to suspend the action.",
			[]string{"Irish Nurses and Midwives Federation|INMF/organisation"}, "Irish Nurses and Midwives Federation"},
		{"its central committee",
			"The Popular Unity Party said on Sunday that its central committee had agreed to join the coalition.",
			[]string{"Popular Unity Party/organisation"}, "Popular Unity Party"},
		{"a name stressed by a reflexive",
			"Harbourline Bulk Terminals (HBT) runs the port. HBT itself promised last year to cut the volume of thermal coal by a third.",
			[]string{"Harbourline Bulk Terminals|HBT/organisation"}, "Harbourline Bulk Terminals"},
	})
}

// TestJuntaIsTheMilitaryCouncil checks that "the junta" is the body whose
// name says it is military, not the body named last.
func TestJuntaIsTheMilitaryCouncil(t *testing.T) {
	checkActors(t, []actorCase{
		{"the junta after a bloc's demand",
			"The Military Council for National Recovery seized power last week. The African Union demanded elections within six months. The junta has rejected the demand.",
			[]string{"Military Council for National Recovery/organisation", "African Union/organisation"}, "Military Council for National Recovery"},
	})
}
