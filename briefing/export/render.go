package export

import (
	"errors"
	"fmt"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/docx"
	"github.com/briefdesk/briefdesk/briefing/pdf"
	"github.com/briefdesk/briefdesk/internal/atomicfile"
)

// Options tune the export.
type Options struct {
	Paper string // paper of PDF and Word: "a4" (the default) or "letter"
	// Stop, when set, is asked once the brief is rendered: true leaves the
	// file unwritten and WriteFile returns ErrStopped.
	Stop func() bool
}

// ErrStopped is returned by WriteFile when Options.Stop asked to stop.
var ErrStopped = errors.New("the export was stopped before the file was written")

// Render returns the brief in format f.
func Render(b *briefing.Brief, f Format, opt Options) ([]byte, error) {
	switch f {
	case PDF:
		return pdf.Render(b, pdf.Options{Paper: opt.Paper})
	case DOCX:
		return docx.Render(b, docx.Options{Paper: opt.Paper})
	case Markdown:
		return []byte(b.Markdown()), nil
	case JSON:
		return b.MarshalIndent()
	}
	return nil, fmt.Errorf("cannot export as %q: choose one of %v", f.Name, Names())
}

// WriteFile renders b in format f and writes it to path through a
// temporary file, so a failed export never leaves half a file behind.
func WriteFile(path string, b *briefing.Brief, f Format, opt Options) error {
	data, err := Render(b, f, opt)
	if err != nil {
		return err
	}
	if opt.Stop != nil && opt.Stop() {
		return ErrStopped
	}
	return atomicfile.Write(path, data, 0o644)
}
