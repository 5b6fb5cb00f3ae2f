package parties

import "testing"

// TestOfficeAfterADashOnALineOfItsOwn checks that a line holding only a
// name, a dash and an office gives the office, and that a place after
// the dash gives none.
func TestOfficeAfterADashOnALineOfItsOwn(t *testing.T) {
	list := "Company Participants\nElena Marchetti - President and Chief Executive Officer\nDavid Okafor – Chief Financial Officer\n\n" +
		"Elena Marchetti said the plant would close in June. David Okafor said the charges would be booked in the fourth quarter."
	checkPeople(t, []personCase{
		{"office of two titles after a hyphen", list, "Elena Marchetti", "President and Chief Executive Officer", ""},
		{"office after an en dash", list, "David Okafor", "Chief Financial Officer", ""},
		{"a place after the dash is no office", "Speakers\nTomas Berg - Dresden\n\nTomas Berg said the yard would stay open.",
			"Tomas Berg", "", ""},
	})
}

// TestCompanyNamedInATitleLine checks that a company's name with its
// legal form is read in a first line written in title case, where case
// says nothing about other names.
func TestCompanyNamedInATitleLine(t *testing.T) {
	head := "Northvale Semiconductor, Inc. (NVSC) Q3 2025 Earnings Call Transcript\n\n"
	checkParties(t, "legal form after a comma", head+"Elena Marchetti\nThanks, Ravi. We signed a supply agreement with Aurelis Automotive last week, and this transcript may contain errors.",
		[]string{"Northvale Semiconductor, Inc.", "Aurelis Automotive"}, []string{"Earnings Call", "Q3"})
	checkParties(t, "legal form after a name in capitals", "CALDER & FINCH PLC ANNUAL REPORT 2024\n\nThe board said the dividend would rise, and the report gives the annual figures.",
		[]string{"CALDER & FINCH PLC"}, nil)
}

// TestHeaderLinesOfAStatement checks the lines that head a minister's
// written statement: the department on a line of its own in title case,
// and the minister named after "Made by:" with the office in brackets.
func TestHeaderLinesOfAStatement(t *testing.T) {
	text := "Statement made on 10 March 2026\nDepartment for Environment, Food and Rural Affairs\nMade by: Daniel Ashworth (Minister for Water and Flooding)\nCommons\n\n" +
		"Today I am setting out the response. I will publish a revised action plan in the autumn."
	checkParties(t, "a department serving fields on its own line", text, []string{"Department for Environment, Food and Rural Affairs"}, nil)
	checkPeople(t, []personCase{{"a minister made by", text, "Daniel Ashworth", "Minister for Water and Flooding", ""}})
}

// TestOfficeOfABodyWithItsAcronym checks an office written before the name
// and set off by a comma, its body followed by the acronym in brackets:
// the office keeps the body's whole name and leaves the acronym out.
func TestOfficeOfABodyWithItsAcronym(t *testing.T) {
	checkPeople(t, []personCase{
		{"office of a body with its acronym before a comma and the name",
			"\"We have hardly started,\" the new chair of the Internet Engineering Task Force (IETF), Brian Carpenter, says.",
			"Brian Carpenter", "chair of the Internet Engineering Task Force", "Internet Engineering Task Force"},
	})
}
