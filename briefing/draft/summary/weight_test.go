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

// TestListedAfterLeadIn checks that an item of a list that completes a
// lead-in ending in a colon is a fragment, and that a list of whole
// sentences, or an item after prose, is not.
func TestListedAfterLeadIn(t *testing.T) {
	for _, tt := range []struct {
		construction, text, item string
		want                     bool
	}{
		{"an item in lower case under a lead-in", "The memorandum was signed.\n\nUnder the agreement, both governments will:\n\n- share technical indicators within 24 hours\n- hold a joint exercise in spring 2027\n", "hold a joint", true},
		{"the first item, right under the lead-in", "Under the agreement, both governments will:\n- share technical indicators within 24 hours\n", "share technical", true},
		{"an item under an earlier item marked with a dash of its own", "Both governments will:\n– share technical indicators\n– hold a joint exercise\n", "hold a joint", true},
		{"an item that is a sentence of its own", "The plan has three parts:\n\n- The council will close two libraries.\n", "The council will", false},
		{"a line in lower case after prose", "The council met on Monday.\n\nand then it voted.\n", "and then", false},
	} {
		i := strings.Index(tt.text, tt.item)
		if got := listedAfterLeadIn(tt.text, i); got != tt.want {
			t.Errorf("%s: listedAfterLeadIn = %v, want %v", tt.construction, got, tt.want)
		}
	}
}
