// Package gazetteer holds the names the drafting engine recognises without
// context: countries with their official names, spellings, demonyms and
// capitals, international organisations, titles and roles, and first names.
// It loads once from the embedded lists in assets/gazetteer.
package gazetteer

import (
	"bufio"
	"io/fs"
	"strings"
	"sync"

	"github.com/briefdesk/briefdesk/assets"
	"github.com/briefdesk/briefdesk/briefing"
)

// How a gazetteer name refers to its entity.
const (
	RefName    = iota // the name, official name or another spelling
	RefDemonym        // "Moroccan", "Chinese"
	RefCapital        // "Rabat", used for the government of Morocco
)

// Entity is a country, organisation or place the gazetteer knows.
type Entity struct {
	Name    string // canonical name
	Kind    string // briefing.KindCountry, KindOrganisation or KindPlace
	Country string // for a place, the country it lies in
}

// Ref is what a gazetteer name refers to.
type Ref struct {
	Entity int // index into Gazetteer.Entities
	How    int // RefName, RefDemonym or RefCapital
}

// Gazetteer is the engine's read-only name lists, built once from the
// embedded files in assets/gazetteer.
type Gazetteer struct {
	Entities   []Entity
	names      map[string]Ref  // folded name → entity
	exact      map[string]Ref  // short acronyms, matched with their case ("US", "UN")
	MaxWords   int             // words in the longest name
	firstWords map[string]bool // folded first words of the names
	Titles     map[string]bool // folded titles and roles
	TitleWords int             // words in the longest title
	TitleHeads map[string]bool // last words of titles of several words ("Minister", "Secretary")
	OrgWords   map[string]bool // words that end organisation names
	OrgHeads   map[string]bool // folded words that head "X of Y" organisations
	Never      map[string]bool // folded words that are never parties
	Peoples    map[string]bool // words naming peoples, faiths and political camps, as written
	FirstNames map[string]bool
	NameSexes  map[string]string // given name → "f" or "m", for names borne almost only by one sex
	Seats      map[string]string // folded seat of power → the canonical name of the body that sits there
	Shared     map[string]bool   // folded names a body shares with national ones named after their country ("Red Cross")
}

// Load builds the gazetteer on first use; later calls return the
// same value. It is safe for concurrent use.
var Load = sync.OnceValue(func() *Gazetteer { return buildGazetteer(assets.Gazetteer) })

// buildGazetteer reads the name lists from fsys. A missing or damaged file
// leaves its list empty: drafting goes on with less knowledge.
func buildGazetteer(fsys fs.FS) *Gazetteer {
	g := &Gazetteer{
		names: map[string]Ref{}, exact: map[string]Ref{}, Titles: map[string]bool{}, TitleHeads: map[string]bool{}, firstWords: map[string]bool{},
		OrgWords: map[string]bool{}, OrgHeads: map[string]bool{}, Never: map[string]bool{}, Peoples: map[string]bool{}, FirstNames: map[string]bool{},
		Seats: map[string]string{}, NameSexes: map[string]string{}, Shared: map[string]bool{},
	}
	byName := map[string]int{}
	add := func(name, kind, country string) int {
		if i, ok := byName[name]; ok {
			return i
		}
		g.Entities = append(g.Entities, Entity{Name: name, Kind: kind, Country: country})
		byName[name] = len(g.Entities) - 1
		g.addName(name, len(g.Entities)-1, RefName)
		return len(g.Entities) - 1
	}
	// The hand-written corrections come first: the first entity given a name
	// keeps it ("American" is the United States's, not another territory's).
	eachRow(fsys, "gazetteer/country_extra.tsv", func(f []string) {
		g.addColumns(f, add(f[0], briefing.KindCountry, ""), RefName, RefDemonym, RefCapital)
	})
	eachRow(fsys, "gazetteer/countries.tsv", func(f []string) {
		i := add(f[0], briefing.KindCountry, "")
		g.addColumns(f, i, RefName, RefCapital, RefDemonym, RefName)
		if form, ok := strings.CutSuffix(field(f, 1), " of "+f[0]); ok {
			for _, a := range strings.Split(field(f, 4), ";") {
				if englishSpelling(a) {
					g.addName(form+" of "+a, i, RefName) // "Socialist Republic of Viet Nam"
				}
			}
		}
	})
	eachRow(fsys, "gazetteer/organisations.tsv", func(f []string) {
		i := add(f[0], briefing.KindOrganisation, "")
		g.addColumns(f, i, RefName, RefName, RefName)
		eachName(field(f, 3), func(n string) { g.Shared[Fold(n)] = true })
	})
	eachRow(fsys, "gazetteer/places.tsv", func(f []string) {
		if _, known := g.names[Fold(f[0])]; !known {
			g.addList(field(f, 2), add(f[0], briefing.KindPlace, field(f, 1)), RefName)
		}
	})
	eachRow(fsys, "gazetteer/titles.txt", func(f []string) {
		g.Titles[Fold(f[0])] = true
		words := strings.Fields(f[0])
		g.TitleWords = max(g.TitleWords, len(words))
		if len(words) > 1 && !strings.HasSuffix(words[len(words)-1], ".") && !strings.Contains(f[0], " of ") {
			g.TitleHeads[words[len(words)-1]] = true
		}
	})
	eachRow(fsys, "gazetteer/orgwords.txt", func(f []string) {
		if head, ok := strings.CutPrefix(f[0], "head "); ok {
			g.OrgHeads[Fold(head)] = true
		} else {
			g.OrgWords[f[0]] = true
		}
	})
	eachRow(fsys, "gazetteer/seats.tsv", func(f []string) { g.Seats[Fold(f[0])] = field(f, 1) })
	eachRow(fsys, "gazetteer/nonparties.txt", func(f []string) { g.Never[Fold(f[0])] = true })
	eachRow(fsys, "gazetteer/peoples.txt", func(f []string) { g.Peoples[f[0]] = true })
	eachRow(fsys, "gazetteer/firstnames.txt", func(f []string) {
		for _, n := range strings.Fields(f[0]) {
			g.FirstNames[n] = true
		}
	})
	eachRow(fsys, "gazetteer/namesexes.txt", func(f []string) {
		for _, n := range strings.Fields(field(f, 1)) {
			g.NameSexes[n] = f[0]
		}
	})
	return g
}

// englishSpelling reports whether a country's other name is written in
// the English alphabet ("Viet Nam"), as an English text would put it in
// the state's formal name.
func englishSpelling(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == ' ' || r == '-') {
			return false
		}
	}
	return true
}

// eachRow calls fn with the tab-separated fields of every line of a file,
// skipping blank lines and # comments.
func eachRow(fsys fs.FS, name string, fn func([]string)) {
	f, err := fsys.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
}

func field(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

// addList adds the ";"-separated names of list for entity i.
// addColumns adds the names in columns 1, 2 … of row f to entity i, each
// column referring to it as hows gives, in order.
func (g *Gazetteer) addColumns(f []string, i int, hows ...int) {
	for k, how := range hows {
		g.addList(field(f, k+1), i, how)
	}
}

func (g *Gazetteer) addList(list string, i, how int) {
	eachName(list, func(n string) { g.addName(n, i, how) })
}

// eachName calls fn with each name of a ";"-separated list, trimmed,
// skipping empty ones.
func eachName(list string, fn func(string)) {
	for _, n := range strings.Split(list, ";") {
		if n = strings.TrimSpace(n); n != "" {
			fn(n)
		}
	}
}

// addName adds one name. Short all-capital acronyms ("US", "UN", "WHO")
// match only with their case, so the words "us" and "who" never do; the
// first name given for a key wins.
func (g *Gazetteer) addName(n string, i, how int) {
	if IsAcronym(n) && len(n) <= 4 {
		g.firstWords[strings.ToLower(n)] = true
		if _, ok := g.exact[n]; !ok {
			g.exact[n] = Ref{i, how}
		}
		if len(n) == 4 && !strings.Contains(n, ".") { // "Nato", "Opec"
			n = n[:1] + strings.ToLower(n[1:])
			g.firstWords[strings.ToLower(n)] = true
			if _, ok := g.exact[n]; !ok {
				g.exact[n] = Ref{i, how}
			}
		}
		return
	}
	key := Fold(n)
	for _, k := range spellings(key) {
		if _, ok := g.names[k]; !ok {
			g.names[k] = Ref{i, how}
		}
	}
	words := strings.Fields(key)
	g.firstWords[strings.TrimSuffix(words[0], "'s")] = true
	g.MaxWords = max(g.MaxWords, len(words))
}

// mayStart reports whether some gazetteer name starts with word.
func (g *Gazetteer) MayStart(word string) bool {
	ok, _ := foldedGet(g.firstWords, word)
	return ok
}

// lookup finds the entity a name (as written) refers to.
func (g *Gazetteer) Lookup(name string) (Ref, bool) {
	if r, ok := g.exact[name]; ok {
		return r, true
	}
	if IsAcronym(name) && len(name) <= 4 {
		return Ref{}, false
	}
	return foldedGet(g.names, name)
}

// lookupFolded finds the entity a name refers to, case aside, so a short
// name written in capitals matches too ("ROME", "BAKU").
func (g *Gazetteer) LookupFolded(name string) (Ref, bool) {
	if r, ok := g.Lookup(name); ok {
		return r, true
	}
	return foldedGet(g.names, name)
}

// DefinedAcronym reports whether s, in brackets after a name, can be the
// name's acronym: a plain one ("WTO") or one with small letters between
// capitals ("IoD", "FoE").
func DefinedAcronym(s string) bool {
	if IsAcronym(s) {
		return true
	}
	upper := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r < 'a' || r > 'z':
			return false
		}
	}
	return len(s) <= 6 && upper >= 2 && s[0] >= 'A' && s[0] <= 'Z' && s[len(s)-1] >= 'A' && s[len(s)-1] <= 'Z'
}

// IsAcronym reports whether s is written in capitals, with optional periods
// and digits ("UN", "U.S.", "G20").
func IsAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '-' || r == '+' || r == '&' || (r >= '0' && r <= '9'):
		default:
			return false
		}
	}
	return letters > 0
}
