package summary

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

func TestNextStep(t *testing.T) {
	tests := []struct {
		construction, sentence string
		dates                  []string
		ahead, future          bool
	}{
		{"a court date ahead, in the future tense", "He will appear at Leeds Crown Court on 2 December.",
			[]string{"2 December=2020-12-02"}, true, true},
		{"a hearing set for a day ahead", "A confiscation hearing is set for 14 April.",
			[]string{"14 April=2021-04-14"}, true, false},
		{"a month ahead in a relative clause", "The bill now goes to the House of Lords, where peers are expected to debate it in June.",
			[]string{"June=2021-06"}, true, false},
		{"a year ahead in reported speech", "Officials said they would decide on the plant next year.",
			[]string{"next year=2021"}, true, false},
		{"the future tense without a date", "The company will close two of its factories.",
			nil, false, true},
		{"a past day", "The fire started on Sunday.", []string{"Sunday=2020-08-30"}, false, false},
		{"the article's own month", "Sales rose sharply this month.", []string{"this month=2020-08"}, false, false},
		{"a past event with a modal", "Investors could lose money, analysts said.", nil, false, false},
		{"be due to", "The full Senate is due to vote on the plan.", nil, false, true},
		{"be scheduled to", "The trial was scheduled to begin at the crown court.", nil, false, true},
		{"be about to", "The firm is about to launch a cheaper phone.", nil, false, true},
		{"a forecast: be set to", "Growth is set to slow in the second half of the year.", nil, false, false},
		{"a forecast: be expected to", "The economy is expected to grow by about 2%.", nil, false, false},
		{"a guess: be going to", "Shoppers are going to have to wait for the new model.", nil, false, false},
		{"an aim that is to be met", "The aim of the plan is to cut costs.", nil, false, false},
		{"due without a verb to come", "The minister was due in court.", nil, false, false},
		{"set for a noun", "The club is set for a takeover.", nil, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			d := drafttest.Marked(t, tt.sentence, nil, tt.dates)
			if got := datedAhead(d, 0, dates.Marks(d)); got != tt.ahead {
				t.Errorf("datedAhead(%q) = %v, want %v", tt.sentence, got, tt.ahead)
			}
			if got := futureTense(d, 0); got != tt.future {
				t.Errorf("futureTense(%q) = %v, want %v", tt.sentence, got, tt.future)
			}
			want := 1.0
			if tt.ahead {
				want *= datedAheadWeight
			}
			if tt.future {
				want *= futureWeight
			}
			if got := nextStepWeight(d, 0, dates.Marks(d)); got != want {
				t.Errorf("nextStepWeight(%q) = %v, want %v", tt.sentence, got, want)
			}
		})
	}
}
