package parties

import "testing"

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
	})
}
