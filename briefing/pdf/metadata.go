package pdf

import (
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"github.com/briefdesk/briefdesk/briefing"
)

// creator is written as the PDF's creator application.
const creator = "BriefDesk"

// setMetadata fills the document information: title, author, subject,
// keywords (the parties), creator and the dates, which come from the brief
// and never from the clock.
func setMetadata(pdf *fpdf.Fpdf, b *briefing.Brief) {
	pdf.SetTitle(clean(titleOf(b)), true)
	if a := clean(b.Author); a != "" {
		pdf.SetAuthor(a, true)
	}
	pdf.SetSubject(subject(b), true)
	if k := keywords(b); k != "" {
		pdf.SetKeywords(k, true)
	}
	pdf.SetCreator(creator, true)
	pdf.SetProducer(creator, true)
	pdf.SetCreationDate(docDate(b.Created, b.Updated, b.Source.Published))
	pdf.SetModificationDate(docDate(b.Updated, b.Created, b.Source.Published))
}

// subject names what the brief was drafted from.
func subject(b *briefing.Brief) string {
	for _, s := range []string{b.Source.Title, b.Source.URL} {
		if s = clean(s); s != "" {
			return "Briefing note on " + s
		}
	}
	return "Briefing note"
}

// keywords are the parties' names, without repeats, in the brief's order.
func keywords(b *briefing.Brief) string {
	seen := map[string]bool{}
	var out []string
	for _, p := range b.Parties {
		n := clean(p.Name)
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return strings.Join(out, ", ")
}
