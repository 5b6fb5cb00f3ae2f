package pdf

import "strings"

// span is a piece of a paragraph in one style. sep puts a space before it.
type span struct {
	text string
	st   style
	sep  bool
}

// para is a paragraph: spans flowed together and broken into lines.
type para []span

// glyphRun is text in one font and style, with its width in mm.
type glyphRun struct {
	font fontID
	st   style
	text string
	w    float64
}

// atom is a piece of text that is never broken unless it is wider than a
// whole line: a word, or a single CJK character (CJK text breaks between
// characters). space reports a space before it in the source.
type atom struct {
	runs  []glyphRun
	w     float64
	space bool
}

// atoms cuts a paragraph into atoms, choosing a font for every character
// by glyph coverage and replacing those no embedded font has.
func (l *layout) atoms(p para) []atom {
	var out []atom
	for _, sp := range p {
		text := shapeArabic(clean(sp.text))
		space := sp.sep
		prevWide := false
		var cur *atom
		for _, r := range text {
			if r == ' ' {
				space, cur = true, nil
				continue
			}
			wide := isWide(r)
			if cur == nil || space || ((wide || prevWide) && !noBreakBefore(r)) {
				out = append(out, atom{space: space})
				cur = &out[len(out)-1]
				space = false
			}
			prevWide = wide
			font, ok := l.picker.pick(r, sp.st.bold)
			if !ok {
				r = replacementChar
			}
			l.need(font)
			if n := len(cur.runs); n > 0 && cur.runs[n-1].font == font {
				cur.runs[n-1].text += string(r)
				continue
			}
			cur.runs = append(cur.runs, glyphRun{font: font, st: sp.st, text: string(r)})
		}
	}
	for i := range out {
		a := &out[i]
		for j := range a.runs {
			g := &a.runs[j]
			g.w = l.width(g.font, g.st.size, g.text)
			a.w += g.w
		}
	}
	return out
}

// isWide reports whether r is a Chinese, Japanese or Korean character (or
// full-width form): such text has no spaces and may break between any two
// characters.
func isWide(r rune) bool {
	switch {
	case r >= 0x1100 && r <= 0x11FF, r >= 0x2E80 && r <= 0x9FFF, r >= 0xA960 && r <= 0xA97F,
		r >= 0xAC00 && r <= 0xD7AF, r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFFEF:
		return true
	}
	return false
}

// noBreakBefore lists punctuation that must stay on the line of the
// character before it.
func noBreakBefore(r rune) bool {
	return strings.ContainsRune(",.;:!?)]}»”’、。，．：；！？）」』】〕〉》ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ", r)
}
