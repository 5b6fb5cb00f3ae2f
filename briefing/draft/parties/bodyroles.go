package parties

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// bodyNamedRoles reads a person's role that opens with the name of a body
// or a state the article names ("Pindara Chair", "Tesco Chief
// Executive"): the name says whose office it is, not which office, so the
// role keeps the office ("Chair") and the body becomes the person's
// affiliation when none is given. A body may be named by the first word
// of its name ("Pindara Chair" for "Pindara Minerals Limited") unless that
// word is a title's or an ordinary word, and no place or ordinary word
// owns an office so.
func bodyNamedRoles(d *document, parties []briefing.Party) {
	g := gazetteer.Load()
	for i := range parties {
		p := &parties[i]
		if p.Kind != briefing.KindPerson || p.Role == "" {
			continue
		}
		for j, q := range parties {
			if j == i || q.Kind == briefing.KindPerson && q.Role != "" || q.Kind == briefing.KindPlace {
				continue // a person named in another's office is its holder, not its owner; "Wolds MP" is the seat's
			}
			var names []string
			for _, n := range append([]string{q.Name}, q.Aliases...) {
				if strings.Contains(n, " ") || !lowerInProse(d, n) {
					names = append(names, n) // not "Labor Treasurer", "Green Party councillor"
				}
			}
			if first, _, several := strings.Cut(q.Name, " "); several && q.Kind == briefing.KindOrganisation && !titleWord(g, first) && !lowerInProse(d, first) {
				names = append(names, first) // "Pindara Chair" for "Pindara Minerals Limited", not "City Manager" for "City of Grand Rapids"
			}
			if office, ok := withoutOwner(p.Role, names); ok {
				p.Role = office
				if p.Affiliation == "" && q.Kind != briefing.KindPerson {
					p.Affiliation = q.Name
				}
				break
			}
			if p.Affiliation == "" && q.Kind == briefing.KindOrganisation && ownerWrittenBefore(d, p, names) {
				p.Affiliation = q.Name // "UCB Chief Executive Officer Martin Ssekandi", "Oceanic Gateway chief executive Lena Vasquez-Hoyt"
				break
			}
		}
	}
}

// kindNamedRoles gives a person whose role opens with a capitalised word
// for a kind of body ("Association President", "Commission chair") the
// one organisation the article names with that word as affiliation, when
// none is given: "Association President Greg Tanaka" belongs to the
// Millbrook Teachers Association. Two bodies of that kind leave it open,
// and so does "Party": parties are often named without the word ("Party
// leader Helena Varga" of Civic Forward).
func kindNamedRoles(g *gazetteer.Gazetteer, parties []briefing.Party) {
	for i := range parties {
		p := &parties[i]
		kind, office, ok := strings.Cut(p.Role, " ")
		if p.Kind != briefing.KindPerson || p.Affiliation != "" || !ok || office == "" || kind == "Party" || !g.OrgWords[kind] && !g.OrgHeads[gazetteer.Fold(kind)] {
			continue
		}
		body, n := "", 0
		for _, q := range parties {
			if q.Kind == briefing.KindOrganisation && slices.Contains(strings.Fields(q.Name), kind) {
				body, n = q.Name, n+1
			}
		}
		if n == 1 {
			p.Affiliation = body
		}
	}
}

// ownerWrittenBefore reports whether the text names person p right after
// one of names and p's role ("Oceanic Gateway chief executive Lena
// Vasquez-Hoyt"), the name perhaps followed by its acronym in brackets:
// the body whose office it is.
func ownerWrittenBefore(d *document, p *briefing.Party, names []string) bool {
	for _, sp := range p.Mentions {
		before := strings.TrimSuffix(d.Text[:sp.Start], " ")
		office, ok := strings.CutSuffix(before, " "+p.Role)
		if !ok {
			continue
		}
		owners := []string{office}
		if i := strings.LastIndex(office, " ("); i >= 0 && strings.HasSuffix(office, ")") {
			owners = append(owners, office[:i], strings.TrimSuffix(office, ")")) // "Calvera Port Authority (CPA) chairman"
		}
		for _, o := range owners {
			if slices.ContainsFunc(names, func(n string) bool { return endsWithName(o, n) }) {
				return true
			}
		}
	}
	return false
}

// endsWithName reports whether s ends with the whole name n.
func endsWithName(s, n string) bool {
	rest, ok := strings.CutSuffix(s, n)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return rest == "" || !text.IsWordRune(r)
}

// withoutOwner returns the office of a role that opens with one of names,
// the rest starting with a capital ("Pindara Chair" → "Chair").
func withoutOwner(role string, names []string) (string, bool) {
	for _, n := range names {
		rest, ok := strings.CutPrefix(role, n+" ")
		if ok && text.FirstRuneUpper(rest) {
			return rest, true
		}
	}
	return "", false
}

// lowerInProse reports whether English, or the article, writes w in
// lower case in the middle of sentences ("City", "Health", "Labor",
// "defence housing").
func lowerInProse(d *document, w string) bool {
	lw := strings.ToLower(w)
	return text.LoadPunkt().Ortho[lw]&text.OrthoMidLc != 0 || d.lowerWords[lw]
}
