package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// listPeople gives the kind person to the names of unknown kind in a list
// of people, such as a team sheet ("Pryce, Hollis, McBride, Prosser"): a
// name joined by a comma or "and" to a person's name is taken for a person
// too; a name only shaped like a person's joined by "and" to a name that
// is plainly a body's is a body too. A title in the plural before the
// list is the title of each name in it ("Councilmembers Marcus Bell,
// Sung-min Park and Tom Brennan").
// Mentions from index from on belong to the sentence just scanned.
func (sc *scanner) listPeople(from int) {
	ms := sc.out
	for n := from; n < len(ms)-1; n++ {
		if a, b := ms[n], &ms[n+1]; a.shared && b.role == "" && b.entity < 0 && sc.listed(a, *b) {
			b.role, b.titled, b.shared = a.role, "", true
			b.kind, b.cue = briefing.KindPerson, cueStrong
		}
	}
	for pass := 0; pass < 2; pass++ { // forwards, then backwards
		for n := from; n < len(ms)-1; n++ {
			a, b := n, n+1
			if pass == 1 {
				a, b = len(ms)-1-(n-from), len(ms)-2-(n-from)
			}
			if ms[a].kind == briefing.KindPerson && ms[b].kind == "" && !ms[b].plain && ms[b].words == 1 &&
				sc.listed(ms[a], ms[b]) && sc.itemEnds(ms[b]) && !sc.officeDomain(ms[b]) {
				ms[b].kind, ms[b].cue = briefing.KindPerson, cueWeak
			}
			if ms[a].kind == briefing.KindOrganisation && sc.bodyWordIn(ms[a]) && ms[b].kind == briefing.KindPerson && ms[b].cue == cueWeak &&
				ms[b].role == "" && ms[b].titled == "" && !ms[b].shared && ms[b].entity < 0 && sc.pairedBy(ms[a], ms[b], "and") {
				ms[b].kind = briefing.KindOrganisation // "Telvista SA and Conexa Móvil": a firm's partner, not a name shaped like a person's
			}
		}
	}
}

// bodyWordIn reports whether a word of mention m's name ends names of
// bodies ("SA", "Group", "Council").
func (sc *scanner) bodyWordIn(m mention) bool {
	for _, w := range strings.Fields(m.name) {
		if sc.g.OrgWords[w] {
			return true
		}
	}
	return false
}

// pairedBy reports whether only the word joint stands between two
// mentions.
func (sc *scanner) pairedBy(x, y mention, joint string) bool {
	gap, ok := sc.gap(x, y)
	return ok && gap == joint
}

// listed reports whether only a comma or "and" stands between two
// mentions.
func (sc *scanner) listed(x, y mention) bool {
	gap, ok := sc.gap(x, y)
	return ok && (gap == "," || gap == "and" || gap == ", and")
}

// gap returns the text between two mentions without its surrounding
// white space, and false when they overlap.
func (sc *scanner) gap(x, y mention) (string, bool) {
	if x.span.Start > y.span.Start {
		x, y = y, x
	}
	if x.span.End > y.span.Start {
		return "", false
	}
	return strings.TrimSpace(sc.d.Text[x.span.End:y.span.Start]), true
}

// officeDomain reports whether mention m is what the office before it is of:
// "the health minister of Castrelia, Joana Ribeiro," sets the holder off
// from the office by a comma, as a list sets off its names.
func (sc *scanner) officeDomain(m mention) bool {
	start := 0
	if s := m.sent; s >= 0 && s < len(sc.d.Sentences) {
		start = sc.d.Sentences[s].Start
	}
	words := strings.Fields(sc.d.Text[start:m.span.Start])
	n := len(words)
	return n >= 2 && strings.EqualFold(words[n-1], "of") && officeNouns[strings.ToLower(words[n-2])]
}

// itemEnds reports whether a list item ends right after mention m: a
// comma, "and", a full stop or the end of the sentence follows it, not
// more words about it ("Sunderland forward Cian Doyle").
func (sc *scanner) itemEnds(m mention) bool {
	end := len(sc.d.Text)
	if s := m.sent; s >= 0 && s < len(sc.d.Sentences) {
		end = sc.d.Sentences[s].End
	}
	rest := strings.TrimLeft(sc.d.Text[m.span.End:end], " \t")
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ',', '.', ';', ')', '\n':
		return true
	}
	return strings.HasPrefix(rest, "and ")
}
