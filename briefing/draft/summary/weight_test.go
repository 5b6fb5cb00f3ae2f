package summary

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

func TestThinPredicate(t *testing.T) {
	checkSentences(t, "thinPredicate", thinPredicate, []sentenceCase{
		{"a vote against with the voter's aside", "The ward's councillor, who sits for the Greens, voted against.", true},
		{"an abstention", "Two members of the committee abstained.", true},
		{"a passive with nothing after it", "Nobody was hurt.", true},
		{"a vote with its object", "The committee voted against the plan for a new stadium.", false},
		{"a statement with its complement", "The councillor said she would appeal.", false},
		{"an act with its object and time", "The club sacked its manager on Sunday.", false},
	})
}

func TestFourthItemSaysMoreThanWhoActed(t *testing.T) {
	text := drafttest.Paragraphs(
		"Councillors in Harwick approved plans for 400 homes on Monday.",
		"The committee voted six to three for the scheme.",
		"Councillor Ann Rudd, who represents the ward, voted against.",
		"Building work will start in 2027, the developer Hallam Homes said.")
	got := summaryTexts(t, text)
	for _, s := range got {
		if strings.Contains(s, "voted against") {
			t.Errorf("summary %q holds a line that says only who voted against", got)
		}
	}
	if len(got) < 3 {
		t.Errorf("summary %q: want the lead and the lines with news", got)
	}
}
