package pdf

// column is a table column: its heading and its share of the width.
type column struct {
	title string
	share float64
}

var (
	headStyle = rowStyle{padY: 1.4, padX: 1.6, fill: &colNavy}
	bodyStyle = rowStyle{padY: 1.3, padX: 1.6, rule: true}
)

// table places a table whose header row repeats at the top of every page
// the table continues on. Each row holds one list of paragraphs per column.
func (l *layout) table(cols []column, rows [][][]para) {
	total := 0.0
	for _, c := range cols {
		total += c.share
	}
	xs, ws := make([]float64, len(cols)), make([]float64, len(cols))
	x := 0.0
	for i, c := range cols {
		xs[i], ws[i] = x, l.geo.width*c.share/total
		x += ws[i]
	}
	head := make([]cell, len(cols))
	for i, c := range cols {
		head[i] = cell{x: xs[i], w: ws[i], lines: l.cellLines([]para{{{text: c.title, st: stHead}}}, ws[i], headStyle.padX)}
	}
	headH := rowHeight(head, headStyle)
	body := make([][]cell, len(rows))
	for r, row := range rows {
		body[r] = make([]cell, len(cols))
		for i := range cols {
			var ps []para
			if i < len(row) {
				ps = row[i]
			}
			body[r][i] = cell{x: xs[i], w: ws[i], lines: l.cellLines(ps, ws[i], bodyStyle.padX)}
		}
	}
	first := headH
	if len(body) > 0 {
		first += min(rowHeight(body[0], bodyStyle), l.usable())
	}
	if first > l.room() {
		l.newPage()
	}
	drawHead := func() { l.row(head, headStyle) }
	drawHead()
	l.onBreak, l.breakH = drawHead, headH
	for r, cells := range body {
		rs := bodyStyle
		if r%2 == 1 {
			rs.fill = &colZebra
		}
		l.row(cells, rs)
	}
	l.onBreak, l.breakH = nil, 0
}

// rowHeight is the height a row takes when it is not split.
func rowHeight(cells []cell, rs rowStyle) float64 {
	h := 0.0
	for _, c := range cells {
		h = max(h, linesHeight(c.lines))
	}
	return h + 2*rs.padY
}
