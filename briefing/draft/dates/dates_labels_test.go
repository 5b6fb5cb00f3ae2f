package dates

import "testing"

// A year in brackets after a number or a name is a label, not a date of
// the story, and so is one in a list of version numbers or one opening a
// document's number ("Executive Order 2025-14"); a weekday after "by" in a passive is a deadline, never an
// agent; a month after "for" is the month an act is for. 2027-11-18 is a
// Thursday.
func TestDatesLabelsDeadlinesAndMonthsFor(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"a year in brackets after a number", "The council adopted resolution 2841 (2027) by 13 votes.", "2027-08-27", "", ""},
		{"a year in brackets after a name", "The rules come from the Companies Act (2006).", "2027-08-27", "", ""},
		{"a year in a list of version numbers", "Computers running Microsoft Windows 95, 98, 2000, NT and XP are vulnerable to this trojan.", "2005-06-01", "", ""},
		{"a year opening a document's number", "The governor signed Executive Order 2025-14 on the storm.", "2025-05-20", "", ""},
		{"a season of two years", "The 2025-26 season opens with a derby.", "2025-05-20", "2025-26", "2025"},
		{"a period of whole years", "The EU will provide EUR 85 million over the period 2026-2028.", "2025-05-20", "2026", "2026"},
		{"a year opening a summary's number", "See Interest Arbitration Summary No. 2025-117 for the award.", "2025-09-20", "", ""},
		{"a year in a list of years", "Prices rose in 1998, 1999 and 2000.", "2005-06-01", "1999", "1999"},
		{"a weekday after by in a passive", "The text is due to be agreed by Tuesday, when the talks end.", "2027-11-18", "by Tuesday", "2027-11-23"},
		{"a month after for", "The administrators would pay staff their wages for August.", "2027-08-12", "for August", "2027-08"},
		{"for May is a person voted for", "Most members voted for May in the contest.", "2027-08-12", "", ""},
	})
}
