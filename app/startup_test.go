package app

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/archive"
)

// TestLockedArchive opens the archive first, as another window would, and
// expects the explaining dialog; Try again works once it is closed.
func TestLockedArchive(t *testing.T) {
	path := filepath.Join(t.TempDir(), "archive.db")
	other, err := archive.Open(path, archive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, path)
	if u.arc != nil {
		t.Fatal("opened an archive another window holds")
	}
	if !hasText(topOverlay(t, u), "Another BriefDesk window has the archive open") {
		t.Fatal("no dialog explaining the lock")
	}
	if err := other.Close(); err != nil {
		t.Fatal(err)
	}
	tapIn(t, u, "Try again")
	if u.arc == nil {
		t.Error("Try again did not open the freed archive")
	}
}

// TestCorruptArchive damages the archive file and takes each way out.
func TestCorruptArchive(t *testing.T) {
	tests := []struct {
		name       string
		backup     bool
		answer     string
		wantBriefs int
	}{
		{"start a new archive", false, "Start a new archive", 0},
		{"restore the latest backup", true, "Restore latest backup", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "archive.db")
			if tt.backup {
				arc, err := archive.Open(path, archive.Options{NoAutoBackup: true})
				if err != nil {
					t.Fatal(err)
				}
				if _, err := arc.Save(&briefing.Brief{Title: "Kept"}); err != nil {
					t.Fatal(err)
				}
				if err := arc.Backup(path + ".backup-2020-01-01"); err != nil {
					t.Fatal(err)
				}
				arc.Close()
			}
			if err := os.WriteFile(path, []byte("this is not an archive, just words"), 0o600); err != nil {
				t.Fatal(err)
			}
			u := newTestUI(t, path)
			if !hasText(topOverlay(t, u), "The archive file is damaged") {
				t.Fatal("no dialog about the damaged archive")
			}
			tapIn(t, u, tt.answer)
			if u.arc == nil {
				t.Fatal("no archive open after the repair")
			}
			if u.list.total != tt.wantBriefs {
				t.Errorf("archive lists %d briefs, want %d", u.list.total, tt.wantBriefs)
			}
			aside, _ := filepath.Glob(filepath.Join(dir, "archive.db*"))
			if len(aside) < 2 {
				t.Errorf("the damaged file was not kept aside: %v", aside)
			}
		})
	}
}
