package archive

import "strings"

// maxTrim is how many trailing letters of a typed word may be missing from
// an index term that still matches it: "vaccinat" (typed so far) matches
// the term "vaccin" (from "vaccination"), whose stem is shorter than the
// typed word.
const maxTrim = 3

// wordMatch says which index terms a query word matches: its stem, any
// term beginning with the stem (when prefixes are allowed and the stem is
// long enough), and a few shorter terms the typed word begins with.
type wordMatch struct {
	stem    string
	prefix  bool
	shorter []string // prefixes of the word not beginning with the stem
}

// newWordMatch builds the match of a query word (folded, or an acronym
// term, which matches only itself); ok is false for a word that is not
// indexed (a stop word).
func newWordMatch(w string, prefix bool) (m wordMatch, ok bool) {
	if isAcronymTerm(w) {
		return wordMatch{stem: w}, true
	}
	s := stem(w)
	if s == "" {
		return m, false
	}
	m = wordMatch{stem: s, prefix: prefix && len(s) >= minPrefix}
	if !m.prefix {
		return m, true
	}
	for n := len(w) - 1; n >= len(w)-maxTrim && n >= minPrefix+2; n-- {
		if p := w[:n]; !strings.HasPrefix(p, s) && p != s {
			m.shorter = append(m.shorter, p)
		}
	}
	return m, true
}

// matches reports whether index term t matches the word.
func (m wordMatch) matches(t string) bool {
	if t == m.stem || m.prefix && strings.HasPrefix(t, m.stem) {
		return true
	}
	for _, p := range m.shorter {
		if t == p {
			return true
		}
	}
	return false
}

// seeks returns the index key parts (after the block) to look up: the stem
// as a prefix or whole term, and each shorter term whole. Whole terms end
// with the 0x00 separator.
func (m wordMatch) seeks() [][]byte {
	first := []byte(m.stem)
	if !m.prefix {
		first = append(first, 0)
	}
	out := [][]byte{first}
	for _, p := range m.shorter {
		out = append(out, append([]byte(p), 0))
	}
	return out
}
