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
		if len(cur.pieces) == 0 && a.w > width {
			parts := l.cut(a, width)
			for _, p := range parts[:len(parts)-1] {
				cur.add(p, 0)
				out = append(out, cur)
				cur = line{}
			}
			a = parts[len(parts)-1]
		}
		cur.add(a, l.gap(&cur, a))
	}
	if len(cur.pieces) > 0 {
		out = append(out, cur)
	}
	return l.visual(out, width)
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

// cut splits an atom wider than width into pieces that fit, each ending
// after a preferred break character when one lies in its last two thirds,
// and each holding at least one character. The last piece may be followed
// by more text on its line.
func (l *layout) cut(a atom, width float64) []atom {
	var rs []rune
	var fonts []fontID
	var ws []float64
	st := a.runs[0].st
	for _, g := range a.runs {
		for _, r := range g.text {
			rs, fonts = append(rs, r), append(fonts, g.font)
			ws = append(ws, l.width(g.font, g.st.size, string(r)))
		}
	}
	var out []atom
	space := a.space
	for len(rs) > 0 {
		n, w, best := 0, 0.0, 0
		for n < len(rs) && (n == 0 || w+ws[n] <= width) {
			w += ws[n]
			if strings.ContainsRune(breakAfter, rs[n]) {
				best = n + 1
			}
			n++
		}
		if best*3 >= n && best > 0 && n < len(rs) {
			n = best
		}
		out = append(out, l.atom(rs[:n], fonts[:n], st, space))
		rs, fonts, ws, space = rs[n:], fonts[n:], ws[n:], false
	}
	return out
}
