package dates

import "testing"

// An event named as a noun inside a plan, an agreement or a promise, an
// item of a list of terms, a sentence without a verb and the date an
// event is announced for lie ahead of publication; a date the parse
// hangs on a later conjunct belongs to the clause before the
// conjunction. 2026-11-24 is a Tuesday.
func TestDatesOfTerms(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"event under an intent noun, perfect announcing", "Residents have announced plans for a vigil on Saturday.", "2026-11-24", "on Saturday", "2026-11-28"},
		{"weekday after the object of a simple past is the act's", "Residents announced plans for a vigil on Saturday.", "2026-11-24", "on Saturday", "2026-11-21"},
		{"weekday after a call for an event is the call's", "Opposition leaders called for a ballot on the budget on Monday.", "2026-11-24", "on Monday", "2026-11-23"},
		{"no event under the intent noun", "The firm has unveiled plans for a warehouse in March.", "2026-11-24", "in March", "2026-03"},
		{"event under an intent noun as subject", "Plans for a vigil on Saturday were published by the organisers.", "2026-11-24", "on Saturday", "2026-11-28"},
		{"event under an intent noun, across a new year", "The mayor set out a proposal for a ballot on 3 January.", "2026-12-20", "3 January", "2027-01-03"},
		{"pluperfect intent keeps the past", "The group had announced plans for a vigil on 2 October.", "2026-11-24", "2 October", "2026-10-02"},
		{"object of a promise", "The governor has promised a ballot on independence in September.", "2026-10-15", "in September", "2027-09"},
		{"date of the promising itself", "The governor promised in September to hold a ballot.", "2026-10-15", "in September", "2026-09"},
		{"term agreed on", "The two factions agreed on fresh polls in September.", "2026-10-15", "in September", "2027-09"},
		{"term provided for, present", "The accord provides for fresh polls in September.", "2026-10-15", "in September", "2027-09"},
		{"items of a list of terms after a present verb", "The accord lists its terms: a ballot in the spring; fresh polls in September.", "2026-10-15", "in September", "2027-09"},
		{"items of a list after a past verb stay past", "She listed what the council delivered: a new library in January; a park in September.", "2026-10-15", "in September", "2026-09"},
		{"what a charter holds, said in the present", "The pact includes fresh polls in September.", "2026-10-15", "in September", "2027-09"},
		{"what a report covers stays the nearest", "The survey covers sales in September.", "2026-10-15", "in September", "2026-09"},
		{"what a charter held, said in the past", "The pact included a ballot in March.", "2026-10-15", "in March", "2026-03"},
		{"sentence without a verb", "Fresh polls in September.", "2026-10-15", "in September", "2027-09"},
		{"a past verb tagged as an adjective is no bullet", "The company unveiled plans for a warehouse on Monday.", "2026-11-24", "on Monday", "2026-11-23"},
		{"a past verb after an aside on the subject is no bullet", "Pell, of Wigton, pleaded guilty in November to 12 counts of theft.", "2026-01-15", "in November", "2025-11"},
		{"sentence without a verb, across a new year", "Talks on 3 January.", "2026-12-20", "3 January", "2027-01-03"},
		{"event announced for a day, said in the present", "The strike days the union announced for 12 December are off.", "2026-11-27", "12 December", "2026-12-12"},
		{"event announced for a day now past", "The union announced a stoppage for 2 November.", "2026-11-27", "2 November", "2026-11-02"},
		{"past date before a future conjunct", "The scheme was approved by the council on 3 March and will open in the spring.", "2026-11-24", "3 March", "2026-03-03"},
		{"future conjunct keeps its own date", "The scheme was approved by the council on 3 March and will open in the spring.", "2026-11-24", "in the spring", "2027"},
		{"past verb with an event noun keeps the past", "Police made arrests at a rally on Saturday.", "2026-11-24", "on Saturday", "2026-11-21"},
		{"participle describing a noun keeps the past", "The charter, signed in March, takes effect in January.", "2026-10-15", "in March", "2026-03"},
	})
}
