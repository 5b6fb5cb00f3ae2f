package dates

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

func TestFindDates(t *testing.T) {
	// 2020-08-31 is a Monday.
	for _, tc := range []struct {
		text, want, precision, expr string
		deadline                    bool
	}{
		{"The call was held on Monday.", "2020-08-31", briefing.PrecisionDay, "on Monday", false},
		{"They will meet on Friday.", "2020-09-04", briefing.PrecisionDay, "on Friday", false},
		{"They met on Friday.", "2020-08-28", briefing.PrecisionDay, "on Friday", false},
		{"They met last Monday.", "2020-08-24", briefing.PrecisionDay, "last Monday", false},
		{"The deal was signed on Aug. 20, 2020, in Rabat.", "2020-08-20", briefing.PrecisionDay, "Aug. 20, 2020", false},
		{"On August 20, Morocco signed.", "2020-08-20", briefing.PrecisionDay, "August 20", false},
		{"He died on 20 December.", "2019-12-20", briefing.PrecisionDay, "20 December", false},
		{"The summit will open on 5 January.", "2021-01-05", briefing.PrecisionDay, "5 January", false},
		{"It was signed in May 2016.", "2016-05", briefing.PrecisionMonth, "May 2016", false},
		{"Output grew in 2016.", "2016", briefing.PrecisionYear, "in 2016", false},
		{"Between 2016 and 2019, visits rose.", "2016", briefing.PrecisionYear, "Between 2016", false},
		{"Prices rose last week.", "2020-08", briefing.PrecisionMonth, "last week", false},
		{"Talks resume next month.", "2020-09", briefing.PrecisionMonth, "next month", false},
		{"The work must be finished by the end of March.", "2021-03", briefing.PrecisionMonth, "by the end of March", true},
		{"The dialogue will be held in the second half of the year.", "2020", briefing.PrecisionYear, "the second half of the year", false},
		{"Sales fell in the first quarter of this year.", "2020", briefing.PrecisionYear, "the first quarter of this year", false},
		{"The report covers the period from 29 August to 7 September 2019.", "2019-08-29", briefing.PrecisionDay, "29 August", false},
		{"Talks ran from 30 December to 2 January 2020.", "2019-12-30", briefing.PrecisionDay, "30 December", false},
		{"The plant closes before 2030.", "2030", briefing.PrecisionYear, "before 2030", true},
		{"LONDON 2019-04-11", "2019-04-11", briefing.PrecisionDay, "2019-04-11", false},
		{"Markets fell yesterday.", "2020-08-30", briefing.PrecisionDay, "yesterday", false},
		{"Sales doubled in November.", "2019-11", briefing.PrecisionMonth, "in November", false},
		{"In November 2020, they will celebrate.", "2020-11", briefing.PrecisionMonth, "November 2020", false},
		{"The column ran on Mon 9 Mar 2020 at 06.00.", "2020-03-09", briefing.PrecisionDay, "9 Mar 2020", false},
		{"Posted at 14:20, 2 February 2020.", "2020-02-02", briefing.PrecisionDay, "2 February 2020", false},
	} {
		d := datedDoc(t, tc.text, "2020-08-31")
		if len(d.Dates) == 0 {
			t.Errorf("%q: no date found", tc.text)
			continue
		}
		got := d.Dates[0]
		if got.Value != tc.want || got.Precision != tc.precision || got.Text != tc.expr {
			t.Errorf("%q: got %q %q %q, want %q %q %q", tc.text, got.Text, got.Value, got.Precision, tc.expr, tc.want, tc.precision)
		}
		if ms := In(d, d.Sentences[0]); len(ms) == 0 || ms[0].Deadline != tc.deadline {
			t.Errorf("%q: deadline not %v", tc.text, tc.deadline)
		}
		if sp := got.Spans[0]; tc.text[sp.Start:sp.End] != tc.expr {
			t.Errorf("%q: span covers %q", tc.text, tc.text[sp.Start:sp.End])
		}
	}
}

func TestDatesYardstick(t *testing.T) {
	d := datedDoc(t, drafttest.Example(t), "2020-08-31")
	// The yardstick's range 2016-2019 ("Between 2016 and 2019") is both its years.
	want := map[string]bool{"2020-08-31": false, "2020-08-20": false, "2016-05": false, "2016": false, "2019": false, "2020-11": false}
	for _, dr := range d.Dates {
		if _, ok := want[dr.Value]; !ok {
			t.Errorf("unexpected date %q (%s)", dr.Text, dr.Value)
		}
		want[dr.Value] = true
	}
	for v, seen := range want {
		if !seen {
			t.Errorf("date %s not found", v)
		}
	}
	sentence := d.Sentences[4] // "On August 20, Morocco and ... signed an agreement ..."
	if v, p := ResolveDate(d, sentence); v != "2020-08-20" || p != briefing.PrecisionDay {
		t.Errorf("resolveDate(sentence 5) = %q %q", v, p)
	}
	if v, _ := ResolveDate(d, d.Sentences[2]); v != "" {
		t.Errorf("resolveDate(sentence 3) = %q, want none", v)
	}
}
