package export

import (
	"path/filepath"
	"strings"
	"unicode"
)

// FileName suggests a file name for a brief exported as f: its title
// without characters that file systems refuse, at most 80 characters, plus
// the format's extension.
func FileName(title string, f Format) string {
	ext := f.Ext
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

// WithExt returns path ending in f's extension (compared without case),
// adding it when missing; save dialogs do not always add it.
func WithExt(path string, f Format) string {
	if strings.EqualFold(filepath.Ext(path), f.Ext) {
		return path
	}
	return path + f.Ext
}
