package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordInfo holds the hashed properties of one word that the tagger and the
// parser read as features, computed once per sentence.
type wordInfo struct {
	form  uint64 // the word as written
	norm  uint64 // lower case, numbers folded (see normForm)
	suf1  uint64
	suf2  uint64
	suf3  uint64
	suf4  uint64
	pre1  uint64
	pre3  uint64
	shape uint64
	entry uint32 // the word's lexicon entry (see Lexicon)
	// tagClass is what the tagger reads of entry where case allows (see setTagClasses)
	tagClass uint64
	normS    string // normForm, for the tag dictionary
}

// Sentinels for positions outside the sentence.
var (
	padBefore = wordInfo{form: 1, norm: 1, suf1: 1, suf2: 1, suf3: 1, suf4: 1, pre1: 1, pre3: 1, shape: 1}
	padAfter  = wordInfo{form: 2, norm: 2, suf1: 2, suf2: 2, suf3: 2, suf4: 2, pre1: 2, pre3: 2, shape: 2}
)

// normForm folds a word for features: lower case, and numbers to a class.
func normForm(w string) string {
	if w == "" {
		return w
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) {
		digits := true
		for _, c := range w {
			if !unicode.IsDigit(c) {
				digits = false
				break
			}
		}
		switch {
		case digits && len(w) == 4:
			return "!YEAR"
		case digits:
			return "!DIGITS"
		default:
			return "!NUMLIKE" + shapeOf(w)
		}
	}
	return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
}

// shapeOf maps letters to X/x, digits to d and keeps other runes, collapsing
// runs longer than two ("Obama" → "Xxx", "G-20" → "X-dd").
func shapeOf(w string) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
		}
		last = c
		b.WriteRune(c)
	}
	return b.String()
}

// suffix returns the last n runes of s.
func suffix(s string, n int) string {
	k := len(s)
	for i := 0; i < n && k > 0; i++ {
		_, size := utf8.DecodeLastRuneInString(s[:k])
		k -= size
	}
	return s[k:]
}

// prefix returns the first n runes of s.
func prefix(s string, n int) string {
	k := 0
	for i := 0; i < n && k < len(s); i++ {
		_, size := utf8.DecodeRuneInString(s[k:])
		k += size
	}
	return s[:k]
}

// infoOf computes the features of word w, with its entry in lex.
func infoOf(w string, lex Lexicon) wordInfo {
	n := normForm(w)
	low := strings.ToLower(w)
	var entry uint32
	if len(lex) > 0 {
		entry = lex.entry(lexKey(w))
	}
	return wordInfo{
		entry: entry,
		form:  hashString(w),
		norm:  hashString(n),
		suf1:  hashString(suffix(low, 1)),
		suf2:  hashString(suffix(low, 2)),
		suf3:  hashString(suffix(low, 3)),
		suf4:  hashString(suffix(low, 4)),
		pre1:  hashString(prefix(w, 1)),
		pre3:  hashString(prefix(low, 3)),
		shape: hashString(shapeOf(w)),
		normS: n,
	}
}

// infosOf computes the features of every word.
func infosOf(forms []string, lex Lexicon) []wordInfo {
	out := make([]wordInfo, len(forms))
	for i, f := range forms {
		out[i] = infoOf(f, lex)
	}
	if len(lex) > 0 {
		setTagClasses(forms, out)
	}
	return out
}
