package archive

import (
	"bytes"
	"maps"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	bolt "go.etcd.io/bbolt"
)

// dumpIndex returns every index entry of the archive open in db.
func dumpIndex(t *testing.T, db *bolt.DB) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketIndex).ForEach(func(k, v []byte) error {
			out[string(k)] = string(v)
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// writeSchema2 saves briefs with this package and moves those numbered in
// trash to the trash, then makes the file what schema 2 wrote: schema "2"
// and the same index without acronym terms. It returns the IDs and the
// index this schema builds.
func writeSchema2(t *testing.T, path string, briefs []*briefing.Brief, trash ...int) ([]string, map[string]string) {
	t.Helper()
	a, err := Open(path, Options{NoAutoBackup: true, noSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var ids []string
	for _, b := range briefs {
		ids = append(ids, mustSave(t, a, b))
	}
	for _, i := range trash {
		if err := a.Delete(ids[i]); err != nil {
			t.Fatal(err)
		}
	}
	want := dumpIndex(t, a.db)
	removed := 0
	err = a.db.Update(func(tx *bolt.Tx) error {
		idx := tx.Bucket(bucketIndex)
		var drop [][]byte
		idx.ForEach(func(k, _ []byte) error {
			if term, _, ok := splitIndexKey(k); ok && isAcronymTerm(string(term)) {
				drop = append(drop, bytes.Clone(k))
			}
			return nil
		})
		for _, k := range drop {
			if err := idx.Delete(k); err != nil {
				return err
			}
		}
		removed = len(drop)
		return tx.Bucket(bucketMeta).Put(keySchema, []byte("2"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if removed == 0 {
		t.Fatal("the schema 2 archive should lack acronym terms, but none were indexed")
	}
	return ids, want
}

// schema2Briefs are briefs naming the WHO: in the title, as a party and in
// the source text; the last one is the one put in the trash.
func schema2Briefs() []*briefing.Brief {
	return []*briefing.Brief{
		{Title: "WHO approves a malaria vaccine", Source: briefing.Source{Text: "Geneva, Monday."}},
		{Title: "Ghana starts malaria campaign",
			Parties: []briefing.Party{{Name: "World Health Organization", Aliases: []string{"WHO"}}},
			Source:  briefing.Source{Text: "Ghana will vaccinate children."}},
		{Title: "Kenya hires engineers", Source: briefing.Source{Text: "The IT ministry said who would pay."}},
		{Title: "Trashed WHO note", Source: briefing.Source{Text: "The WHO met."}},
	}
}

func TestMigrateSchema2RebuildsIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	ids, want := writeSchema2(t, path, schema2Briefs(), 3)

	if _, err := Open(path, Options{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "open it once for writing") {
		t.Errorf("read-only Open of schema 2 = %v, want a request to open it for writing", err)
	}
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := dumpIndex(t, a.db); !maps.Equal(got, want) {
		t.Errorf("rebuilt index has %d entries, a new archive %d: they differ", len(got), len(want))
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"WHO", []string{ids[0], ids[1]}}, // title, party; not the trashed brief
		{"IT", []string{ids[2]}},
		{"malaria", []string{ids[1], ids[0]}}, // both in the title: newest first
		{"who", nil},
	}
	for _, tc := range tests {
		hits, err := a.Search(tc.query, 10)
		var got []string
		for _, h := range hits {
			got = append(got, h.ID)
		}
		if err != nil || strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("Search(%q) after migration = %v %v, want %v", tc.query, got, err, tc.want)
		}
	}
	if err := a.Undelete(ids[3]); err != nil {
		t.Fatal(err)
	}
	if hits, _ := a.Search("WHO note", 10); len(hits) != 1 || hits[0].ID != ids[3] {
		t.Errorf("a brief taken out of the trash after migration is not found: %v", hits)
	}
	a.Close()
	if err := Check(path); err != nil {
		t.Errorf("migrated file fails Check: %v", err)
	}
}

func TestMigrationFromSchema2FailureLeavesFileAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	ids, _ := writeSchema2(t, path, schema2Briefs())
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketBriefs).Put([]byte(ids[1]), []byte("{not json"))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	before := fileHash(t, path)
	_, err = Open(path, Options{NoAutoBackup: true})
	if err == nil || !strings.Contains(err.Error(), "schema 2") || !strings.Contains(err.Error(), ids[1]) {
		t.Fatalf("Open = %v, want a migration error naming the schema and the brief", err)
	}
	if fileHash(t, path) != before {
		t.Error("a failed migration changed the file")
	}
}
