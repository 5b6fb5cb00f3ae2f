package pdf

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

// reorder puts a broken line of a paragraph containing right-to-left text
// into visual order: it cuts the pieces into characters, orders them and
// joins neighbours of one font and style again. A right-to-left paragraph
// is aligned right within width.
func (l *layout) reorder(ln line, rtl bool, width float64) line {
	type unit struct {
		r    rune
		font fontID
		st   style
	}
	var us []unit
	var rs []rune
	for _, p := range ln.pieces {
		for _, r := range p.text {
			us = append(us, unit{r, p.font, p.st})
			rs = append(rs, r)
		}
	}
	order, lv := visualOrder(rs, rtl)
	out := line{h: ln.h, base: ln.base}
	var cur []rune
	flush := func(u unit) {
		if len(cur) == 0 {
			return
		}
		text := string(cur)
		w := l.width(u.font, u.st.size, text)
		out.pieces = append(out.pieces, piece{x: out.w, glyphRun: glyphRun{font: u.font, st: u.st, text: text, w: w}})
		out.w += w
		cur = cur[:0]
	}
	for n, k := range order {
		u := us[k]
		if m, ok := mirrors[u.r]; ok && lv[k]%2 == 1 {
			u.r = m
		}
		if n > 0 {
			if prev := us[order[n-1]]; prev.font != u.font || prev.st != u.st {
				flush(prev)
			}
		}
		cur = append(cur, u.r)
	}
	if len(order) > 0 {
		flush(us[order[len(order)-1]])
	}
	if rtl && width > out.w {
		for i := range out.pieces {
			out.pieces[i].x += width - out.w
		}
	}
	return out
}

// mirrors pairs the brackets drawn mirrored in right-to-left text.
var mirrors = map[rune]rune{'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<',
	'«': '»', '»': '«', '‹': '›', '›': '‹'}
