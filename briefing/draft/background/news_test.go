package background

import "testing"

// A sentence told in the simple past with no date of its own, after a
// lead that dates the news within the week, is the news: a date in a
// participle on a noun or in a parenthesis dates no earlier event of it.
// A relative clause may date the event its noun names, and a narrative
// moved back to an earlier year is background. 2020-08-31 is a Monday.
func TestBackgroundLeavesOutTheNewsDatedByAnAside(t *testing.T) {
	checkDated(t, "Arland and Carola agreed on Thursday to share river data.", []datedCase{
		{"a participle on a noun in a sentence of the news",
			"Belova signed on the condition that rich states deliver the money promised to it in 2016.", ""},
		{"a parenthesis on a noun in a sentence of the news",
			"Belova put its output at 40 tonnes, up 10% on 2016, in a report to the council.", ""},
		{"a relative clause dates the event its noun names",
			"The two states fought a war that ended with a ceasefire in May 2016.", "2016-05"},
		{"a year before the noun the sentence tells of",
			"The 2016 deal resulted from a race between two rivals.", "2016"},
	})
}
