package commitments

import "testing"

// What a commitment sets up is dated by the day it starts, not the day it
// was announced; a commitment that waits for an event takes no day of
// another sentence; a date before the conjunction that opens a clause is
// the clause before's; "within the week" is a deadline. Documents are
// published on 2020-08-31, a Monday. "Before" a day's event is the act's
// day, and a "since" never dates an act to come.
func TestCommitmentWhenOfStartAndEvent(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a relative clause of taking effect on what was agreed beats the day of saying",
			"The regulator said on Saturday that Acme and Zenco had agreed to a ceasefire that will take effect on Wednesday.",
			[]string{"Acme/organisation", "Zenco/organisation"}, []string{"on Saturday=2020-08-29", "on Wednesday=2020-09-02"},
			[]brief{{"Acme;Zenco", "agreed", "2020-09-02", ""}}},
		{"a deal that comes into force dates an agreement of the day",
			"Acme has signed a deal which comes into force in January.",
			[]string{"Acme/organisation"}, []string{"in January=2021-01"},
			[]brief{{"Acme", "signed", "2021-01", ""}}},
		{"a commitment that waits for an event takes no occasion from the sentence before",
			"Acme will reopen its plant on Friday.\n\nAcme said it would drop its complaint once the ambassadors were back in their posts.",
			[]string{"Acme/organisation"}, []string{"on Friday=2020-09-04"},
			[]brief{{"Acme", "intends", "2020-09-04", ""}, {"Acme", "conditional", "", ""}}},
		{"a date before the conjunction that opens the clause is the clause before's",
			"Under the agreement, the border crossings will reopen on 1 November, and a joint commission will draw up rules by the end of January.",
			[]string{"joint commission/organisation"}, []string{"1 November=2020-11-01", "by the end of January=2021-01"},
			[]brief{{"joint commission", "agreed", "", "2021-01"}}},
		{"the commitment noun a participle describes takes effect on a day",
			"The agreement, signed by Acme in Geneva, takes effect on Wednesday.",
			[]string{"Acme/organisation", "Geneva/place"}, []string{"on Wednesday=2020-09-02"},
			[]brief{{"Acme", "signed", "2020-09-02", ""}}},
		{"before a day's event puts the act on that day",
			"Acme said it would hold a protest march before Saturday's home game.",
			[]string{"Acme/organisation"}, []string{"Saturday=2020-09-05"},
			[]brief{{"Acme", "intends", "2020-09-05", ""}}},
		{"an act to come takes no since of the clause below it",
			"Acme said on Friday it would review every contract Zenco has won since 2015.",
			[]string{"Acme/organisation", "Zenco/organisation"}, []string{"on Friday=2020-08-28", "since 2015=2015"},
			[]brief{{"Acme", "intends", "2020-08-28", ""}}},
		{"within the week is a deadline",
			"Acme said it would respond within the week.",
			[]string{"Acme/organisation"}, []string{"within the week=2020-08"},
			[]brief{{"Acme", "intends", "", "2020-08"}}},
	})
}
