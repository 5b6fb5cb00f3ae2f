package summary

import (
	"strings"
	"testing"
)

// TestLivePageOldestFirst checks that the summary of a live page whose
// entries run oldest first opens with its latest entry, not its greeting
// or its first entry, without the entry's time, while a page that puts
// its latest entry on top, and a recording's transcript stamped with
// seconds, keep their order.
func TestLivePageOldestFirst(t *testing.T) {
	tests := []struct {
		construction string
		heading      string
		entries      []string
		want         string // what the first item holds
		opens        bool   // the first item opens with want
	}{
		{"a live page, oldest entry first", "Live: Halden council budget meeting", []string{
			"18:02 Good evening and welcome to our live coverage of Halden City Council's budget meeting.",
			"18:15 Council leader Priya Nandakumar has opened the debate on a 4.9% rise in council tax.",
			"18:31 The Liberal Democrat opposition has tabled an amendment that would cut the rise to 2.9%.",
			"19:34 The budget has been approved by 41 votes to 16, with the rise taking effect from 1 April.",
		}, "The budget has been approved by 41 votes to 16", true},
		{"a live page, latest entry on top", "Live: Halden council budget meeting", []string{
			"19:34 The budget has been approved by 41 votes to 16, with the rise taking effect from 1 April.",
			"18:31 The Liberal Democrat opposition has tabled an amendment that would cut the rise to 2.9%.",
			"18:15 Council leader Priya Nandakumar has opened the debate on a 4.9% rise in council tax.",
		}, "The budget has been approved", true},
		{"a recording's transcript, stamped with seconds", "Transcript of the minister's briefing", []string{
			"00:01:05 MINISTER: The government will cut rail fares by 10% from January.",
			"00:02:10 MINISTER: We have also agreed a new contract with the train drivers.",
			"00:03:30 MINISTER: Questions were taken on the budget for the coming year.",
		}, "cut rail fares", false},
	}
	for _, tc := range tests {
		t.Run(tc.construction, func(t *testing.T) {
			got := summaryTexts(t, tc.heading+"\n\n"+strings.Join(tc.entries, "\n\n")+"\n")
			if len(got) == 0 || tc.opens && !strings.HasPrefix(got[0], tc.want) || !tc.opens && !strings.Contains(got[0], tc.want) {
				t.Errorf("summary %q does not open with %q", got, tc.want)
			}
			for _, item := range got {
				if strings.Contains(item, "welcome to our live coverage") {
					t.Errorf("the greeting %q is an item", item)
				}
			}
		})
	}
}
