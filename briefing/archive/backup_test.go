package archive

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestAutoBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "archive.db")
	// An empty archive is not backed up.
	a, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if name, err := a.AutoBackupResult(); name != "" || err != nil {
		t.Errorf("empty archive backed up: %q %v", name, err)
	}
	mustSave(t, a, genBriefSeed(1))
	a.Close()

	// Nine old backups, and files that only look like backups.
	var old []string
	for i := 1; i <= 9; i++ {
		name := fmt.Sprintf("%s.backup-2020-01-%02d", path, i)
		copyFile(t, path, name)
		old = append(old, name)
	}
	for _, other := range []string{path + ".backup-notadate", path + ".backup-2020-01-01.bad", filepath.Join(dir, "other.db.backup-2020-01-01")} {
		os.WriteFile(other, []byte("x"), 0o600)
	}

	a, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	today := path + ".backup-" + time.Now().Format("2006-01-02")
	name, err := a.AutoBackupResult()
	if err != nil || name != today {
		t.Fatalf("auto backup = %q, %v; want %q", name, err, today)
	}
	if name, err := a.AutoBackup(); name != "" || err != nil {
		t.Errorf("second backup the same day: %q %v", name, err)
	}
	a.Close()
	got, err := Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{today, old[8], old[7], old[6], old[5], old[4], old[3]}
	if !slices.Equal(got, want) {
		t.Errorf("Backups =\n%v\nwant\n%v", got, want)
	}
	for _, other := range []string{path + ".backup-notadate", path + ".backup-2020-01-01.bad", filepath.Join(dir, "other.db.backup-2020-01-01")} {
		if _, err := os.Stat(other); err != nil {
			t.Errorf("a file that is not an automatic backup was removed: %s", other)
		}
	}
	if err := Check(today); err != nil {
		t.Errorf("today's backup fails Check: %v", err)
	}
	info, _ := os.Stat(today)
	if info.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v", info.Mode().Perm())
	}
}

func TestAutoBackupOfDamagedArchiveKeepsOlderBackups(t *testing.T) {
	path, _ := goodArchive(t, 40)
	older := path + ".backup-2020-01-01"
	copyFile(t, path, older)
	data, _ := os.ReadFile(path)
	// Scribble over data pages, sparing the freelist and the root page so
	// that the file still opens: only reading everything shows the damage.
	m, err := chooseMeta(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	ps := uint64(m.pageSize)
	for pg := m.pgid / 3; pg < m.pgid*2/3; pg++ {
		if pg != m.freelist && pg != m.root {
			copy(data[pg*ps:(pg+1)*ps], bytes.Repeat([]byte{0xA5}, int(ps)))
		}
	}
	os.WriteFile(path, data, 0o600)

	a, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("Open = %v; the header is intact, so the damage should only show in the backup check", err)
	}
	defer a.Close()
	name, err := a.AutoBackupResult()
	// The damage shows in the copy's check (the bad copy kept as .bad) or,
	// when bbolt asserts while copying, in the copy itself.
	if name != "" || !errors.Is(err, ErrCorrupt) {
		t.Errorf("auto backup of a damaged archive = %q, %v", name, err)
	}
	if got, _ := Backups(path); !slices.Equal(got, []string{older}) {
		t.Errorf("backups after a failed check: %v", got)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestBackupReplacesOnlyRegularFiles(t *testing.T) {
	a := openTemp(t)
	mustSave(t, a, genBriefSeed(2))
	dir := t.TempDir()
	kept := filepath.Join(dir, "kept.db")
	os.WriteFile(kept, []byte("not a backup"), 0o600)
	link := filepath.Join(dir, "link.db")
	if err := os.Symlink(kept, link); err != nil {
		t.Fatal(err)
	}
	if err := a.Backup(link); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("Backup to a symbolic link = %v", err)
	}
	if st, _ := os.Lstat(link); st.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
	if data, _ := os.ReadFile(kept); string(data) != "not a backup" {
		t.Error("the link's target was overwritten")
	}
}
