package archive

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// pageDamages are one-page damages of an archive file: each page after the
// two meta pages zeroed (odd pages) or filled with random bytes (even ones).
func pageDamages(t *testing.T, data []byte) (names []string, damaged [][]byte) {
	t.Helper()
	ps := os.Getpagesize()
	r := rand.New(rand.NewPCG(3, 3))
	for p := 2; p < len(data)/ps; p++ {
		d := append([]byte(nil), data...)
		page := d[p*ps : (p+1)*ps]
		kind := "zeroed"
		clear(page)
		if p%2 == 0 {
			kind = "scribbled"
			for i := range page {
				page[i] = byte(r.UintN(256))
			}
		}
		names = append(names, fmt.Sprintf("%s page %d", kind, p))
		damaged = append(damaged, d)
	}
	return names, damaged
}

// TestNoWritesIntoDamagedArchives damages an archive one page at a time:
// whenever the check run before the first write finds the damage, saving,
// deleting and importing must each fail with ErrCorrupt and leave the file
// byte for byte as it was.
func TestNoWritesIntoDamagedArchives(t *testing.T) {
	good, ids := goodArchive(t, 40)
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	names, variants := pageDamages(t, data)
	refused := 0
	for i, d := range variants {
		path := filepath.Join(t.TempDir(), "archive.db")
		if err := os.WriteFile(path, d, 0o600); err != nil {
			t.Fatal(err)
		}
		if checkFile(path, false) == nil {
			continue // a free page, or inside a stored brief: see TestDamagedRecordsAreFound
		}
		before := fileHash(t, path)
		a, err := Open(path, Options{})
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Errorf("%s: Open = %v", names[i], err)
			}
		} else {
			writes := map[string]error{}
			_, writes["Save"] = a.Save(genBrief(rand.New(rand.NewPCG(9, 9))))
			writes["Delete"] = a.Delete(ids[0])
			_, writes["ImportJSONL"] = a.ImportJSONL(strings.NewReader(jsonLine(t, genBrief(rand.New(rand.NewPCG(8, 8))))))
			for op, err := range writes {
				if !errors.Is(err, ErrCorrupt) {
					t.Errorf("%s: %s = %v, want ErrCorrupt", names[i], op, err)
				}
			}
			if _, err := a.AutoBackupResult(); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "no automatic backup") {
				t.Errorf("%s: automatic backup: %v, want the damage told", names[i], err)
			}
			a.Close()
		}
		if fileHash(t, path) != before {
			t.Errorf("%s: the damaged archive was changed", names[i])
		}
		if bak, _ := Backups(path); len(bak) > 0 {
			t.Errorf("%s: a backup of the damaged archive was made: %v", names[i], bak)
		}
		refused++
	}
	if refused < len(variants)/2 {
		t.Errorf("only %d of %d one-page damages were found; the test did not exercise the check", refused, len(variants))
	}
	t.Logf("%d of %d one-page damages refused, file untouched", refused, len(variants))
}

// scribbleRecord replaces the value of key in bucket with bytes that are
// no longer a valid record, as a flipped byte inside a value leaves it;
// bbolt's own check cannot see that.
func scribbleRecord(t *testing.T, path string, bucket []byte, key string, v []byte) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).Put([]byte(key), v) }); err != nil {
		t.Fatal(err)
	}
}

func TestDamagedRecordsAreFound(t *testing.T) {
	path, ids := goodArchive(t, 5)
	scribbleRecord(t, path, bucketSummaries, ids[2], []byte(`{"id":"x","title":"Talks`+"\x1e"))
	before := fileHash(t, path)
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Save(genBriefSeed(3)); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "list entry of brief "+ids[2]) {
		t.Errorf("Save into an archive with a damaged list entry = %v", err)
	}
	a.Close()
	if fileHash(t, path) != before {
		t.Error("the archive with a damaged list entry was written to")
	}

	path, ids = goodArchive(t, 5)
	scribbleRecord(t, path, bucketBriefs, ids[1], []byte("z\x8b\x01garbled"))
	if err := Check(path); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "stored brief "+ids[1]) {
		t.Errorf("Check of an archive with a damaged brief record = %v", err)
	}
}

func TestDamagedBriefReadsInPlainWords(t *testing.T) {
	path, ids := goodArchive(t, 3)
	scribbleRecord(t, path, bucketBriefs, ids[0], []byte("z\x8b\x01garbled"))
	a, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	_, err = a.Get(ids[0])
	if err == nil || !strings.Contains(err.Error(), "stored record is damaged") || strings.Contains(err.Error(), "flate") {
		t.Errorf("Get of a damaged brief = %v", err)
	}
	if _, err := a.Get(ids[1]); err != nil {
		t.Errorf("another brief of the archive: %v", err)
	}
}
