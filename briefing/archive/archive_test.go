package archive

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// openTemp opens a new archive in a test folder.
func openTemp(t testing.TB) *Archive {
	t.Helper()
	a, err := Open(filepath.Join(t.TempDir(), "sub", "archive.db"), Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

func mustSave(t testing.TB, a *Archive, b *briefing.Brief) string {
	t.Helper()
	id, err := a.Save(b)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestSaveGetRoundTrip(t *testing.T) {
	a := openTemp(t)
	r := rand.New(rand.NewPCG(1, 2))
	b := genBrief(r)
	want := *b
	id := mustSave(t, a, b)
	if !validID(id) || b.ID != id || b.Created == "" || b.Updated == "" {
		t.Fatalf("Save did not set ID/Created/Updated: %q %q %q", b.ID, b.Created, b.Updated)
	}
	got, err := a.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	want.ID, want.Created, want.Updated = id, b.Created, b.Updated
	wj, _ := want.MarshalIndent()
	gj, _ := got.MarshalIndent()
	if string(wj) != string(gj) {
		t.Errorf("Get differs from the saved brief:\n%s\n---\n%s", gj, wj)
	}
	info, err := os.Stat(a.Path())
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("archive mode %v, want 0600", info.Mode().Perm())
	}
	if _, err := a.Get("0000000000000000"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get of a missing ID: %v, want ErrNotFound", err)
	}
}

func TestUpdateKeepsCreatedAndAddsRevision(t *testing.T) {
	a := openTemp(t)
	b := genBrief(rand.New(rand.NewPCG(3, 4)))
	b.Title = "First title"
	id := mustSave(t, a, b)
	created := b.Created
	b.Title = "Second title"
	b.Created = "" // a brief's JSON without its creation time still updates it
	mustSave(t, a, b)
	got, _ := a.Get(id)
	if got.Title != "Second title" || got.Created != created {
		t.Errorf("after update: title %q created %q, want Second title, %q", got.Title, got.Created, created)
	}
	hist, err := a.History(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 || hist[0].N != 1 || hist[0].Title != "First title" || hist[1].Title != "Second title" {
		t.Fatalf("history = %+v", hist)
	}
	if err := a.RestoreRevision(id, 1); err != nil {
		t.Fatal(err)
	}
	got, _ = a.Get(id)
	hist, _ = a.History(id)
	if got.Title != "First title" || len(hist) != 3 {
		t.Errorf("after RestoreRevision(1): title %q, %d revisions; want First title, 3", got.Title, len(hist))
	}
	if _, err := a.Revision(id, 9); !errors.Is(err, ErrNotFound) {
		t.Errorf("Revision 9: %v, want ErrNotFound", err)
	}
	if n, _ := a.Count(ListOptions{}); n != 1 {
		t.Errorf("Count = %d after updates of one brief, want 1", n)
	}
}

func TestSaveRefusesForeignID(t *testing.T) {
	a := openTemp(t)
	b := genBrief(rand.New(rand.NewPCG(5, 6)))
	b.ID = "not-an-id"
	if _, err := a.Save(b); err == nil {
		t.Fatal("Save accepted a malformed ID")
	}
	b.ID = ""
	b.Tags = []string{strings.Repeat("long ", 100)}
	if _, err := a.Save(b); err == nil || !strings.Contains(err.Error(), "longer than 200 bytes") {
		t.Errorf("Save of an overlong tag: %v", err)
	}
}

func TestListPagingTagsAndTrash(t *testing.T) {
	a := openTemp(t)
	r := rand.New(rand.NewPCG(7, 8))
	var ids []string
	for i := range 7 {
		b := genBrief(r)
		b.Tags = []string{"All"}
		if i%2 == 0 {
			b.Tags = append(b.Tags, "Éven", "even ") // one tag, spelled three ways
		}
		ids = append(ids, mustSave(t, a, b))
	}
	if !slices.IsSorted(ids) {
		t.Fatalf("IDs do not sort by creation: %v", ids)
	}
	tests := []struct {
		name string
		opt  ListOptions
		want []string
	}{
		{"all newest first", ListOptions{}, []string{ids[6], ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]}},
		{"first page", ListOptions{Limit: 3}, []string{ids[6], ids[5], ids[4]}},
		{"second page", ListOptions{Offset: 3, Limit: 3}, []string{ids[3], ids[2], ids[1]}},
		{"past the end", ListOptions{Offset: 9}, nil},
		{"tag, other case and accents", ListOptions{Tag: "EVEN"}, []string{ids[6], ids[4], ids[2], ids[0]}},
		{"tag paged", ListOptions{Tag: "even", Offset: 1, Limit: 2}, []string{ids[4], ids[2]}},
		{"unknown tag", ListOptions{Tag: "none"}, nil},
	}
	check := func(tests []struct {
		name string
		opt  ListOptions
		want []string
	}) {
		t.Helper()
		for _, tc := range tests {
			got, err := a.List(tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			var gotIDs []string
			for _, s := range got {
				gotIDs = append(gotIDs, s.ID)
			}
			if !slices.Equal(gotIDs, tc.want) {
				t.Errorf("%s: List = %v, want %v", tc.name, gotIDs, tc.want)
			}
			if tc.opt.Offset == 0 && tc.opt.Limit == 0 {
				if n, _ := a.Count(tc.opt); n != len(tc.want) {
					t.Errorf("%s: Count = %d, want %d", tc.name, n, len(tc.want))
				}
			}
		}
	}
	check(tests)
	tags, _ := a.Tags()
	if want := []TagCount{{"All", 7}, {"Éven", 4}}; !slices.Equal(tags, want) {
		t.Errorf("Tags = %v, want %v", tags, want)
	}

	if err := a.Delete(ids[4]); err != nil {
		t.Fatal(err)
	}
	if err := a.Delete(ids[1]); err != nil {
		t.Fatal(err)
	}
	check([]struct {
		name string
		opt  ListOptions
		want []string
	}{
		{"live after delete", ListOptions{}, []string{ids[6], ids[5], ids[3], ids[2], ids[0]}},
		{"trash", ListOptions{Trash: true}, []string{ids[4], ids[1]}},
		{"trash by tag", ListOptions{Trash: true, Tag: "even"}, []string{ids[4]}},
		{"tag after delete", ListOptions{Tag: "even"}, []string{ids[6], ids[2], ids[0]}},
	})
	if _, err := a.Get(ids[4]); err != nil {
		t.Errorf("a brief in the trash must stay readable: %v", err)
	}
	if err := a.Undelete(ids[4]); err != nil {
		t.Fatal(err)
	}
	n, err := a.EmptyTrash()
	if err != nil || n != 1 {
		t.Fatalf("EmptyTrash = %d, %v; want 1", n, err)
	}
	if _, err := a.Get(ids[1]); !errors.Is(err, ErrNotFound) {
		t.Errorf("emptied brief still there: %v", err)
	}
	if _, err := a.History(ids[1]); !errors.Is(err, ErrNotFound) {
		t.Errorf("emptied brief's history still there: %v", err)
	}
	check([]struct {
		name string
		opt  ListOptions
		want []string
	}{
		{"after undelete and empty", ListOptions{}, []string{ids[6], ids[5], ids[4], ids[3], ids[2], ids[0]}},
		{"empty trash", ListOptions{Trash: true}, nil},
	})
	if err := a.SetTags(ids[0], []string{"solo", " ", "Solo"}); err != nil {
		t.Fatal(err)
	}
	got, _ := a.Get(ids[0])
	if !slices.Equal(got.Tags, []string{"solo"}) {
		t.Errorf("SetTags kept %v, want [solo]", got.Tags)
	}
	if err := a.Delete("ffffffffffffffff"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Delete of a missing ID: %v", err)
	}
}

func TestSummaryFields(t *testing.T) {
	a := openTemp(t)
	b := genBrief(rand.New(rand.NewPCG(9, 10)))
	b.Marking = "RESTRICTED"
	mustSave(t, a, b)
	list, _ := a.List(ListOptions{})
	s := list[0]
	if s.Title != b.Title || s.Marking != "RESTRICTED" || s.Published != b.Source.Published ||
		s.Parties != len(b.Parties) || s.Commitments != len(b.Commitments) || s.Snippet == "" ||
		s.Created != b.Created || !slices.Equal(s.Tags, b.Tags) {
		t.Errorf("summary %+v does not match the brief", s)
	}
}

func TestReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.db")
	a, err := Open(path, Options{NoAutoBackup: true})
	if err != nil {
		t.Fatal(err)
	}
	id := mustSave(t, a, genBrief(rand.New(rand.NewPCG(1, 1))))
	a.Close()
	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.Get(id); err != nil {
		t.Error(err)
	}
	if _, err := ro.Save(genBrief(rand.New(rand.NewPCG(1, 1)))); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Save on a read-only archive: %v", err)
	}
	if _, err := Open(filepath.Join(t.TempDir(), "missing.db"), Options{ReadOnly: true}); err == nil {
		t.Error("read-only Open of a missing file succeeded")
	}
	empty := filepath.Join(t.TempDir(), "empty.db")
	os.WriteFile(empty, nil, 0o600)
	if _, err := Open(empty, Options{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "is empty") {
		t.Errorf("read-only Open of an empty file: %v", err)
	}
}

func TestSavingATrashedBriefTakesItOut(t *testing.T) {
	a := openTemp(t)
	b := genBriefSeed(21)
	b.Title = "Quokka census"
	id := mustSave(t, a, b)
	if err := a.Delete(id); err != nil {
		t.Fatal(err)
	}
	if err := a.Delete(id); err != nil {
		t.Errorf("deleting twice: %v", err)
	}
	mustSave(t, a, b)
	if n, _ := a.Count(ListOptions{Trash: true}); n != 0 {
		t.Errorf("trash holds %d after the save, want 0", n)
	}
	if hits, _ := a.Search("quokka", 5); len(hits) != 1 {
		t.Errorf("saved brief not searchable again: %v", hits)
	}
	if n, _ := a.Count(ListOptions{}); n != 1 {
		t.Errorf("live count %d, want 1", n)
	}
}
