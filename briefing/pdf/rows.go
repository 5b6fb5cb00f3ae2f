package pdf

// cell is one column of a row: its left edge (from the content's left), its
// width, and its text already broken into lines.
type cell struct {
	x, w  float64
	lines []line
}

// rowStyle is the look of a row: vertical and horizontal padding, an
// optional background and an optional rule under it.
type rowStyle struct {
	padY, padX float64
	fill       *rgb
	rule       bool
}

// cellLines breaks paragraphs for a cell of width w with padding padX.
func (l *layout) cellLines(paras []para, w, padX float64) []line {
	var out []line
	for _, p := range paras {
		out = append(out, l.lines(p, w-2*padX)...)
	}
	return out
}

// row places a row of cells at the current position. A row that does not
// fit moves to the next page whole when it fits a page; a row taller than
// a page is split between lines, and every new page repeats the table
// header through onBreak.
func (l *layout) row(cells []cell, rs rowStyle) {
	alignFirstLines(cells)
	if h := rowHeight(cells, rs); h > l.room() && h <= l.usable() {
		l.newPage()
	}
	next := make([]int, len(cells))
	for {
		avail := l.room() - 2*rs.padY
		take := make([]int, len(cells))
		chunkH, progress, done := 0.0, false, true
		for i, c := range cells {
			used := 0.0
			for j := next[i]; j < len(c.lines) && used+c.lines[j].h <= avail; j++ {
				used += c.lines[j].h
				take[i]++
			}
			if take[i] == 0 && next[i] < len(c.lines) && l.y == l.freshY {
				used, take[i] = c.lines[next[i]].h, 1 // a line taller than a page
			}
			progress = progress || take[i] > 0
			done = done && next[i]+take[i] == len(c.lines)
			chunkH = max(chunkH, used)
		}
		if !progress && !done {
			l.newPage()
			continue
		}
		l.drawChunk(cells, next, take, chunkH+2*rs.padY, rs)
		if done {
			return
		}
		l.newPage()
	}
}

// drawChunk draws lines next[i] … next[i]+take[i] of each cell in a band of
// height h and advances next and the position.
func (l *layout) drawChunk(cells []cell, next, take []int, h float64, rs rowStyle) {
	x0, w := l.geo.left+cells[0].x, 0.0
	for _, c := range cells {
		w = max(w, c.x+c.w-cells[0].x)
	}
	if rs.fill != nil {
		l.add(op{kind: opRect, x: x0, y: l.y, w: w, h: h, st: style{color: *rs.fill}})
	}
	for i, c := range cells {
		y := l.y + rs.padY
		for _, ln := range c.lines[next[i] : next[i]+take[i]] {
			l.placeLine(ln, l.geo.left+c.x+rs.padX, y)
			y += ln.h
		}
		next[i] += take[i]
	}
	l.y += h
	if rs.rule {
		l.add(op{kind: opRule, x: x0, y: l.y, w: w, h: 0.2, st: style{color: colRule}})
	}
}

func linesHeight(ls []line) float64 {
	h := 0.0
	for _, ln := range ls {
		h += ln.h
	}
	return h
}

// alignFirstLines puts the first lines of all cells on one baseline, so a
// small reference or number sits level with the text beside it.
func alignFirstLines(cells []cell) {
	base := 0.0
	for _, c := range cells {
		if len(c.lines) > 0 {
			base = max(base, c.lines[0].base)
		}
	}
	for _, c := range cells {
		if len(c.lines) > 0 {
			c.lines[0].h += base - c.lines[0].base
			c.lines[0].base = base
		}
	}
}
