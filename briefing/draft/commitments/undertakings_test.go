package commitments

import "testing"

// TestUndertakingsOfLightVerbs checks verbs that most often state or
// happen but here undertake an act: beginning an activity, taking a case
// to a court, making something a state, doing so again.
func TestUndertakingsOfLightVerbs(t *testing.T) {
	runCases(t, []commitmentCase{
		{"beginning an activity its object names is an act",
			"The Red Crescent said it would begin food deliveries to the camps on Friday.",
			[]string{"Red Crescent/organisation"}, nil,
			[]brief{{"Red Crescent", "intends", "", ""}}},
		{"a coordinated begin after a report of what was done",
			"The ministry said it had hired 40 engineers and would start repairs on the dam next month.",
			[]string{"ministry/organisation"}, nil,
			[]brief{{"ministry", "intends", "", ""}}},
		{"beginning talks with another side is an act",
			"Kivisild said he will begin talks with the leaders of all six parties on Thursday.",
			[]string{"Kivisild/person"}, nil,
			[]brief{{"Kivisild", "intends", "", ""}}},
		{"starting a meeting keeps an appointment",
			"The president is scheduled to start the meeting at noon.", []string{"president/person"}, nil, nil},
		{"doing so in a forecast is none",
			"Prosecutors must show that the firms are likely to do so again.", nil, nil, nil},
		{"what begins with no object happens",
			"The new timetable will begin in December.", nil, nil, nil},
		{"taking a case to a court is an act, and not taking it refuses",
			"The players' union said it would not take the dispute to the tribunal.",
			[]string{"players' union/organisation"}, nil,
			[]brief{{"players' union", "refused", "", ""}}},
		{"making a thing a state is an act of an actor",
			"The airline said it would make refunds automatic for every cancelled flight.",
			[]string{"airline/organisation"}, nil,
			[]brief{{"airline", "intends", "", ""}}},
		{"making it harder is a forecast of effects",
			"The minister said the levy would make it harder for small farms to survive.",
			[]string{"minister/person"}, nil, nil},
	})
}

// TestObjectsOfRelativeClauses checks a commitment verb whose object is
// the noun its relative clause describes.
func TestObjectsOfRelativeClauses(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a condition the other side accepted is agreed",
			"Mexico asked for a review every two years, a condition the partners accepted.",
			[]string{"Mexico/country", "partners/group"}, nil,
			[]brief{{"partners", "agreed", "", ""}}},
		{"a noun the relative clause's subject rejects is refused",
			"The players asked for a bigger share of the money, a demand the league rejected.",
			[]string{"league/organisation"}, nil,
			[]brief{{"league", "refused", "", ""}}},
		{"a relative clause whose pronoun is the subject keeps the noun for the actor",
			"The union, which rejected the offer, called a strike.",
			[]string{"union/organisation"}, nil,
			[]brief{{"union", "refused", "", ""}}},
		{"a verdict one accepts is no term",
			"It was a verdict the family accepted with dignity.",
			[]string{"family/group"}, nil, nil},
	})
}

// TestVotesAgainstAndAwards checks votes cast against what was put to the
// vote, contracts awarded, and tallies that are no agents.
func TestVotesAgainstAndAwards(t *testing.T) {
	runCases(t, []commitmentCase{
		{"voting against a bill refuses it",
			"The Liberal Party voted against the bill.",
			[]string{"Liberal Party/organisation"}, nil,
			[]brief{{"Liberal Party", "refused", "", ""}}},
		{"members counted cast ballots, no commitment",
			"Two councillors voted against the budget. Board members Ana Ruiz and Tom Beck, who sit on the finance committee, voted against it.", nil, nil, nil},
		{"members counted from a party cast ballots, even when the parser cuts the phrase",
			"The bill passed by 312 votes to 279, after 31 backbench MPs from the governing Unity Party voted against it.",
			[]string{"Unity Party/organisation"}, nil, nil},
		{"a vote against still to come is a stance to take",
			"The Liberal Party will vote against the bill.", []string{"Liberal Party/organisation"}, nil,
			[]brief{{"Liberal Party", "intends", "", ""}}},
		{"awarding a contract agrees to it",
			"Dunmore County Council awarded the contract to resurface the ring road to Kelso Asphalt.",
			[]string{"Dunmore County Council/organisation", "Kelso Asphalt/organisation"}, nil,
			[]brief{{"Dunmore County Council", "agreed", "", ""}}},
		{"a tally after by is how a body approved, not who",
			"The budget was approved by the city council by seven votes to two.",
			[]string{"city council/organisation"}, nil,
			[]brief{{"city council", "agreed", "", ""}}},
		{"offering to rule something out is an offer; declining to rule it out keeps it open",
			"The rail union offered to rule out strikes until June. The minister declined to rule out a fare rise.",
			[]string{"rail union/organisation", "minister/person"}, nil,
			[]brief{{"rail union", "proposed", "", ""}}},
		{"planning an event in the present intends it",
			"The residents' association plans a protest outside the town hall on Saturday.",
			[]string{"residents' association/organisation"}, nil,
			[]brief{{"residents' association", "intends", "", ""}}},
		{"a plan carried out is no intention",
			"The gang planned the robbery for months.", []string{"gang/group"}, nil, nil},
	})
}

// TestSecondConjunctsOfReports checks a reported clause's later conjunct
// with a modal of its own: the sayer's commitment as the first one is.
func TestSecondConjunctsOfReports(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a second will after a would is the sayer's too",
			"Principal Mary Odum said the school would review its bus contract and will fit seat belts on every bus by May.",
			[]string{"Mary Odum/person/Principal"}, []string{"by May=2026-05"},
			[]brief{{"Mary Odum", "intends", "", ""}, {"Mary Odum", "intends", "", "2026-05"}}},
		{"a conjunct with a subject of its own is that subject's",
			"Coach Dan Ilic said the squad would train at home and the juniors would travel alone.",
			[]string{"Dan Ilic/person/Coach"}, nil,
			[]brief{{"Dan Ilic", "intends", "", ""}}}, // the squad's, which the coach decides; not the juniors'
	})
}

// Going to a court, a tribunal or a parliament sues or appeals, "taking
// down" or "taking back" what one put up removes it, "holding off"
// refrains, and "undertaking" a task does it: acts a party can commit to,
// kept on the condition it names.
func TestCommitmentActsOfGoingToCourtAndTakingDown(t *testing.T) {
	runCases(t, []commitmentCase{
		{"going back to court on a condition",
			"The Harlow Trading Standards office fined Pellam Foods on Monday. \"If the company breaks this order, we will go back to court,\" said its director, Ines Marlow.",
			[]string{"Harlow Trading Standards/organisation", "Pellam Foods/organisation", "Ines Marlow|Marlow/person/director of Harlow Trading Standards"}, []string{"on Monday=2020-08-31"},
			[]brief{{"Harlow Trading Standards;Ines Marlow", "conditional", "", ""}}},
		{"taking a body to court on a condition, court read as a verb",
			"\"We will take the government to court unless it sets a date,\" said Charles Watson.",
			[]string{"Charles Watson/person"}, nil,
			[]brief{{"Charles Watson", "conditional", "", ""}}},
		{"going to judicial review on a condition",
			"The Dunby Quarry Group met on Monday. \"If the minister won't listen, we will go to judicial review,\" said its chair, Ruth Keeling.",
			[]string{"Dunby Quarry Group/organisation", "Ruth Keeling|Keeling/person/chair of Dunby Quarry Group"}, []string{"on Monday=2020-08-31"},
			[]brief{{"Dunby Quarry Group;Ruth Keeling", "conditional", "", ""}}},
		{"going to a city is no act committed",
			"The Dunby Quarry Group said its members would go to Leeds.",
			[]string{"Dunby Quarry Group/organisation"}, nil,
			nil},
		{"taking down what was put up, on a condition",
			"Ashby Council put up speed cameras on Mill Lane. \"If the figures show no benefit, we will take the cameras down,\" said the council leader, Sanjay Pell.",
			[]string{"Ashby Council/organisation", "Sanjay Pell|Pell/person/leader of Ashby Council"}, nil,
			[]brief{{"Ashby Council;Sanjay Pell", "conditional", "", ""}}},
		{"holding off on a measure until a condition is met",
			"The Velmark government said it would hold off on new sanctions provided that inspectors were given full access.",
			[]string{"Velmark/country"}, nil,
			[]brief{{"Velmark", "conditional", "", ""}}},
		{"undertaking a task denied on a condition",
			"Corrin Holdings said it would not undertake the buyback if its debt rose above twice its earnings.",
			[]string{"Corrin Holdings/organisation"}, nil,
			[]brief{{"Corrin Holdings", "conditional", "", ""}}},
		{"undertaking a task denied",
			"Corrin Holdings said it would not undertake the buyback.",
			[]string{"Corrin Holdings/organisation"}, nil,
			[]brief{{"Corrin Holdings", "refused", "", ""}}},
	})
}
