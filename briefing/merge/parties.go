package merge

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/editdist"
)

// entity is one merged party while merging: the parties of the briefs it
// gathers (at most one from each brief) and the plain forms of their
// names, aliases and acronyms.
type entity struct {
	members []member
	keys    map[string]bool
}

type member struct {
	brief int
	party briefing.Party
	keys  []string // see partyKeys
}

// mergeParties sets out.Parties to one party per entity across the
// briefs and returns, for each brief, its party names mapped to the merged
// party's name.
func mergeParties(out *briefing.Brief, parts []*briefing.Brief) []map[string]string {
	var ents []*entity
	for k, p := range parts {
		for _, party := range p.Parties {
			m := member{k, party, partyKeys(party)}
			if e := findEntity(ents, m); e != nil {
				e.add(m)
				continue
			}
			e := &entity{keys: map[string]bool{}}
			e.add(m)
			ents = append(ents, e)
		}
	}
	names := make([]map[string]string, len(parts))
	for k := range names {
		names[k] = map[string]string{}
	}
	for _, e := range ents {
		merged := e.party()
		for _, m := range e.members {
			names[m.brief][m.party.Name] = merged.Name
		}
		out.Parties = append(out.Parties, merged)
	}
	for i := range out.Parties {
		p := &out.Parties[i]
		for k := range names {
			if to, ok := names[k][p.Affiliation]; ok {
				p.Affiliation = to
				break
			}
		}
	}
	return names
}

// findEntity returns the first entity, of none of whose members m's
// brief holds one, that m's party names, or nil.
func findEntity(ents []*entity, m member) *entity {
	for _, e := range ents {
		if !e.has(m.brief) && e.names(m) {
			return e
		}
	}
	return nil
}

func (e *entity) has(k int) bool {
	for _, m := range e.members {
		if m.brief == k {
			return true
		}
	}
	return false
}

func (e *entity) add(m member) {
	e.members = append(e.members, m)
	for _, key := range m.keys {
		e.keys[key] = true
	}
}

// names reports whether x's party is the entity: they share a name, alias
// or acronym (written with or without accents and stops), or, being
// people, their names differ only in spelling.
func (e *entity) names(x member) bool {
	for _, key := range x.keys {
		if e.keys[key] {
			return true
		}
	}
	p := x.party
	for _, m := range e.members {
		if m.party.Kind == briefing.KindPerson && p.Kind == briefing.KindPerson && variantNames(m.party.Name, p.Name) {
			return true
		}
	}
	return false
}

// partyKeys returns the plain forms of a party's name and aliases and,
// but for a person, the acronym of a name of several capitalised words
// ("African Union" → "au").
func partyKeys(p briefing.Party) []string {
	var keys []string
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		if k := plain(strings.TrimPrefix(n, "the ")); k != "" {
			keys = append(keys, k)
		}
	}
	if a := acronym(p.Name); a != "" && p.Kind != briefing.KindPerson {
		keys = append(keys, a)
	}
	return keys
}

// acronym returns the lower-case initials of the capitalised words of a
// name of two or more of them, or "".
func acronym(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		if unicode.IsUpper(r[0]) {
			b.WriteRune(unicode.ToLower(r[0]))
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// variantNames reports whether two names are spellings of one another:
// their last words, two or more, pair up, each pair starting alike and
// differing by at most one edit in three letters ("Zelensky"/"Zelenskyy",
// "Nasrin Haque"/"Nasreen Haque"); a longer name may have more words in
// front ("Oceans Maria Lindqvist"/"Maria Lindquist"). Names of one word
// each differ by one edit at most and have five letters or more.
func variantNames(a, b string) bool {
	wa, wb := strings.Fields(plain(a)), strings.Fields(plain(b))
	n := min(len(wa), len(wb))
	if n < 2 && len(wa) != len(wb) || n == 0 {
		return false
	}
	wa, wb = wa[len(wa)-n:], wb[len(wb)-n:]
	for i := range wa {
		x, y := []rune(wa[i]), []rune(wb[i])
		allowed := max(1, max(len(x), len(y))/3)
		if n == 1 {
			allowed = min(1, len(x)-4)
		}
		if x[0] != y[0] || editdist.Distance(wa[i], wb[i]) > allowed {
			return false
		}
	}
	return true
}

// party returns the merged party: the fullest name (most words, the
// earliest on a tie) with its kind, the first role and affiliation given,
// every other name and alias as an alias, and the mentions of all.
func (e *entity) party() briefing.Party {
	best := e.members[0].party
	for _, m := range e.members[1:] {
		if len(strings.Fields(m.party.Name)) > len(strings.Fields(best.Name)) {
			best = m.party
		}
	}
	out := briefing.Party{Name: best.Name, Kind: best.Kind}
	seen := map[string]bool{strings.ToLower(best.Name): true}
	for _, m := range e.members {
		p := m.party
		if out.Role == "" {
			out.Role = p.Role
		}
		if out.Affiliation == "" {
			out.Affiliation = p.Affiliation
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if k := strings.ToLower(n); !seen[k] {
				seen[k] = true
				out.Aliases = append(out.Aliases, n)
			}
		}
		out.Mentions = append(out.Mentions, p.Mentions...)
	}
	return out
}
