package parties

import (
	"strings"
	"unicode"
)

// Acronyms of syllables: a body's short name may be made of the first
// letters or syllables of its words rather than of initials alone
// ("Federal Roads Maintenance Agency (FERMA)", "National Pension
// Commission (PenCom)"). Only an acronym in brackets right after the name
// is read so; a word like "McDonald" elsewhere is no acronym.

// syllableAcronym reports whether acr, a word of two to eight letters that
// opens with a capital and holds at least two, is made of the first letters
// of the words of name in order: each word used gives one or more of its
// first letters, at least two words are used, the small words of names may
// be passed over and so may one other word. In an acronym of mixed case
// every capital opens a word's part ("PenCom", not "PEncom").
func syllableAcronym(acr, name string) bool {
	if !acronymShaped(acr) {
		return false
	}
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	mixed := strings.ToUpper(acr) != acr
	return syllablesFrom([]rune(acr), words, 0, 0, 0, 1, mixed)
}

// acronymShaped reports whether s has two to eight letters and nothing
// else, opens with a capital and holds at least two capitals.
func acronymShaped(s string) bool {
	n, upper := 0, 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return n >= 2 && n <= 8 && upper >= 2 && unicode.IsUpper([]rune(s)[0])
}

// syllablesFrom reports whether acr[a:] is spelled by words[w:] with at
// least need more words used and skips words other than small words still
// allowed to be passed over.
func syllablesFrom(acr []rune, words []string, a, w, used, skips int, mixed bool) bool {
	if a == len(acr) {
		for _, rest := range words[w:] {
			if !nameJoiners[strings.ToLower(rest)] {
				skips--
			}
		}
		return used >= 2 && skips >= 0
	}
	if w == len(words) {
		return false
	}
	word := []rune(words[w])
	for p := 1; p <= len(word) && a+p <= len(acr); p++ {
		if unicode.ToLower(word[p-1]) != unicode.ToLower(acr[a+p-1]) {
			break
		}
		if mixed && !capitalsOpen(acr, a, p) {
			continue
		}
		if syllablesFrom(acr, words, a+p, w+1, used+1, skips, mixed) {
			return true
		}
	}
	if nameJoiners[strings.ToLower(words[w])] {
		return syllablesFrom(acr, words, a, w+1, used, skips, mixed)
	}
	return skips > 0 && syllablesFrom(acr, words, a, w+1, used, skips-1, mixed)
}

// capitalsOpen reports whether, in an acronym of mixed case, the part
// acr[a:a+p] that one word gives opens with a capital and holds no other,
// and the next part opens with a capital too.
func capitalsOpen(acr []rune, a, p int) bool {
	if !unicode.IsUpper(acr[a]) {
		return false
	}
	for _, r := range acr[a+1 : a+p] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return a+p == len(acr) || unicode.IsUpper(acr[a+p])
}
