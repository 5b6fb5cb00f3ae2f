package parties

import (
	"slices"
	"testing"
)

// TestNameApposedToBodyKind checks that a name set off by commas after a
// common noun for a kind of body names that body, while a person named
// after an office held at a body stays a person.
func TestNameApposedToBodyKind(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a foreign name after a company", "We will not privatise our national water company, Aguas de Valdemora, whatever the lenders ask.",
			"Aguas de Valdemora", "organisation"},
		{"a name after a group", "The state's largest fishing group, Armadores del Sur, said it would appeal.", "Armadores del Sur", "organisation"},
		{"a person after an office at the agency", "The deal was signed by Iran's ambassador to the agency, Dariush Kamali, on Monday.", "Dariush Kamali", "person"},
		{"a person after an office of a party", "The chair of his National Union party, Helen Marsh, was less warm.", "Helen Marsh", "person"},
		{"a person whose body is described after its name", "Henrik Salo, an economist at the Institute for Economic Analysis (IEA), a government-funded research body, said the labour market remained tight.",
			"Henrik Salo", "person"},
		{"a person after a trade that firms share", "Executive producer Dominic Hale said the episode would be explosive.", "Dominic Hale", "person"},
	})
}

// TestBodyBeforeItsOfficer checks that a name of two words before the
// office of a body's officer and a person's name is that body's, the
// first word a people's adjective or not.
func TestBodyBeforeItsOfficer(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a body named with a people's word", "Deutsche Bahn chief executive Richard Lutz said the operator was ready.", "Deutsche Bahn", "organisation"},
		{"a body of two plain words", "Harlow Freight boss Anna Kerr said the firm would appeal.", "Harlow Freight", "organisation"},
	})
	if p := partyIn(t, "the officer", "Deutsche Bahn chief executive Richard Lutz said the operator was ready.", "Richard Lutz"); p != nil && p.Affiliation != "Deutsche Bahn" {
		t.Errorf("Richard Lutz is affiliated to %q, want Deutsche Bahn", p.Affiliation)
	}
}

// TestBodyNamedWithOwnAcronym checks that a name the words before it call
// a party, joined by "and" and followed by its acronym in its own
// language, is one party with the acronym as its alias.
func TestBodyNamedWithOwnAcronym(t *testing.T) {
	p := partyIn(t, "a party's name with and", "Polish opposition party Law and Justice (PiS) criticised the deal. PiS said it would vote against it.", "Law and Justice")
	if p != nil && !slices.Contains(p.Aliases, "PiS") {
		t.Errorf("Law and Justice has aliases %v, want PiS", p.Aliases)
	}
}
