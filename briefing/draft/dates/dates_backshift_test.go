package dates

import "testing"

// A "would", "could" or "was to" in the content clause of a verb of
// saying, deciding, agreeing or hoping is a "will" or "is to" told in the
// past: its date lies ahead of publication; outside such a clause it says
// nothing of when. 2027-06-09 is a Wednesday, 2026-11-20 a Friday,
// 2028-09-05 a Tuesday.
func TestDatesWouldInAContentClause(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"would under agreed that, month", "Delegates agreed that the federation would stage its congress in Lagos in March.", "2027-06-09", "in March", "2028-03"},
		{"would under decided, no that, month", "The board decided the smelter would shut in April.", "2027-06-09", "in April", "2028-04"},
		{"could under hoped, weekday", "Organisers hoped the final could be replayed on Monday.", "2027-06-09", "on Monday", "2027-06-14"},
		{"would under announced, day and month", "The airline announced that flights to Quito would resume on 2 February.", "2028-09-05", "2 February", "2029-02-02"},
		{"would under a noun's that-clause", "The announcement that the museum would reopen in October surprised staff.", "2026-11-20", "in October", "2027-10"},
		{"was to under said", "The prosecutor said the retrial was to begin in May.", "2026-11-20", "in May", "2027-05"},
		{"was to under told", "Aides told reporters the envoy was to fly to Nairobi on Thursday.", "2027-06-09", "on Thursday", "2027-06-10"},
		{"would have under agreed looks back", "Both sides agreed that the vote would have failed in May.", "2027-06-09", "in May", "2027-05"},
		{"a past verb in the content clause looks back", "The coroner decided the crash had happened in September.", "2027-06-09", "in September", "2026-09"},
		{"was to in a main clause says nothing", "The minister was to visit the mine in May.", "2027-06-09", "in May", "2027-05"},
	})
}

// A term opened by "from" that a verb of deciding, asking, promising or
// scheduling sets going starts after that act, ahead of publication,
// though the act is told in the past; the "from" of what simply happened,
// or of a closed stretch, keeps the past. 2027-06-09 is a Wednesday,
// 2026-11-20 a Friday.
func TestDatesTermsSetFromADay(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"called strikes from a weekday", "Dockers called a walkout at three container terminals from Monday.", "2027-06-09", "Monday", "2027-06-14"},
		{"announced a ban from a day and month", "The regulator announced a ban on the pesticide from 4 January.", "2026-11-20", "4 January", "2027-01-04"},
		{"voted to act from a day and month", "Councillors voted to close the swimming baths from 2 March.", "2026-11-20", "2 March", "2027-03-02"},
		{"told someone to act from a weekday", "The judge told the paper to stop printing the photographs from Saturday.", "2027-06-09", "Saturday", "2027-06-12"},
		{"a weekday after from before a plural subject", "The hospital said that from Thursday visitors would have to wear masks.", "2027-06-09", "Thursday", "2027-06-10"},
		{"from in a closed stretch stays past", "The festival was announced from Monday to Wednesday on local radio.", "2027-06-09", "Monday", "2027-06-07"},
		{"from under a verb of what happened stays past", "Temperatures climbed steadily from Sunday.", "2027-06-09", "Sunday", "2027-06-06"},
		{"from after a pluperfect decision stays past", "The union had called a strike from 1 October.", "2026-11-20", "1 October", "2026-10-01"},
	})
}

// What an act comes "ahead of", "in advance of" or "prior to" lies after
// the act: after the date the sentence gives the act before it, whichever
// side of publication that is. 2027-06-09 is a Wednesday.
func TestDatesOfWhatAnActComesAheadOf(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"ahead of, after a future month", "The league will hold a draft in August, ahead of the new season in September.", "2027-06-09", "in September", "2027-09"},
		{"ahead of, after a past weekday", "Bond yields rose on Monday ahead of the inflation figures on Thursday.", "2027-06-09", "on Thursday", "2027-06-10"},
		{"ahead of, after a backshifted month", "Ministers agreed that the cabinet would meet in November, ahead of the budget in December.", "2027-06-09", "in December", "2027-12"},
		{"in advance of, after a past day and month", "The delegation landed on 30 December, in advance of talks on 4 January.", "2027-06-09", "4 January", "2027-01-04"},
		{"prior to, after a past month", "Police sealed the border in February prior to the referendum in April.", "2027-06-09", "in April", "2027-04"},
		{"ahead of a past act with no date before keeps the past", "Pickets gathered ahead of the vote in May.", "2027-06-09", "in May", "2027-05"},
	})
}

// A date that stands before the subordinator of a clause ("until",
// "when", "because") is not that clause's, though the parse may hang it
// there: it takes the tense of the clause the subordinate one hangs on.
// 2027-06-09 is a Wednesday.
func TestDatesBeforeASubordinateClause(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"would strike from a day until a past-tense clause", "The union said it would strike from 3 March until the dispute was settled.", "2027-06-09", "3 March", "2028-03-03"},
		{"will close on a weekday because of a past clause", "The museum will close on Monday because a pipe burst.", "2027-06-09", "on Monday", "2027-06-14"},
		{"past act on a weekday before a when clause", "Firefighters arrived on Sunday when the blaze had spread.", "2027-06-09", "on Sunday", "2027-06-06"},
	})
}
