package dates

import "testing"

// A word of schedule ("due", "scheduled", "set") has no time of its own:
// a date after its infinitive is the act's, ahead of the schedule's time,
// whatever the parse hangs it on. 2027-12-20 is a Monday.
func TestDatesOfScheduledActs(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"were due to + day month, across a new year", "The new rules were due to start on 3 January.", "2027-12-20", "3 January", "2028-01-03"},
		{"were scheduled to + day month, across a new year", "The new tolls were scheduled to start on 3 January.", "2027-12-20", "3 January", "2028-01-03"},
		{"reported was due to + day month", "The council said the museum was due to open on 3 January.", "2027-12-20", "3 January", "2028-01-03"},
		{"is due to + day month", "The bridge is due to reopen on 3 January.", "2027-12-20", "3 January", "2028-01-03"},
		{"were due to, long after the day: the nearer", "The new rules were due to start on 3 January.", "2027-04-20", "3 January", "2027-01-03"},
		{"due with no infinitive keeps its own date", "The report was due on 3 January.", "2027-04-20", "3 January", "2027-01-03"},
		{"rebooked for a day: the day to come", "She said she had been rebooked for Saturday.", "2026-07-08", "Saturday", "2026-07-11"},
	})
}

// "By" and "before" on an act told as done date the act, behind
// publication; on an act still to come, or one asked for, agreed or
// wanted, they set a deadline. An active verb has no agent, so "by
// March" after it is a time, not a person called March. 2027-04-10 is a
// Saturday.
func TestDatesOfActsDoneBy(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"pluperfect with an object + by month", "The company had repaid the loan by March.", "2027-04-10", "by March", "2027-03"},
		{"fronted by month + pluperfect with an object", "By March the two sides had agreed a ceasefire.", "2027-04-10", "By March", "2027-03"},
		{"simple past with an object + by weekday", "Velka Steel signed the contract by Friday.", "2027-04-10", "by Friday", "2027-04-09"},
		{"must + by month: a deadline ahead", "The company must repay the loan by March.", "2027-04-10", "by March", "2028-03"},
		{"agreed to + by month: a deadline ahead", "The company agreed on Friday to repay the loan by March.", "2027-04-10", "by March", "2028-03"},
		{"passive + by a name is an agent", "The plan was criticised by May.", "2027-04-10", "", ""},
	})
	for _, tc := range []struct {
		text string
		done bool
	}{
		{"The company had repaid the loan by March.", true},
		{"Velka Steel signed the contract by Friday.", true},
		{"The company must repay the loan by March.", false},
		{"The company agreed on Friday to repay the loan by March.", false},
		{"The union wanted a deal by March.", false},
	} {
		d := datedDoc(t, tc.text, "2027-04-10")
		ms := d.DateMentions
		if len(ms) == 0 {
			t.Errorf("%q: no date", tc.text)
			continue
		}
		last := ms[len(ms)-1]
		if got := DoneBy(d, Mark{Start: last.Span.Start, End: last.Span.End, Value: last.Value, Text: last.Text}); got != tc.done {
			t.Errorf("%q: DoneBy(%q) = %v, want %v", tc.text, last.Text, got, tc.done)
		}
	}
}

// A forecast reported in the past ("said it was likely to"), a condition
// or a clause of time hanging on a clause still to come, a participle of
// starting on a decision, and a meeting named as the target of a delay
// all look ahead of the time of their telling. 2025-10-09 is a Thursday.
func TestDatesOfClausesLookingAhead(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"reported was likely to + season", "An analyst said the coalition was likely to face its first test in the spring.", "2025-10-09", "in the spring", "2026"},
		{"reported was expected to + month", "Analysts said the mill was expected to cut 300 jobs in March.", "2025-10-09", "in March", "2026-03"},
		{"reported was due to: the nearest", "Officials said the mill was due to close in March.", "2025-10-09", "in March", "2026-03"},
		{"simple past of an if-clause under would", "Tamsin Rolle said a new government would reopen the ward if it won the election in March.", "2025-10-09", "in March", "2026-03"},
		{"if-clause in the pluperfect keeps the past", "The party would have cut fares if it had won the election in March.", "2025-10-09", "in March", "2025-03"},
		{"when-clause in the past under a past verb keeps the past", "The party cut fares when it won the election in March.", "2025-10-09", "in March", "2025-03"},
		{"participle of starting on a vote", "The board voted on Tuesday to close the depot, starting with a trial in January.", "2025-10-09", "in January", "2026-01"},
		{"participle of starting on a happening keeps the past", "Sales rose sharply, starting in January.", "2025-10-09", "in January", "2025-01"},
		{"deferred until a meeting named by its month", "The council deferred a decision until its March meeting.", "2025-10-09", "March", "2026-03"},
		{"a meeting named by its month, held", "The council held its March meeting in the old hall.", "2025-10-09", "March", "2025-03"},
	})
}

// "Today" in a quotation is the day the story says it was spoken, and
// that may be the day of publication (2028-03-03, a Friday); a year before
// "local" is a year unless "local time" makes the number a time of day; a
// present progressive passive ("is being introduced") is a plan, like "is
// meeting on Monday", while its past keeps the past.
func TestDatesOfSayingDaysLocalYearsAndProgressives(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"said on the publication day after an earlier day", "Police made arrests on Thursday. The minister said on Friday: \"We are safer today.\"", "2028-03-03", "today", "2028-03-03"},
		{"year qualifying a local plan", "The land was earmarked in the 2022 local plan.", "2027-10-14", "2022", "2022"},
		{"time of day in local time", "The ceasefire began at 1800 local time.", "2027-10-14", "", ""},
		{"is being + participle + month", "The levy is being introduced in January.", "2027-11-10", "in January", "2028-01"},
		{"are being + participle + day month", "New rules are being brought in on 3 January.", "2027-11-10", "3 January", "2028-01-03"},
		{"was being + participle + month", "The levy was being introduced in January.", "2027-11-10", "in January", "2027-01"},
	})
}

// "By" a month after a passive names a person only when the month is
// also a name, alone, on an act told as done: a month that names no one,
// a month with a modifier, a passive with a modal, or a parse that calls
// a month an agent with no "by" give dates. 2026-03-12 is a Thursday.
func TestDatesOfMonthsParsedAsAgents(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"will be + participle + by a month that names no one", "The bridge will be finished by March.", "2026-03-12", "by March", "2026-03"},
		{"will be + participle + by a month that is a name", "The bridge will be finished by June.", "2026-03-12", "by June", "2026-06"},
		{"would be + participle + by early month", "Monitors would be deployed by early June.", "2026-03-12", "early June", "2026-06"},
		{"last + month parsed as an agent", "The bill was introduced last October after rents rose.", "2026-03-12", "last October", "2025-10"},
		{"simple past passive + by a name", "The report was criticised by May.", "2026-03-12", "", ""},
		{"participle + by a name", "The report, criticised by May, was withdrawn.", "2026-03-12", "", ""},
	})
}
