package dates

import "testing"

// A deadline takes the tense of the verb right before it: "will" and a
// reported "would" put it ahead, whatever the parse hangs it on; a
// deadline given or planned in the past may lie on either side of
// publication (the nearest); the start of an agreed term lies ahead;
// backdating looks back.
func TestDatesDeadlinesAndTerms(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"reported would + until + day month, then a past clause", "The chair said pledges would stay open until 31 January and she was confident the total would rise.", "2026-11-20", "31 January", "2027-01-31"},
		{"reported would + passive + by + day month", "Officials said the camp would be completed by 31 August.", "2026-06-26", "31 August", "2026-08-31"},
		{"will + by + abbreviated month and day", "The company will cap its exports by Dec. 31.", "2026-05-14", "Dec. 31", "2026-12-31"},
		{"past verb giving a deadline: the nearest", "The judge gave the department until 31 August to move the residents.", "2026-06-26", "31 August", "2026-08-31"},
		{"pluperfect plan + by + month: the nearest", "It had planned to house 1,500 people there by March.", "2026-06-26", "by March", "2026-03"},
		{"pluperfect plan of an event + day month: the nearest", "The union had planned walkouts on 3 and 4 December at both depots.", "2025-11-24", "3 and 4 December", "2025-12-03"},
		{"proposed round of talks + month: the nearest", "Haldorsen proposed a separate round of talks in Nordvaag in March.", "2026-12-07", "in March", "2027-03"},
		{"bail granted until an event + day month: ahead", "Judge Miriam Oyelaran has granted Ashworth-Pike bail until sentencing on 15 January.", "2026-12-07", "15 January", "2027-01-15"},
		{"bail granted in the past until an event + day month: the nearest", "The judge granted him bail until sentencing on 15 November.", "2026-12-07", "15 November", "2026-11-15"},
		{"proposed that + subjunctive + day month: ahead", "The two officers also proposed that a joint technical commission of three officers from each navy meet in Santiago on Jan. 14 to compare findings.", "2026-12-07", "Jan. 14", "2027-01-14"},
		{"suggested that + a finite clause of the past + month: the past", "She suggested that the fire started in the kitchen on 3 March.", "2026-12-07", "3 March", "2026-03-03"},
		{"proposed thing that is no event + month: the past", "The minister proposed a budget in March.", "2026-12-07", "in March", "2026-03"},
		{"readiness to act + month: ahead", "A Russian diplomat said Moscow was prepared to return to Geneva in September if Washington dropped its demands.", "2026-03-13", "in September", "2026-09"},
		{"readiness told in the pluperfect + month: the past", "The club had been willing to sell him in January.", "2026-03-13", "in January", "2026-01"},
		{"past plan of an event + day month behind: the nearest", "The club planned a parade on 2 November.", "2025-11-24", "2 November", "2025-11-02"},
		{"agreed to + from + month: the term starts ahead", "The parties agreed to raise the minimum wage by 8% from January.", "2026-04-23", "from January", "2027-01"},
		{"backdated to + month looks back", "The pay rise will be backdated to April.", "2026-10-08", "to April", "2026-04"},
		{"simple present + day month is a schedule", "The arrangement expires on 31 December.", "2026-05-14", "31 December", "2026-12-31"},
		{"past verb right before the date in a present clause", "If the agreement the firm signed with the bank on 8 December goes through, it will mark the end of an era.", "2026-05-14", "8 December", "2025-12-08"},
	})
}

// A month that modifies an event noun is a date; "to May" and "the May
// government" name a person.
func TestDatesMonthsBeforeNouns(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"possessive + month + event noun, must", "The Commission must report to leaders at their December summit.", "2026-03-20", "December", "2026-12"},
		{"the + month + event noun, likely: the nearest", "The question was likely to return at the June summit.", "2026-03-20", "June", "2026-06"},
		{"the May + government is a name", "The May government fell.", "2026-03-20", "", ""},
		{"to May is a person", "He spoke to May about the budget.", "2026-03-20", "", ""},
	})
}

// A stretch from one month to another is one period, dated by its year:
// the one the words after it give, else the one the tense points to; the
// month that ends it is no date of its own. A range opened by "from"
// dates each end (TestDatesMonthRanges), its end month not before its
// start month.
func TestDatesMonthStretchAsPeriod(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"month to month before a noun is a period of its year", "The January to March quarter was weak.", "2026-05-20", "January to March", "2026"},
		{"month to month in brackets, of last year", "Sales in the (October to December) quarter of last year rose.", "2026-03-20", "October to December", "2025"},
		{"from month to month ahead: the end month follows the start month", "The agency will run a campaign from February to April.", "2026-03-04", "April", "2027-04"},
		{"from month to month ahead: the start month", "The agency will run a campaign from February to April.", "2026-03-04", "from February", "2027-02"},
		{"month dash month, of a year in digits", "The April-June period of 2024 was the worst.", "2026-03-20", "April-June", "2024"},
	})
}

// "The year before" and "the previous year" are the year before the one
// the text named last, else before publication.
func TestDatesYearBeforeTheOneNamed(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"the year before a year named earlier in the sentence", "There were 2,911 cases in 2025, up from 972 the year before.", "2026-03-04", "the year before", "2024"},
		{"the previous year with no year named: before publication", "Imports rose 21% on the previous year.", "2026-03-04", "the previous year", "2025"},
	})
}

// Each year of a range is a date of its own.
func TestDatesYearRanges(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"from year to year: the start", "The money will be paid in tranches from 2027 to 2029.", "2026-03-20", "from 2027", "2027"},
		{"from year to year: the end", "The money will be paid in tranches from 2027 to 2029.", "2026-03-20", "2029", "2029"},
		{"between year and year: the end", "Employees ignored warnings between 2019 and 2023.", "2026-07-09", "2023", "2023"},
		{"year dash year: the end", "The 2019-2023 plan failed.", "2026-07-09", "2023", "2023"},
	})
}

// Fixed holidays are dates with a preposition or a day's name; the word
// alone before a noun is not.
func TestDatesHolidays(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"by Christmas in a hoped would-clause", "Traders hoped trade would recover by Christmas.", "2026-10-22", "by Christmas", "2026-12-25"},
		{"on New Year's Eve, past", "Fireworks were set off on New Year's Eve.", "2026-01-05", "on New Year's Eve", "2025-12-31"},
		{"Christmas before a noun", "Christmas trees were sold out.", "2026-10-22", "", ""},
	})
}

// "Today" in a quotation reported after the event is the day of the
// saying the text gives, in the sentence or before it, and "tomorrow" or
// "yesterday" the day after or before it; outside a quotation they count
// from the day of publication. 2026-11-20 is a Friday,
// 2026-02-03 a Tuesday.
func TestDatesTodayInQuotations(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"quotation after a past event dated the day before", "Donors pledged $6bn on Thursday. \"We have heard many promises today,\" the director said.", "2026-11-20", "today", "2026-11-19"},
		{"quotation running over two sentences", "The manager was jailed on Monday. The officer said: \"This was a betrayal. I hope today's result brings comfort.\"", "2026-02-03", "today", "2026-02-02"},
		{"curly quotation after the saying's day", "“We will act,” she said on Thursday. “Today we begin.”", "2026-11-20", "Today", "2026-11-19"},
		{"quotation whose sentences each open a mark, the last never closed", "Annie Walker said on Thursday: \"It has been phenomenal. \"Footfall has been going mad.\" Ms Walker added: \"The stores were heaving today and many people finished work early.", "2026-11-20", "today", "2026-11-19"},
		{"tomorrow in a quotation is the day after the saying's", "Paul Hendry said on Wednesday the money could not be found. \"I am willing to meet Tomas tomorrow,\" he said.", "2026-12-04", "tomorrow", "2026-12-03"},
		{"yesterday in a quotation is the day before the saying's", "Paul Hendry said on Wednesday the money could not be found. \"We met them yesterday,\" he said.", "2026-12-04", "yesterday", "2026-12-01"},
		{"today opening a quotation", "A spokeswoman said on Thursday that the ruling was under review. \"Today's ruling is no excuse,\" a campaigner said.", "2026-11-20", "Today", "2026-11-19"},
		{"today after a closed quotation", "Donors pledged $6bn on Thursday. \"We are grateful,\" the minister said today.", "2026-11-20", "today", "2026-11-20"},
		{"today outside a quotation", "Donors pledged $6bn on Thursday. The minister said today that more would follow.", "2026-11-20", "today", "2026-11-20"},
		{"quotation with no past day before it", "\"We act today,\" the minister said.", "2026-11-20", "today", "2026-11-20"},
	})
}

// A present verb the tagger took for a plural noun still makes a day a
// schedule; a day counted after a condition counts from the condition's
// undated event and is no date. 2026-10-08 is a Thursday.
func TestDatesMistaggedVerbsAndConditions(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"verb in -s tagged a noun + day month", "That monitoring arrangement expires on Dec. 31.", "2026-05-14", "Dec. 31", "2026-12-31"},
		{"the next day after an if-clause", "If they vote yes, we will sign it the next day.", "2026-10-08", "", ""},
		{"the next day after a dated if-clause", "If they vote on 12 October, we will sign it the next day.", "2026-10-08", "the next day", "2026-10-13"},
		{"the next day after a dated sentence", "The summit opens on 3 June. The leaders will sign the accord the next day.", "2026-05-14", "the next day", "2026-06-04"},
	})
}

// Easter falls on a different day each year; a season after "by" or
// "during the" is the year of the season the tense points to; "the end of
// the week" is given to its month. 2026-04-13 is a Monday, Easter Sunday
// fell on 5 April 2026 and falls on 28 March 2027.
func TestDatesEasterSeasonsAndWeekEnds(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"before Easter, future, after this year's", "The inquiry will report before Easter.", "2026-04-13", "before Easter", "2027-03-28"},
		{"over Easter, past", "Sales rose over Easter.", "2026-04-13", "over Easter", "2026-04-05"},
		{"on Easter Monday, future", "The march will take place on Easter Monday.", "2026-02-10", "on Easter Monday", "2026-04-06"},
		{"Easter before a noun", "Easter eggs sold out.", "2026-04-13", "", ""},
		{"by the summer, future, not yet over", "Waiting lists will double by the summer.", "2026-04-13", "by the summer", "2026"},
		{"by the summer, future, already over", "The plant will reopen by the summer.", "2026-10-13", "by the summer", "2027"},
		{"during the winter, past, before its start", "Prices rose during the winter.", "2026-04-13", "during the winter", "2025"},
		{"the summer of a year: the year is the date", "Prices rose in the summer of 2019.", "2026-04-13", "2019", "2019"},
		{"a season before a noun", "The bill will pass before the summer recess.", "2026-04-13", "", ""},
		{"by the end of the week", "She will name a successor by the end of the week.", "2026-04-13", "by the end of the week", "2026-04"},
	})
}

// A plan or schedule told in the pluperfect was set before a past point
// of the story and may have been due on either side of publication: the
// nearer day. One agreed or planned in the present perfect is the story's
// news: what it commits to lies ahead. 2025-06-09 is a Monday, 2025-06-10
// a Tuesday, 2025-06-12 a Thursday.
func TestDatesUnderAPerfectGovernor(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"had been due to + weekday after it: behind", "The vote had been due to take place on Wednesday but was postponed.", "2025-06-12", "on Wednesday", "2025-06-11"},
		{"had been due to + weekday before it: ahead", "A judge blocked a flight that had been due to leave on Wednesday night.", "2025-06-10", "on Wednesday", "2025-06-11"},
		{"had been due to + month, the parse losing the auxiliaries", "The talks, which began in 2021 under EU mediation, had been due to restart in January but were postponed.", "2025-03-14", "in January", "2025-01"},
		{"had planned to + weekday after it: behind", "The minister had planned to visit the plant on Friday.", "2025-06-09", "on Friday", "2025-06-06"},
		{"is due to + weekday: ahead", "The vote is due to take place on Wednesday.", "2025-06-09", "on Wednesday", "2025-06-11"},
		{"have agreed to + until + month: ahead", "The owners have now agreed to keep the plant open until March.", "2025-06-12", "until March", "2026-03"},
		{"has agreed to + weekday: ahead", "The minister has agreed to meet the unions on Monday.", "2025-06-12", "on Monday", "2025-06-16"},
		{"agreed to + until + month: the nearest", "The owners agreed to keep the plant open until March.", "2025-06-12", "until March", "2025-03"},
	})
}

// "The weekend" after a preposition is a date of the month of the weekend
// the tense points to; "after the weekend" is the Monday after it.
// 2025-05-29 is a Thursday, 2025-07-01 a Tuesday.
func TestDatesOfTheWeekend(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"will + after the weekend: the Monday after the coming one", "Talks will resume after the weekend, officials said.", "2025-05-29", "after the weekend", "2025-06"},
		{"past + at the weekend: the one before", "The strike began at the weekend.", "2025-07-01", "at the weekend", "2025-06"},
		{"will + over the weekend: the coming one", "The ministers will meet over the weekend.", "2025-07-01", "over the weekend", "2025-07"},
	})
}

// A month or year that qualifies a noun after it with the noun's own
// preposition before it ("to December levels") is a date without the
// preposition: it names the level's time.
func TestDatesQualifyingANounAfterAPreposition(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"preposition + month + noun of a level", "Trading reverted to December levels on Monday.", "2025-06-12", "December", "2024-12"},
		{"preposition + month alone keeps the preposition", "Trading reverted to normal in December.", "2025-06-12", "in December", "2024-12"},
	})
}

// An act told in the past as done by or before a day puts the day behind
// publication; a day asked for, wanted or given stays on either side,
// the nearer one. 2026-11-25 is a Wednesday.
func TestDatesDoneBeforeADay(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"passive past done before a holiday", "The bypass was approved before Christmas and will open in April.", "2026-11-24", "before Christmas", "2025-12-25"},
		{"active past done by a weekday", "The crew finished the roof by Friday.", "2026-11-25", "by Friday", "2026-11-20"},
		{"present perfect in a condition looks ahead", "The ban returns if the fee has not been paid by 13 September.", "2027-07-30", "13 September", "2027-09-13"},
		{"a reply asked for by a weekday", "The tenants asked for a reply by Friday.", "2026-11-25", "by Friday", "2026-11-27"},
		{"time given until a weekday", "The landlord gave the tenants until Friday to leave.", "2026-11-25", "until Friday", "2026-11-27"},
	})
}

// Where the parse takes a date for a subject, a scheduling verb right
// before the date still fixes it ahead. 2026-12-20 is a Sunday.
func TestDatesWhereTheParseFails(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"scheduled participle before a date parsed as a subject", "The walkout planned for 3 January has been called off.", "2026-12-20", "3 January", "2027-01-03"},
		{"a past verb right before the date stays past", "The shop reopened on 3 January.", "2027-01-05", "3 January", "2027-01-03"},
	})
}

// TestDatesWrittenInFigures checks that a date written in figures with
// its year is read day first, month first only when the second figure
// cannot be a month, and that a day no month has is no date.
func TestDatesWrittenInFigures(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"day first with points", "Related news: 22.07.2026 Minister Kazlauskiene on EU sanctions", "2026-12-07", "22.07.2026", "2026-07-22"},
		{"day first with slashes", "22/09/2026 2184 views 37 likes", "2026-12-07", "22/09/2026", "2026-09-22"},
		{"month first when the day comes second", "The invoice dated 9/22/2026 was paid.", "2026-12-07", "9/22/2026", "2026-09-22"},
	})
}
