package draft

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
	refName    = iota // the name, official name or another spelling
	refDemonym        // "Moroccan", "Chinese"
	refCapital        // "Rabat", used for the government of Morocco
)

// entity is a country, organisation or place the gazetteer knows.
type entity struct {
	name    string // canonical name
	kind    string // briefing.KindCountry, KindOrganisation or KindPlace
	country string // for a place, the country it lies in
}

// nameRef is what a gazetteer name refers to.
type nameRef struct {
	entity int // index into gazetteer.entities
	how    int // refName, refDemonym or refCapital
}

// gazetteer is the engine's read-only name lists, built once from the
// embedded files in assets/gazetteer.
type gazetteer struct {
	entities   []entity
	names      map[string]nameRef // folded name → entity
	exact      map[string]nameRef // short acronyms, matched with their case ("US", "UN")
	maxWords   int                // words in the longest name
	firstWords map[string]bool    // folded first words of the names
	titles     map[string]bool    // folded titles and roles
	titleWords int                // words in the longest title
	titleHeads map[string]bool    // last words of titles of several words ("Minister", "Secretary")
	orgWords   map[string]bool    // words that end organisation names
	orgHeads   map[string]bool    // folded words that head "X of Y" organisations
	never      map[string]bool    // folded words that are never parties
	peoples    map[string]bool    // words naming peoples, faiths and political camps, as written
	firstNames map[string]bool
	seats      map[string]string // folded seat of power → the canonical name of the body that sits there
}

// loadGazetteer builds the gazetteer on first use; later calls return the
// same value. It is safe for concurrent use.
var loadGazetteer = sync.OnceValue(func() *gazetteer { return buildGazetteer(assets.Gazetteer) })

// buildGazetteer reads the name lists from fsys. A missing or damaged file
// leaves its list empty: drafting goes on with less knowledge.
func buildGazetteer(fsys fs.FS) *gazetteer {
	g := &gazetteer{
		names: map[string]nameRef{}, exact: map[string]nameRef{}, titles: map[string]bool{}, titleHeads: map[string]bool{}, firstWords: map[string]bool{},
		orgWords: map[string]bool{}, orgHeads: map[string]bool{}, never: map[string]bool{}, peoples: map[string]bool{}, firstNames: map[string]bool{},
		seats: map[string]string{},
	}
	byName := map[string]int{}
	add := func(name, kind, country string) int {
		if i, ok := byName[name]; ok {
			return i
		}
		g.entities = append(g.entities, entity{name: name, kind: kind, country: country})
		byName[name] = len(g.entities) - 1
		g.addName(name, len(g.entities)-1, refName)
		return len(g.entities) - 1
	}
	// The hand-written corrections come first: the first entity given a name
	// keeps it ("American" is the United States's, not another territory's).
	eachRow(fsys, "gazetteer/country_extra.tsv", func(f []string) {
		i := add(f[0], briefing.KindCountry, "")
		g.addList(field(f, 1), i, refName)
		g.addList(field(f, 2), i, refDemonym)
		g.addList(field(f, 3), i, refCapital)
	})
	eachRow(fsys, "gazetteer/countries.tsv", func(f []string) {
		i := add(f[0], briefing.KindCountry, "")
		g.addList(field(f, 1), i, refName)
		g.addList(field(f, 2), i, refCapital)
		g.addList(field(f, 3), i, refDemonym)
		g.addList(field(f, 4), i, refName)
	})
	eachRow(fsys, "gazetteer/organisations.tsv", func(f []string) {
		i := add(f[0], briefing.KindOrganisation, "")
		g.addList(field(f, 1), i, refName)
		g.addList(field(f, 2), i, refName)
	})
	eachRow(fsys, "gazetteer/places.tsv", func(f []string) {
		if _, known := g.names[fold(f[0])]; !known {
			g.addList(field(f, 2), add(f[0], briefing.KindPlace, field(f, 1)), refName)
		}
	})
	eachRow(fsys, "gazetteer/titles.txt", func(f []string) {
		g.titles[fold(f[0])] = true
		words := strings.Fields(f[0])
		g.titleWords = max(g.titleWords, len(words))
		if len(words) > 1 && !strings.HasSuffix(words[len(words)-1], ".") && !strings.Contains(f[0], " of ") {
			g.titleHeads[words[len(words)-1]] = true
		}
	})
	eachRow(fsys, "gazetteer/orgwords.txt", func(f []string) {
		if head, ok := strings.CutPrefix(f[0], "head "); ok {
			g.orgHeads[fold(head)] = true
		} else {
			g.orgWords[f[0]] = true
		}
	})
	eachRow(fsys, "gazetteer/seats.tsv", func(f []string) { g.seats[fold(f[0])] = field(f, 1) })
	eachRow(fsys, "gazetteer/nonparties.txt", func(f []string) { g.never[fold(f[0])] = true })
	eachRow(fsys, "gazetteer/peoples.txt", func(f []string) { g.peoples[f[0]] = true })
	eachRow(fsys, "gazetteer/firstnames.txt", func(f []string) {
		for _, n := range strings.Fields(f[0]) {
			g.firstNames[n] = true
		}
	})
	return g
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
func (g *gazetteer) addList(list string, i, how int) {
	for _, n := range strings.Split(list, ";") {
		if n = strings.TrimSpace(n); n != "" {
			g.addName(n, i, how)
		}
	}
}

// addName adds one name. Short all-capital acronyms ("US", "UN", "WHO")
// match only with their case, so the words "us" and "who" never do; the
// first name given for a key wins.
func (g *gazetteer) addName(n string, i, how int) {
	if isAcronym(n) && len(n) <= 4 {
		g.firstWords[strings.ToLower(n)] = true
		if _, ok := g.exact[n]; !ok {
			g.exact[n] = nameRef{i, how}
		}
		if len(n) == 4 && !strings.Contains(n, ".") { // "Nato", "Opec"
			n = n[:1] + strings.ToLower(n[1:])
			g.firstWords[strings.ToLower(n)] = true
			if _, ok := g.exact[n]; !ok {
				g.exact[n] = nameRef{i, how}
			}
		}
		return
	}
	key := fold(n)
	for _, k := range spellings(key) {
		if _, ok := g.names[k]; !ok {
			g.names[k] = nameRef{i, how}
		}
	}
	words := strings.Fields(key)
	g.firstWords[strings.TrimSuffix(words[0], "'s")] = true
	g.maxWords = max(g.maxWords, len(words))
}

// mayStart reports whether some gazetteer name starts with word.
func (g *gazetteer) mayStart(word string) bool {
	ok, _ := foldedGet(g.firstWords, word)
	return ok
}

// lookup finds the entity a name (as written) refers to.
func (g *gazetteer) lookup(name string) (nameRef, bool) {
	if r, ok := g.exact[name]; ok {
		return r, true
	}
	if isAcronym(name) && len(name) <= 4 {
		return nameRef{}, false
	}
	return foldedGet(g.names, name)
}

// lookupFolded finds the entity a name refers to, case aside, so a short
// name written in capitals matches too ("ROME", "BAKU").
func (g *gazetteer) lookupFolded(name string) (nameRef, bool) {
	if r, ok := g.lookup(name); ok {
		return r, true
	}
	return foldedGet(g.names, name)
}

// definedAcronym reports whether s, in brackets after a name, can be the
// name's acronym: a plain one ("WTO") or one with small letters between
// capitals ("IoD", "FoE").
func definedAcronym(s string) bool {
	if isAcronym(s) {
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

// isAcronym reports whether s is written in capitals, with optional periods
// and digits ("UN", "U.S.", "G20").
func isAcronym(s string) bool {
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
