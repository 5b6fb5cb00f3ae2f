// Package export turns a brief into the files it is sent on as: PDF, Word
// (.docx), Markdown and JSON. The desktop app and the command line both export
// through Render, so a format behaves the same in both.
package export

import "strings"

// Format is one file format a brief can be exported as.
type Format struct {
	Name string // as offered to the analyst: "PDF"
	Ext  string // the file extension, with the dot: ".pdf"
}

// The formats a brief exports as.
var (
	PDF      = Format{"PDF", ".pdf"}
	DOCX     = Format{"Word", ".docx"}
	Markdown = Format{"Markdown", ".md"}
	JSON     = Format{"JSON", ".json"}
)

// Formats lists every format, the default first.
var Formats = []Format{PDF, DOCX, Markdown, JSON}

// Named returns the format with the given name (compared without case);
// ok is false when there is none.
func Named(name string) (f Format, ok bool) {
	for _, f := range Formats {
		if strings.EqualFold(f.Name, name) {
			return f, true
		}
	}
	return Format{}, false
}

// Names returns the names of Formats, in order.
func Names() []string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return names
}
