package parties

import "testing"

// TestOfficeAfterAnOpeningConjunction checks that a conjunction opening
// the sentence is no part of the office and name after it.
func TestOfficeAfterAnOpeningConjunction(t *testing.T) {
	checkPeople(t, []personCase{
		{"office with its field after When",
			"When Minister for Housing Declan Farrelly stood at the launch of the plan in March 2025, he did not hedge.",
			"Declan Farrelly", "Minister for Housing", ""},
	})
}

// TestOfficeWithProTem checks that "Pro Tem" after an office belongs to
// the office, not the name.
func TestOfficeWithProTem(t *testing.T) {
	checkPeople(t, []personCase{
		{"mayor pro tem", "Mayor Pro Tem Sharon Bell said the council would vote again.", "Sharon Bell", "Mayor Pro Tem", ""},
	})
}

// TestOfficeAfterATitledName checks that an office set off after a name
// with a title before it ("Councillor Joanne Whitlock, Leader of
// Castlemere Borough Council,") is the person's, and no part of the
// body's name.
func TestOfficeAfterATitledName(t *testing.T) {
	checkPeople(t, []personCase{
		{"a councillor who leads the council",
			"Councillor Joanne Whitlock, Leader of Castlemere Borough Council, said the council would pay.",
			"Joanne Whitlock", "Leader of Castlemere Borough Council", "Castlemere Borough Council"},
	})
	checkPartiesCases(t, []partiesCase{
		{"the body without the office",
			"Councillor Joanne Whitlock, Leader of Castlemere Borough Council, said the council would pay.",
			[]string{"Castlemere Borough Council"}, []string{"Leader of Castlemere Borough Council"}},
	})
}
