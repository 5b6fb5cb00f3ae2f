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
		{"the scene set before is the main event's day, not a relative clause's year",
			"Talks with Zenco, which began in 2017, were revived on Monday.\n\nAcme rejected the offer.",
			[]string{"Acme/organisation", "Zenco/organisation"}, []string{"2017=2017", "Monday=2020-08-31"},
			[]brief{{"Acme", "refused", "2020-08-31", ""}}},
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
		{"the sentence after an agreement tells when the arrangement starts",
			"Under the deal, announced late on Friday, the two governments agreed to halt fighting along the border.\n\nThe pause began on Sunday.",
			nil, []string{"on Friday=2020-08-28", "on Sunday=2020-08-30"},
			[]brief{{"two governments", "agreed", "2020-08-30", ""}}},
		{"an agreement dated on its own verb keeps its day when the next sentence tells the start",
			"Arland and Belova agreed on Friday to a truce along the border.\n\nThe truce takes effect on Sunday.",
			[]string{"Arland/country", "Belova/country"}, []string{"on Friday=2020-08-28", "on Sunday=2020-08-30"},
			[]brief{{"Arland;Belova", "agreed", "2020-08-28", ""}}},
		{"a start the next sentence tells before the agreement does not date it",
			"Under the deal, announced late on Friday, the two governments agreed to halt fighting along the border.\n\nThe ban began in 2019.",
			nil, []string{"on Friday=2020-08-28", "in 2019=2019"},
			[]brief{{"two governments", "agreed", "2020-08-28", ""}}},
		{"a saying in the past perfect tells an earlier time, not the day the speaker spoke",
			"The commission found that Acme had warned the board on 34 occasions between 2017 and 2019.\n\nAcme said it would appeal.",
			[]string{"Acme/organisation"}, []string{"between 2017=2017"},
			[]brief{{"Acme", "intends", "", ""}}},
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
		{"a date in another coordinated act is not this act's",
			"Kerr said Acme would pay a third of the costs and offered to host the next summit in 2021.",
			[]string{"Acme/organisation", "Kerr/person"}, []string{"in 2021=2021"},
			[]brief{{"Acme", "intends", "", ""}, {"Kerr", "proposed", "2021", ""}}},
		{"a date of a coordinated verb phrase left out of the clause",
			"Ann Kerr has agreed to give evidence against Zenco and will be sentenced in October.",
			[]string{"Ann Kerr/person", "Zenco/organisation"}, []string{"in October=2020-10"},
			[]brief{{"Ann Kerr", "agreed", "2020-08-31", ""}}},
		{"a deadline of a coordinated verb phrase inside the clause",
			"Acme is to cut 1,400 jobs and close its factory in Preston by the end of next year.",
			[]string{"Acme/organisation"}, []string{"by the end of next year=2021"},
			[]brief{{"Acme", "intends", "", "2021"}}},
		{"a date in the condition is the condition's",
			"Zenco signed on the condition that Acme delivers the money promised to it in 2019.",
			[]string{"Zenco/organisation", "Acme/organisation"}, []string{"in 2019=2019"},
			[]brief{{"Zenco", "conditional", "", ""}}},
		{"a date in the words quoted is not the day they were said",
			"\"Acme made £84m in profit last year,\" Kerr said.\n\nAcme said it would keep the plant open.",
			[]string{"Acme/organisation", "Kerr/person"}, []string{"last year=2019"},
			[]brief{{"Acme", "intends", "", ""}}},
		{"an after phrase names an event the text dated before",
			"Acme signed a supply deal in March 2019, during its chairman's trip to Beijing.\n\nAfter the chairman's visit to Beijing, Acme and Zenco vowed to cooperate.",
			[]string{"Acme/organisation", "Zenco/organisation"}, []string{"March 2019=2019-03"},
			[]brief{{"Acme", "signed", "2019-03", ""}, {"Acme;Zenco", "pledged", "2019", ""}}},
		{"an after phrase shares no event with a sentence that names only the actors",
			"Acme and Zenco signed a supply deal in 2019.\n\nAfter the chairmen's meeting in Oslo, Acme and Zenco vowed to cooperate.",
			[]string{"Acme/organisation", "Zenco/organisation"}, []string{"in 2019=2019"},
			[]brief{{"Acme;Zenco", "signed", "2019", ""}, {"Acme;Zenco", "pledged", "", ""}}},
		{"hours later puts the act on the day named before",
			"The US will impose a tariff on steel unless Mexico caps its exports, the trade envoy said on Wednesday.\n\nMexico's economy minister, Rosa Diaz, rejected the demand hours later.",
			[]string{"US/country", "Mexico/country", "Rosa Diaz|Diaz/person"}, []string{"on Wednesday=2020-08-26"},
			[]brief{{"US", "conditional", "2020-08-26", ""}, {"Rosa Diaz", "refused", "2020-08-26", ""}}},
		{"a dateline's day of filing yields to the act's own day",
			"GENEVA, 31 August — Acme and Zenco agreed on Thursday to a merger.",
			[]string{"Acme/organisation", "Zenco/organisation"}, []string{"31 August=2020-08-31", "on Thursday=2020-08-27"},
			[]brief{{"Acme;Zenco", "agreed", "2020-08-27", ""}}},
		{"a dateline's day of filing dates an act the sentence does not date",
			"GENEVA, 31 August — Acme and Zenco agreed to a merger.",
			[]string{"Acme/organisation", "Zenco/organisation"}, []string{"31 August=2020-08-31"},
			[]brief{{"Acme;Zenco", "agreed", "2020-08-31", ""}}},
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
		{"deadline of one coordinated infinitive is not the other's",
			"Halvard Group agreed on Tuesday to hire 120 staff by the end of March and to review its rotas within 60 days.",
			[]string{"Halvard Group/organisation"}, []string{"Tuesday=2020-08-25", "end of March=2021-03"},
			[]brief{{"Halvard Group", "agreed", "2020-08-25", "2021-03"}, {"Halvard Group", "agreed", "2020-08-25", "2020-10-24"}}},
		{"a within deadline of the first coordinated infinitive is not the second's",
			"Halvard Group agreed on Tuesday to reopen its depots within three months and to hold talks with the union in February.",
			[]string{"Halvard Group/organisation"}, []string{"Tuesday=2020-08-25", "February=2021-02"},
			[]brief{{"Halvard Group", "agreed", "2020-08-25", "2020-11"}, {"Halvard Group", "agreed", "2020-08-25", ""}}},
		{"within months in the story's own voice",
			"Acme will publish the report within three months.",
			[]string{"Acme/organisation"}, nil,
			[]brief{{"Acme", "intends", "", "2020-11"}}},
	})
}

// A date of an event that "before", "until" or "in time for" bounds is
// the act's deadline, whether it sits in the event's phrase or in a
// relative clause on it; a weekday that owns the event ("before
// Saturday's game") is the day of the act. 2020-08-31 is a Monday.
func TestCommitmentDeadlineOfABoundedEvent(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a date in a relative clause on the bounded event",
			"Ann Kerr has pledged to visit every branch before her hearing, which is scheduled for 18 September.",
			[]string{"Ann Kerr/person"}, []string{"18 September=2020-09-18"},
			[]brief{{"Ann Kerr", "pledged", "2020-08-31", "2020-09-18"}}},
		{"a date after the bounded event's noun",
			"Acme will open ten shops in time for the next general election in 2022.",
			[]string{"Acme/organisation"}, []string{"in 2022=2022"},
			[]brief{{"Acme", "intends", "", "2022"}}},
		{"a weekday that owns the event is the act's day",
			"Acme will hold a protest march before Saturday's home game.",
			[]string{"Acme/organisation"}, []string{"Saturday=2020-09-05"},
			[]brief{{"Acme", "intends", "2020-09-05", ""}}},
		{"a clause after until is not an event's phrase",
			"Ann Kerr, who ran Acme until she resigned in March, will plead guilty at a hearing on Friday.",
			[]string{"Ann Kerr/person", "Acme/organisation"}, []string{"in March=2020-03", "on Friday=2020-09-04"},
			[]brief{{"Ann Kerr", "intends", "2020-09-04", ""}}},
	})
}

// An act told in the simple past with no date of its own belongs to the
// day the narrative stands at: the last day of the week before
// publication that a past event before it names. A narrative moved back
// to an earlier past, or a day ahead, dates nothing; an aside on a noun
// does not move the narrative, nor does a pluperfect flashback told
// before the sentence just before. 2020-08-31 is a Monday.
func TestCommitmentWhenOfTheNewsDay(t *testing.T) {
	runCases(t, []commitmentCase{
		{"acts of the same meeting after a dated lead",
			"Arland and Belova agreed on Thursday to share river data.\n\nCarola signed the communiqué but rejected a moratorium on new dams.",
			[]string{"Arland/country", "Belova/country", "Carola/country"}, []string{"on Thursday=2020-08-27"},
			[]brief{{"Arland;Belova", "agreed", "2020-08-27", ""}, {"Carola", "signed", "2020-08-27", ""}, {"Carola", "refused", "2020-08-27", ""}}},
		{"a narrative moved back to an earlier year",
			"Arland agreed on Thursday to share river data.\n\nThe two countries first met in 1995.\n\nBelova rejected the terms.",
			[]string{"Arland/country", "Belova/country"}, []string{"on Thursday=2020-08-27", "in 1995=1995"},
			[]brief{{"Arland", "agreed", "2020-08-27", ""}, {"Belova", "refused", "", ""}}},
		{"a day ahead is a plan's, not the news",
			"Arland will host talks on Friday.\n\nBelova rejected the agenda.",
			[]string{"Arland/country", "Belova/country"}, []string{"on Friday=2020-09-04"},
			[]brief{{"Arland", "intends", "2020-09-04", ""}, {"Belova", "refused", "", ""}}},
		{"a participle on a noun does not move the narrative",
			"Arland pledged on Thursday to close its coal plants.\n\nBelova joined as well, citing the money promised to it in 2019.\n\nCarola pledged $1bn for a new fund.",
			[]string{"Arland/country", "Belova/country", "Carola/country"}, []string{"on Thursday=2020-08-27", "in 2019=2019"},
			[]brief{{"Arland", "pledged", "2020-08-27", ""}, {"Carola", "pledged", "2020-08-27", ""}}},
		{"a pluperfect flashback told earlier does not move the narrative",
			"A court lifted the ban on Friday.\n\nAcme had agreed in 2019 to pay Zenco for a player.\n\nIts lawyers welcomed the ruling.\n\nAcme agreed a fee with Borco for a striker.",
			[]string{"Acme/organisation", "Zenco/organisation", "Borco/organisation"}, []string{"on Friday=2020-08-28", "in 2019=2019"},
			[]brief{{"Acme", "agreed", "2019", ""}, {"Acme", "agreed", "2020-08-28", ""}}},
		{"a pluperfect flashback just before sets the scene",
			"A court lifted the ban on Friday.\n\nZenco had asked Acme in 2019 to pay for a player.\n\nAcme refused.",
			[]string{"Acme/organisation", "Zenco/organisation"}, []string{"on Friday=2020-08-28", "in 2019=2019"},
			[]brief{{"Acme", "refused", "", ""}}},
	})
}

// A deadline told once after coordinated acts bounds each that has none
// of its own, and a year that qualifies a noun naming a time limit is
// the deadline. 2020-08-31 is a Monday.
func TestCommitmentDeadlineToldOnce(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a closing deadline bounds the acts coordinated before it",
			"Arland and Belova pledged on Thursday to build no new coal plants and to close all existing ones by 2035.",
			[]string{"Arland/country", "Belova/country"}, []string{"on Thursday=2020-08-27", "by 2035=2035"},
			[]brief{{"Arland;Belova", "pledged", "2020-08-27", "2035"}, {"Arland;Belova", "pledged", "2020-08-27", "2035"}}},
		{"a deadline inside the first act is not the second's",
			"Arland agreed on Thursday to set up a monitoring body by 2022 and to consult Belova before building dams.",
			[]string{"Arland/country", "Belova/country"}, []string{"on Thursday=2020-08-27", "by 2022=2022"},
			[]brief{{"Arland", "agreed", "2020-08-27", "2022"}, {"Arland", "agreed", "2020-08-27", ""}}},
		{"a year qualifying a target",
			"Arland will meet the 2035 target for closing its coal plants.",
			[]string{"Arland/country"}, []string{"2035=2035"},
			[]brief{{"Arland", "intends", "", "2035"}}},
		{"a year qualifying another noun is no deadline",
			"Arland will honour the 2015 treaty with Belova.",
			[]string{"Arland/country", "Belova/country"}, []string{"2015=2015"},
			[]brief{{"Arland", "pledged", "", ""}}},
	})
}
