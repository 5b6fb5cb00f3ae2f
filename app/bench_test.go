package app

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/archive"
	"github.com/briefdesk/briefdesk/briefing/draft"
	"github.com/briefdesk/briefdesk/internal/cputime"
)

// BenchmarkOpenBrief measures showing a drafted brief: the editor's cards
// and rows and the source pane, laid out in the window.
func BenchmarkOpenBrief(b *testing.B) {
	u := newTestUI(b, filepath.Join(b.TempDir(), "archive.db"))
	data, err := os.ReadFile(filepath.Join("..", "testdata", "morocco-china-call.txt"))
	if err != nil {
		b.Fatal(err)
	}
	brief, err := draft.Draft(string(data), draft.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		u.openSession(NewSession(brief))
	}
}

// scrollBriefs is the size of the archive BenchmarkListScroll scrolls.
const scrollBriefs = 10000

// BenchmarkListScroll measures showing every row of a 10,000-brief archive
// in turn, as scrolling from top to bottom does; it reports the time per
// row. The archive is built once and kept in the temporary folder.
func BenchmarkListScroll(b *testing.B) {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("briefdesk-app-scroll-%d.db", scrollBriefs))
	if archive.Check(path) != nil {
		if err := buildScrollArchive(path); err != nil {
			b.Fatal(err)
		}
	}
	arc, err := archive.Open(path, archive.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer arc.Close()
	l := newArchiveList(func(string, func()) {}, func(err error) { b.Fatal(err) })
	row := newListRow()
	rows := 0
	for b.Loop() {
		l.setArchive(arc) // a fresh page cache each pass
		for i := 0; i < l.length(); i++ {
			l.update(widget.ListItemID(i), row)
		}
		rows += l.length()
	}
	if rows > 0 {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(rows), "ns/row")
	}
}

func buildScrollArchive(path string) error {
	tmp := path + ".building"
	os.Remove(tmp)
	arc, err := archive.Open(tmp, archive.Options{NoAutoBackup: true})
	if err != nil {
		return err
	}
	for i := 0; i < scrollBriefs; i++ {
		b := &briefing.Brief{Title: fmt.Sprintf("Brief %d on talks between two countries", i), Marking: "OFFICIAL",
			Tags: []string{fmt.Sprintf("tag%d", i%20)}, Summary: []briefing.Item{{Text: "The two sides met and agreed to talk again."}}}
		if _, err := arc.Save(b); err != nil {
			arc.Close()
			return err
		}
	}
	if err := arc.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// longArticle joins distinct paragraphs of the example article, renamed,
// until it has about words words.
func longArticle(b *testing.B, words int) string {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "morocco-china-call.txt"))
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for i := 0; sb.Len() < words*6; i++ {
		fmt.Fprintf(&sb, "Part %d.\n\n%s\n\n", i+1, data)
	}
	return sb.String()
}

// benchOpenLong measures drafting and showing an article of about words
// words: the time from the drafted brief to the editor and source pane
// laid out in the window.
func benchOpenLong(b *testing.B, words int) {
	u := newTestUI(b, filepath.Join(b.TempDir(), "archive.db"))
	brief, err := draft.Draft(longArticle(b, words), draft.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(brief.Source.Sentences)), "sentences")
	start, n := cputime.Used(), 0
	for b.Loop() {
		u.openSession(NewSession(brief))
		u.win.Canvas().Refresh(u.win.Content())
		n++
	}
	b.ReportMetric(float64((cputime.Used()-start).Milliseconds())/float64(n), "cpu-ms/op")
}

// BenchmarkOpen6000Words shows a 6,000-word article's brief.
func BenchmarkOpen6000Words(b *testing.B) { benchOpenLong(b, 6000) }

// BenchmarkOpen1MB shows the brief of a 1 MB article and reports the heap
// in use afterwards.
func BenchmarkOpen1MB(b *testing.B) {
	benchOpenLong(b, 1<<20/6)
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapInuse)/(1<<20), "MB-heap")
}

// BenchmarkUndoStep1MB measures what an edit and its undo cost on the
// brief of a 1 MB article: the snapshot taken before the change and the
// step back.
func BenchmarkUndoStep1MB(b *testing.B) {
	brief, err := draft.Draft(longArticle(b, 1<<20/6), draft.Options{})
	if err != nil {
		b.Fatal(err)
	}
	s := NewSession(brief)
	for b.Loop() {
		s.Move(SecCommitments, 0, 1)
		s.Undo()
	}
}
