package summary

import "github.com/briefdesk/briefdesk/briefing/draft/doc"

// verbless reports whether sentence si has no verb at all ("Atlantic FM,
// The Morning Briefing, Tuesday 21 April 2026.", "Presenter: Conor
// Bradley."): a header's names and date, which tell no news.
func verbless(d *doc.Document, si int) bool {
	if si >= len(d.Parsed) || len(d.Parsed[si].Words) == 0 {
		return false
	}
	for _, w := range d.Parsed[si].Words {
		if w.UPOS == "VERB" || w.UPOS == "AUX" {
			return false
		}
	}
	return true
}
