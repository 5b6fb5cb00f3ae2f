package draft

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// The gold briefs' dates are drafted with their values, and no drafted
// date is wrong, as the brief scorer counts them: a drafted date is right
// when a span overlaps a gold quote of the same value. The floor is that
// of all 354 briefs (91.97 % and 93.2 %: the last ten, whose annotator
// gave a week only its month and a quarter only its year, found 85.7 %);
// before, that of all 294 briefs once the date on a page's header line is read (92.5 %
// and 92.99 %; 92.5 % and 93.1 % on all 304, 92.3 % and 93.0 % on all 314: briefs whose annotators left that date out count it as
// wrong, as the dateline's date did before); before that, that of all 274
// briefs, the last 169 of which were written unseen (90.6 % and
// 94.5 %; 90.3 % and 94.2 % on all 284, the last ten a statement's
// timetable, an election's and a notice's schedules among them; the last 20 of the 274, a recall notice, a parliament's record, a fund's
// press release, an annual report, a defence communique, an earnings call,
// a port's notice, a council's minutes and others, bring dates in tables
// and quarters; 91.1 % and 94.9 % on the first 254, whose last 30 add
// genres whose dates the drafts often miss:
// notices with dates in tables, sentencing remarks, advisories); that of
// the first 204 was 92 % and 95 % (92.4 % and
// 95.8 % when the last 40, of genres with many dates the drafts still
// miss, were added; 93.6 % and 96.5 % on the first 164 once a dateline's
// date is read, some briefs whose annotators left the dateline's date out
// counting it as wrong; 94.5 % and 97.1 % on the first 135).
func TestDatesGoldOwn(t *testing.T) {
	t.Parallel() // drafts many articles: runs beside the other long tests
	found, gold, right, drafted := 0, 0, 0, 0
	golds, briefs := draftedGoldOwn(t)
	for i, g := range golds {
		b := briefs[i]
		for _, gd := range g.Dates {
			gold++
			ok := false
			for _, dr := range b.Dates {
				ok = ok || sameDate(g.Text, gd.Quote, gd.Value, dr)
			}
			if ok {
				found++
			} else {
				t.Logf("%s: %q = %s not drafted", g.ID, gd.Quote, gd.Value)
			}
		}
		for _, dr := range b.Dates {
			drafted++
			ok := false
			for _, gd := range g.Dates {
				ok = ok || sameDate(g.Text, gd.Quote, gd.Value, dr)
			}
			if ok {
				right++
			} else {
				t.Logf("%s: drafted %q = %s is not a gold date", g.ID, dr.Text, dr.Value)
			}
		}
	}
	t.Logf("dates found with the right value %d/%d, drafted dates right %d/%d", found, gold, right, drafted)
	if found*100 < 91*gold || right*100 < 92*drafted {
		t.Errorf("dates on the own gold briefs: found %d/%d, right %d/%d; want at least 91%% and 92%%", found, gold, right, drafted)
	}
}

// sameDate reports whether drafted date dr has value and a span that
// overlaps an occurrence of quote in text.
func sameDate(text, quote, value string, dr briefing.DateRef) bool {
	if dr.Value != value {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], quote)
		if i < 0 {
			return false
		}
		i += from
		for _, sp := range dr.Spans {
			if sp.Start < i+len(quote) && i < sp.End {
				return true
			}
		}
		from = i + 1
	}
}
