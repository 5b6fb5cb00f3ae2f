package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// mergeVariants merges one-word names that are another spelling of a
// name the text also uses: an organisation's name misspelt
// ("Yuganksneftegas" for "Yuganskneftegas") or cut short ("Yugansk" for
// "Yuganskneftegaz"), and a surname misspelt after the full name
// ("Mr Barrioneuvo" after "Jose Barrionuevo"). A name of several words
// merges into one that differs only in its last word (see tailVariant:
// "Social Democrat" into "Social Democrats", "Health NZ" into "Health New
// Zealand"). A variant that fits several names, or that the gazetteer
// knows, is left alone; of two spellings of the same length, the first
// one written is the name.
func (mg *merger) mergeVariants() {
	type named struct {
		gi   int
		name string
		kind string
	}
	var all []named
	for gi, g := range mg.groups {
		if len(g.members) > 0 {
			all = append(all, named{gi, mg.ms[mg.groupLongest(gi)].name, mg.kind(gi)})
		}
	}
	if len(all) > maxSpellCompare {
		return // keeps a huge text linear
	}
	for _, short := range all {
		if mg.groups[short.gi].entity >= 0 || len(mg.groups[short.gi].members) == 0 {
			continue
		}
		words := strings.Contains(short.name, " ")
		to, n := -1, 0
		for _, long := range all {
			if long.gi == short.gi || len(mg.groups[long.gi].members) == 0 {
				continue
			}
			if words && (tailVariant(short.name, long.name) || demonymVariant(mg.g, short.name, long.name)) ||
				!words && variantOf(short.name, short.kind, long.name, long.kind) &&
					(len(short.name) != len(long.name) || mg.firstSeen(long.gi) < mg.firstSeen(short.gi)) ||
				!words && memberLabel(short.name, long.name, long.kind) {
				to, n = long.gi, n+1
			}
		}
		if n == 1 && words {
			mg.moveVariant(short.gi, to, short.name, mg.ms[mg.groupLongest(to)].name)
		} else if n == 1 {
			mg.move(short.gi, to)
		}
	}
}

// mergeSeats merges a seat of power into the body that sits there when
// the article names the body too ("the Kremlin" into Russia, "Brussels"
// into the European Union).
func (mg *merger) mergeSeats() {
	bodies := map[string]int{}
	for gi, g := range mg.groups {
		if len(g.members) > 0 && g.entity >= 0 {
			bodies[mg.g.Entities[g.entity].Name] = gi
		}
	}
	for gi, g := range mg.groups {
		if len(g.members) == 0 {
			continue
		}
		if to, ok := bodies[mg.g.Seats[gazetteer.Fold(mg.ms[g.members[0]].name)]]; ok && to != gi {
			mg.move(gi, to)
		}
	}
}

// firstSeen returns where the first mention of group gi starts.
func (mg *merger) firstSeen(gi int) int {
	first := -1
	for _, i := range mg.groups[gi].members {
		if first < 0 || mg.ms[i].span.Start < first {
			first = mg.ms[i].span.Start
		}
	}
	return first
}

// variantOf reports whether the one-word name short is another spelling
// of the name long (see mergeVariants).
func variantOf(short, shortKind, long, longKind string) bool {
	switch {
	case longKind == briefing.KindPerson && (shortKind == briefing.KindPerson || shortKind == ""):
		words := strings.Fields(long)
		surname := words[len(words)-1]
		return len(words) > 1 && len(short) >= minVariantLetters && oneEdit(short, surname)
	case strings.Contains(long, " ") || len(short) < minVariantLetters:
		return false
	case longKind != briefing.KindOrganisation && longKind != "" || shortKind == briefing.KindPerson:
		return false
	}
	return oneEdit(short, long) && len(short) == len(long) ||
		len(long) >= len(short)+minVariantLetters/2 && strings.HasPrefix(long, short)
}

// memberLabel reports whether the one-word name short calls a political
// party by the first word of its name long, alone ("Labour" for "Labour
// Party") or in the plural, after its members ("Greens" for "Green
// Party", "Liberals" for "Liberal Party", "Democrats" for "Democratic
// Alliance").
func memberLabel(short, long, longKind string) bool {
	wl := strings.Fields(long)
	if len(wl) < 2 || !partyNouns[wl[len(wl)-1]] || longKind != briefing.KindOrganisation && longKind != "" {
		return false
	}
	if short == wl[0] && len(wl) == 2 {
		return true
	}
	one, ok := strings.CutSuffix(short, "s")
	return ok && len(one) >= 4 && strings.HasPrefix(wl[0], one) && len(wl[0])-len(one) <= 2
}

// partyNouns end the names of political parties.
var partyNouns = text.SetOf("Party", "Alliance", "League", "Front", "Movement", "Coalition", "Bloc")

// minVariantLetters is the shortest name mergeVariants compares: shorter
// names differ by a letter too often ("Bahr" and "Bahn").
const minVariantLetters = 6

// moveVariant merges group from, whose name is a tail variant of the name
// of group to (see tailVariant), into to, or the other way round when it
// is the singular and is written first ("Alfa Romeo" before "Alfa
// Romeos"): the name written first in full says what the party is, so the
// other group's evidence for a kind is dropped.
func (mg *merger) moveVariant(from, to int, short, long string) {
	if len(strings.Fields(short)) == len(strings.Fields(long)) && mg.firstSeen(from) < mg.firstSeen(to) {
		from, to = to, from
	}
	f := mg.groups[from]
	f.votes, f.person, f.body = map[string]int{}, false, false
	mg.move(from, to)
}

// tailVariant reports whether the name short of several words is the name
// long with its last word written another way: in the singular ("Social
// Democrat" for "Social Democrats") or as the initials of long's last
// words ("Health NZ" for "Health New Zealand").
func tailVariant(short, long string) bool {
	if !strings.HasPrefix(long, short[:strings.LastIndexByte(short, ' ')+1]) {
		return false // the words before the last differ: most pairs end here
	}
	ws, wl := strings.Fields(short), strings.Fields(long)
	n := len(ws) - 1
	if n < 1 || len(wl) <= n || strings.Join(ws[:n], " ") != strings.Join(wl[:n], " ") {
		return false
	}
	last := ws[n]
	if len(wl) == len(ws) {
		return wl[n] == last+"s"
	}
	return len(last) > 1 && gazetteer.IsAcronym(last) && initialsOf(wl[n:]) == last
}

// demonymVariant reports whether the name a names with a demonym before
// it the body that name b names with its state after "of" ("Estonian
// Ministry of Digital Affairs" for "Ministry of Digital Affairs of
// Estonia").
func demonymVariant(g *gazetteer.Gazetteer, a, b string) bool {
	first, rest, ok := strings.Cut(a, " ")
	if !ok || !strings.Contains(rest, " ") {
		return false
	}
	r, ok := g.Lookup(first)
	if !ok || r.How != gazetteer.RefDemonym {
		return false
	}
	state, ok := strings.CutPrefix(b, rest+" of ")
	if !ok {
		return false
	}
	sr, ok := g.Lookup(strings.TrimPrefix(state, "the "))
	return ok && sr.Entity == r.Entity && sr.How == gazetteer.RefName
}
