package gazetteer

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/assets"
	"github.com/briefdesk/briefdesk/briefing"
)

func TestGazetteerLookup(t *testing.T) {
	g := Load()
	for _, tc := range []struct {
		name, canon, kind string
		how               int
	}{
		{"China", "China", briefing.KindCountry, RefName},
		{"People’s Republic of China", "China", briefing.KindCountry, RefName},
		{"Socialist Republic of Viet Nam", "Vietnam", briefing.KindCountry, RefName}, // the formal name with another spelling
		{"Chinese", "China", briefing.KindCountry, RefDemonym},
		{"American", "United States", briefing.KindCountry, RefDemonym},
		{"St Louis", "St. Louis", briefing.KindPlace, RefName},
		{"Moroccans", "Morocco", briefing.KindCountry, RefDemonym},
		{"Rabat", "Morocco", briefing.KindCountry, RefCapital},
		{"Beijing", "China", briefing.KindCountry, RefCapital},
		{"U.S.", "United States", briefing.KindCountry, RefName},
		{"US", "United States", briefing.KindCountry, RefName},
		{"WHO", "World Health Organization", briefing.KindOrganisation, RefName},
		{"World Health Organisation", "World Health Organization", briefing.KindOrganisation, RefName},
		{"North Atlantic Treaty Organisation", "North Atlantic Treaty Organization", briefing.KindOrganisation, RefName},
		{"Nato", "North Atlantic Treaty Organization", briefing.KindOrganisation, RefName},
		{"Trinidad and Tobago", "Trinidad and Tobago", briefing.KindCountry, RefName},
		{"Shanghai", "Shanghai", briefing.KindPlace, RefName},
		{"BOGOTA", "Colombia", briefing.KindCountry, RefCapital},
		{"Cote d’Ivoire", "Ivory Coast", briefing.KindCountry, RefName},
		{"Caspian", "Caspian Sea", briefing.KindPlace, RefName},
		{"Gulf of Aden", "Gulf of Aden", briefing.KindPlace, RefName},
	} {
		r, ok := g.Lookup(tc.name)
		if !ok {
			t.Errorf("lookup(%q) found nothing", tc.name)
			continue
		}
		e := g.Entities[r.Entity]
		if e.Name != tc.canon || e.Kind != tc.kind || r.How != tc.how {
			t.Errorf("lookup(%q) = %q %s how %d, want %q %s how %d", tc.name, e.Name, e.Kind, r.How, tc.canon, tc.kind, tc.how)
		}
	}
	for _, word := range []string{"who", "us", "IN", "IT", "Monday", "is"} {
		if _, ok := g.Lookup(word); ok {
			t.Errorf("lookup(%q) found an entity; it is a common word or code", word)
		}
	}
}

func TestGazetteerSizes(t *testing.T) {
	g := Load()
	orgs := 0
	for _, e := range g.Entities {
		if e.Kind == briefing.KindOrganisation {
			orgs++
		}
	}
	if orgs < 150 || len(g.Titles) < 50 || len(g.Never) < 30 || len(g.FirstNames) < 300 {
		t.Errorf("gazetteer too small: %d organisations, %d titles, %d never, %d first names",
			orgs, len(g.Titles), len(g.Never), len(g.FirstNames))
	}
	if !g.Titles["minister of health"] && !g.Titles["minister"] {
		t.Error("titles miss Minister")
	}
}

func TestBuildGazetteerToleratesMissingFiles(t *testing.T) {
	g := buildGazetteer(emptyFS{})
	if len(g.Entities) != 0 {
		t.Errorf("empty FS gave %d entities", len(g.Entities))
	}
	if _, ok := g.Lookup("China"); ok {
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
