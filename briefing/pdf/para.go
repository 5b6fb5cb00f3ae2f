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
		rs := []rune(shapeArabic(clean(sp.text)))
		fonts := make([]fontID, len(rs))
		for i, r := range rs {
			font, ok := l.picker.pick(r, sp.st.bold)
			if !ok {
				rs[i] = replacementChar
			}
			fonts[i] = font
			l.need(font)
		}
		space := sp.sep
		for i := 0; i < len(rs); {
			if rs[i] == ' ' {
				space = true
				i++
				continue
			}
			j := i + 1
			for j < len(rs) && rs[j] != ' ' && !breakBetween(rs[j-1], rs[j]) {
				j++
			}
			out = append(out, l.atom(rs[i:j], fonts[i:j], sp.st, space))
			space = false
			i = j
		}
	}
	return out
}

// atom groups characters into runs of one font and measures them.
func (l *layout) atom(rs []rune, fonts []fontID, st style, space bool) atom {
	a := atom{space: space}
	for i := 0; i < len(rs); {
		j := i + 1
		for j < len(rs) && fonts[j] == fonts[i] {
			j++
		}
		text := string(rs[i:j])
		w := l.width(fonts[i], st.size, text)
		a.runs = append(a.runs, glyphRun{font: fonts[i], st: st, text: text, w: w})
		a.w += w
		i = j
	}
	return a
}

// breakBetween reports a line-break opportunity between two characters
// that are not separated by a space: around CJK characters, except before
// closing punctuation.
func breakBetween(prev, r rune) bool {
	return (isWide(prev) || isWide(r)) && !noBreakBefore(r)
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
