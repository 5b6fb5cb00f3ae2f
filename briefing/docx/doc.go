// Package docx renders a brief as a Word document (.docx) with the PDF's
// content and structure: the marking in the header and footer, a title
// block, the sections with their tables, the [S#] references and the
// numbered source sentences they point to. It writes through the pure-Go
// github.com/gomutex/godocx library (MIT).
package docx

import (
	"bytes"
	"fmt"

	"github.com/gomutex/godocx"
	"github.com/gomutex/godocx/docx"

	"github.com/briefdesk/briefdesk/briefing"
)

// Options tune the document.
type Options struct {
	Paper string // "a4" (the default) or "letter"
}

// Render returns b as the bytes of a .docx file.
func Render(b *briefing.Brief, opt Options) ([]byte, error) {
	doc, err := godocx.NewDocument()
	if err != nil {
		return nil, fmt.Errorf("cannot start the Word document: %w", err)
	}
	if err := addFurniture(doc, b.Marking, opt.Paper); err != nil {
		return nil, err
	}
	w := writer{doc: doc, b: b}
	w.titleBlock()
	w.items("Summary", b.Summary)
	w.parties()
	w.commitments()
	w.items("Background", b.Background)
	w.datesAndFigures()
	w.sources()
	var buf bytes.Buffer
	if err := doc.Write(&buf); err != nil {
		return nil, fmt.Errorf("cannot write the Word document: %w", err)
	}
	return buf.Bytes(), nil
}

// writer adds the brief's parts to the document body.
type writer struct {
	doc *docx.RootDoc
	b   *briefing.Brief
}
