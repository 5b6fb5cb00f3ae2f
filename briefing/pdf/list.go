package pdf

// listStyle is the look of list rows: tight, no background, no rules.
var listStyle = rowStyle{padY: 0.9}

// listItem places a row of a list: a label (bullet, date, sentence number)
// in a column of width labelW, and the body beside it with a hanging
// indent.
func (l *layout) listItem(label para, labelW float64, body para) {
	cells := []cell{
		{x: 0, w: labelW, lines: l.lines(label, labelW-1.5)},
		{x: labelW, w: l.geo.width - labelW, lines: l.lines(body, l.geo.width-labelW)},
	}
	l.row(cells, listStyle)
}

// heading starts a section: a bookmark, the title in the heading style and
// a rule under it. It moves to a new page when too little room is left for
// the heading and the first lines after it.
func (l *layout) heading(title string) {
	l.space(5)
	h := lineHeight(stHeading.size) + 2
	if h+14 > l.room() {
		l.newPage()
	}
	l.add(op{kind: opMark, y: l.y, text: title})
	l.paragraph(para{{text: title, st: stHeading}}, 0)
	l.add(op{kind: opRule, x: l.geo.left, y: l.y + 0.6, w: l.geo.width, h: 0.35, st: style{color: colNavy}})
	l.y += 2.4
}

// subheading places a small bold title inside a section.
func (l *layout) subheading(title string) {
	l.space(1.5)
	if lineHeight(stSub.size)+10 > l.room() {
		l.newPage()
	}
	l.paragraph(para{{text: title, st: stSub}}, 0)
	l.y += 0.6
}

// none notes an empty section.
func (l *layout) none(text string) {
	l.paragraph(para{{text: text, st: stNone}}, 0)
}
