package parties

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// Words that describe a name without being part of it: peoples, faiths and
// political camps ("Kurdish", "Republican") and compound adjectives
// ("Ontario-based", "Hong Kong-listed").

// describer reports whether token k names a people, faith or political
// camp, or is a country's demonym.
func (sc *scanner) describer(k int) bool {
	t := sc.ts[k]
	if !t.Cap || !t.Word {
		return false
	}
	if sc.people(k) {
		return true
	}
	r, ok := sc.lookup(t.Text)
	return ok && r.How == gazetteer.RefDemonym
}

// people reports whether token k, as written, names a people, faith or
// political camp.
func (sc *scanner) people(k int) bool {
	return sc.g.Peoples[sc.ts[k].Text]
}

// onlyDescribers reports whether every word of ts[i:j] is a describer
// ("Iraqi Kurds", "Moslems").
func (sc *scanner) onlyDescribers(i, j int) bool {
	for k := i; k < j; k++ {
		w := sc.ts[k].Text
		if !sc.describer(k) && !regionAdjectives[w] && !(k < j-1 && regionPrefixes[w]) {
			return false
		}
	}
	return i < j
}

// regionAdjectives describe a region's people or things; regionPrefixes
// make such adjectives of demonyms ("North American", "Latin American",
// "Far Eastern").
var (
	regionAdjectives = text.SetOf("Eastern", "Western", "Northern", "Southern", "Northeastern", "Northwestern",
		"Southeastern", "Southwestern", "Oriental")
	regionPrefixes = text.SetOf("North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
		"Central", "Latin", "Far", "Middle", "Sub-Saharan", "S.", "N.")
)

// addDemonyms records the demonyms among ts[i:j], so "Iraqi" in "Iraqi
// Kurds" still points to Iraq.
func (sc *scanner) addDemonyms(i, j int) {
	if regionPrefixes[sc.ts[i].Text] {
		return // "North American" is not American
	}
	for k := i; k < j; k++ {
		if r, ok := sc.lookup(sc.ts[k].Text); ok && r.How == gazetteer.RefDemonym {
			sc.addEntity(k, k+1, r)
		}
	}
}

// skipPeoples returns where the name in ts[i:j] starts once the words
// naming peoples, faiths or camps before a person's name or a known name
// are left out ("Republican Ruth Calloway", "Democratic Governor Hale",
// "Social Democrat Pavel Sorensen").
// Such a word stays when it belongs to the name ("Islamic Jihad", "Welsh
// Assembly").
func (sc *scanner) skipPeoples(i, j int) int {
	for n := sc.campWords(i, j); n > 0; n = sc.campWords(i, j) {
		rest := i + n
		if j-rest == 1 && sc.g.OrgWords[sc.ts[rest].Text] {
			break // the word names the body: "Scottish Parliament", "Welsh Assembly"
		}
		named := sc.titleAt(rest) || sc.g.FirstNames[sc.ts[rest].Text] || j-rest > 1 && sc.nameShaped(sc.ts[rest:j])
		if k, _, ok := sc.longestEntity(rest, j); ok && k == j {
			named = true
		}
		if !named {
			break
		}
		i = rest
	}
	return i
}

// campWords returns how many words at ts[i] name a people, faith or camp
// before more words up to j: one such word ("Republican"), or a
// capitalised word and one such word ("Social Democrat", "Christian
// Democrat"); 0 when none does.
func (sc *scanner) campWords(i, j int) int {
	switch {
	case i+1 < j && sc.people(i):
		return 1
	case i+2 < j && sc.ts[i].Cap && sc.people(i+1):
		return 2
	}
	return 0
}

// compoundAdjective reports whether a capitalised word ends in a hyphen
// and a lower-case word, so it describes what follows rather than naming
// it: "Ontario-based", "Family-controlled", "Surinamese-born".
func compoundAdjective(w string) bool {
	if strings.HasPrefix(w, "Ex-") { // "Ex-Yankee"
		return true
	}
	k := strings.LastIndexAny(w, "-‑")
	if k <= 0 || !text.FirstRuneUpper(w) {
		return false
	}
	tail := w[k+1:]
	for _, r := range tail {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return strings.HasSuffix(tail, "ed") || strings.HasSuffix(tail, "ing") || adjectiveTails[tail]
}

// adjectiveTails end compound adjectives besides participles in -ed and
// -ing ("Brazilian-born", "Amman-bound"); given names such as "Young-hoon"
// end in other words.
var adjectiveTails = text.SetOf("born", "bound", "origin", "made", "built", "run", "style", "wide", "like", "type",
	"owned", "class", "held", "era", "flagged", "led", "ruled", "backed")
