package archive

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	bolt "go.etcd.io/bbolt"
)

// schema1JSON returns b as a brief of schema 1 writes it: one source
// without an id, spans of start and end only, no further sources or
// disagreements. (In JSON a quote inside a text is escaped, so the keys
// cut here cannot be words of the brief.)
func schema1JSON(t testing.TB, b *briefing.Brief) []byte {
	t.Helper()
	if b.SourceCount() != 1 {
		t.Fatal("a brief of schema 1 has one source")
	}
	js, err := marshalCompact(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, cut := range [][2]string{{`"schema":2,`, `"schema":1,`}, {`"source":{"id":"A",`, `"source":{`},
		{`,"source":"A"}`, `}`}, {`"sources":[],`, ``}, {`,"disagreements":[]}`, `}`}} {
		if !bytes.Contains(js, []byte(cut[0])) && cut[0] != `,"source":"A"}` {
			t.Fatalf("no %s in %.200s", cut[0], js)
		}
		js = bytes.ReplaceAll(js, []byte(cut[0]), []byte(cut[1]))
	}
	if bytes.Contains(js, []byte(`"A"`)) || !json.Valid(js) {
		t.Fatalf("not a schema 1 brief: %.300s", js)
	}
	return js
}

// assertSchema2Records checks that every stored brief and revision is a
// brief of schema 2 whose source is A.
func assertSchema2Records(t *testing.T, a *Archive) {
	t.Helper()
	err := a.db.View(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketBriefs, bucketRevisions} {
			err := tx.Bucket(name).ForEach(func(k, v []byte) error {
				js, err := recordJSON(v, nil)
				if err != nil {
					return fmt.Errorf("%s: %w", k, err)
				}
				if !bytes.Contains(js, []byte(`"schema":2`)) || !bytes.Contains(js, []byte(`"id":"A"`)) {
					return fmt.Errorf("record %s not rewritten as schema 2: %.120s", k, js)
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestMigrate10000Schema1Briefs upgrades an archive of schema 1 holding
// 10,000 briefs of brief schema 1 in the one transaction of Open, then
// checks that every brief reads back as it was written, that every record
// is schema 2, that search finds the briefs by their source text and that
// the file passes Check. The upgrade's time is logged (go test -v).
func TestMigrate10000Schema1Briefs(t *testing.T) {
	const n = 10000
	path := filepath.Join(t.TempDir(), "old.db")
	r := rand.New(rand.NewPCG(10000, 1))
	briefs := make([]*briefing.Brief, n)
	for i := range briefs {
		briefs[i] = genBrief(r)
	}
	briefs[n-1].Source.Text += " Talks resumed in Quixotic Bay."
	writeSchema1(t, path, briefs, nil)

	start := time.Now()
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d briefs (%d revisions) of schema 1 migrated in %v", n, 2*n, time.Since(start).Round(time.Millisecond))
	defer a.Close()
	if got, _ := a.Count(ListOptions{}); got != n {
		t.Fatalf("Count after migration = %d, want %d", got, n)
	}
	for _, b := range briefs {
		got, err := a.Get(b.ID)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := b.MarshalIndent()
		have, _ := got.MarshalIndent()
		if !bytes.Equal(have, want) {
			t.Fatalf("brief %s changed in the migration:\n got %.400s\nwant %.400s", b.ID, have, want)
		}
	}
	assertSchema2Records(t, a)
	hits, err := a.Search("quixotic", 5)
	if err != nil || len(hits) != 1 || hits[0].ID != briefs[n-1].ID {
		t.Errorf("search of a word of one source after migration: %v %v", hits, err)
	}
	a.Close()
	if err := Check(path); err != nil {
		t.Errorf("migrated file fails Check: %v", err)
	}
}

// TestMigrateSchema3RewritesSchema1Records opens an archive of schema 3,
// whose records are briefs of schema 1, and checks that they are all
// rewritten as schema 2 with nothing lost.
func TestMigrateSchema3RewritesSchema1Records(t *testing.T) {
	path := filepath.Join(t.TempDir(), "three.db")
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	want := map[string][]byte{}
	for i := range 5 {
		b := genBriefSeed(uint64(300 + i))
		mustSave(t, a, b)
		b.Title += " (edited)"
		mustSave(t, a, b)
		ids = append(ids, b.ID)
		want[b.ID], _ = b.MarshalIndent()
	}
	err = a.db.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketBriefs, bucketRevisions} {
			bucket := tx.Bucket(name)
			var keys [][]byte
			bucket.ForEach(func(k, _ []byte) error { keys = append(keys, bytes.Clone(k)); return nil })
			for _, k := range keys {
				b, err := decodeBrief(bucket.Get(k))
				if err != nil {
					return err
				}
				if err := bucket.Put(k, schema1JSON(t, b)); err != nil {
					return err
				}
			}
		}
		return tx.Bucket(bucketMeta).Put(keySchema, []byte("3"))
	})
	if err != nil {
		t.Fatal(err)
	}
	a.Close()

	a, err = Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	assertSchema2Records(t, a)
	for _, id := range ids {
		got, err := a.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		if have, _ := got.MarshalIndent(); !bytes.Equal(have, want[id]) {
			t.Errorf("brief %s changed in the migration:\n got %.300s\nwant %.300s", id, have, want[id])
		}
		if hist, err := a.History(id); err != nil || len(hist) != 2 || strings.HasSuffix(hist[0].Title, "(edited)") == strings.HasSuffix(hist[1].Title, "(edited)") {
			t.Errorf("history of %s after migration: %+v %v", id, hist, err)
		}
	}
	a.db.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket(bucketMeta).Get(keySchema)); v != strconv.Itoa(SchemaVersion) {
			t.Errorf("schema after migration = %q, want %d", v, SchemaVersion)
		}
		return nil
	})
}
