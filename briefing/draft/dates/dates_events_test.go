package dates

import "testing"

// TestDatesOfEventsToCome checks dates of events that a past clause sets
// up or that a present one schedules: the event may still lie ahead.
func TestDatesOfEventsToCome(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"a day an event had been called from is the nearer one",
			"The union had called a 48-hour walkout from Thursday that threatened to ground flights.", "2026-02-18", "Thursday", "2026-02-19"},
		{"a month in what a firm had committed to is the nearer one",
			"AeroServ said it had committed to presenting an improved offer at the start of the March round.", "2026-02-18", "at the start of the March", "2026-03"},
		{"a month of any deal yet to be reached is ahead",
			"A spokesman said any deal reached in March would be put to members in a ballot.", "2026-02-18", "in March", "2026-03"},
		{"a day in what was voted for is the nearer one",
			"Nurses at the hospital had voted last week to hold a stop-work meeting on 2 December over rosters.", "2025-11-14", "2 December", "2025-12-02"},
		{"a month a present verb schedules is ahead",
			"The Security Council had extended its mandate, which expires in October.", "2026-01-22", "in October", "2026-10"},
		{"a day and month closing the sentence is the promised act's",
			"The two sides also promised to resume political talks on 24 March.", "2026-03-19", "24 March", "2026-03-24"},
	})
}
