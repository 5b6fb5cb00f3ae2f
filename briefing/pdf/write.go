package pdf

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/internal/atomicfile"
)

// WriteFile renders the brief and stores the PDF at path through a
// temporary file in the same folder, flushed and renamed into place, so a
// failed export never leaves a half-written file. A path that cannot be
// written gives an error naming it.
func WriteFile(path string, b *briefing.Brief, opt Options) error {
	data, err := Render(b, opt)
	if err != nil {
		return err
	}
	return atomicfile.Write(path, data, 0o644)
}
