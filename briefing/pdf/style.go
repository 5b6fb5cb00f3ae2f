package pdf

// rgb is a colour.
type rgb struct{ r, g, b uint8 }

// The palette: dark blue headings, near-black text, muted grey labels, a
// crimson marking banner that stands apart from everything else.
var (
	colNavy    = rgb{23, 43, 77}
	colText    = rgb{33, 37, 41}
	colMuted   = rgb{108, 117, 125}
	colRef     = rgb{70, 95, 140}
	colRule    = rgb{200, 205, 212}
	colZebra   = rgb{243, 245, 248}
	colWhite   = rgb{255, 255, 255}
	colLink    = rgb{20, 80, 170}
	colMarking = rgb{176, 0, 32}
)

// style is how a piece of text looks: weight, size in points and colour.
type style struct {
	bold  bool
	size  float64
	color rgb
}

// Text styles used across the document.
var (
	stTitle    = style{bold: true, size: 17, color: colNavy}
	stHeading  = style{bold: true, size: 12.5, color: colNavy}
	stSub      = style{bold: true, size: 10, color: colNavy}
	stBody     = style{size: 10, color: colText}
	stBodyBold = style{bold: true, size: 10, color: colText}
	stRef      = style{size: 8, color: colRef}
	stNone     = style{size: 10, color: colMuted}
	stMetaKey  = style{bold: true, size: 9, color: colMuted}
	stMeta     = style{size: 9, color: colText}
	stURL      = style{size: 9, color: colLink}
	stCell     = style{size: 8.5, color: colText}
	stCellBold = style{bold: true, size: 8.5, color: colText}
	stCellRef  = style{size: 7.5, color: colRef}
	stHead     = style{bold: true, size: 8.5, color: colWhite}
	stSentNum  = style{bold: true, size: 7.5, color: colRef}
	stSentence = style{size: 9, color: colText}
	stFooter   = style{size: 8, color: colMuted}
	stMarking  = style{bold: true, size: 9, color: colWhite}
)

// mmPerPt converts points to millimetres.
const mmPerPt = 25.4 / 72

// lineHeight is the height in mm of a line of text at size points.
func lineHeight(size float64) float64 { return size * mmPerPt * 1.3 }

// baseline is the distance in mm from a line's top to its baseline, which
// centres DejaVu Sans (ascent 0.928 em, descent 0.236 em) in the line.
func baseline(size float64) float64 {
	em := size * mmPerPt
	return (lineHeight(size)-1.164*em)/2 + 0.928*em
}
