package app

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/archive"
	"github.com/briefdesk/briefdesk/briefing/draft"
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
