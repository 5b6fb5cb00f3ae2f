package parties

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// Capitals: a capital city is another name of its state's government
// where the text uses it so ("Nairobi said it would reply", "talks
// between Nairobi and Kampala"). A dateline only says where the reporter
// is ("NAIROBI, 3 June –"), so the capital in it is the city and no alias
// of the state.

// capitalAsPlace reports whether the capital named at sp is the city, not
// its government: it lies in the article's dateline.
func capitalAsPlace(d *document, sp briefing.Span) bool {
	dl, ok := text.FindDateline(d.Text)
	return ok && sp.Start >= dl.Start && sp.End <= dl.End
}
