package dates

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// dateCase is a sentence, its publication date, and the date expression
// it should yield with its value ("" when it holds none).
type dateCase struct {
	name, text, published, expr, want string
}

func checkDateCases(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := datedDoc(t, tc.text, tc.published)
			if tc.expr == "" {
				if len(d.Dates) != 0 {
					t.Errorf("%q: found dates %+v", tc.text, d.Dates)
				}
				return
			}
			for _, dr := range d.Dates {
				if dr.Text == tc.expr {
					if dr.Value != tc.want {
						t.Errorf("%q published %s: %q = %s, want %s", tc.text, tc.published, tc.expr, dr.Value, tc.want)
					}
					return
				}
			}
			t.Errorf("%q: no date %q among %+v", tc.text, tc.expr, d.Dates)
		})
	}
}

// The tense of the verb a date attaches to decides which side of the
// publication date a date without a year falls on. 2020-09-02 is a
// Wednesday.
func TestDatesFollowTense(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"will + day month, published before it", "The minister will visit Paris on 20 July.", "2020-06-15", "20 July", "2020-07-20"},
		{"will + day month, published after it", "The minister will visit Paris on 20 July.", "2020-08-15", "20 July", "2021-07-20"},
		{"past + day month, published after it", "The minister visited Paris on 20 July.", "2020-08-15", "20 July", "2020-07-20"},
		{"past + day month, published before it", "The minister visited Paris on 20 July.", "2020-06-15", "20 July", "2019-07-20"},
		{"pluperfect + day month", "He had resigned on 2 November, aides said.", "2020-06-15", "2 November", "2019-11-02"},
		{"past passive in reported clause + weekday", "The agency said the deal was signed on Monday.", "2020-09-02", "on Monday", "2020-08-31"},
		{"a date after the reported would-clause is the clause's, ahead", "The mayor said on Sunday that the two parties would present a joint programme to parliament on 14 March.", "2005-02-18", "14 March", "2005-03-14"},
		{"a date after a reported past clause is the clause's, behind", "The mayor said on Sunday that the two parties had presented a joint programme to the assembly on 14 March.", "2005-02-18", "14 March", "2004-03-14"},
		{"a date after a reported will-clause is ahead", "Officials said yesterday the council will vote on the budget on 2 May.", "2005-06-18", "2 May", "2006-05-02"},
		{"a participle of starting after a relative clause is the main act's", "The agency will hand out 9,000 food parcels, which reached the port yesterday, starting on Monday.", "2026-08-19", "on Monday", "2026-08-24"},
		{"a participle set off by commas keeps its own past", "Officials said the two sailors, detained on 14 October, would be tried in April.", "2026-02-24", "14 October", "2025-10-14"},
		{"a date in a fronted as-clause is the announcing's, behind", "As announced on 14 January, the chair will step down at the annual meeting in May.", "2026-02-26", "14 January", "2026-01-14"},
		{"a date in a fronted as-clause of an agreement is behind", "As agreed in November, the Halden Group will close its plant at Vessa.", "2026-02-26", "in November", "2025-11"},
		{"an act that would have come is the nearest", "The rejected offer would have given resident doctors a pay rise from April.", "2026-02-03", "from April", "2026-04"},
		{"an act that had been due is the nearest", "The school had been due to shut at the end of the current school year in June.", "2026-03-12", "in June", "2026-06"},
		{"an act done for a cause keeps its past", "The plant closed in June due to the weather.", "2026-03-12", "in June", "2025-06"},
		{"last weekday before an office and a name", "They had waited 20 years, and last Thursday Premier Colin Drapeau finally stood in the car park.", "2025-09-09", "last Thursday", "2025-09-04"},
		{"past + weekday", "The talks ended on Friday.", "2020-09-02", "on Friday", "2020-08-28"},
		{"will + weekday", "The talks will end on Friday.", "2020-09-02", "on Friday", "2020-09-04"},
		{"will + weekday of publication day", "The court will rule on Wednesday.", "2020-09-02", "on Wednesday", "2020-09-02"},
		{"is to + weekday", "The board is to meet on Monday.", "2020-09-02", "on Monday", "2020-09-07"},
		{"present progressive + weekday", "The president is visiting China on Tuesday.", "2020-09-02", "on Tuesday", "2020-09-08"},
		{"simple present + weekday (a schedule)", "The trial opens on Monday.", "2020-09-02", "on Monday", "2020-09-07"},
		{"plans to + weekday", "The firm plans to list its shares on Thursday.", "2020-09-02", "on Thursday", "2020-09-03"},
		{"may + weekday", "The two sides may sign the accord on Friday.", "2020-09-02", "on Friday", "2020-09-04"},
		{"expected to be + passive + weekday of publication", "A formal agreement is expected to be signed on Wednesday.", "2020-09-02", "on Wednesday", "2020-09-02"},
		{"past + month, published later that year", "Sales doubled in March.", "2020-05-10", "in March", "2020-03"},
		{"will + month, published later that year", "The plant will close in March.", "2020-05-10", "in March", "2021-03"},
		{"will + month, published in that month", "The plant will close in May.", "2020-05-10", "in May", "2020-05"},
		{"past + month, published earlier in the year", "Exports fell in November.", "2020-05-10", "in November", "2019-11"},
		{"is going to + month", "The bank is going to cut rates in March.", "2020-05-10", "in March", "2021-03"},
		{"conjoined verb shares the modal", "They will meet and sign the treaty in March.", "2020-05-10", "in March", "2021-03"},
		{"deadline with present have until", "Government lawyers have until 21 March to file their appeal.", "2020-02-17", "21 March", "2020-03-21"},
		{"deadline by + weekday", "Bids must be in by Friday.", "2020-09-02", "by Friday", "2020-09-04"},
		{"ahead of a noun event, said in the past", "Ahead of talks with the union on Friday, the company said it may raise its offer.", "2020-09-03", "on Friday", "2020-09-04"},
		{"reported clause before its reporting verb", "Trade through the port will resume on 1 July, the ministry said in a statement.", "2021-06-10", "1 July", "2021-07-01"},
		{"date on the reporting verb itself", "The ministry said on Monday that trade would resume.", "2020-09-02", "on Monday", "2020-08-31"},
		{"infinitive under an adjective of schedule", "The president arrived in Kyiv on Tuesday for talks due to take place on Thursday.", "2023-10-11", "on Thursday", "2023-10-12"},
		{"participle modifying a noun keeps its own time", "The law, passed in March, takes effect on 1 January.", "2023-10-11", "in March", "2023-03"},
		{"participle aside the parse hangs on a future verb", "Under the deal, signed on Tuesday, the city will pay BlueStrait £1.8m a year.", "2026-11-26", "on Tuesday", "2026-11-24"},
		{"participle of a schedule aside a future verb", "The talks, scheduled for Tuesday, will be held in Oslo.", "2026-11-26", "Tuesday", "2026-12-01"},
		{"perfect of a scheduling verb with its target", "A hearing has been set for 20 November.", "2023-10-11", "20 November", "2023-11-20"},
		{"past of a rescheduling verb with its target", "The court adjourned the case until Monday.", "2023-10-11", "until Monday", "2023-10-16"},
		{"would in reported speech after the report", "The talks would take place on Sunday, the ministry said.", "2020-09-02", "on Sunday", "2020-09-06"},
		{"would in reported speech", "The minister said he would visit the region on Sunday.", "2020-09-02", "on Sunday", "2020-09-06"},
		{"deadline in a plan before its reporting verb", "France plans to pull its remaining 400 soldiers out of Niger by December, Defence Minister Paul Roux said on Tuesday.", "2024-06-12", "by December", "2024-12"},
		{"since looks back under a future verb", "The strike, the third since January, will last until Friday.", "2024-03-13", "since January", "2024-01"},
		{"have as a main verb with a deadline", "Police have until Saturday to question him.", "2024-03-13", "until Saturday", "2024-03-16"},
		{"simple present + month takes the nearest", "The deal expires in December.", "2024-10-13", "in December", "2024-12"},
		{"would outside reported speech leaves the nearest", "Without the rain, the match would have ended on Sunday.", "2020-09-02", "on Sunday", "2020-08-30"},
		{"last forces the past", "They met last Monday.", "2020-09-02", "last Monday", "2020-08-31"},
		{"weekday after a capitalised name with the", "Mrs May told the House of Commons on Monday that the plan was right.", "2018-07-10", "on Monday", "2018-07-09"},
		{"possessive weekday is a date", "Sunday's election passed off peacefully.", "2020-09-02", "Sunday", "2020-08-30"},
		{"next forces the future", "They meet again next Monday.", "2020-09-02", "next Monday", "2020-09-07"},
		{"next names the day of next week, not tomorrow", "The union will publish its manifesto next Tuesday.", "2026-02-09", "next Tuesday", "2026-02-17"},
		{"next names the day of next week, not the day after tomorrow", "The minister will visit next Friday.", "2026-03-18", "next Friday", "2026-03-27"},
		{"next on a Sunday names the coming week's day", "The talks resume next Tuesday.", "2026-02-15", "next Tuesday", "2026-02-17"},
		{"weekday with its date picks the year", "The vote took place on Saturday 20 July.", "2020-06-15", "Saturday 20 July", "2019-07-20"},
		{"weekday with its date agrees with the tense", "The vote will take place on Monday, 20 July.", "2020-06-15", "Monday, 20 July", "2020-07-20"},
	})
}

// Relative dates resolve against the publication date; a week is given to
// its month.
func TestDatesRelative(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"yesterday", "Markets fell yesterday.", "2020-09-02", "yesterday", "2020-09-01"},
		{"tomorrow", "The court rules tomorrow.", "2020-09-02", "tomorrow", "2020-09-03"},
		{"last night", "Rebels attacked the town last night.", "2020-09-02", "last night", "2020-09-01"},
		{"next month", "Talks resume next month.", "2020-12-02", "next month", "2021-01"},
		{"next before the month of publication names it a year on", "If it cannot fill the posts by next March, the trust would consult the public.", "2025-03-18", "next March", "2026-03"},
		{"last before the month of publication names it a year back", "The plant closed last March.", "2025-03-18", "last March", "2024-03"},
		{"next before a later month names this year's", "The plant will close next May.", "2025-03-18", "next May", "2025-05"},
		{"a future clause's date before a clause after \"after\"", "Two hospital trusts will merge on 1 October after the union secured a written guarantee.", "2025-03-18", "1 October", "2025-10-01"},
		{"last year", "Profits rose last year.", "2020-01-20", "last year", "2019"},
		{"this week", "The envoy arrives this week.", "2020-09-02", "this week", "2020-09"},
		{"last week across a month", "The strike began last week.", "2020-09-02", "last week", "2020-08"},
		{"earlier this month", "The army withdrew earlier this month.", "2020-09-20", "earlier this month", "2020-09"},
		{"later this year", "Elections are due later this year.", "2020-09-20", "later this year", "2020"},
		{"years ago", "The two firms tried to merge two years ago.", "2005-02-28", "two years ago", "2003"},
		{"the end of the month in a past clause after a day named", "The strike, which began on 21 August, had been due to last until the end of the month.", "2025-09-05", "until the end of the month", "2025-08"},
		{"the end of the month ahead after a day named", "The strike began on 21 August and will last until the end of the month.", "2025-09-05", "until the end of the month", "2025-09"},
		{"the year a verb finishes", "Oil prices are finishing the year roughly 30% higher.", "2004-12-24", "the year", "2004"},
		{"the year a verb ended, early in the next", "Shares ended the year 4% lower.", "2005-01-06", "the year", "2004"},
		{"the previous year", "Imports rose 21% on the previous year.", "2004-12-24", "the previous year", "2003"},
		{"the new year, late in a year", "New rules come in the new year.", "2004-12-16", "the new year", "2005"},
		{"a day earlier counts from the last day named", "On Wednesday the premier said firms would be reviewed.\n\nA day earlier, the president had said only a few would be.", "2005-02-16", "A day earlier", "2005-02-15"},
		{"the next day counts from the last day named", "Police arrested him on 3 May. The next day he was charged.", "2020-06-15", "The next day", "2020-05-04"},
		{"days later without a day named counts from publication", "Two days later the talks resumed.", "2020-06-15", "Two days later", "2020-06-17"},
		{"month of next year", "The next summit will be held in Rio in November next year.", "2023-09-11", "November next year", "2024-11"},
		{"month of last year", "The plant closed in March last year.", "2023-09-11", "March last year", "2022-03"},
		{"the following year counts from the last date named", "The firm was founded in 1990. The following year it floated on the stock market.", "2020-06-15", "The following year", "1991"},
		{"month of that year counts from the last year named", "A similar dispute in 2022 was settled after a ballot in November of that year.", "2025-09-05", "in November of that year", "2022-11"},
		{"years later counts from the last date named", "The treaty was signed in March 1965. Two years later it collapsed.", "2020-06-15", "Two years later", "1967"},
		{"the beginning of a month", "Both sides agreed to suspend their requests at the beginning of December.", "2005-01-11", "at the beginning of December", "2004-12"},
		{"by the end of next year", "The troops will leave by the end of next year.", "2020-09-02", "by the end of next year", "2021"},
		{"last season before its end", "Talks broke down last spring.", "2024-04-10", "last spring", "2023"},
		{"last season after its end", "Talks broke down last spring.", "2024-10-10", "last spring", "2024"},
		{"next season", "Talks resume next summer.", "2024-10-10", "next summer", "2025"},
		{"a season promised after it has passed this year is the coming one", "She agreed to return in the spring.", "2025-11-20", "in the spring", "2026"},
		{"a season planned soon after it has passed may be this year's", "She planned to return in the summer.", "2025-11-20", "in the summer", "2025"},
	})
}

// Years, decades and named dates.
func TestDatesYearsAndDecades(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"bare year as a time", "As soon as 2018, the fund will begin to require cash.", "2005-02-07", "2018", "2018"},
		{"year modifying a name", "The actions were contrary to the 1994 Energy Charter Treaty.", "2005-02-09", "1994", "1994"},
		{"decade", "Federal revenues are at 1950s levels.", "2005-02-07", "1950s", "1950"},
		{"mid decade", "The country has imported oil since the mid 1990's.", "2004-12-24", "the mid 1990's", "1995"},
		{"late decade", "Farmers drove tractors round the Capitol in the late 1970s.", "2005-02-07", "the late 1970s", "1978"},
		{"abbreviated month without a point", "Oil prices rose on Oct 10, traders said.", "2023-10-12", "Oct 10", "2023-10-10"},
		{"9/11", "Spending rose after 9/11 and the recession.", "2005-02-07", "9/11", "2001-09-11"},
		{"September 11 attacks", "The September 11 attacks changed everything.", "2005-02-07", "September 11", "2001-09-11"},
	})
}

// Names that hold date words are not dates, and durations, counts, ages
// and times of day are not either.
func TestDatesNotDates(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"newspaper title with a weekday", "In an interview with the Mail on Sunday, he said he would stand.", "2020-09-02", "", ""},
		{"known paper named for a weekday", "According to the Mail on Sunday, the firm will close.", "2020-09-02", "", ""},
		{"weekday compounded into a name", "He spoke to the Sunday Times.", "2020-09-02", "", ""},
		{"holiday name inside a name", "The Good Friday Agreement must stand, he said.", "2020-09-02", "", ""},
		{"capitalised modifier of a weekday", "Shoppers crowded stores on Black Friday.", "2020-09-02", "", ""},
		{"month as a possessor", "The deal came after May's chairman resigned.", "2020-09-02", "", ""},
		{"month as the agent of a passive", "The plan was criticised by May.", "2020-09-02", "", ""},
		{"first name like a month abbreviation", "The report was written by Jan Smith and Dec Jones.", "2020-09-02", "", ""},
		{"modal may", "May I ask a question?", "2020-08-31", "", ""},
		{"a programme named Today", "He told BBC Radio 4's Today programme that rates would rise.", "2020-08-31", "", ""},
		{"a paper named Today", "The figures were first reported by USA Today.", "2020-08-31", "", ""},
		{"march as a noun", "The march went on.", "2020-08-31", "", ""},
		{"duration", "They have been negotiating for six years.", "2020-08-31", "", ""},
		{"duration as a modifier", "The six-month inquiry ended.", "2020-08-31", "", ""},
		{"the next year as a period", "The products will hit the shops in the next year.", "2005-01-06", "", ""},
		{"the coming year as a period", "Analysts named the trends to watch in the coming year.", "2005-01-06", "", ""},
		{"later than compares", "Negotiators arrived a day later than planned.", "2020-08-31", "", ""},
		{"deadline as a period", "It will be done within three months.", "2020-08-31", "", ""},
		{"period ahead", "I hope our talks in the next three months will lead to a deal.", "2020-08-31", "", ""},
		{"count of a plural noun", "The firm employs 2000 people.", "2020-08-31", "", ""},
		{"time of day", "The polls close at 1800 GMT.", "2020-08-31", "", ""},
		{"time of day after at", "The polls close at 2100, officials said.", "2020-08-31", "", ""},
		{"amount", "It cost $2,020.", "2020-08-31", "", ""},
		{"score", "He scored 19 runs.", "2020-08-31", "", ""},
	})
}

// datedDoc runs the stages the dates stage reads (sentences, parse) and
// the dates stage on text published on the given day.
func datedDoc(t testing.TB, src, published string) *doc.Document {
	t.Helper()
	d := drafttest.Doc(t, src, published)
	d.Dates = Find(d)
	return d
}

// A date between a reporting verb and the subject of what is reported
// is the saying's; a linking verb before a participle carries the tense of
// the clause the date sits in. 2026-06-18 is a Thursday, 2026-12-05 a
// Saturday.
func TestDatesOfReportAndLinkingVerbs(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"said + weekday + reported subject + would", "The minister said on Wednesday the government would cut spending.", "2026-06-18", "on Wednesday", "2026-06-17"},
		{"said + that + weekday inside the reported clause", "The minister said that on Friday the government would cut spending.", "2026-06-18", "on Friday", "2026-06-19"},
		{"announced + weekday + reported subject + will", "The agency announced on Tuesday that the plant will close.", "2026-06-18", "on Tuesday", "2026-06-16"},
		{"has announced that + will stay + participle + weekday", "The council has announced that all schools will stay closed on Monday.", "2026-12-05", "on Monday", "2026-12-07"},
		{"will remain + participle + weekday", "The bridge will remain shut on Tuesday while engineers inspect it.", "2026-12-05", "on Tuesday", "2026-12-08"},
		{"stayed + participle + weekday", "The bridge stayed shut on Tuesday.", "2026-12-05", "on Tuesday", "2026-12-01"},
		{"quote with a condition before said + weekday", "\"We will sign as long as the tariffs go,\" the trade minister said on Tuesday.", "2026-11-20", "on Tuesday", "2026-11-17"},
		{"quote with a condition before an apposed sayer + weekday", "\"We will return as long as the roof holds,\" the fire chief, Ann Dale, said on Tuesday.", "2026-12-05", "on Tuesday", "2026-12-01"},
		{"quote with an if clause before said + weekday", "\"We will pay if the audit is clean,\" the finance minister said on Tuesday.", "2026-12-05", "on Tuesday", "2026-12-01"},
	})
}

// "Two weeks later" and "a year earlier" count from the date named just
// before them: a month in the sentence before gives a month, a year ahead
// of publication does not anchor a past clause.
func TestDatesCountedFromTheDateBefore(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"weeks later after a month and year", "The thefts came to light in March 2024. Police arrested her two weeks later.", "2026-02-03", "two weeks later", "2024-03"},
		{"days later after a day", "The talks began on 3 May. Two days later they collapsed.", "2026-06-01", "Two days later", "2026-05-05"},
		{"days earlier skips an older year", "Firms have been sold since 1992, she said on Wednesday. A day earlier, he had said otherwise.", "2005-02-16", "A day earlier", "2005-02-15"},
		{"year earlier in a past clause after a future year", "Spending will fall next year. The economy grew 1.4%, down from 3.1% a year earlier.", "2026-06-18", "a year earlier", "2025"},
		{"year later after a past year", "The plant opened in 2019. A year later it closed.", "2026-06-18", "A year later", "2020"},
	})
}

// Both months of a range are dates, each resolved with the clause's tense;
// days listed or spanned before one month are one date, the first day.
func TestDatesMonthRanges(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"from month to month, past: the end", "A consultation ran from June to August.", "2026-09-22", "August", "2026-08"},
		{"from month to month, past: the start", "A consultation ran from June to August.", "2026-09-22", "from June", "2026-06"},
		{"between month and month, future: the end", "The road will close between November and January.", "2026-09-22", "January", "2027-01"},
		{"two days joined by and: the first", "The ferry crews will strike on 12 and 13 December.", "2026-11-24", "12 and 13 December", "2026-12-12"},
		{"three days listed: the first", "The fair runs on 3, 4 and 5 June.", "2026-11-24", "3, 4 and 5 June", "2027-06-03"},
		{"a span of days: the first", "The hearings took place on 12-14 March.", "2026-11-24", "12-14 March", "2026-03-12"},
	})
}

// An event said to be due, expected or set in the present lies ahead.
// 2026-06-17 is a Wednesday.
func TestDatesOfExpectedEvents(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"are due + month already past this year", "Elections are due in May.", "2026-06-17", "in May", "2027-05"},
		{"is expected + weekday", "A verdict is expected on Monday.", "2026-06-17", "on Monday", "2026-06-22"},
		{"was due + month: no longer ahead", "The report was due in May.", "2026-06-17", "in May", "2026-05"},
	})
}

// A season or financial year written with two digits for its second year
// is one date, of its first year; other numbers after a year are not.
func TestDatesSeasons(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"year + hyphen + next year's two digits", "Season tickets will be frozen for 2026-27.", "2026-08-14", "2026-27", "2026"},
		{"year + slash + next year's two digits", "The report covering 2019/20 was published.", "2026-08-14", "2019/20", "2019"},
		{"year + hyphen + other two digits is a bare year", "The code 2019-45 was used in 2020.", "2026-08-14", "in 2020", "2020"},
	})
}

// A weekday alone before a plural noun names a habit, not a date; before
// a singular one or after "on" it is a date. 2026-06-17 is a Wednesday.
func TestDatesWeekdaysOfHabit(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"weekday + plural noun", "The Friday prayers were held in the mosque.", "2026-06-17", "", ""},
		{"weekday + plural noun as subject", "Sunday papers carried the story.", "2026-06-17", "", ""},
		{"weekday + singular noun", "The Monday meeting was cancelled.", "2026-06-17", "Monday", "2026-06-15"},
		{"on + weekday", "Talks resumed on Friday.", "2026-06-17", "on Friday", "2026-06-12"},
	})
}

// Fragments and odd text give dates with exact spans or none, never a
// panic.
func TestDatesOddInput(t *testing.T) {
	for _, text := range []string{"Monday.", "9/11", "A day earlier.", "May.", "the next day", "in the late 1990's",
		"Sunday Sunday Sunday", "on 31 February", "2020-13-45", "Tuesday, 3 October, Wednesday 4 October",
		"by the end of", "two days later than", "Oct 99", "1800 1900 2000 2100"} {
		d := datedDoc(t, text, "2020-09-02")
		for _, dr := range d.Dates {
			for _, sp := range dr.Spans {
				if sp.Start < 0 || sp.End > len(text) || !strings.EqualFold(text[sp.Start:sp.End], dr.Text) {
					t.Errorf("%q: date %+v has a bad span", text, dr)
				}
			}
		}
	}
}

// A month after "no later than" or "earlier than" is a date of the
// clause's tense. 2026-11-20 is a Friday.
func TestDatesMonthAfterThan(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"no later than + month, ahead", "The firm will publish its accounts no later than March.", "2026-11-20", "March", "2027-03"},
		{"no later than + month in a reported clause", "The council said it would file the plan no later than June.", "2026-11-20", "June", "2027-06"},
		{"earlier than + month, past", "The report came out earlier than October.", "2026-11-20", "October", "2026-10"},
		{"more than May is a name", "Voters trusted him more than May.", "2026-11-20", "", ""},
	})
}

// A deadline an act undertaken on an earlier date of the sentence sets
// lies after that date, not after publication.
func TestDeadlineAfterTheUndertaking(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"agreed in May, by a September day", "The United States agreed in May to withdraw its troops from Niger by Sept. 15.", "2024-12-03", "Sept. 15", "2024-09-15"},
		{"agreed in May, published before the deadline", "The United States agreed in May to withdraw its troops from Niger by Sept. 15.", "2024-06-03", "Sept. 15", "2024-09-15"},
		{"agreed on a weekday, by the end of a month", "The board agreed on Tuesday to hire staff by the end of March.", "2024-12-03", "by the end of March", "2025-03"},
	})
}
