package background

import (
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// An undated past sentence shares the time of the dated background
// sentence before it only when that sentence's own event is past: a
// sentence in the present ("The fighting has killed 3,000 people since
// the rebels seized the city in 2023"), or one dated only by a clause on
// a noun ("Penfold, which had bid for it last autumn, said …"), sets no
// scene for what follows ("UN spokesperson Maria Lindqvist welcomed the
// deal" is the news, not 2023).

// setsScene reports whether background sentence si, dated when, tells a
// past event of its own that the undated past sentences after it may
// continue: its main clause is in a past tense (a past report counts)
// and a date of that value stands outside the asides on its nouns.
func setsScene(d *doc.Document, ds []dates.Mark, si int, when string) bool {
	if si >= len(d.Parsed) || len(d.Parsed[si].Words) == 0 {
		return true
	}
	s := &d.Parsed[si]
	if r := s.Root(); r < 0 || !pastMain(s, r) {
		return false
	}
	sp := d.Sentences[si]
	marks := dates.Within(ds, sp.Start, sp.End)
	for _, m := range marks {
		if m.Value == when && !dateInNounAside(d, si, m) {
			return true
		}
	}
	return len(marks) == 0
}
