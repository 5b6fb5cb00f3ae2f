package pdf

import (
	"sync"

	"github.com/briefdesk/briefdesk/assets"
)

// fontID names one of the embedded fonts.
type fontID uint8

const (
	fontRegular fontID = iota // DejaVu Sans
	fontBold                  // DejaVu Sans Bold
	fontCJK                   // Droid Sans Fallback, registered only when needed
	fontCount
)

// fontFile describes an embedded font: its family and style for fpdf and
// its TrueType bytes.
type fontFile struct {
	family, style string
	ttf           []byte
}

var fontFiles = [fontCount]fontFile{
	fontRegular: {"DejaVu", "", assets.DejaVuSans},
	fontBold:    {"DejaVu", "B", assets.DejaVuSansBold},
	fontCJK:     {"DroidFallback", "", assets.DroidSansFallback},
}

// coverages reads each embedded font's cmap once per process.
var coverages = sync.OnceValues(func() ([fontCount]*coverage, error) {
	var out [fontCount]*coverage
	for id, f := range fontFiles {
		c, err := cmapCoverage(f.family+f.style, f.ttf)
		if err != nil {
			return out, err
		}
		out[id] = c
	}
	return out, nil
})

// replacementChar stands in for characters that no embedded font has and
// for characters outside the Basic Multilingual Plane (emoji), which the
// PDF library cannot embed. DejaVu Sans draws it as a diamond with a
// question mark.
const replacementChar = '\uFFFD'

// fontPicker chooses, for each rune, the embedded font that has a glyph for
// it, preferring DejaVu Sans in the wanted weight.
type fontPicker struct {
	cov [fontCount]*coverage
}

// pick returns the font for r and whether one was found. Droid Sans
// Fallback has no bold; bold CJK text uses its regular weight.
func (p *fontPicker) pick(r rune, bold bool) (fontID, bool) {
	want := fontRegular
	if bold {
		want = fontBold
	}
	switch {
	case p.cov[want].has(r):
		return want, true
	case p.cov[fontRegular].has(r):
		return fontRegular, true
	case p.cov[fontCJK].has(r):
		return fontCJK, true
	}
	return fontRegular, false
}
