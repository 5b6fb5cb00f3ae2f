package draft

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/title"
)

// TestCutOff checks each rule that finds a headline stopped inside a
// phrase, on a sentence of its own, with a whole headline of the same
// sentence beside it.
func TestCutOff(t *testing.T) {
	tests := []struct {
		rule, sentence, title string
		want                  bool
	}{
		{"ends on a preposition", "Fares will rise by 5% from January across the network.", "Fares will rise by 5% from", true},
		{"ends on an article", "The mayor opened a new bridge over the river on Sunday.", "The mayor opened a", true},
		{"ends on an auxiliary", "The club has been sold to a group of investors.", "The club has", true},
		{"a month is no modal", "Car sales fell for the fourth month in a row in May, figures show.", "Car sales fell for the fourth month in a row in May", false},
		{"leaves a bracket open", "The firm made a profit of $2bn (£1.6bn) in the year to March.", "The firm made a profit of $2bn (£1.6bn", true},
		{"leaves a quotation open", "The minister called the report \"deeply flawed\" on Monday.", "The minister called the report \"deeply", true},
		{"a verb without its object", "The ministry is to lend its ailing steel makers 50m euros in loans.", "The ministry is to lend", true},
		{"a verb with its objects", "The ministry is to lend its ailing steel makers 50m euros in loans.", "The ministry is to lend its ailing steel makers 50m euros", false},
		{"a verb before its infinitive", "The new coach has vowed to rebuild the team within two seasons.", "The new coach has vowed", true},
		{"a verb before its content clause", "Oil prices rose after the cartel signalled that output would fall.", "Oil prices rose after the cartel signalled", true},
		{"a commitment before its infinitive", "The two leaders agreed on Monday to reopen the border crossing.", "The two leaders agreed on Monday", true},
		{"a commitment with its infinitive", "The two leaders agreed on Monday to reopen the border crossing.", "The two leaders agreed on Monday to reopen the border crossing", false},
		{"a linking verb without its complement", "Mortgage rates will stay high until the summer, lenders warned.", "Mortgage rates will stay", true},
		{"a name cut", "The plans put forward by the office of Governor Maria T Lopez are unpopular.", "The plans put forward by the office of Governor Maria", true},
		{"a number without what it counts", "The board voted to close four of its twelve branches next year.", "The board voted to close four", true},
		{"the subject of an attribution left out", "The airline will hire 500 pilots, the company announced on Tuesday.", "The airline will hire 500 pilots the company", true},
		{"a noun whose verb is left out", "A woman was arrested after a van was driven into a crowd.", "A woman was arrested after a van", true},
		{"no finite verb", "The reforms drawn up by the commission are widely opposed.", "The reforms drawn up", true},
		{"a whole clause", "The reforms drawn up by the commission are widely opposed.", "The reforms are widely opposed", false},
		{"a noun in -ing before a relative clause", "The ministry will appeal against a court ruling that blocked the sale.", "The ministry will appeal against a court ruling", false},
		{"a verb before its quoted object in single marks", "Fans left stranded as the club folds - and the mayor vows 'we will find them a new ground'", "Fans left stranded as the club folds - and the mayor vows", true},
		{"a verb before its quoted object in double marks", "The minister promised \"a fair deal for every farmer\" at the show on Saturday.", "The minister promised", true},
		{"a verb with its quoted object", "The minister promised \"a fair deal for every farmer\" at the show on Saturday.", "The minister promised \"a fair deal for every farmer\"", false},
		{"a verb before a phrase of place", "Storms cut power to thousands of homes in the north on Friday.", "Storms cut power to thousands of homes", false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			d := pipelineDoc(t, tt.sentence, "2024-05-01")
			if got := title.CutOff(d, 0, tt.title); got != tt.want {
				t.Errorf("cutOff(%q) = %v, want %v", tt.title, got, tt.want)
			}
		})
	}
}
