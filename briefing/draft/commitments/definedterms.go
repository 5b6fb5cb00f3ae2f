package commitments

import (
	"regexp"
	"strings"
)

// definedTermRe finds a bracket that gives a name its defined terms, in
// quotation marks: `Harcourt Lithium plc ("Harcourt" or the "Company")`.
var definedTermRe = regexp.MustCompile(`\(((?:[^()"“”]{0,20}["“][^"“”()]{2,40}["”]){1,3})[^()]{0,10}\)`)

// definedTerm returns the party whose name comes right before the bracket
// in which the text defines term ("the Company", "the Group"), by which
// releases and filings call it after: the "Company" of `Harcourt Lithium
// plc ("Harcourt" or the "Company")`.
func (r *actorResolver) definedTerm(term string) (int, bool) {
	if r.termBrackets == nil {
		brackets := definedTermRe.FindAllStringSubmatchIndex(r.d.Text, -1)
		r.termBrackets = &brackets
	}
	for _, m := range *r.termBrackets {
		inside := r.d.Text[m[2]:m[3]]
		if !strings.Contains(inside, `"`+term+`"`) && !strings.Contains(inside, "“"+term+"”") {
			continue
		}
		before := strings.TrimRight(r.d.Text[:m[0]], " \t\r\n")
		for _, p := range r.in(max(0, len(before)-120), len(before)) {
			for _, mention := range r.d.Parties[p].Mentions {
				if mention.End == len(before) && r.institution(p) {
					return p, true
				}
			}
		}
	}
	return 0, false
}
