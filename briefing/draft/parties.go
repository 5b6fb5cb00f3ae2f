package draft

import (
	"sort"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

// findParties finds the states, organisations, people, places and groups
// the article names, merges their aliases and ranks them by salience. It
// also fills the document's token, mention and name indexes that later
// stages use (see partyAt and partyNamed).
func findParties(d *document) []briefing.Party {
	indexTokens(d.Document)
	d.lowerWords = lowerWords(d)
	d.knownNames = map[string]mention{}
	surnames := surnamesOf(d)
	var ms []mention
	var loud []int
	for s := range d.sentences {
		ts := d.sentenceTokens(s)
		if shouting(ts) {
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
		ms = scanSentence(d, d.sentenceTokens(s), ms, surnames)
	}
	parties, owner := mergeMentions(d, ms)
	parties, kept := dropBystanders(d, parties)
	for i, o := range owner {
		if o >= 0 {
			owner[i] = kept[o]
		}
	}
	describePeople(d, parties)
	affiliateOfficials(gazetteer.Load(), d, parties)
	d.mentions = d.mentions[:0]
	for i, m := range ms {
		if owner[i] >= 0 {
			d.mentions = append(d.mentions, partyMention{span: m.span, party: owner[i]})
		}
	}
	for _, gp := range findGroups(d, parties) {
		for _, sp := range gp.Mentions {
			d.mentions = append(d.mentions, partyMention{span: sp, party: len(parties)})
		}
		parties = append(parties, gp)
	}
	sort.Slice(d.mentions, func(a, b int) bool { return d.mentions[a].span.Start < d.mentions[b].span.Start })
	d.partyNames = map[string]int{}
	for i, p := range parties {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if _, taken := d.partyNames[gazetteer.Fold(n)]; !taken {
				d.partyNames[gazetteer.Fold(n)] = i
			}
		}
	}
	return parties
}

func setFirstMention(m map[string]mention, k string, v mention) {
	if _, ok := m[k]; !ok {
		m[k] = v
	}
}

// surnamesOf returns the capitalised words that end two-word names in the
// middle of sentences ("Ashby" in "as Callum Ashby shot 67"), so the same
// word starting a sentence ("Woods said") is known to be a name, not an
// ordinary word.
func surnamesOf(d *document) map[string]bool {
	g := gazetteer.Load()
	out := map[string]bool{}
	for s := range d.sentences {
		ts := d.sentenceTokens(s)
		for k := 2; k < len(ts); k++ {
			t, prev := ts[k], ts[k-1]
			if !t.word || !t.cap || !prev.word || !prev.cap || prev.poss || ts[k-2].word && ts[k-2].cap ||
				allCaps(t.text) || g.OrgWords[t.text] || placeWords[t.text] || g.TitleHeads[t.text] || g.Titles[gazetteer.Fold(prev.text)] {
				continue
			}
			out[t.text] = true
		}
	}
	return out
}

// lowerWords returns the words the article writes in lower case, so a
// capitalised "Private" at the start of a sentence is known to be ordinary
// when "private" appears elsewhere.
func lowerWords(d *document) map[string]bool {
	seen := map[string]bool{}
	for _, t := range d.tokens {
		if t.word && !t.cap && len(t.text) > 2 && unicode.IsLower(rune(t.text[0])) {
			seen[t.text] = true
		}
	}
	return seen
}

// partyAt returns the canonical name of the party with a mention inside or
// overlapping span sp, the first such mention in the text.
func partyAt(d *document, sp briefing.Span) (string, bool) {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].span.End > sp.Start })
	if i < len(d.mentions) && d.mentions[i].span.Start < sp.End && d.mentions[i].party < len(d.parties) {
		return d.parties[d.mentions[i].party].Name, true
	}
	return "", false
}

// partiesIn returns the canonical names of the parties mentioned inside or
// overlapping sp, in text order, without repeats.
func partiesIn(d *document, sp briefing.Span) []string {
	var out []string
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].span.End > sp.Start })
	for ; i < len(d.mentions) && d.mentions[i].span.Start < sp.End; i++ {
		if p := d.mentions[i].party; p < len(d.parties) {
			if n := d.parties[p].Name; !containsString(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// partyNamed returns the canonical name of the party called name (its name
// or an alias, case aside).
func partyNamed(d *document, name string) (string, bool) {
	i, ok := d.partyNames[gazetteer.Fold(strings.TrimSpace(name))]
	if !ok || i >= len(d.parties) {
		return "", false
	}
	return d.parties[i].Name, true
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
