package parties

import "testing"

// TestRosterRoles checks the office of people listed on a roster's line:
// members of the body its label or the page's heading names, an office
// written in brackets kept.
func TestRosterRoles(t *testing.T) {
	const minutes = "Planning Committee\nMinutes of the meeting of 3 March 2025\n\n" +
		"Members present: Ana Roth (Chair); Ivo Marek; Jo Hale.\n\n" +
		"Ana Roth said the committee would decide in June. Ivo Marek said he would vote against the scheme, and Jo Hale agreed."
	checkPartyRoles(t, []partyRoleCase{
		{"a member on a roster under a heading naming a committee", minutes, "Ivo Marek", "committee member"},
		{"the last member of a roster", minutes, "Jo Hale", "committee member"},
		{"an office in brackets on a roster stays", minutes, "Ana Roth", "Chair"},
		{"a roster whose label names the body", "Trust board\n\nBoard members present: Clara Voss; Peter Lind.\n\nPeter Lind said the trust would sell the site, and Clara Voss agreed.",
			"Peter Lind", "board member"},
		{"a name in prose after a colon is on no roster", "The council has a new leader: Ana Roth said she would cut the budget.", "Ana Roth", ""},
	})
}
