// Package fold compares words as readers do: without case or accents.
package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// accents removes accents: decompose, drop combining marks, recompose. A
// transformer holds state, hence one per use from the pool.
var accents = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// Fold lower-cases s and removes its accents ("Ökonomie" → "okonomie").
// ASCII text is only lower-cased.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			t := accents.Get().(transform.Transformer)
			if out, _, err := transform.String(t, s); err == nil {
				s = out
			}
			accents.Put(t)
			break
		}
	}
	return strings.ToLower(s)
}
