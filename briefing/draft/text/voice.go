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
// its author's voice, not a report.
func SpeaksAsI(d *doc.Document) bool {
	n := 0
	for _, sp := range d.Sentences {
		sent := d.Text[sp.Start:sp.End]
		for k := 0; k+2 <= len(sent); k++ {
			if sent[k] == 'I' && (k == 0 || sent[k-1] == ' ') && (sent[k+1] == ' ' || sent[k+1] == '\'') && !OpenQuotation(d.Text, sp.Start+k) {
				n++
				break
			}
		}
	}
	return n >= 2
}
