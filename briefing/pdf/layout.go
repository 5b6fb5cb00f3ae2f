package pdf

import (
	"codeberg.org/go-pdf/fpdf"
)

// opKind is the kind of a drawing operation.
type opKind uint8

const (
	opText opKind = iota // text at (x, y = baseline)
	opRect               // filled rectangle
	opRule               // horizontal line of width w, thickness h
	opLink               // clickable area opening the URL in text
	opMark               // outline entry (bookmark) at y
)

// op is one drawing operation on a page, in mm from the top left corner.
type op struct {
	kind       opKind
	x, y, w, h float64
	font       fontID
	st         style
	text       string
}

// layout turns the brief into pages of drawing operations. It measures
// text with fpdf before any page exists (so nothing is written while
// measuring), which lets it know the page count before drawing.
type layout struct {
	pdf    *fpdf.Fpdf
	picker fontPicker
	geo    geometry
	loaded [fontCount]bool
	mFont  fontID
	mSize  float64
	spaceW map[spaceKey]float64

	pages [][]op
	y     float64
	// onBreak redraws a table header after a page break; breakH is the
	// height it takes.
	onBreak func()
	breakH  float64
	// freshY is where content starts on the current page (below a
	// repeated header).
	freshY float64
}

type spaceKey struct {
	font fontID
	size float64
}

// need registers font with fpdf the first time text uses it, so Droid Sans
// Fallback is embedded only in briefs that need it.
func (l *layout) need(font fontID) {
	if l.loaded[font] {
		return
	}
	f := fontFiles[font]
	l.pdf.AddUTF8FontFromBytes(f.family, f.style, f.ttf)
	l.loaded[font] = true
	l.mSize = 0 // force SetFont before the next measurement
}

// width measures text in font at size points, in mm.
func (l *layout) width(font fontID, size float64, text string) float64 {
	if text == " " {
		if w, ok := l.spaceW[spaceKey{font, size}]; ok {
			return w
		}
	}
	l.need(font)
	if font != l.mFont || size != l.mSize {
		f := fontFiles[font]
		l.pdf.SetFont(f.family, f.style, size)
		l.mFont, l.mSize = font, size
	}
	w := l.pdf.GetStringWidth(text)
	if text == " " {
		l.spaceW[spaceKey{font, size}] = w
	}
	return w
}

// add appends an operation to the current page.
func (l *layout) add(o op) {
	n := len(l.pages) - 1
	l.pages[n] = append(l.pages[n], o)
}

// newPage starts a page; a table in progress repeats its header.
func (l *layout) newPage() {
	l.pages = append(l.pages, nil)
	l.y = l.geo.top
	if l.onBreak != nil {
		l.onBreak()
	}
	l.freshY = l.y
}

// room is the height left on the current page.
func (l *layout) room() float64 { return l.geo.bottom - l.y }

// usable is the height of a fresh page below a repeated table header.
func (l *layout) usable() float64 { return l.geo.bottom - l.geo.top - l.breakH }

// placeLine adds the text operations of ln with its top left at (x, y).
func (l *layout) placeLine(ln line, x, y float64) {
	for _, p := range ln.pieces {
		l.add(op{kind: opText, x: x + p.x, y: y + ln.base, font: p.font, st: p.st, text: p.text})
	}
}

// paragraph flows p at the current position across the content width
// minus indent, breaking pages between lines.
func (l *layout) paragraph(p para, indent float64) {
	for _, ln := range l.lines(p, l.geo.width-indent) {
		if ln.h > l.room() {
			l.newPage()
		}
		l.placeLine(ln, l.geo.left+indent, l.y)
		l.y += ln.h
	}
}

// space adds vertical space, unless at the top of a page.
func (l *layout) space(h float64) {
	if l.y > l.geo.top {
		l.y = min(l.y+h, l.geo.bottom)
	}
}
