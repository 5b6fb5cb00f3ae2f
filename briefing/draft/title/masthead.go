package title

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// mastheadTitle joins a masthead to the heading on the line under it: a
// company's release opens "Kestrel Logistics Group plc" / "Preliminary
// results for the year ended 31 December 2025", a committee's transcript
// "Transport Committee" / "Oral evidence: Winter disruption …". The name
// alone says who speaks, not what the document is about, so the title is
// "Kestrel Logistics Group plc: Preliminary results for the year ended 31
// December 2025". It reports false when the first line is more than a name
// or no heading stands under it.
func mastheadTitle(d *doc.Document, first briefing.Span) (string, bool) {
	if _, ok := text.Masthead(d); !ok || len(d.Sentences) < 2 || d.Sentences[0] != first {
		return "", false
	}
	next := lineAfter(d, first)
	head := strings.TrimSpace(d.Text[next.Start:next.End])
	between := d.Text[first.End:next.Start]
	if strings.TrimSpace(between) != "" || !text.AloneOnLine(d.Text, next) || text.EndsSentence(head) ||
		strings.HasSuffix(head, ":") || !text.Wordy(head) || text.WordCount(head) > text.MaxTitleWords ||
		!startsUpper(head) {
		return "", false
	}
	name := text.OneLineText(d.Text[first.Start:first.End])
	head = text.OneLineText(head)
	if strings.Contains(head, ":") {
		return name + " — " + head, true
	}
	return name + ": " + head, true
}

// lineAfter returns the sentence, prose or furniture, that follows sp: a
// heading under a masthead may read as furniture ("Oral evidence: …").
func lineAfter(d *doc.Document, sp briefing.Span) briefing.Span {
	next := d.Sentences[1]
	for _, f := range d.Furniture {
		if f.Start >= sp.End && f.Start < next.Start {
			return f
		}
	}
	return next
}
