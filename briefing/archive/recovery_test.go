package archive

import (
	"path/filepath"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestRecovery keeps unsaved work, reopens the file as after a crash and
// finds it again, unseen by the list and the history.
func TestRecovery(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := a.Recovery(); r != nil || err != nil {
		t.Fatalf("a new archive has recovery %v, %v", r, err)
	}
	b := &briefing.Brief{Title: "Unsaved", Source: briefing.Source{Text: "Chile signed."},
		Dates: []briefing.DateRef{{Text: "31/08/2020", Value: "31/08/2020"}}} // not valid yet
	if err := a.KeepRecovery(b); err != nil {
		t.Fatal(err)
	}
	b.Title = "Unsaved, later"
	if err := a.KeepRecovery(b); err != nil {
		t.Fatal(err)
	}
	a.Close() // as a crash would leave it

	a, err = Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	r, err := a.Recovery()
	if err != nil || r == nil {
		t.Fatalf("recovery after reopening: %v, %v", r, err)
	}
	if r.Brief.Title != "Unsaved, later" || r.Brief.Dates[0].Value != "31/08/2020" || r.Kept.IsZero() {
		t.Errorf("recovered %q, dates %v, kept %v", r.Brief.Title, r.Brief.Dates, r.Kept)
	}
	if n, _ := a.Count(ListOptions{}); n != 0 {
		t.Errorf("the list counts %d briefs, want none", n)
	}
	if err := a.ClearRecovery(); err != nil {
		t.Fatal(err)
	}
	if r, err := a.Recovery(); r != nil || err != nil {
		t.Errorf("after clearing: %v, %v", r, err)
	}
	if err := a.ClearRecovery(); err != nil {
		t.Errorf("clearing twice: %v", err)
	}
}
