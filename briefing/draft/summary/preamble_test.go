package summary

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// TestPreamble checks that a resolution's preambular paragraphs, after the
// line that names the body adopting it, are its occasion, its operative
// paragraphs not, and that a participle opening a news sentence is news.
func TestPreamble(t *testing.T) {
	d := drafttest.Doc(t, "The Security Council,\n\nRecalling its previous resolutions on the situation in Narenga,\n\n1. Decides to extend the mandate of the Mission until 31 July 2027;", "2026-07-14")
	var got []bool
	for si := range d.Sentences {
		got = append(got, preamble(d, si))
	}
	if len(got) != 3 || got[0] || !got[1] || got[2] {
		t.Errorf("preamble per sentence = %v, want [false true false]", got)
	}
	d = drafttest.Doc(t, "Recalling the vote, the mayor said the council would act.", "2026-07-14")
	if preamble(d, 0) {
		t.Error("a participle opening news with no resolution's opening line is a preamble")
	}
}
