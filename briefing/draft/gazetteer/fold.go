package gazetteer

import "strings"

// Folding names for lookup: case, accents, spacing and spelling.

// accents maps accented Latin letters (lower case) to their base letter.
var accents = map[rune]rune{'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ç': 'c', 'è': 'e',
	'é': 'e', 'ê': 'e', 'ë': 'e', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o',
	'õ': 'o', 'ö': 'o', 'ø': 'o', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ÿ': 'y', 'ā': 'a', 'ē': 'e',
	'ī': 'i', 'ō': 'o', 'ū': 'u', 'ş': 's', 'ș': 's', 'ţ': 't', 'ț': 't', 'ğ': 'g', 'ı': 'i', 'č': 'c', 'ć': 'c',
	'š': 's', 'ž': 'z', 'ł': 'l', 'ń': 'n', 'ś': 's', 'ź': 'z', 'ż': 'z', 'ř': 'r', 'ě': 'e', 'ů': 'u', 'đ': 'd'}

// spellingPairs are British and American spellings of words in names.
var spellingPairs = [][2]string{{"organisation", "organization"}, {"co-operation", "cooperation"},
	{"programme", "program"}, {"centre", "center"}, {"defence", "defense"}, {"labour", "labor"}, {"st. ", "st "},
	{"mt. ", "mt "}}

// spellings returns a folded name with its other spellings: "north
// atlantic treaty organization" also as "... organisation".
func spellings(key string) []string {
	out := []string{key}
	for _, p := range spellingPairs {
		for n := range len(out) {
			for _, ab := range [][2]string{{p[0], p[1]}, {p[1], p[0]}} {
				if strings.Contains(out[n], ab[0]) {
					out = append(out, strings.ReplaceAll(out[n], ab[0], ab[1]))
				}
			}
		}
	}
	return out
}

// foldedGet returns m[fold(s)]; a short name in plain ASCII is folded on
// the stack, so looking it up allocates nothing.
func foldedGet[V any](m map[string]V, s string) (V, bool) {
	var buf [64]byte
	if n, ok := asciiFold(buf[:], s); ok {
		v, found := m[string(buf[:n])]
		return v, found
	}
	v, found := m[Fold(s)]
	return v, found
}

// asciiFold writes fold(s) into dst and returns its length, or reports
// false when s is too long or needs more than lower-casing ASCII letters.
func asciiFold(dst []byte, s string) (int, bool) {
	if len(s) > len(dst) {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == '\t' || c == '\n' || c == '\r' || c == ' ' && i > 0 && s[i-1] == ' ' {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return len(s), true
}

// Fold normalises a name for lookup: lower case, straight apostrophes,
// Latin letters without accents, single spaces.
func Fold(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	if hasAccent(s) {
		s = strings.Map(unaccent, s)
	}
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

func unaccent(r rune) rune {
	if b, ok := accents[r]; ok {
		return b
	}
	return r
}

// hasAccent reports whether s holds a letter outside ASCII.
func hasAccent(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}
