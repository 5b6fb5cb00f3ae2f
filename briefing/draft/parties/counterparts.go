package parties

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

// counterpartRoles reads "counterpart" as the office of the person it is
// set against ("the Defence Minister Ana Roth and her Kaldoran counterpart
// Ivo Marek", "Chinese President Li and his US counterpart"): a person
// whose role is only a counterpart takes the role of the nearest person
// with an office named before it in the sentence of its first mention,
// less the state the office is of ("President of China" gives "President").
// A counterpart named by its people ("his Tanzanian counterpart") is of
// that state, and the people word that opens the office copied is the
// other side's: it gives way to the counterpart's people ("Kaldoran
// Defence Minister Ana Roth and her Velsian counterpart" gives "Velsian
// Defence Minister"), or to the state the counterpart is of.
func counterpartRoles(d *document, parties []briefing.Party) {
	for i := range parties {
		p := &parties[i]
		if p.Kind != briefing.KindPerson || !counterpartRole(p.Role) || len(p.Mentions) == 0 {
			continue
		}
		at := p.Mentions[0]
		si := sentenceOf(d, at)
		best, bestEnd := "", -1
		for j, q := range parties {
			if j == i || q.Kind != briefing.KindPerson || q.Role == "" || counterpartRole(q.Role) {
				continue
			}
			for _, sp := range q.Mentions {
				if sp.End <= at.Start && sp.End > bestEnd && sentenceOf(d, sp) == si {
					best, bestEnd = strings.TrimSuffix(q.Role, " of "+q.Affiliation), sp.End
				}
			}
		}
		if best == "" {
			continue
		}
		word := counterpartWord(d, si, at.Start)
		state := counterpartState(parties, word)
		p.Role = ownPeople(best, word, state != "")
		if state != "" && p.Affiliation == "" {
			p.Affiliation = state
		}
	}
}

// counterpartWord returns the word right before the last "counterpart" of
// sentence si before byte at ("Tanzanian" of "his Tanzanian counterpart,
// Grace Mwakyusa"), or "".
func counterpartWord(d *document, si, at int) string {
	if si >= len(d.Sentences) || d.Sentences[si].Start > at {
		return ""
	}
	seg := d.Text[d.Sentences[si].Start:at]
	k := strings.LastIndex(strings.ToLower(seg), "counterpart")
	if k < 0 {
		return ""
	}
	words := strings.Fields(seg[:k])
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// ownPeople returns the office role copied from the other side with its
// opening people word ("Kaldoran Defence Minister") given way to the
// counterpart's people word ("Velsian"), or dropped when the counterpart's
// state is known; any other role is returned unchanged.
func ownPeople(role, word string, stateKnown bool) string {
	first, rest, ok := strings.Cut(role, " ")
	if !ok || first == word || !nationWord(first) || titleWord(gazetteer.Load(), first) {
		return role
	}
	switch {
	case stateKnown:
		return rest
	case nationWord(word):
		return word + " " + rest
	}
	return role
}

// nationWord reports whether w names a nation: a demonym the gazetteer
// knows or a capitalised word with a demonym's ending ("Kaldoran",
// "Velsian", "Ostravan").
func nationWord(w string) bool {
	if r, ok := gazetteer.Load().Lookup(w); ok && r.How == gazetteer.RefDemonym {
		return true
	}
	return unicode.IsUpper(firstRune(w)) && (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish"))
}

// counterpartState returns the country party whose people word names
// ("Tanzanian"), or "".
func counterpartState(parties []briefing.Party, word string) string {
	if word == "" {
		return ""
	}
	g := gazetteer.Load()
	r, known := g.Lookup(word)
	known = known && r.How == gazetteer.RefDemonym
	for _, q := range parties {
		if q.Kind == briefing.KindCountry && (known && g.Entities[r.Entity].Name == q.Name || hasDemonym(q.Name, map[string]bool{word: true})) {
			return q.Name
		}
	}
	return ""
}

// counterpartRole reports whether role names a person only as someone's
// counterpart ("counterpart", "Kaldoran counterpart").
func counterpartRole(role string) bool {
	words := strings.Fields(strings.ToLower(role))
	return len(words) > 0 && len(words) <= 2 && words[len(words)-1] == "counterpart"
}
