package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// periodNouns name a stretch of calendar time that a year may qualify
// ("from the start of the 2027 season", "in the 2026 financial year").
var periodNouns = WordSet("season session year term quarter semester")

// qualifiesPeriod reports whether date m qualifies a noun that names a
// period of time: the date is then the time itself ("will introduce the
// rule from the start of the 2027 season"), not that of another event as
// in "the 2016 review".
func qualifiesPeriod(s *syntax.Sentence, m dates.Mark) bool {
	k := wordAt(s, m.Start)
	if k < 0 || s.Words[k].Head <= k {
		return false
	}
	return periodNouns[s.Words[s.Words[k].Head].Lemma]
}
