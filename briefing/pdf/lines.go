package pdf

import "strings"

// piece is text drawn in one operation: x is its offset from the line start.
type piece struct {
	x float64
	glyphRun
}

// line is one line of a broken paragraph.
type line struct {
	pieces []piece
	w      float64 // width of the text
	h      float64 // line height
	base   float64 // baseline offset from the line top
}

// lines breaks a paragraph into lines no wider than width (mm). Lines break
// at spaces and between CJK characters; a word wider than a line (a long
// URL) is cut, after a slash, hyphen or dot when one is near the end.
func (l *layout) lines(p para, width float64) []line {
	var out []line
	var cur line
	for _, a := range l.atoms(p) {
		if len(cur.pieces) > 0 && cur.w+l.gap(&cur, a)+a.w > width {
			out = append(out, cur)
			cur = line{}
		}
		for len(cur.pieces) == 0 && a.w > width {
			head, rest := l.cut(a, width)
			cur.add(head, 0)
			out = append(out, cur)
			cur, a = line{}, rest
		}
		cur.add(a, l.gap(&cur, a))
	}
	if len(cur.pieces) > 0 {
		out = append(out, cur)
	}
	return l.visual(out, width)
}

// visual reorders the lines of a paragraph holding right-to-left text;
// the paragraph's direction is that of its first strong character.
func (l *layout) visual(lines []line, width float64) []line {
	var rs []rune
	found := false
	for _, ln := range lines {
		for _, p := range ln.pieces {
			rs = append(rs, []rune(p.text)...)
			found = found || hasRTL(p.text)
		}
	}
	if !found {
		return lines
	}
	rtl := baseRTL(rs)
	for i := range lines {
		lines[i] = l.reorder(lines[i], rtl, width)
	}
	return lines
}

// gap is the width of the space before atom a on line cur: a space in the
// font of the piece that will carry it, or nothing at a line start.
func (l *layout) gap(cur *line, a atom) float64 {
	if !a.space || len(cur.pieces) == 0 || len(a.runs) == 0 {
		return 0
	}
	last := cur.pieces[len(cur.pieces)-1]
	if last.font == a.runs[0].font && last.st == a.runs[0].st {
		return l.width(last.font, last.st.size, " ")
	}
	return l.width(a.runs[0].font, a.runs[0].st.size, " ")
}

// add appends atom a to the line after a gap of g mm. A run continuing the
// last piece's font and style joins it (with a real space character, so
// text extraction sees words); otherwise it starts a new piece, beginning
// with the space.
func (cur *line) add(a atom, g float64) {
	for i, r := range a.runs {
		sep := ""
		if i == 0 && g > 0 {
			sep = " "
		}
		if n := len(cur.pieces); n > 0 && cur.pieces[n-1].font == r.font && cur.pieces[n-1].st == r.st {
			p := &cur.pieces[n-1]
			p.text += sep + r.text
			p.w += r.w + g*float64(len(sep))
		} else {
			cur.pieces = append(cur.pieces, piece{x: cur.w, glyphRun: glyphRun{font: r.font, st: r.st,
				text: sep + r.text, w: r.w + g*float64(len(sep))}})
		}
		cur.w += r.w + g*float64(len(sep))
		cur.h = max(cur.h, lineHeight(r.st.size))
		cur.base = max(cur.base, baseline(r.st.size))
	}
}

// breakAfter lists characters after which a long word or URL is best cut.
const breakAfter = "/-._?&=,:;@#+~|\\"

// cut splits an atom wider than width into a head that fits and the rest.
// The head ends after a preferred break character when one lies in its
// last two thirds, and holds at least one character.
func (l *layout) cut(a atom, width float64) (head, rest atom) {
	type glyph struct {
		r    rune
		font fontID
		st   style
		w    float64
	}
	var gs []glyph
	for _, g := range a.runs {
		for _, r := range g.text {
			gs = append(gs, glyph{r, g.font, g.st, l.width(g.font, g.st.size, string(r))})
		}
	}
	n, w, best := 0, 0.0, 0
	for n < len(gs) && (n == 0 || w+gs[n].w <= width) {
		w += gs[n].w
		if strings.ContainsRune(breakAfter, gs[n].r) {
			best = n + 1
		}
		n++
	}
	if best*3 >= n && best > 0 && best < len(gs) {
		n = best
	}
	build := func(gs []glyph, space bool) atom {
		out := atom{space: space}
		for _, g := range gs {
			if k := len(out.runs); k > 0 && out.runs[k-1].font == g.font {
				out.runs[k-1].text += string(g.r)
				out.runs[k-1].w += g.w
			} else {
				out.runs = append(out.runs, glyphRun{font: g.font, st: g.st, text: string(g.r), w: g.w})
			}
			out.w += g.w
		}
		return out
	}
	return build(gs[:n], a.space), build(gs[n:], false)
}
