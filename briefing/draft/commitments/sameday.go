package commitments

import (
	"regexp"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// sameDayRe matches words that put an act on the day named before it
// ("rejected the demand hours later", "later that day").
var sameDayRe = regexp.MustCompile(`(?i)\b(?:(?:hours|minutes) (?:later|earlier|afterwards)|later (?:that|the same) day|the same day)\b`)

// sameDayReach is how many sentences before the act the day it shares
// may be named.
const sameDayReach = 5

// sameDay returns the day named last before clause c, in its sentence or
// the ones just before, when the clause puts its act on that day
// ("Mbeki said Wednesday … Salcedo rejected the demand hours later"); a
// day after publication does not date an act told in the past.
func sameDay(d *doc.Document, ds []dates.Mark, c clause) (dates.Mark, bool) {
	from, to := c.s.Bytes(c.first, c.last)
	loc := sameDayRe.FindStringIndex(d.Text[from:to])
	if loc == nil {
		return dates.Mark{}, false
	}
	pub := d.Published.Format("2006-01-02")
	before := dates.Within(ds, previousStart(d, c.si, sameDayReach), from+loc[0])
	for k := len(before) - 1; k >= 0; k-- {
		if m := before[k]; len(m.Value) == len(pub) && (!c.past || m.Value <= pub) {
			return m, true
		}
	}
	return dates.Mark{}, false
}
