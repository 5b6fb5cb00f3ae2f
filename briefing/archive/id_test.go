package archive

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestNewBriefsNeverReplaceTheHighestID(t *testing.T) {
	a := openTemp(t)
	r := rand.New(rand.NewPCG(11, 12))
	top := genBrief(r)
	top.ID, top.Title = "ffffffffffffffff", "Brief with the highest ID"
	mustSave(t, a, top)
	seen := map[string]bool{top.ID: true}
	for i := range 5 {
		id := mustSave(t, a, genBrief(r))
		if seen[id] {
			t.Fatalf("save %d got the ID %s of an existing brief", i, id)
		}
		seen[id] = true
	}
	if n, _ := a.Count(ListOptions{}); n != 6 {
		t.Errorf("Count = %d after 6 different briefs, want 6", n)
	}
	if got, err := a.Get(top.ID); err != nil || got.Title != top.Title {
		t.Errorf("the brief with the highest ID: %v, %v", got, err)
	}
}

func TestNewIDsSortByCreationAndDifferAcrossArchives(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	free := func(string) bool { return false }
	first := newID(now, "", free)
	distinct := map[string]bool{first: true}
	for range 20 {
		distinct[newID(now, "", free)] = true // another machine, the same millisecond
	}
	if len(distinct) < 2 {
		t.Errorf("21 empty archives saving at the same millisecond all chose %s", first)
	}
	last := first
	for i := range 1000 { // a burst in one millisecond still sorts
		id := newID(now, last, free)
		if id <= last {
			t.Fatalf("ID %d: %s does not sort after %s", i, id, last)
		}
		last = id
	}
	later := newID(now.Add(time.Second), last, free)
	if later <= last {
		t.Errorf("an ID a second later %s sorts before %s", later, last)
	}
}

func TestNewIDSkipsTakenIDs(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	tries := 0
	id := newID(now, "", func(string) bool { tries++; return tries <= 40 })
	if tries != 41 || !validID(id) {
		t.Errorf("newID returned %q after %d tries, want a valid ID after 41", id, tries)
	}
}

func TestSaveRefusesTheIDOfAnotherBrief(t *testing.T) {
	a := openTemp(t)
	r := rand.New(rand.NewPCG(13, 14))
	first := genBrief(r)
	first.Title = "The first brief"
	id := mustSave(t, a, first)
	other := genBrief(r)
	other.ID, other.Title, other.Created = id, "A brief from another archive", "2020-01-02T03:04:05Z"
	if _, err := a.Save(other); !errors.Is(err, ErrIDTaken) || !strings.Contains(err.Error(), "clear the ID") {
		t.Fatalf("Save over another brief's ID: %v, want ErrIDTaken", err)
	}
	if got, _ := a.Get(id); got.Title != "The first brief" {
		t.Errorf("the stored brief became %q", got.Title)
	}
	n, err := a.ImportJSONL(strings.NewReader(jsonLine(t, other)))
	if err != nil || n != 1 {
		t.Fatalf("import of a brief with a taken ID: %d, %v", n, err)
	}
	if c, _ := a.Count(ListOptions{}); c != 2 {
		t.Errorf("Count = %d after importing a different brief with a taken ID, want 2", c)
	}
	if got, _ := a.Get(id); got.Title != "The first brief" {
		t.Errorf("the import replaced the stored brief with %q", got.Title)
	}
}

// jsonLine returns b as one line of JSON Lines.
func jsonLine(t *testing.T, b *briefing.Brief) string {
	t.Helper()
	js, err := marshalCompact(b)
	if err != nil {
		t.Fatal(err)
	}
	return string(js) + "\n"
}
