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
	if len(d.Sentences) < 2 || d.Sentences[0] != first || !onlyName(d, 0) {
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

// onlyName reports whether sentence si is the name of an organisation the
// parties stage found and nothing else, but for a legal form after it
// ("plc", "Ltd").
func onlyName(d *doc.Document, si int) bool {
	sp := d.Sentences[si]
	line := strings.TrimSpace(d.Text[sp.Start:sp.End])
	for _, p := range d.Parties {
		if p.Kind != briefing.KindOrganisation {
			continue
		}
		for _, m := range p.Mentions {
			if m.Start != sp.Start || m.End > sp.End {
				continue
			}
			rest := strings.Fields(line[m.End-sp.Start:])
			if len(rest) == 0 || len(rest) == 1 && legalForm[strings.ToLower(strings.TrimRight(rest[0], "."))] {
				return true
			}
		}
	}
	return false
}

// legalForm holds the words of a company's legal form that may follow its
// name.
var legalForm = map[string]bool{"plc": true, "ltd": true, "limited": true, "inc": true, "llc": true, "ag": true, "sa": true, "nv": true, "se": true}
