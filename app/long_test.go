package app

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft"
	"github.com/briefdesk/briefdesk/briefing/export"
)

// TestLongArticleShowsRowsInBatches opens the brief of a long article: a
// section shows its first rows and a button for more, the source its
// first sentences, and showing an item's source reaches its sentence.
func TestLongArticleShowsRowsInBatches(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	text := strings.Repeat(article(t)+"\n\n", 16) + pledges(90)
	b, err := draft.Draft(text, draft.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := len(b.Commitments)
	if n <= firstRows+moreRows || len(b.Source.Sentences) <= firstSentences {
		t.Fatalf("the article is too short for the test: %d commitments, %d sentences", n, len(b.Source.Sentences))
	}
	u.openSession(NewSession(b))
	if got := rowsShown(u, SecCommitments); got != firstRows {
		t.Errorf("%d commitment rows shown at first, want %d", got, firstRows)
	}
	more := button(u.editor.rows[SecCommitments], "Show 50 more ("+strconv.Itoa(n)+" in all)")
	if more == nil {
		t.Fatal("no Show more button")
	}
	test.Tap(more)
	if got := rowsShown(u, SecCommitments); got != firstRows+moreRows {
		t.Errorf("%d rows after Show more, want %d", got, firstRows+moreRows)
	}
	if len(u.source.current().views) != firstSentences {
		t.Errorf("the source shows %d sentences at first, want %d", len(u.source.current().views), firstSentences)
	}
	last := len(b.Source.Sentences)
	u.sess.Brief.Commitments[0].Spans = []briefing.Span{b.Source.Sentences[last-1]}
	u.showProvenance(SecCommitments, 0)
	if len(u.source.current().views) != last || !slices.Equal(u.source.highlighted(), []int{last}) {
		t.Errorf("showing the last sentence: %d shown, %v lit", len(u.source.current().views), u.source.highlighted())
	}
	u.editor.add(SecCommitments) // the new row is shown, however far down
	if u.editor.firstEntry(SecCommitments, n) == nil {
		t.Error("the added commitment is not shown")
	}
}

// pledges returns n paragraphs of distinct commitments: a story told
// again is drafted once, so repeating an article adds sentences, not
// commitments.
func pledges(n int) string {
	places := []string{"Oslo", "Bergen", "Tromso", "Bodo", "Molde"}
	var b strings.Builder
	for i := range n {
		b.WriteString("Norway pledged to build " + strconv.Itoa(i+3) + " new schools in " + places[i%len(places)] + ".\n\n")
	}
	return b.String()
}

// TestCancelDrafting cancels a draft still running: its result is dropped.
func TestCancelDrafting(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	release := make(chan struct{})
	u.draftInBackground("Drafting…", func() (*briefing.Brief, error) {
		<-release
		return draft.Draft(shortArticle, draft.Options{})
	})
	if !u.status.action.Visible() || u.status.action.Text != "Cancel" {
		t.Fatal("no Cancel while drafting")
	}
	test.Tap(u.status.action)
	close(release)
	u.jobs.Wait()
	if u.sess != nil || !strings.Contains(u.status.msg.Text, "cancelled") {
		t.Errorf("after Cancel: session %v, status %q", u.sess != nil, u.status.msg.Text)
	}
}

// rowsShown counts the item rows a section shows.
func rowsShown(u *UI, sec Section) int {
	n := 0
	for n < u.sess.Len(sec) && u.editor.firstEntry(sec, n) != nil {
		n++
	}
	return n
}

// TestSourceDimsFurniture shows a sentence marked as page furniture dimmed.
func TestSourceDimsFurniture(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	text := "Photo: Reuters. Chile signed a copper pact."
	src := briefing.Source{Text: text, Sentences: []briefing.Span{{Start: 0, End: 15}, {Start: 16, End: len(text)}},
		Furniture: []briefing.Span{{Start: 0, End: 15}}}
	u.source.show(&briefing.Brief{Source: src})
	if len(u.source.current().views) != 2 || !u.source.current().views[0].furniture || u.source.current().views[1].furniture {
		t.Fatalf("furniture marks: %d views", len(u.source.current().views))
	}
	for _, o := range objects(u.source.current().views[0]) {
		if l, ok := o.(*widget.Label); ok && l.Importance != widget.LowImportance {
			t.Error("the furniture sentence is not dimmed")
		}
	}
}

// TestCancelExport cancels the export of a long brief while it renders:
// no file is written and no confirmation comes.
func TestCancelExport(t *testing.T) {
	u := newTestUI(t, filepath.Join(t.TempDir(), "archive.db"))
	b, err := draft.Draft(strings.Repeat(article(t)+"\n\n", 10), draft.Options{})
	if err != nil {
		t.Fatal(err)
	}
	u.openSession(NewSession(b))
	path := filepath.Join(t.TempDir(), "long.pdf")
	u.exportTo(path, export.PDF)
	if u.status.action.Text != "Cancel" {
		t.Fatal("no Cancel while exporting")
	}
	test.Tap(u.status.action) // rendering a brief this long takes far longer than this tap
	u.jobs.Wait()
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("the cancelled export wrote %s", path)
	}
	if overlays(u) != 0 || !strings.Contains(u.status.msg.Text, "cancelled") {
		t.Errorf("after Cancel: %d dialogs, status %q", overlays(u), u.status.msg.Text)
	}
}
