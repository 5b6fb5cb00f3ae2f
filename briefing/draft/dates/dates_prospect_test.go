package dates

import "testing"

// A date told under a past verb still lies ahead when the words around it
// look ahead: the next occasion of a kind, the act one asked for, what
// one expected, what a reported "could" allows, the aim of a purpose
// clause. 2027-03-18 is a Thursday.
func TestDatesLookingAhead(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"next + noun + day month under a past request", "The employers' federation urged the bank to cut rates at its next meeting on May 6.", "2027-03-18", "May 6", "2027-05-06"},
		{"coming + noun + day month hung on a past verb",
			"The minister spoke about the coming summit on 9 February.", "2027-01-05", "9 February", "2027-02-09"},
		{"infinitive asked for by a past request + month", "The union asked the firm to raise wages in February.", "2027-01-05", "in February", "2027-02"},
		{"reported simple past of readiness + infinitive + month",
			"Rebels said they were ready to resume talks in February.", "2026-05-13", "in February", "2027-02"},
		{"reported simple past of a wish + infinitive + month",
			"The minister said she wanted to visit the region in February.", "2026-05-13", "in February", "2027-02"},
		{"pluperfect of readiness: the nearest",
			"Rebels had been ready to resume talks in February.", "2026-05-13", "in February", "2026-02"},
		{"simple past of expectation with its own month", "Economists at the bank said they expected the first cut in September.", "2027-03-18", "in September", "2027-09"},
		{"pluperfect of expectation: the nearest", "Economists had expected the first cut in February.", "2027-03-18", "in February", "2027-02"},
		{"from + month after a participle describing a noun of a pledged act: the act's term",
			"Tokyo pledged to ease export checks on chemicals used in chip making from April.", "2026-03-03", "from April", "2026-04"},
		{"from + month after a participle of what simply happened keeps the past",
			"Shops closed by the floods reopened from April.", "2026-03-03", "from April", "2025-04"},
		{"deadline of an infinitive a past undertaking governs lies ahead",
			"Halvard Group agreed on Tuesday to hire 120 staff by the end of March.", "2026-08-31", "by the end of March", "2027-03"},
		{"deadline of an infinitive a pluperfect undertaking governs: the nearest",
			"Halvard Group had agreed to hire 120 staff by the end of March.", "2026-08-31", "by the end of March", "2026-03"},
		{"simple past of expectation with an infinitive before the month",
			"The company said it expected to start work on the first site, at the former depot, in June.", "2026-11-30", "in June", "2027-06"},
		{"simple past of expectation in a relative clause on what was expected",
			"The government would sign it if parliament approved the rules, a vote he expected in February.", "2026-12-03", "in February", "2027-02"},
		{"expectation with no object or infinitive before the month: the expecting's",
			"Sales were later than it forecast in June.", "2026-11-30", "in June", "2026-06"},
		{"reported could + month", "Officials said talks could start in September.", "2027-03-18", "in September", "2027-09"},
		{"purpose clause with could under a reported would", "The minister said the doses would be delivered by the end of August so that vaccination could start in September.", "2027-01-19", "in September", "2027-09"},
		{"purpose clause after a past act with its own day counts from that day",
			"Police closed the road on Friday so that workers could repair it on Saturday.", "2026-12-09", "on Saturday", "2026-12-05"},
		{"participle of announcement: past day", "The rules, announced on Friday, will take effect on Monday.", "2027-03-18", "on Friday", "2027-03-12"},
		{"participle of announcement: the start day ahead", "The rules, announced on Friday, will take effect on Monday.", "2027-03-18", "on Monday", "2027-03-22"},
	})
}

// A day that comes round again or the time of a habit is no date; a day
// of one event is. 2027-02-11 is a Thursday.
func TestDatesRecurringAndHabitual(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"every + weekday and weekday", "He must report to Kettering police station every Monday and Thursday.", "2027-02-11", "", ""},
		{"each + weekday", "The market is held each Saturday.", "2027-02-11", "", ""},
		{"frequency adverb + at the weekend", "Residents usually shop at the weekend.", "2027-02-11", "", ""},
		{"frequency adverb + on + weekday", "The board normally meets on Monday.", "2027-02-11", "", ""},
		{"one event on two weekdays is dated", "The envoys met on Monday and Tuesday.", "2027-02-11", "on Monday", "2027-02-08"},
		{"a year under a frequency adverb is still a date", "Shoppers usually spent more in 2019.", "2027-02-11", "in 2019", "2019"},
	})
}

// A deadline after the agent of a passive is a date ("approved by the
// league by 31 December"); "within the week" is the current week, given
// to its month.
func TestDatesDeadlinesAfterAgentsAndWithin(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"by + day month after a passive's agent", "The club must submit a business plan approved by the league by 31 December.", "2026-11-12", "31 December", "2026-12-31"},
		{"by + month with a day is never a name", "The plan was approved by 31 May.", "2026-11-12", "31 May", "2026-05-31"},
		{"within the week", "The company said it would respond within the week.", "2026-11-12", "within the week", "2026-11"},
		{"within the year", "The plant will close within the year.", "2026-11-12", "within the year", "2026"},
	})
}

// A verb of expectation without an object carries the day of the
// expecting, which lies behind.
func TestDatesOfTheExpectingItself(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"later than forecast + month", "The bank expects inflation to fall by 2028, later than it forecast in December.", "2027-03-18", "in December", "2026-12"},
	})
}
