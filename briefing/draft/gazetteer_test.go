package draft

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/assets"
	"github.com/briefdesk/briefdesk/briefing"
)

func TestGazetteerLookup(t *testing.T) {
	g := loadGazetteer()
	for _, tc := range []struct {
		name, canon, kind string
		how               int
	}{
		{"China", "China", briefing.KindCountry, refName},
		{"People’s Republic of China", "China", briefing.KindCountry, refName},
		{"Chinese", "China", briefing.KindCountry, refDemonym},
		{"American", "United States", briefing.KindCountry, refDemonym},
		{"St Louis", "St. Louis", briefing.KindPlace, refName},
		{"Moroccans", "Morocco", briefing.KindCountry, refDemonym},
		{"Rabat", "Morocco", briefing.KindCountry, refCapital},
		{"Beijing", "China", briefing.KindCountry, refCapital},
		{"U.S.", "United States", briefing.KindCountry, refName},
		{"US", "United States", briefing.KindCountry, refName},
		{"WHO", "World Health Organization", briefing.KindOrganisation, refName},
		{"World Health Organisation", "World Health Organization", briefing.KindOrganisation, refName},
		{"North Atlantic Treaty Organisation", "North Atlantic Treaty Organization", briefing.KindOrganisation, refName},
		{"Nato", "North Atlantic Treaty Organization", briefing.KindOrganisation, refName},
		{"Trinidad and Tobago", "Trinidad and Tobago", briefing.KindCountry, refName},
		{"Shanghai", "Shanghai", briefing.KindPlace, refName},
		{"BOGOTA", "Colombia", briefing.KindCountry, refCapital},
		{"Cote d’Ivoire", "Ivory Coast", briefing.KindCountry, refName},
	} {
		r, ok := g.lookup(tc.name)
		if !ok {
			t.Errorf("lookup(%q) found nothing", tc.name)
			continue
		}
		e := g.entities[r.entity]
		if e.name != tc.canon || e.kind != tc.kind || r.how != tc.how {
			t.Errorf("lookup(%q) = %q %s how %d, want %q %s how %d", tc.name, e.name, e.kind, r.how, tc.canon, tc.kind, tc.how)
		}
	}
	for _, word := range []string{"who", "us", "IN", "IT", "Monday", "is"} {
		if _, ok := g.lookup(word); ok {
			t.Errorf("lookup(%q) found an entity; it is a common word or code", word)
		}
	}
}

func TestGazetteerSizes(t *testing.T) {
	g := loadGazetteer()
	orgs := 0
	for _, e := range g.entities {
		if e.kind == briefing.KindOrganisation {
			orgs++
		}
	}
	if orgs < 150 || len(g.titles) < 50 || len(g.never) < 30 || len(g.firstNames) < 300 {
		t.Errorf("gazetteer too small: %d organisations, %d titles, %d never, %d first names",
			orgs, len(g.titles), len(g.never), len(g.firstNames))
	}
	if !g.titles["minister of health"] && !g.titles["minister"] {
		t.Error("titles miss Minister")
	}
}

func TestBuildGazetteerToleratesMissingFiles(t *testing.T) {
	g := buildGazetteer(emptyFS{})
	if len(g.entities) != 0 {
		t.Errorf("empty FS gave %d entities", len(g.entities))
	}
	if _, ok := g.lookup("China"); ok {
		t.Error("empty gazetteer found China")
	}
}

func BenchmarkGazetteerLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		buildGazetteer(assets.Gazetteer)
	}
}

// emptyFS is a file system with no files.
type emptyFS struct{}

func (emptyFS) Open(name string) (fs.File, error) { return nil, fs.ErrNotExist }

// TestFoldedGet checks that the allocation-free lookup agrees with fold.
func TestFoldedGet(t *testing.T) {
	m := map[string]int{"rome": 1, "new york": 2, "people's republic": 3, "cote d'ivoire": 4}
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"Rome", 1}, {"ROME", 1}, {"New York", 2}, {"New  York", 2}, {"People’s Republic", 3},
		{"Côte d’Ivoire", 4}, {"Paris", 0}, {strings.Repeat("x", 80), 0},
	} {
		got, ok := foldedGet(m, tc.in)
		if got != tc.want || ok != (tc.want != 0) {
			t.Errorf("foldedGet(%q) = %d %v, want %d", tc.in, got, ok, tc.want)
		}
	}
}
