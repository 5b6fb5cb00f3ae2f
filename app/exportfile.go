package app

import (
	"path/filepath"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/pdf"
	"github.com/briefdesk/briefdesk/internal/atomicfile"
)

// exportFormat is one way to export a brief.
type exportFormat struct {
	Name string // as offered: "PDF"
	Ext  string // with the dot: ".pdf"
}

// exportFormats are the formats offered, the default first.
var exportFormats = []exportFormat{{"PDF", ".pdf"}, {"Markdown", ".md"}, {"JSON", ".json"}}

// formatNamed returns the export format with the given name (PDF when unknown).
func formatNamed(name string) exportFormat {
	for _, f := range exportFormats {
		if f.Name == name {
			return f
		}
	}
	return exportFormats[0]
}

// render returns the brief in format f.
func (f exportFormat) render(b *briefing.Brief, paper string) ([]byte, error) {
	switch f.Ext {
	case ".md":
		return []byte(b.Markdown()), nil
	case ".json":
		return b.MarshalIndent()
	}
	return pdf.Render(b, pdf.Options{Paper: paper})
}

// exportFile writes b in format f to path, through a temporary file so a
// failed export never leaves half a file behind.
func exportFile(path string, b *briefing.Brief, f exportFormat, paper string) error {
	data, err := f.render(b, paper)
	if err != nil {
		return err
	}
	return atomicfile.Write(path, data, 0o644)
}

// fileName suggests a file name for a brief: its title without characters
// that file systems refuse, at most 80 characters, plus ext.
func fileName(title, ext string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(title) {
		switch {
		case strings.ContainsRune(`<>:"/\|?*`, r) || unicode.IsControl(r) || unicode.IsSpace(r):
			space = b.Len() > 0
		default:
			if space {
				b.WriteRune(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	name := []rune(strings.TrimRight(b.String(), ". "))
	if len(name) > 80 {
		name = []rune(strings.TrimRight(string(name[:80]), ". "))
	}
	if len(name) == 0 {
		return "brief" + ext
	}
	return string(name) + ext
}

// withExt returns path ending in ext (compared without case), adding it
// when missing; the save dialog does not add it.
func withExt(path, ext string) string {
	if strings.EqualFold(filepath.Ext(path), ext) {
		return path
	}
	return path + ext
}
