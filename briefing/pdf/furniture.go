package pdf

import "strconv"

// furniture adds to every page what repeats on each: the marking banner at
// top and bottom (when there is a marking), a rule, the brief's title and
// "Page N of M". It runs after the layout, when M is known.
func (l *layout) furniture(title, marking string) {
	total := len(l.pages)
	g := l.geo
	for i := range total {
		l.pages = append(l.pages, nil) // a scratch page collects the operations
		if marking != "" {
			l.banner(marking, g.bannerY)
			l.banner(marking, g.lowerBannerY)
		}
		l.add(op{kind: opRule, x: g.left, y: g.footerRuleY, w: g.width, h: 0.2, st: style{color: colRule}})
		pageNo := para{{text: "Page " + strconv.Itoa(i+1) + " of " + strconv.Itoa(total), st: stFooter}}
		right := l.lines(pageNo, g.width)
		if len(right) > 0 {
			l.placeLine(right[0], g.left+g.width-right[0].w, g.footerBaseY-right[0].base)
		}
		if lines := l.lines(para{{text: title, st: stFooter}}, g.width*0.7); len(lines) > 0 {
			ln := lines[0]
			if len(lines) > 1 {
				ln = l.ellipsis(ln)
			}
			l.placeLine(ln, g.left, g.footerBaseY-ln.base)
		}
		extra := l.pages[total]
		l.pages = l.pages[:total]
		l.pages[i] = append(extra, l.pages[i]...)
	}
}

// banner draws the marking centred in a coloured band at y.
func (l *layout) banner(marking string, y float64) {
	g := l.geo
	l.add(op{kind: opRect, x: g.left, y: y, w: g.width, h: g.bannerH, st: style{color: colMarking}})
	lines := l.lines(para{{text: marking, st: stMarking}}, g.width-4)
	if len(lines) == 0 {
		return
	}
	ln := lines[0]
	if len(lines) > 1 {
		ln = l.ellipsis(ln)
	}
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
