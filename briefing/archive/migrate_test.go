package archive

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	bolt "go.etcd.io/bbolt"
)

// writeSchema1 writes an archive in the schema 1 layout: plain JSON briefs
// of brief schema 1 (one source, spans that name none) and revisions, no
// index. Each brief gets two revisions.
func writeSchema1(t *testing.T, path string, briefs []*briefing.Brief, extra func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		meta, _ := tx.CreateBucket([]byte("meta"))
		meta.Put([]byte("schema"), []byte("1"))
		bs, _ := tx.CreateBucket([]byte("briefs"))
		revs, _ := tx.CreateBucket([]byte("revisions"))
		for i, b := range briefs {
			b.ID = fmt.Sprintf("%016x", uint64(1700000000000+i)<<16)
			b.Created = "2024-01-02T03:04:05Z"
			first := *b
			first.Title = "draft of " + b.Title
			j1, j2 := schema1JSON(t, &first), schema1JSON(t, b)
			bs.Put([]byte(b.ID), j2)
			revs.Put([]byte(b.ID+"/00000001"), j1)
			revs.Put([]byte(b.ID+"/00000002"), j2)
		}
		if extra != nil {
			return extra(tx)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func fileHash(t *testing.T, path string) [32]byte {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}

func TestMigrateSchema1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	r := rand.New(rand.NewPCG(11, 12))
	var briefs []*briefing.Brief
	for range 5 {
		briefs = append(briefs, genBrief(r))
	}
	briefs[2].Title = "Unique zanzibar accord"
	writeSchema1(t, path, briefs, nil)

	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if n, _ := a.Count(ListOptions{}); n != 5 {
		t.Errorf("Count after migration = %d, want 5", n)
	}
	hits, err := a.Search("zanzibar", 5)
	if err != nil || len(hits) != 1 || hits[0].ID != briefs[2].ID {
		t.Errorf("search after migration: %v %v", hits, err)
	}
	hist, err := a.History(briefs[0].ID)
	if err != nil || len(hist) != 2 || !strings.HasPrefix(hist[0].Title, "draft of ") {
		t.Errorf("history after migration: %+v %v", hist, err)
	}
	got, err := a.Get(briefs[4].ID)
	if err != nil || got.Title != briefs[4].Title || got.Created != "2024-01-02T03:04:05Z" {
		t.Errorf("brief after migration: %v %v", got, err)
	}
	if tags, _ := a.Tags(); len(tags) == 0 {
		t.Error("tags not rebuilt")
	}
	// A new save continues the revision numbers.
	got.Title = "edited"
	mustSave(t, a, got)
	if hist, _ := a.History(got.ID); len(hist) != 3 {
		t.Errorf("revisions after a save = %d, want 3", len(hist))
	}
	a.db.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket(bucketMeta).Get(keySchema)); v != strconv.Itoa(SchemaVersion) {
			t.Errorf("schema after migration = %q, want %d", v, SchemaVersion)
		}
		if v := tx.Bucket(bucketBriefs).Get([]byte(briefs[1].ID)); v[0] != formatFlate {
			t.Errorf("brief not re-encoded: starts with %q", v[0])
		}
		return nil
	})
	a.Close()
	if err := Check(path); err != nil {
		t.Errorf("migrated file fails Check: %v", err)
	}
}

func TestMigrationFailureLeavesFileAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	writeSchema1(t, path, []*briefing.Brief{genBrief(rand.New(rand.NewPCG(1, 3)))}, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("briefs")).Put([]byte("18bcfe5680000000"), []byte("{not json"))
	})
	before := fileHash(t, path)
	_, err := Open(path, Options{NoAutoBackup: true})
	if err == nil || !strings.Contains(err.Error(), "schema 1") {
		t.Fatalf("Open = %v, want a migration error", err)
	}
	if fileHash(t, path) != before {
		t.Error("a failed migration changed the file")
	}
}

func TestOpenRefusesNewerSchemaAndForeignFiles(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		fill func(tx *bolt.Tx) error
		want error
	}{
		{"newer", func(tx *bolt.Tx) error {
			b, _ := tx.CreateBucket([]byte("meta"))
			return b.Put([]byte("schema"), []byte(strconv.Itoa(SchemaVersion+1)))
		}, ErrNewerSchema},
		{"foreign", func(tx *bolt.Tx) error {
			_, err := tx.CreateBucket([]byte("something"))
			return err
		}, ErrCorrupt},
	}
	for _, tc := range tests {
		path := filepath.Join(dir, tc.name+".db")
		db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Update(tc.fill); err != nil {
			t.Fatal(err)
		}
		db.Close()
		before := fileHash(t, path)
		_, err = Open(path, Options{NoAutoBackup: true})
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: Open = %v, want %v", tc.name, err, tc.want)
		}
		if tc.want == ErrNewerSchema && !strings.Contains(fmt.Sprint(err), "update BriefDesk") {
			t.Errorf("%s: message %q does not say what to do", tc.name, err)
		}
		if fileHash(t, path) != before {
			t.Errorf("%s: the refused file was changed", tc.name)
		}
	}
}
