package commitments

import "testing"

// A date put before a condition is the commitment's, wherever the parser
// hangs it: a clause opens with its mark. A date inside the condition
// stays the condition's. Documents are published on 2020-08-31, a Monday.
func TestCommitmentDateBeforeItsCondition(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a day before an if clause, hung on the condition",
			"The union has told me it will block the M4 on 25 April if allocations are cut.",
			[]string{"union/organisation"}, []string{"25 April=2021-04-25"},
			[]brief{{"union", "conditional", "2021-04-25", ""}}},
		{"a day before an if clause after a named warner, hung on the condition",
			"The Vardo Taxi Drivers' Association has warned it will block the bridge on 25 April if fares are frozen.",
			[]string{"Vardo Taxi Drivers' Association/organisation"}, []string{"25 April=2021-04-25"},
			[]brief{{"Vardo Taxi Drivers' Association", "conditional", "2021-04-25", ""}}},
		{"a day before an if clause, hung on the verb",
			"Acme said it would close the Tarn plant on 30 October if no buyer is found.",
			[]string{"Acme/organisation"}, []string{"30 October=2020-10-30"},
			[]brief{{"Acme", "conditional", "2020-10-30", ""}}},
		{"a day inside the condition is not the commitment's",
			"Acme said it would close the Tarn plant if no buyer came forward on 25 September.",
			[]string{"Acme/organisation"}, []string{"on 25 September=2020-09-25"},
			[]brief{{"Acme", "conditional", "", ""}}},
	})
}

// A year that qualifies a noun naming a period of time dates the act done
// in it; a year on a noun naming another event does not. A date that the
// parser made the subject of a participle after it is the act's.
// Documents are published on 2020-08-31.
func TestCommitmentDateOfAPeriodOrMisreadSubject(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a year on a season",
			"The league's chairman, Odo Brandt, said the league would ban artificial pitches from the start of the 2022 season.",
			[]string{"Odo Brandt/person"}, []string{"2022=2022"},
			[]brief{{"league", "intends", "2022", ""}}},
		{"a year on a financial year",
			"The council said it would cut parking charges in the 2021 financial year.",
			nil, []string{"2021=2021"},
			[]brief{{"council", "intends", "2021", ""}}},
		{"a year on a review is another event's",
			"The council said it would close the depot, as the 2016 review proposed.",
			nil, []string{"2016=2016"},
			[]brief{{"council", "intends", "", ""}}},
		{"a season read as the subject of a participle",
			"The health minister, Rhea Valk, said the government intends to introduce a bill this spring raising the fine for unsafe clinics.",
			[]string{"Rhea Valk/person"}, []string{"this spring=2021"},
			[]brief{{"government", "intends", "2021", ""}}},
	})
}
