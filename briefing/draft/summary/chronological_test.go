package summary

import (
	"strings"
	"testing"
)

// TestLivePageOldestFirst checks that the summary of a live page whose
// entries run oldest first opens with its latest entry, not its greeting
// or its first entry, without the entry's time, while a page that puts
// its latest entry on top keeps its order.
func TestLivePageOldestFirst(t *testing.T) {
	oldestFirst := "Live: Halden council budget meeting\n\n" +
		"18:02 Good evening and welcome to our live coverage of Halden City Council's budget meeting.\n\n" +
		"18:15 Council leader Priya Nandakumar has opened the debate on a 4.9% rise in council tax.\n\n" +
		"18:31 The Liberal Democrat opposition has tabled an amendment that would cut the rise to 2.9%.\n\n" +
		"19:34 The budget has been approved by 41 votes to 16, with the rise taking effect from 1 April.\n"
	got := summaryTexts(t, oldestFirst)
	if len(got) == 0 || !strings.HasPrefix(got[0], "The budget has been approved by 41 votes to 16") {
		t.Errorf("summary %q does not open with the latest entry, without its time", got)
	}
	latestFirst := "Live: Halden council budget meeting\n\n" +
		"19:34 The budget has been approved by 41 votes to 16, with the rise taking effect from 1 April.\n\n" +
		"18:31 The Liberal Democrat opposition has tabled an amendment that would cut the rise to 2.9%.\n\n" +
		"18:15 Council leader Priya Nandakumar has opened the debate on a 4.9% rise in council tax.\n"
	if got := summaryTexts(t, latestFirst); len(got) == 0 || !strings.HasPrefix(got[0], "The budget has been approved") {
		t.Errorf("summary %q of a page with its latest entry on top", got)
	}
	recording := "Transcript of the minister's briefing\n\n" +
		"00:01:05 MINISTER: The government will cut rail fares by 10% from January.\n\n" +
		"00:02:10 MINISTER: We have also agreed a new contract with the train drivers.\n\n" +
		"00:03:30 MINISTER: Questions were taken on the budget for the coming year.\n"
	if got := summaryTexts(t, recording); len(got) == 0 || !strings.Contains(got[0], "cut rail fares") {
		t.Errorf("summary %q of a recording's transcript, stamped with seconds, is not read latest first", got)
	}
	for _, item := range got {
		if strings.Contains(item, "welcome to our live coverage") {
			t.Errorf("the greeting %q is an item", item)
		}
	}
}
