package figures

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// The noun a count counts: "140 people", "46 detained Veldorian soldiers",
// "31 backbench MPs".

// countNoun returns the noun phrase that a count counts, from the text
// after the number: up to three words ending with the first plural noun,
// before any function word (" main areas" of " main areas of focus"), with
// its leading space; "" when there is none. A plural that modifies a
// plural noun takes it along ("200 sales jobs"). Words before the noun may be
// participles or capitalised ("detained Veldorian"); the noun itself is a
// lower-case plural, an irregular one ("people") or a plural acronym
// ("MPs").
func countNoun(after string) string {
	end := 0
	for n := 0; n < 3; n++ {
		if end >= len(after) || after[end] != ' ' {
			return ""
		}
		w := wordEnd(after, end+1)
		word := after[end+1 : w]
		if word == "" || text.StopWords[strings.ToLower(word)] {
			return ""
		}
		end = w
		if countedNoun(word) {
			if gluedOn(after, w) {
				return ""
			}
			return after[:end+pluralHeadAfter(after[end:])]
		}
		if !countModifier(word) {
			return ""
		}
	}
	return ""
}

// pluralHeadAfter returns the length of " jobs" when after starts with a
// lower-case plural noun that a plural before it modifies ("sales jobs",
// "operations roles"), else 0.
func pluralHeadAfter(after string) int {
	if len(after) < 2 || after[0] != ' ' {
		return 0
	}
	w := wordEnd(after, 1)
	word := after[1:w]
	if word == "" || word != strings.ToLower(word) || text.StopWords[word] || !countedNoun(word) || gluedOn(after, w) {
		return 0
	}
	return w
}

// wordEnd returns the end of the run of ASCII letters and hyphens in s
// that starts at i.
func wordEnd(s string, i int) int {
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] == '-') {
		i++
	}
	return i
}

// irregularPlurals are plural nouns that do not end in s.
var irregularPlurals = text.SetOf("people", "children", "men", "women", "staff", "police", "personnel", "cattle",
	"sheep", "livestock", "aircraft", "feet", "teeth", "geese", "mice", "deer", "fish")

// countedNoun reports whether a word can end the noun phrase after a
// count: a lower-case plural, an irregular plural or a plural acronym.
func countedNoun(word string) bool {
	if word == strings.ToLower(word) {
		return isPlural(word) || irregularPlurals[word]
	}
	return pluralAcronym(word)
}

// pluralAcronym reports whether a word is capitals followed by an s
// ("MPs", "NGOs").
func pluralAcronym(word string) bool {
	stem, ok := strings.CutSuffix(word, "s")
	return ok && len(stem) >= 2 && stem == strings.ToUpper(stem) && strings.Trim(stem, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// countModifier reports whether a word may stand between a count and its
// noun: a lower-case word, a participle ("detained"), or a capitalised
// word such as a demonym ("Veldorian") or an acronym ("US").
func countModifier(word string) bool {
	return !strings.HasSuffix(word, "ly") || word != strings.ToLower(word)
}

// gluedOn reports whether the word that ends at i goes on with a capital,
// a digit or a non-ASCII letter, so that it is no plain lower-case word.
func gluedOn(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 0x80 || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isPlural reports whether a lower-case word looks like a plural noun.
func isPlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") &&
		!strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us") && !text.StopWords[w]
}

// lastPluralNoun returns the last plural noun of text within its last ten
// words ("tourists" in "the volume of Chinese tourists in Morocco reached").
func lastPluralNoun(text string) string {
	f := strings.Fields(text)
	for i := len(f) - 1; i >= 0 && i >= len(f)-10; i-- {
		w := strings.Trim(f[i], ",;:()\"“”")
		if w != "" && w == strings.ToLower(w) && isPlural(w) {
			return w
		}
	}
	return ""
}
