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

// printedLetter is a letter printed in the text: the bytes from the end
// of its salutation to the start of its closing line, and the person who
// signs it (-1 when the text names no one so).
type printedLetter struct {
	start, end, signer int
}

// letterSigner returns the person who signs the letter that byte a
// stands in (see printedLetters).
func (r *actorResolver) letterSigner(a int) (int, bool) {
	if r.letters == nil {
		ls := printedLetters(r)
		r.letters = &ls
	}
	for _, l := range *r.letters {
		if l.start <= a && a < l.end {
			return l.signer, l.signer >= 0
		}
	}
	return 0, false
}

// printedLetters finds the letters printed in the text: a salutation
// opens each, a closing line ends it with no salutation between, and the
// line under the closing names the one who signs it, whom the text names
// in full, by the given name alone ("Helen" for Helen Garvey) or by their
// office.
func printedLetters(r *actorResolver) []printedLetter {
	t := r.d.Text
	var out []printedLetter
	opens := salutationRe.FindAllStringIndex(t, -1)
	for k, o := range opens {
		next := len(t)
		if k+1 < len(opens) {
			next = opens[k+1][0]
		}
		end := valedictionRe.FindStringIndex(t[o[1]:next])
		if end == nil {
			continue
		}
		sig := strings.TrimLeft(t[o[1]+end[1]:next], " \t\r\n")
		if nl := strings.IndexByte(sig, '\n'); nl >= 0 {
			sig = sig[:nl]
		}
		out = append(out, printedLetter{start: o[1], end: o[1] + end[0], signer: r.signer(strings.TrimSpace(sig))})
	}
	return out
}

// signer returns the person a letter's signature line names, or -1.
func (r *actorResolver) signer(sig string) int {
	if sig == "" || len(sig) > maxSignatureBytes {
		return -1
	}
	if p, ok := r.namedPerson(sig); ok {
		return p
	}
	found := -1
	for p, party := range r.d.Parties {
		if !personKind(party.Kind) {
			continue
		}
		first, _, _ := strings.Cut(party.Name, " ")
		if first == sig || gazetteer.Fold(party.Role) == gazetteer.Fold(sig) {
			if found >= 0 {
				return -1 // two people it may be
			}
			found = p
		}
	}
	return found
}
