package pdf

// draw replays the laid-out pages into fpdf. Font and colour are set at
// the start of every page and whenever they change.
func (l *layout) draw() error {
	pdf := l.pdf
	for _, ops := range l.pages {
		pdf.AddPage()
		curFont, curSize, curFill, curDraw, curText := fontCount, 0.0, rgb{}, rgb{}, rgb{}
		fillSet, drawSet, textSet := false, false, false
		fill := func(c rgb) {
			if !fillSet || c != curFill {
				pdf.SetFillColor(int(c.r), int(c.g), int(c.b))
				curFill, fillSet = c, true
			}
		}
		font := func(id fontID, size float64) {
			if id != curFont || size != curSize {
				f := fontFiles[id]
				pdf.SetFont(f.family, f.style, size)
				curFont, curSize = id, size
			}
		}
		for _, o := range ops {
			switch o.kind {
			case opText:
				font(o.font, o.st.size)
				if !textSet || o.st.color != curText {
					pdf.SetTextColor(int(o.st.color.r), int(o.st.color.g), int(o.st.color.b))
					curText, textSet = o.st.color, true
				}
				pdf.Text(o.x, o.y, o.text)
			case opRect:
				fill(o.st.color)
				pdf.Rect(o.x, o.y, o.w, o.h, "F")
			case opRule:
				if !drawSet || o.st.color != curDraw {
					pdf.SetDrawColor(int(o.st.color.r), int(o.st.color.g), int(o.st.color.b))
					curDraw, drawSet = o.st.color, true
				}
				pdf.SetLineWidth(o.h)
				pdf.Line(o.x, o.y, o.x+o.w, o.y)
			case opLink:
				pdf.LinkString(o.x, o.y, o.w, o.h, o.text)
			case opMark:
				font(fontRegular, stBody.size) // outline titles need a Unicode font selected
				pdf.Bookmark(o.text, 0, o.y)
			}
		}
	}
	return pdf.Error()
}
