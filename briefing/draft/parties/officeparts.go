package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

// Office parts: a word of a person's office that the scanner took for a
// body's name ("Deputy Administrator", "Minister-President of Saxony",
// "Liberal candidate", "Opposition trade critic") names no party. It is
// named once, inside a drafted office before the office's "of", "for",
// "at" or "in", the gazetteer does not know it, and no word of it ends
// bodies' names, as "Green Party councillor" has.

// dropOfficeParts returns the parties without such office parts, and the
// new index of every party (-1 when dropped).
func dropOfficeParts(parties []briefing.Party) ([]briefing.Party, []int) {
	g := gazetteer.Load()
	index := make([]int, len(parties))
	out := parties[:0:0]
	for i, p := range parties {
		index[i] = -1
		if officePart(g, p, parties) {
			continue
		}
		index[i] = len(out)
		out = append(out, p)
	}
	return out, index
}

// officePart reports whether party p is such a part of the office of one
// of the people among parties.
func officePart(g *gazetteer.Gazetteer, p briefing.Party, parties []briefing.Party) bool {
	if p.Kind != briefing.KindOrganisation || len(p.Mentions) != 1 || len(p.Aliases) > 0 {
		return false
	}
	if _, known := g.Lookup(p.Name); known {
		return false
	}
	for _, w := range strings.Fields(p.Name) {
		if g.OrgWords[w] {
			return false
		}
	}
	for _, q := range parties {
		if q.Kind == briefing.KindPerson && beforeOfficeLink(q.Role, p.Name) {
			return true
		}
	}
	return false
}

// beforeOfficeLink reports whether name stands as whole words in role
// before any "of", "for", "at" or "in" that links the office to a body or
// a place ("Deputy Administrator", "Minister-President of Saxony", not
// "head of Nordsee Wind").
func beforeOfficeLink(role, name string) bool {
	words, parts := strings.Fields(role), strings.Fields(name)
	for i := 0; i+len(parts) <= len(words); i++ {
		switch words[i] {
		case "of", "for", "at", "in":
			return false
		}
		if strings.Join(words[i:i+len(parts)], " ") == name {
			return true
		}
	}
	return false
}
