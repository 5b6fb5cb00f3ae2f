package pdf

import (
	"fmt"

	"golang.org/x/image/font/sfnt"
)

// coverage is the set of Basic Multilingual Plane runes a font maps to a
// glyph, read from the font's cmap table.
type coverage [0x10000 / 64]uint64

// has reports whether the font has a glyph for r.
func (c *coverage) has(r rune) bool {
	if r < 0 || r > 0xFFFF {
		return false
	}
	return c[r/64]&(1<<(uint(r)%64)) != 0
}

// cmapCoverage parses a TrueType font and records every BMP rune its cmap
// maps to a real glyph (glyph 0 is .notdef, the empty box).
func cmapCoverage(name string, ttf []byte) (*coverage, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("font %s cannot be read: %w", name, err)
	}
	var c coverage
	var buf sfnt.Buffer
	for r := rune(0x20); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF { // surrogates are not characters
			continue
		}
		gi, err := f.GlyphIndex(&buf, r)
		if err == nil && gi != 0 {
			c[r/64] |= 1 << (uint(r) % 64)
		}
	}
	return &c, nil
}
