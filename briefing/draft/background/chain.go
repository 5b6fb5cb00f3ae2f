package background

import (
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// An undated past sentence shares the time of the dated background
// sentence before it only when that sentence's own event is past: a
// sentence in the present ("The fighting has killed 3,000 people since
// the rebels seized the city in 2023"), or one dated only by a clause on
// a noun ("Penfold, which had bid for it last autumn, said …"), sets no
// scene for what follows ("UN spokesperson Maria Lindqvist welcomed the
// deal" is the news, not 2023). A scene told in the pluperfect ("Skyline
// had threatened in September to drop six routes") goes on only in the
// pluperfect: the simple past after it is back at the news ("Its shares
// rose 4 percent").

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
		if m.Value == when && !dateInNounAside(d, si, m) && !inRelativeStretch(s, dates.WordAt(s, m.Start)) {
			return true
		}
	}
	return len(marks) == 0
}

// inRelativeStretch reports whether word k stands in a stretch set off
// by commas that a relative word opens ("Penfold, which had bid for it
// last autumn, said …"), however the parse hung its words.
func inRelativeStretch(s *syntax.Sentence, k int) bool {
	if k < 0 {
		return false
	}
	open := -1
	for j := k - 1; j >= 0 && open < 0; j-- {
		if s.Words[j].Form == "," {
			open = j
		}
	}
	if open < 0 || open+1 >= k || !relativeWord(s.Words[open+1]) {
		return false
	}
	for j := k + 1; j < len(s.Words); j++ {
		if s.Words[j].Form == "," {
			return true
		}
	}
	return false
}

// pluperfect reports whether the main clause of sentence si is told in the
// pluperfect ("had threatened", "had been warned").
func pluperfect(d *doc.Document, si int) bool {
	return si < len(d.Parsed) && dates.Pluperfect(&d.Parsed[si], d.Parsed[si].Root())
}
