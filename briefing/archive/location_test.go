package archive

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestMove(t *testing.T) {
	a, err := Open(filepath.Join(t.TempDir(), FileName), Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	id := mustSave(t, a, &briefing.Brief{Title: "Chile signs copper pact", Source: briefing.Source{Text: "Chile signed."}})
	old := a.Path()

	if same, err := Move(a, old, Options{}); same != a || err != nil {
		t.Fatalf("moving to the same file: %v, %v", same, err)
	}
	busy := filepath.Join(t.TempDir(), FileName)
	if err := os.WriteFile(busy, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if moved, err := Move(a, busy, Options{}); moved != nil || err == nil {
		t.Fatalf("moving onto an existing file: %v, %v", moved, err)
	}

	target := filepath.Join(t.TempDir(), FileName)
	moved, err := Move(a, target, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer moved.Close()
	if moved.Path() != target {
		t.Errorf("moved archive at %q, want %q", moved.Path(), target)
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("the old file is still there: %v", err)
	}
	b, err := moved.Get(id)
	if err != nil || b.Title != "Chile signs copper pact" {
		t.Errorf("moved archive lost the brief: %v, %v", b, err)
	}
}

func TestNetworkWarning(t *testing.T) {
	for path, warn := range map[string]bool{
		`\\server\share\archive.db`: true,
		"//server/share/archive.db": true,
		"/home/ana/archive.db":      false,
		`C:\Users\ana\archive.db`:   false,
	} {
		if got := NetworkWarning(path) != ""; got != warn {
			t.Errorf("NetworkWarning(%q) warns %v, want %v", path, got, warn)
		}
	}
}

func TestSummaryHasTag(t *testing.T) {
	s := Summary{Tags: []string{"Morocco", "Santé"}}
	if !s.HasTag("morocco") || !s.HasTag("SANTE") || s.HasTag("China") {
		t.Errorf("HasTag on %v is wrong", s.Tags)
	}
}
