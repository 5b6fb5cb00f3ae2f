// Package parties is the parties stage of drafting: the states,
// organisations, people, places and groups an article names, whole and
// described (kind, role, affiliation), one party per entity with its
// aliases and mentions. It adds the parties, their mentions and an index
// of their names to the document for the later stages.
package parties

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// findParties finds the states, organisations, people, places and groups
// the article names, merges their aliases and ranks them by salience. It
// also fills the document's mention and name indexes that later stages use
// (see partyAt and partyNamed).
func findParties(d *document) []briefing.Party {
	d.lowerWords, d.capWords = writtenWords(d)
	d.knownNames = map[string]mention{}
	surnames := surnamesOf(d)
	markThingNames(d)
	var ms []mention
	var loud []int
	for s := range d.Sentences {
		if slices.Contains(d.Datelines, d.Sentences[s]) {
			continue // "MINSK, Feb 24 (Business Desk)": read for its date only
		}
		ts := d.SentenceTokens(s)
		if caseless(d, ts) {
			loud = append(loud, s)
			continue
		}
		ms = scanSentence(d, ts, ms, surnames)
	}
	for _, m := range ms {
		if m.kind != "" && len(m.name) > 2 {
			setFirstMention(d.knownNames, gazetteer.Fold(m.name), m)
		}
	}
	for _, s := range loud {
		ms = scanSentence(d, d.SentenceTokens(s), ms, surnames)
	}
	if m, ok := letterhead(d); ok {
		ms = append(ms, m) // "PEMBERTON VALE LLP" over a client alert's headline
	}
	ms = namedCourts(d, ms)
	all, owner := mergeMentions(d, ms)
	parties, kept := dropBystanders(d, all)
	parties = keepMakers(d, all, parties, kept, ms, owner)
	renumber(owner, kept)
	if p, ok := authorParty(d, parties); ok {
		parties = append(parties, p) // "Opinion\n\nSiobhán Kearney": the "I" of the piece
	}
	describePeople(d, parties)
	stateDemonymRoles(parties)
	knownDemonymRoles(gazetteer.Load(), d, parties)
	bodyNamedRoles(d, parties)
	kindNamedRoles(gazetteer.Load(), parties)
	bodyAfterOfRoles(d, parties)
	ownedRoles(d, parties)
	counterpartRoles(d, parties)
	rosterRoles(d, parties)
	namedNextRoles(d, parties)
	affiliateOfficials(gazetteer.Load(), d, parties)
	affiliateCouncillors(parties)
	parties, kept = dropOfficeParts(parties)
	renumber(owner, kept)
	d.Mentions = d.Mentions[:0]
	for i, m := range ms {
		if owner[i] >= 0 {
			d.Mentions = append(d.Mentions, doc.PartyMention{Span: m.span, Party: owner[i]})
		}
	}
	more := append(findOrgans(d, parties), findGroups(d, parties)...)
	if gp, ok := selfGovernment(d, parties); ok {
		more = append(more, gp) // "The Government accepts this recommendation"
	}
	for _, gp := range more {
		for _, sp := range gp.Mentions {
			d.Mentions = append(d.Mentions, doc.PartyMention{Span: sp, Party: len(parties)})
		}
		parties = append(parties, gp)
	}
	sort.Slice(d.Mentions, func(a, b int) bool { return d.Mentions[a].Span.Start < d.Mentions[b].Span.Start })
	d.PartyNames = map[string]int{}
	for i, p := range parties {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if _, taken := d.PartyNames[gazetteer.Fold(n)]; !taken {
				d.PartyNames[gazetteer.Fold(n)] = i
			}
		}
	}
	return parties
}

// renumber gives every mention's party its new index after parties were
// dropped (kept: old index → new index, -1 when dropped).
func renumber(owner, kept []int) {
	for i, o := range owner {
		if o >= 0 {
			owner[i] = kept[o]
		}
	}
}

func setFirstMention(m map[string]mention, k string, v mention) {
	if _, ok := m[k]; !ok {
		m[k] = v
	}
}

// surnamesOf returns the capitalised words that end two-word names in the
// middle of sentences, a title before them or not ("Ashby" in "as Callum
// Ashby shot 67", "Carver" in "Premier Rosalind Carver"), or that open a
// sentence with a known given name ("Marcus Bell backed it"), so the same
// word starting a sentence ("Woods said") is known to be a name, not an
// ordinary word.
func surnamesOf(d *document) map[string]bool {
	g := gazetteer.Load()
	out := map[string]bool{}
	for s := range d.Sentences {
		ts := d.SentenceTokens(s)
		for k := 1; k < len(ts); k++ {
			t, prev := ts[k], ts[k-1]
			if k == 1 && !g.FirstNames[prev.Text] {
				continue // "Marcus Bell backed it": a known given name opens the sentence
			}
			if !t.Word || !t.Cap || !prev.Word || !prev.Cap || prev.Poss || k > 1 && ts[k-2].Word && ts[k-2].Cap && !titleOrTitles(g, ts[k-2].Text) ||
				allCaps(t.Text) || text.StopWords[t.Lower] || g.OrgWords[t.Text] || placeWords[t.Text] || g.TitleHeads[t.Text] || g.Titles[gazetteer.Fold(prev.Text)] { // "Transport For London": "For" ends no name
				continue
			}
			out[t.Text] = true
		}
	}
	return out
}

// titleOrTitles reports whether w is a title, in the singular or the
// plural ("Councilmembers Marcus Bell, Sung-min Park").
func titleOrTitles(g *gazetteer.Gazetteer, w string) bool {
	_, plural := titleSingular(g, w)
	return g.Titles[gazetteer.Fold(w)] || plural
}

// writtenWords returns the words the article writes in lower case, so a
// capitalised "Private" at the start of a sentence is known to be ordinary
// when "private" appears elsewhere, and the words it writes with a
// capital, so the parts of "Korvenia-Mirosk" are known as names of their
// own when the text also writes them apart.
func writtenWords(d *document) (lower, capitalised map[string]bool) {
	lower, capitalised = map[string]bool{}, map[string]bool{}
	for _, t := range d.Tokens {
		switch {
		case !t.Word:
		case !t.Cap && len(t.Text) > 2 && unicode.IsLower(rune(t.Text[0])):
			lower[t.Text] = true
		case t.Cap:
			capitalised[t.Text] = true
		}
	}
	return lower, capitalised
}

// partyAt returns the canonical name of the party with a mention inside or
// overlapping span sp, the first such mention in the text.
func partyAt(d *document, sp briefing.Span) (string, bool) {
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Span.End > sp.Start })
	if i < len(d.Mentions) && d.Mentions[i].Span.Start < sp.End && d.Mentions[i].Party < len(d.Parties) {
		return d.Parties[d.Mentions[i].Party].Name, true
	}
	return "", false
}

// partiesIn returns the canonical names of the parties mentioned inside or
// overlapping sp, in text order, without repeats.
func partiesIn(d *document, sp briefing.Span) []string {
	var out []string
	i := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].Span.End > sp.Start })
	for ; i < len(d.Mentions) && d.Mentions[i].Span.Start < sp.End; i++ {
		if p := d.Mentions[i].Party; p < len(d.Parties) {
			if n := d.Parties[p].Name; !containsString(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// partyNamed returns the canonical name of the party called name (its name
// or an alias, case aside).
func partyNamed(d *document, name string) (string, bool) {
	i, ok := d.PartyNames[gazetteer.Fold(strings.TrimSpace(name))]
	if !ok || i >= len(d.Parties) {
		return "", false
	}
	return d.Parties[i].Name, true
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
