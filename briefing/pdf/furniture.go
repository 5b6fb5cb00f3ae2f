package pdf

import "strconv"

// furniture adds to every page what repeats on each: the marking banner at
// top and bottom (when there is a marking), a rule, the brief's title and
// "Page N of M". It runs after the layout, when M is known.
func (l *layout) furniture(title, marking string) {
	total := len(l.pages)
	g := l.geo
	titleLine, hasTitle := l.oneLine(para{{text: title, st: stFooter}}, g.width*0.7)
	markLine, hasMark := l.oneLine(para{{text: marking, st: stMarking}}, g.width-4)
	for i := range total {
		l.pages = append(l.pages, nil) // a scratch page collects the operations
		if hasMark {
			l.banner(markLine, g.bannerY)
			l.banner(markLine, g.lowerBannerY)
		}
		l.add(op{kind: opRule, x: g.left, y: g.footerRuleY, w: g.width, h: 0.2, st: style{color: colRule}})
		pageNo := para{{text: "Page " + strconv.Itoa(i+1) + " of " + strconv.Itoa(total), st: stFooter}}
		if ln, ok := l.oneLine(pageNo, g.width); ok {
			l.placeLine(ln, g.left+g.width-ln.w, g.footerBaseY-ln.base)
		}
		if hasTitle {
			l.placeLine(titleLine, g.left, g.footerBaseY-titleLine.base)
		}
		extra := l.pages[total]
		l.pages = l.pages[:total]
		l.pages[i] = append(extra, l.pages[i]...)
	}
}

// oneLine lays p out on a single line of at most width, cut short with an
// ellipsis when it is longer.
func (l *layout) oneLine(p para, width float64) (line, bool) {
	lines := l.lines(p, width)
	if len(lines) == 0 {
		return line{}, false
	}
	if len(lines) > 1 {
		return l.ellipsis(lines[0]), true
	}
	return lines[0], true
}

// banner draws a marking line centred in a coloured band at y.
func (l *layout) banner(ln line, y float64) {
	g := l.geo
	l.add(op{kind: opRect, x: g.left, y: y, w: g.width, h: g.bannerH, st: style{color: colMarking}})
	l.placeLine(ln, g.left+(g.width-ln.w)/2, y+(g.bannerH-ln.h)/2)
}

// ellipsis marks a line cut short.
func (l *layout) ellipsis(ln line) line {
	last := ln.pieces[len(ln.pieces)-1]
	w := l.width(fontRegular, last.st.size, "…")
	ln.pieces = append(ln.pieces, piece{x: ln.w, glyphRun: glyphRun{font: fontRegular, st: last.st, text: "…", w: w}})
	ln.w += w
	return ln
}
