package text

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// OpenQuotation reports whether a quotation opened earlier in the
// paragraph of byte a of src is still open there.
func OpenQuotation(src string, a int) bool {
	before := src[strings.LastIndexByte(src[:a], '\n')+1 : a]
	return strings.Count(before, "“") > strings.Count(before, "”") || strings.Count(before, "\"")%2 == 1
}

// SpeaksAsI reports whether the text speaks as "I" outside quotations in
// at least two sentences: a speech, an opinion piece or a statement in
// its author's voice, not a report. It reads the text once, keeping
// count of the quotation marks of each paragraph as OpenQuotation does.
func SpeaksAsI(d *doc.Document) bool {
	t := d.Text
	n, at, curly, straight := 0, 0, 0, 0
	for _, sp := range d.Sentences {
		found := false
		for ; at < sp.End && at < len(t); at++ {
			switch {
			case t[at] == '\n':
				curly, straight = 0, 0
			case t[at] == '"':
				straight ^= 1
			case strings.HasPrefix(t[at:], "“"):
				curly++
			case strings.HasPrefix(t[at:], "”"):
				curly--
			case t[at] == 'I' && at >= sp.Start && at+1 < sp.End && (at == sp.Start || t[at-1] == ' ') && (t[at+1] == ' ' || t[at+1] == '\'') &&
				curly <= 0 && straight == 0:
				found = true
			}
		}
		if found {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}
