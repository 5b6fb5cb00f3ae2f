package commitments

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// agreementHeadingRe matches the heading of a text that is an agreement
// itself, its name first ("COALITION AGREEMENT", "AGREEMENT BETWEEN THE
// GOVERNMENT OF …", "Memorandum of Understanding on …"), not a story
// about one ("Altamira and Hanseong Sign 20-Year LNG Agreement").
var agreementHeadingRe = regexp.MustCompile(`(?i)^(?:[\p{L}-]+ ){0,2}(?:` + agreementNames + `)\b`)

// agreementNameRe matches a line that is an agreement's name and nothing
// more ("JOINT DECLARATION OF INTENT"), not a headline about one ("TRADE
// AGREEMENT SIGNED").
var agreementNameRe = regexp.MustCompile(`(?i)^(?:[\p{L}-]+ ){0,3}(?:` + agreementNames + `)$`)

// agreementNames are the words an agreement is named by.
const agreementNames = `agreement|memorandum of understanding|accord|treaty|protocol|convention|pact|compact|declaration of intent`

// agreementText reports whether the text is an agreement's own: its first
// line, or a line in capitals among its first lines under a web page's
// header, is the agreement's name ("JOINT DECLARATION OF INTENT" under
// "Government.nl" and a page's path; see agreementHeadingRe and
// agreementNameRe).
func agreementText(d *doc.Document) bool {
	for k, line := range strings.SplitN(strings.TrimSpace(d.Text), "\n", headingLines+1) {
		line = strings.TrimSpace(line)
		if k == 0 && agreementHeadingRe.MatchString(line) || k < headingLines && line == strings.ToUpper(line) && agreementNameRe.MatchString(line) {
			return true
		}
	}
	return false
}

// headingLines is how many lines from the top a heading in capitals that
// names an agreement may stand.
const headingLines = 12

// asAgreedTerm returns the status of clause c, drafted as st, in the text
// of an agreement: what its parties will or shall do, told outside any
// quotation and neither refused nor conditional, is a term they agreed
// ("1.1. The coalition partners will vote together in the Saeima").
func (r *actorResolver) asAgreedTerm(c clause, st string) string {
	if st != briefing.StatusIntends && st != briefing.StatusPledged || r.quoted(c.s, c.verb) {
		return st
	}
	if m := modalOf(c.s, c.verb); m == "will" || m == "shall" {
		return briefing.StatusAgreed
	}
	return st
}
