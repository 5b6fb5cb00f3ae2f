package pdf

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// clean prepares text for the page: composed form (NFC), so that accents
// typed as separate marks become single characters; every kind of white
// space, line break and tab folded into one space; control and format
// characters dropped; characters outside the Basic Multilingual Plane
// (emoji and the like) replaced by replacementChar, one for a whole
// sequence such as a family emoji joined by zero-width joiners.
func clean(s string) string {
	if s == "" {
		return ""
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space, replaced := false, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r > 0xFFFF:
			if replaced && !space {
				continue
			}
			r = replacementChar
		case unicode.Is(unicode.Variation_Selector, r), unicode.IsControl(r), unicode.Is(unicode.Cf, r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		replaced = r == replacementChar
		b.WriteRune(r)
	}
	return b.String()
}
