package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"github.com/briefdesk/briefdesk/briefing"
)

// Render lays out the brief as a PDF and returns its bytes. The same brief
// and options always give the same bytes.
func Render(b *briefing.Brief, opt Options) ([]byte, error) {
	if b == nil {
		return nil, errors.New("no brief to export")
	}
	geo, err := pageGeometry(opt.Paper)
	if err != nil {
		return nil, err
	}
	cov, err := coverages()
	if err != nil {
		return nil, err
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: geo.size})
	pdf.SetCatalogSort(true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(geo.left, geo.top, geo.left)
	pdf.SetCellMargin(0)
	setMetadata(pdf, b)

	l := &layout{pdf: pdf, picker: fontPicker{cov: cov}, geo: geo, spaceW: map[spaceKey]float64{}}
	l.newPage()
	l.titleBlock(b)
	l.summary(b)
	l.parties(b)
	l.commitments(b)
	l.background(b)
	l.disagreements(b)
	l.keyFacts(b)
	l.sources(b)
	l.furniture(titleOf(b), marking(b, opt))

	if err := l.draw(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("cannot produce the PDF: %w", err)
	}
	return buf.Bytes(), nil
}

// marking is the banner text: the option when given, else the brief's own.
func marking(b *briefing.Brief, opt Options) string {
	if m := strings.TrimSpace(opt.Marking); m != "" {
		return clean(m)
	}
	return clean(b.Marking)
}
