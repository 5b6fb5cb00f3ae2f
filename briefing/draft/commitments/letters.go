package commitments

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

// A letter printed in a page ("Dear Prime Minister, … Yours ever, Helen")
// speaks as "I" for the one who signs it under its closing words, not for
// the page's author: a resignation letter and the reply to it, each
// printed in full, have two different "I"s.

// salutationRe matches the line that opens a letter.
var salutationRe = regexp.MustCompile(`(?m)^[ \t]*Dear [^\n]{1,60}?,?[ \t]*$`)

// valedictionRe matches the line that closes a letter, above the
// signature.
var valedictionRe = regexp.MustCompile(`(?mi)^[ \t]*(?:yours(?: (?:sincerely|faithfully|truly|ever|respectfully))?|(?:with )?(?:kind|best|warm(?:est)?) (?:regards|wishes)|regards|sincerely|respectfully),?[ \t]*$`)

// maxSignatureBytes bounds the line that signs a letter.
const maxSignatureBytes = 60

// letterSigner returns the person who signs the letter that byte a
// stands in: a salutation opens it before a, a closing line ends it after
// a with none between, and the line under the closing names someone the
// text names, in full, by the given name alone ("Helen" for Helen
// Garvey) or by their office.
func (r *actorResolver) letterSigner(a int) (int, bool) {
	t := r.d.Text
	opens := salutationRe.FindAllStringIndex(t[:a], -1)
	if len(opens) == 0 {
		return 0, false
	}
	rest := t[opens[len(opens)-1][1]:]
	end := valedictionRe.FindStringIndex(rest)
	if end == nil || opens[len(opens)-1][1]+end[0] < a || salutationRe.MatchString(rest[:end[0]]) {
		return 0, false
	}
	sig := strings.TrimLeft(rest[end[1]:], " \t\r\n")
	if nl := strings.IndexByte(sig, '\n'); nl >= 0 {
		sig = sig[:nl]
	}
	sig = strings.TrimSpace(sig)
	if sig == "" || len(sig) > maxSignatureBytes {
		return 0, false
	}
	if p, ok := r.namedPerson(sig); ok {
		return p, true
	}
	found := -1
	for p, party := range r.d.Parties {
		if !personKind(party.Kind) {
			continue
		}
		first, _, _ := strings.Cut(party.Name, " ")
		if first == sig || gazetteer.Fold(party.Role) == gazetteer.Fold(sig) {
			if found >= 0 {
				return 0, false // two people it may be
			}
			found = p
		}
	}
	return found, found >= 0
}
