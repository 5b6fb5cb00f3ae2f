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
var agreementHeadingRe = regexp.MustCompile(`(?i)^(?:[\p{L}-]+ ){0,2}(?:agreement|memorandum of understanding|accord|treaty|protocol|convention|pact|compact)\b`)

// agreementText reports whether the text is an agreement's own: its first
// line is the agreement's name (see agreementHeadingRe).
func agreementText(d *doc.Document) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(d.Text), "\n")
	return agreementHeadingRe.MatchString(strings.TrimSpace(first))
}

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
