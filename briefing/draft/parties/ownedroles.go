package parties

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// ownedRoles gives a person introduced as "X's ROLE, NAME" or "its ROLE,
// NAME", or described after the name as "NAME, X's ROLE", the body or
// state that owns the office (or the one the text anywhere writes as
// owning that office: "Orvania's trade minister"), when nothing else gave
// them an affiliation: X when it names an organisation or a state
// ("Verdant's chief executive, Laura Mendel"); for "its" ("Its chief
// executive, Faith Achieng, said …") the first organisation or state the
// sentence names before "its", or else the first the sentence before
// names, which is most often the one it told of ("The Kenya Bankers
// Association said its members had agreed … Its chief executive, Faith
// Achieng, said …").
func ownedRoles(d *document, parties []briefing.Party) {
	var bodies []briefing.Span
	owner := map[briefing.Span]int{}
	for i, q := range parties {
		if q.Kind != briefing.KindOrganisation && q.Kind != briefing.KindCountry {
			continue
		}
		for _, sp := range q.Mentions {
			bodies = append(bodies, sp)
			owner[sp] = i
		}
	}
	sort.Slice(bodies, func(a, b int) bool { return bodies[a].Start < bodies[b].Start })
	low := strings.ToLower(d.Text)
	for i := range parties {
		p := &parties[i]
		if p.Kind != briefing.KindPerson || p.Role == "" || p.Affiliation != "" {
			continue
		}
		for _, sp := range p.Mentions {
			owned, ok := officeBefore(d.Text[:sp.Start], p.Role)
			if !ok {
				owned, ok = officeAfter(d.Text[sp.End:], p.Role)
			}
			if !ok {
				continue
			}
			q := bodyNamedBy(parties, owned)
			if q < 0 {
				q = definiteBody(parties, owned)
			}
			if q >= 0 {
				p.Affiliation = parties[q].Name
				break
			}
			if at := len(owned) - len("its"); strings.EqualFold(owned[at:], "its") {
				if q := firstBodyBefore(d, bodies, at); q >= 0 {
					p.Affiliation = parties[owner[bodies[q]]].Name
					break
				}
			}
			if at, ok := kindNamed(owned); ok { // "The union's general secretary, Andrea Bradley," after "the Educational Institute of Scotland (EIS) backed …"
				if q := firstBodyBefore(d, bodies, at); q >= 0 && parties[owner[bodies[q]]].Kind == briefing.KindOrganisation {
					p.Affiliation = parties[owner[bodies[q]]].Name
					break
				}
			}
		}
		if p.Affiliation == "" {
			if q := onlyOwnerOf(low, parties, p.Role); q >= 0 {
				p.Affiliation = parties[q].Name // "Interview: Orvania's trade minister on …" over "Trade Minister Katarina Vell spoke …"
			}
		}
	}
}

// onlyOwnerOf returns the one state or organisation the text (low, in
// lower case) writes as the owner of an office ("Orvania's trade
// minister"), or -1 when the text writes none or several.
func onlyOwnerOf(low string, parties []briefing.Party, role string) int {
	office := strings.ToLower(role)
	found := -1
	for from, n := 0, 0; office != "" && n < maxOwnerLooks; n++ {
		k := strings.Index(low[from:], office)
		if k < 0 {
			break
		}
		at := from + k
		from = at + len(office)
		before, ok := strings.CutSuffix(low[:at], "'s ")
		if !ok {
			before, ok = strings.CutSuffix(low[:at], "’s ")
		}
		if !ok {
			continue
		}
		for i, q := range parties {
			if q.Kind != briefing.KindOrganisation && q.Kind != briefing.KindCountry {
				continue
			}
			for _, name := range append([]string{q.Name}, q.Aliases...) {
				if name == "" || !endsWithName(before, strings.ToLower(name)) {
					continue
				}
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}

// maxOwnerLooks bounds how many mentions of an office onlyOwnerOf reads.
const maxOwnerLooks = 50

// withoutAddress returns before without the forms of address that end it
// ("…, Councillor ", "…, Dr ").
func withoutAddress(before string) string {
	for {
		rest := strings.TrimSuffix(before, " ")
		k := strings.LastIndexByte(rest, ' ')
		w := strings.TrimSuffix(rest[k+1:], ".")
		_, rank := titleAbbreviations[w]
		if k < 0 || len(rest) == len(before) || !honorifics[w] && !memberTitles[w] && !rank {
			return before
		}
		before = rest[:k+1]
	}
}

// kindNamed reports whether owned ends with "the" and a noun for a kind
// of organisation ("the union", "the company") and returns where "the"
// starts.
func kindNamed(owned string) (int, bool) {
	low := strings.ToLower(owned)
	f := strings.Fields(low)
	if n := len(f); n < 2 || f[n-2] != "the" || !orgKinds[f[n-1]] {
		return 0, false
	}
	return strings.LastIndex(low, "the "), true
}

// definiteBody returns the one organisation whose name holds each noun of
// an owned that ends with "the" and up to three words in lower case ("the
// council's leader, Tom Briggs" of Eastvale County Council, "the port
// authority's chief executive" of Caldris Port Authority), or -1 when
// none or several do.
func definiteBody(parties []briefing.Party, owned string) int {
	fields := strings.Fields(owned)
	the := len(fields) - 1
	for the >= 0 && !strings.EqualFold(fields[the], "the") {
		the--
	}
	if the < 0 || the+1 == len(fields) || len(fields)-the-1 > 3 {
		return -1
	}
	nouns := fields[the+1:]
	if slices.ContainsFunc(nouns, func(w string) bool { return strings.ToLower(w) != w }) {
		return -1
	}
	found := -1
	for i, p := range parties {
		name := strings.Fields(p.Name)
		if p.Kind != briefing.KindOrganisation || slices.ContainsFunc(nouns, func(n string) bool {
			return !slices.ContainsFunc(name, func(w string) bool { return strings.EqualFold(w, n) })
		}) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// officeBefore reports whether before ends with "its ROLE, " or "X's
// ROLE, " (the role in any case, perhaps a form of address after it) and
// returns the text up to the owner's end: up to "its", or up to X without
// its "'s".
func officeBefore(before, role string) (string, bool) {
	before = withoutAddress(before)
	s, ok := strings.CutSuffix(before, ", ")
	if !ok || len(s) < len(role)+4 || !strings.EqualFold(s[len(s)-len(role):], role) {
		return "", false
	}
	s = strings.TrimSuffix(s[:len(s)-len(role)], " ")
	for _, q := range []string{" current", " new", " present"} {
		s = strings.TrimSuffix(s, q) // "The council's current leader, Amina Siddiqui,": the office is the same
	}
	if at := len(s) - len("its"); at >= 0 && strings.EqualFold(s[at:], "its") {
		r, _ := utf8.DecodeLastRuneInString(s[:at])
		return s, at == 0 || !text.IsWordRune(r) // not "bits"
	}
	for _, ending := range []string{"'s", "’s"} {
		if owned, ok := strings.CutSuffix(s, ending); ok {
			return owned, true
		}
	}
	return "", false
}

// officeAfter reports whether after, the text right after a person's
// name, opens with ", X's ROLE" closed by punctuation or the end ("Tomas
// Brandt, the association's general secretary.") and returns X.
func officeAfter(after, role string) (string, bool) {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return "", false
	}
	for _, ending := range []string{"'s ", "’s "} {
		k := strings.Index(rest, ending)
		if k <= 0 || strings.ContainsAny(rest[:k], ",.;:") {
			continue
		}
		tail := rest[k+len(ending):]
		if len(tail) < len(role) || !strings.EqualFold(tail[:len(role)], role) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(tail[len(role):]); next == utf8.RuneError || !text.IsWordRune(next) && next != ' ' {
			return rest[:k], true
		}
	}
	return "", false
}

// bodyNamedBy returns the organisation or state whose name or alias ends
// owned as a whole word, or -1.
func bodyNamedBy(parties []briefing.Party, owned string) int {
	for i, q := range parties {
		if q.Kind != briefing.KindOrganisation && q.Kind != briefing.KindCountry {
			continue
		}
		for _, n := range append([]string{q.Name}, q.Aliases...) {
			if endsWithName(owned, n) {
				return i
			}
		}
	}
	return -1
}

// firstBodyBefore returns the index in bodies (in the order of the text)
// of the first mention the
// sentence holding byte at names before it, or else of the first mention
// of the sentence before; -1 when neither names one. A mention inside
// another (a state in a body's name) does not count, nor a possessor
// before another mention ("Spain's largest trawler owners' association,
// Armadores del Atlántico, said").
func firstBodyBefore(d *document, bodies []briefing.Span, at int) int {
	here := sentenceOf(d, briefing.Span{Start: at, End: at})
	for _, s := range []int{here, here - 1} {
		if s < 0 || s >= len(d.Sentences) {
			continue
		}
		best := -1
		from := sort.Search(len(bodies), func(k int) bool { return bodies[k].Start >= d.Sentences[s].Start })
		for k := from; k < len(bodies) && bodies[k].Start < min(at, d.Sentences[s].End); k++ {
			sp := bodies[k]
			if insideAnother(bodies, sp) || text.QuotedBefore(d.Text, d.Sentences[s].Start, sp.Start, sp.End, at) {
				continue
			}
			if best < 0 || writtenPossessor(d.Text, bodies[best]) && !writtenPossessor(d.Text, sp) || sp.Start < bodies[best].Start && writtenPossessor(d.Text, sp) == writtenPossessor(d.Text, bodies[best]) {
				best = k
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// insideAnother reports whether span sp lies inside a longer span of spans.
func insideAnother(spans []briefing.Span, sp briefing.Span) bool {
	for _, o := range spans {
		if o != sp && o.Start <= sp.Start && sp.End <= o.End {
			return true
		}
	}
	return false
}

// writtenPossessor reports whether the name at sp is written as a possessor
// ("Spain's").
func writtenPossessor(src string, sp briefing.Span) bool {
	after := src[sp.End:]
	return strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ")
}
