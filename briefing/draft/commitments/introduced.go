package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// introducedSpeaker returns the person who speaks a quotation that no
// verb of saying attributes, when the sentence that opens its paragraph
// before the quotation tells of that person ("She repeated her main
// campaign pledges. “We will freeze the municipal portion of your
// property tax. We will hire 60 new paramedics.”"): the subject of that
// sentence, a person named or "he" or "she". Nil when the quotation's
// sentences say who speaks or no such sentence comes before them.
func (r *actorResolver) introducedSpeaker(s *syntax.Sentence, si int) []int {
	k := si
	for ; k >= 0; k-- {
		q := r.sentence(k)
		if q == nil || len(q.Words) == 0 || !opensInQuote(q) {
			break
		}
		for w := range q.Words {
			if sayingVerb(q, w) {
				return nil // the quotation says who speaks
			}
		}
		if k == 0 || strings.Contains(r.d.Text[r.d.Sentences[k-1].End:r.d.Sentences[k].Start], "\n") {
			return nil // the quotation opens its paragraph
		}
	}
	if k == si || k < 0 {
		return nil
	}
	if r.openQuotation(r.d.Sentences[k].Start) {
		return nil // "“This is a historic week. Samuel has been magnificent. We intend …”": still the quotation
	}
	intro := r.sentence(k)
	root := intro.Root()
	if root < 0 || quotedWord(intro, root) {
		return nil
	}
	sub := firstChild(intro, root, "nsubj")
	if sub < 0 {
		return nil
	}
	a, b := intro.Bytes(phrase(intro, sub))
	for _, m := range r.picked(a, b) {
		if personKind(r.d.Parties[m.party].Kind) && m.start == intro.Words[sub].Start || personKind(r.d.Parties[m.party].Kind) && intro.Words[sub].UPOS == "PROPN" {
			return []int{m.party}
		}
	}
	if p := lower(intro.Words[sub].Form); p == "he" || p == "she" {
		return r.salientPerson(k, a, p)
	}
	return nil
}

// opensInQuote reports whether sentence q starts inside a quotation or
// with its opening mark.
func opensInQuote(q *syntax.Sentence) bool {
	return quotedWord(q, 0) || markDirection(q, 0) == opensQuote || markDirection(q, 0) == togglesQuote
}
