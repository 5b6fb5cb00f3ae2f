package syntax

import (
	"slices"
	"strings"
	"unicode"
)

// Words written with a hyphen are split as EWT splits them ("two", "-",
// "year"), and the parser, seeing the parts as words of the sentence,
// often loses its way at them ("voted to accept a two-year pay deal"
// parsed with "a", "year" and "deal" each a clause of their own). The
// parse is made without the parts before the last hyphen, which then hang
// on the last part: a number as its nummod, an adjective as its amod,
// anything else as its compound; the hyphen hangs on the part before it,
// as EWT has it. Names ("Jean-Pierre", "Coca-Cola") are parsed as they
// are, and so is a hyphen set off by spaces, a dash.

// hyphenedParts returns, for each word, whether it is a part before the
// hyphen of a word written with hyphens, or the hyphen itself: a word of
// letters or digits, "-", and a word of letters or digits, written with no
// space between them (joined[k]: word k touches the next), neither a
// function word nor a name's; nil when the sentence has none.
func (m *Model) hyphenedParts(forms []string, joined []bool, tags []int) []bool {
	if joined == nil {
		return nil
	}
	var out []bool
	for k := 0; k+2 < len(forms); k++ {
		if forms[k+1] != "-" || !joined[k] || !joined[k+1] || !wordish(forms[k]) || !wordish(forms[k+2]) ||
			!contentWord[m.upos(tags[k])] || !contentWord[m.upos(tags[k+2])] || m.strayAfter(forms, tags, k+2) {
			continue
		}
		if out == nil {
			out = make([]bool, len(forms))
		}
		out[k], out[k+1] = true, true
		if f := suspendedFirst(forms, joined, k); f >= 0 {
			out[f], out[f+1], out[f+2] = true, true, true
		}
	}
	return out
}

// suspendedFirst returns the first word of a part left hanging before the
// word with hyphens whose first part is word k ("low- and middle-income":
// "low", "-" and "and" before "middle"), else -1.
func suspendedFirst(forms []string, joined []bool, k int) int {
	f := k - 3
	if f < 0 || !wordish(forms[f]) || forms[f+1] != "-" || !joined[f] || joined[f+1] || !suspenders[strings.ToLower(forms[f+2])] {
		return -1
	}
	return f
}

// suspenders join a part left hanging to the word with hyphens it shares
// its last part with.
var suspenders = map[string]bool{"and": true, "or": true, "to": true}

// strayAfter reports whether the word after part y is a symbol, a number
// or a mark that no word ends before ("a one-off A$1,500 bonus", its
// currency read as a hyphen): the parse is left as it is there.
func (m *Model) strayAfter(forms []string, tags []int, y int) bool {
	if y+1 >= len(forms) || forms[y+1] == "-" {
		return false
	}
	upos := m.upos(tags[y+1])
	return upos == "SYM" || upos == "NUM" || upos == "PUNCT" && !strings.Contains(",.;:)!?\"'’”", forms[y+1])
}

// wordish reports whether form is made of letters and digits only.
func wordish(form string) bool {
	for _, r := range form {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return form != ""
}

// contentWord holds the universal parts of speech of content words.
var contentWord = map[string]bool{"NOUN": true, "ADJ": true, "NUM": true, "VERB": true, "ADV": true}

// parseJoined parses the tagged sentence, each word written with hyphens
// as one. A word of a noun and an adjective that no noun follows
// ("secretary-general,") is a noun, and its last part takes the first
// part's tag in tags.
func (m *Model) parseJoined(forms []string, joined []bool, infos []wordInfo, tags []int) (heads, rels []int) {
	if parts := m.hyphenedParts(forms, joined, tags); parts != nil {
		m.nounCompounds(tags, parts)
		return m.parseHyphened(forms, infos, tags, parts)
	}
	return m.parser.parse(infos, tags)
}

// nounCompounds gives the last part of each word written with hyphens
// that ends with an adjective and stands before no noun, adjective or
// gerund, when its first part is a noun ("secretary-general,") or a
// determiner stands before it ("the 23-year-old signing"), the tag of a
// noun.
func (m *Model) nounCompounds(tags []int, parts []bool) {
	noun := slices.Index(m.tagger.tags, "NOUN NN")
	for f := 0; f < len(tags) && noun >= 0; f++ {
		if !parts[f] || f > 0 && parts[f-1] {
			continue
		}
		y := f
		for parts[y] {
			y++
		}
		if m.upos(tags[y]) != "ADJ" || y+1 < len(tags) && m.modified(tags[y+1]) {
			continue
		}
		if m.upos(tags[f]) == "NOUN" || f > 0 && m.upos(tags[f-1]) == "DET" {
			tags[y] = noun
		}
	}
}

// parseHyphened parses the sentence without the parts marked in parts
// and hangs them on the word after them, the last part. A word with
// hyphens before a noun, an adjective or a gerund ("a two-year pay deal",
// "a 10-day humanitarian pause", "a court-enforceable undertaking") is
// left out of the parse whole, as a modifier the phrase reads well
// without, and its last part then modifies the noun the word after it
// belongs to.
func (m *Model) parseHyphened(forms []string, infos []wordInfo, tags []int, parts []bool) (heads, rels []int) {
	n := len(infos)
	prenominal := make([]bool, n) // the last part of a word with hyphens before a noun, an adjective or a gerund
	for k := 1; k+1 < n; k++ {
		prenominal[k] = parts[k-1] && !parts[k] && m.modified(tags[k+1])
	}
	var keep []int // original index of each word parsed
	for k := range infos {
		if !parts[k] && !prenominal[k] {
			keep = append(keep, k)
		}
	}
	sub := make([]wordInfo, len(keep))
	subTags := make([]int, len(keep))
	for j, k := range keep {
		sub[j], subTags[j] = infos[k], tags[k]
	}
	h, r := m.parser.parse(sub, subTags)
	heads, rels = make([]int, n), make([]int, n)
	for j, k := range keep {
		heads[k], rels[k] = -1, r[j]
		if h[j] >= 0 {
			heads[k] = keep[h[j]]
		}
	}
	for k := n - 1; k >= 0; k-- {
		switch {
		case prenominal[k]:
			next := k + 1
			heads[k] = next
			if nh := heads[next]; nh > next && m.nominal(tags[nh]) && modifierRels[m.parser.rels[rels[next]]] {
				heads[k] = nh // "two-year" of "pay deal" modifies "deal"
			}
			rels[k] = m.parser.rel(m.modifierRel(tags[k]))
		case parts[k]:
			last := k + 1
			for parts[last] {
				last++
			}
			heads[k], rels[k] = last, m.parser.rel(m.modifierRel(tags[k]))
			if forms[k] == "-" {
				heads[k], rels[k] = k-1, m.parser.rel("punct")
			}
			if suspenders[strings.ToLower(forms[k])] {
				heads[k], rels[k] = k+1, m.parser.rel("cc")
			}
		}
	}
	return heads, rels
}

// modifierRels are the relations of the words that modify a noun before it.
var modifierRels = map[string]bool{"amod": true, "compound": true, "nummod": true, "nmod:poss": true, "det": true}

// modifierRel returns the relation by which a word of a tag class
// modifies a word after it: a number as its nummod, an adjective or a
// participle as its amod, an adverb as its advmod, anything else as its
// compound.
func (m *Model) modifierRel(tag int) string {
	switch m.upos(tag) {
	case "NUM":
		return "nummod"
	case "ADJ", "VERB":
		return "amod"
	case "ADV":
		return "advmod"
	}
	return "compound"
}

// upos returns the universal part of speech of a tag class.
func (m *Model) upos(tag int) string {
	u, _, _ := strings.Cut(m.tagger.tags[tag], " ")
	return u
}

// modified reports whether a word of a tag class is one a word written
// with hyphens modifies when it stands right before it: a noun, a name,
// an adjective or a gerund.
func (m *Model) modified(tag int) bool {
	return m.nominal(tag) || m.tagger.tags[tag] == "VERB VBG"
}

// nominal reports whether a tag class is a noun's, a name's or an
// adjective's.
func (m *Model) nominal(tag int) bool {
	u := m.upos(tag)
	return u == "NOUN" || u == "PROPN" || u == "ADJ"
}
