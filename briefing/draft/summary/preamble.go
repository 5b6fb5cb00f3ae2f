package summary

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// preamble reports whether sentence si is a preambular paragraph of a
// resolution, after the line that names the body adopting it ("The
// Security Council,"): it opens with a participle ("Recalling its previous
// resolutions …", "Welcoming the signing …") and recites what came before;
// the decisions follow it.
func preamble(d *doc.Document, si int) bool {
	if si < 0 || si >= len(d.Sentences) || si >= len(d.Parsed) || len(d.Parsed[si].Words) == 0 {
		return false
	}
	lines := text.OpeningLines(d.Text)
	if len(lines) == 0 || d.Sentences[si].Start < lines[0][1] {
		return false
	}
	w := d.Parsed[si].Words[0]
	return w.XPOS == "VBG" && strings.ToUpper(w.Form[:1]) == w.Form[:1]
}
