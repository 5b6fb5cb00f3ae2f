package commitments

import "testing"

// A commitment is dated by its own clause: not by a date in a clause of
// another time beside or below it, nor by a "since" the simple past
// cannot take; a participle of aim is where the parse often hangs the
// act's own date. The scene set by the sentence before is its main
// event's. Documents are published on 2020-08-31, a Monday.
func TestCommitmentWhenFromItsOwnClause(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a year in a concessive clause beside the act",
			"Britain ruled out a deal with the EU, although a similar deal was struck with Norway in 2019.",
			[]string{"Britain/country", "EU/organisation", "Norway/country"}, []string{"2019=2019"},
			[]brief{{"Britain", "refused", "", ""}}},
		{"a year in a perfect participle clause",
			"Acme ruled out a deal with Zenco, having lost a court case in 2019.",
			[]string{"Acme/organisation", "Zenco/organisation"}, []string{"2019=2019"},
			[]brief{{"Acme", "refused", "", ""}}},
		{"since on a simple past is another word's",
			"Acme ruled out a deal as profits fell to their lowest level since 2019.",
			[]string{"Acme/organisation"}, []string{"since 2019=2019"},
			[]brief{{"Acme", "refused", "", ""}}},
		{"a year in a relative clause on the object",
			"Acme ruled out a deal with Zenco, which it had tried to buy in 2019.",
			[]string{"Acme/organisation", "Zenco/organisation"}, []string{"2019=2019"},
			[]brief{{"Acme", "refused", "", ""}}},
		{"the act's own date hung on a participle of aim",
			"Acme will unveil plans aimed at reviving its shops on Thursday.",
			[]string{"Acme/organisation"}, []string{"Thursday=2020-09-03"},
			[]brief{{"Acme", "intends", "2020-09-03", ""}}},
		{"the scene set before is the main event's, not a relative clause's",
			"Talks with Zenco, which began in 2017, were revived on Monday.\n\nAcme rejected the offer.",
			[]string{"Acme/organisation", "Zenco/organisation"}, []string{"2017=2017", "Monday=2020-08-31"},
			[]brief{{"Acme", "refused", "", ""}}},
		{"the act's own date in a clause of time beats the saying's",
			"Acme said on Friday it would vote against the plan when it returns to the board next month.",
			[]string{"Acme/organisation"}, []string{"on Friday=2020-08-28", "next month=2020-09"},
			[]brief{{"Acme", "intends", "2020-09", ""}}},
		{"a deadline on an act to come joined to a past relative clause",
			"Acme said on Friday it would review every contract Kerr had approved and would publish the findings by the end of March.",
			[]string{"Acme/organisation", "Kerr/person"}, []string{"on Friday=2020-08-28", "by the end of March=2021-03"},
			[]brief{{"Acme", "intends", "2020-08-28", "2021-03"}}},
		{"a report joined to a clause opened by when takes the day before it",
			"The dispute began in May, when the union rejected an offer and Acme said it would press ahead with the closures.",
			[]string{"Acme/organisation"}, []string{"in May=2020-05"},
			[]brief{{"union", "refused", "2020-05", ""}, {"Acme", "intends", "2020-05", ""}}},
		{"the saying's date when the act has none",
			"Acme said on Friday it would vote against the plan.",
			[]string{"Acme/organisation"}, []string{"on Friday=2020-08-28"},
			[]brief{{"Acme", "intends", "2020-08-28", ""}}},
		{"a since in an apposition on the actor of a future act",
			"Ms Kaur, home secretary since July, will set out her plans after the weekend.",
			[]string{"Kaur/person"}, []string{"since July=2020-07", "after the weekend=2020-09"},
			[]brief{{"Kaur", "intends", "2020-09", ""}}},
		{"a report the parse hung on its speaker dates the act",
			"Ireland will cap rents in Dublin until 2028, the housing minister, Ann Kerr, announced on Wednesday.",
			[]string{"Ireland/country", "Ann Kerr|Kerr/person"}, []string{"until 2028=2028", "on Wednesday=2020-08-26"},
			[]brief{{"Ireland", "intends", "2020-08-26", "2028"}}},
		{"the words a speaker said do not date the saying",
			"Ann Kerr runs Acme.\n\n\"Our sales have been 2% up on the same time last year,\" Ms Kerr said. \"We will open ten more shops.\"",
			[]string{"Acme/organisation", "Ann Kerr|Ms Kerr/person"}, []string{"last year=2019"},
			[]brief{{"Ann Kerr", "pledged", "", ""}}},
		{"an act to come takes the day the text gives its thing and its recipient",
			"Acme is to send its annual report to the regulator.\n\nThe report, due with the regulator on Friday, runs to 300 pages.",
			[]string{"Acme/organisation"}, []string{"on Friday=2020-09-04"},
			[]brief{{"Acme", "intends", "2020-09-04", ""}}},
		{"an act on a thing dated for another act takes no day",
			"The Greens will leave the government if it breaks its word.\n\nThe new government will be sworn in on Friday.",
			[]string{"Greens/organisation"}, []string{"on Friday=2020-09-04"},
			[]brief{{"Greens", "conditional", "", ""}}},
		{"hours later puts the act on the day named before",
			"The US will impose a tariff on steel unless Mexico caps its exports, the trade envoy said on Wednesday.\n\nMexico's economy minister, Rosa Diaz, rejected the demand hours later.",
			[]string{"US/country", "Mexico/country", "Rosa Diaz|Diaz/person"}, []string{"on Wednesday=2020-08-26"},
			[]brief{{"US", "conditional", "2020-08-26", ""}, {"Rosa Diaz", "refused", "2020-08-26", ""}}},
	})
}

// "Within 14 days" counts from the event the text ties it to: a date or
// a dated thing named after it, else the day the commitment was made or
// announced in the story's own voice; a reported one with no day stays
// unresolved.
func TestCommitmentDeadlineWithin(t *testing.T) {
	runCases(t, []commitmentCase{
		{"within days of a thing dated in the sentence before",
			"The tribunal's verdict was delivered on 21 August.\n\nAcme has pledged to appeal within 14 days of the verdict.",
			[]string{"Acme/organisation"}, []string{"21 August=2020-08-21"},
			[]brief{{"Acme", "pledged", "2020-08-31", "2020-09-04"}}},
		{"within days of a date",
			"Acme has pledged to appeal within 28 days of 21 August.",
			[]string{"Acme/organisation"}, []string{"21 August=2020-08-21"},
			[]brief{{"Acme", "pledged", "2020-08-31", "2020-09-18"}}},
		{"within days of an undated thing stays unresolved",
			"Acme has pledged to appeal within 14 days of the verdict.",
			[]string{"Acme/organisation"}, nil,
			[]brief{{"Acme", "pledged", "2020-08-31", ""}}},
		{"within days in a reported promise with no day stays unresolved",
			"Acme said it would lodge an appeal within 28 days.",
			[]string{"Acme/organisation"}, nil,
			[]brief{{"Acme", "intends", "", ""}}},
		{"within months of an act of the day",
			"Acme has pledged to publish the report within three months.",
			[]string{"Acme/organisation"}, nil,
			[]brief{{"Acme", "pledged", "2020-08-31", "2020-11"}}},
		{"within months in the story's own voice",
			"Acme will publish the report within three months.",
			[]string{"Acme/organisation"}, nil,
			[]brief{{"Acme", "intends", "", "2020-11"}}},
	})
}
