package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// headerLine reports whether sentence si is a line of the page's header: a
// headline or a standfirst, each a line of its own with no closing stop,
// above the first sentence of the body ("Union backs walkouts after
// principal offers pledge"). The body below retells what they announce,
// so their clauses are no commitments of their own.
func headerLine(d *doc.Document, si int) bool {
	if si+1 >= len(d.Sentences) {
		return false
	}
	for k := 0; k <= si; k++ {
		if !bareLine(d, k) {
			return false
		}
	}
	return true
}

// bareLine reports whether sentence k stands on a line of its own (the
// first of the text, or one after a line break, with a blank line after
// it) and ends with no closing stop or quotation mark. Lines with no blank
// line between them may be prose set one sentence a line.
func bareLine(d *doc.Document, k int) bool {
	sp := d.Sentences[k]
	line := strings.TrimRight(d.Text[sp.Start:sp.End], " \t")
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?:;\"”’'") {
		return false
	}
	before := strings.TrimRight(d.Text[:sp.Start], " \t")
	if before != "" && !strings.HasSuffix(before, "\n") {
		return false
	}
	return strings.Count(d.Text[sp.End:d.Sentences[k+1].Start], "\n") >= 2
}

// entryHeading reports whether sentence si is the heading of a live
// blog's entry: a line of its own with no closing stop right under the
// entry's time ("17:55\nInsurers pledge fast claims\nThe association
// said …"). The entry below retells what it announces.
func entryHeading(d *doc.Document, si int) bool {
	sp := d.Sentences[si]
	line := strings.TrimRight(d.Text[sp.Start:sp.End], " \t")
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?:;\"”’'") || !text.AloneOnLine(d.Text, sp) {
		return false
	}
	above := strings.TrimRight(d.Text[:sp.Start], " \t")
	if !strings.HasSuffix(above, "\n") {
		return false
	}
	above = above[:len(above)-1]
	above = strings.TrimSpace(above[strings.LastIndexByte(above, '\n')+1:])
	return above != "" && text.IsLiveMark(above)
}
