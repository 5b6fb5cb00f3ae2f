package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// publisher returns the organisation or state that publishes the text in
// its own voice: the one whose name alone, or with the title of its own
// document, heads it (see text.Issuer),
// else the body the person on a message's "From:" line writes for (see
// sender), else the one named on its "From:" line ("From: Ministry of
// Transport"), whose press release or page it is.
func (r *actorResolver) publisher() (int, bool) {
	if p, ok := r.openingBody(); ok {
		return p, true // "The Security Council,": the body whose resolution this is
	}
	if p, ok := text.Issuer(r.d); ok {
		return p, true
	}
	if m, ok := r.sender(); ok && m.body >= 0 {
		return m.body, true // "From: Nadia Hale, Chief Executive": the company she writes for
	}
	found := 0
	_, ok := text.LabelledLine(r.d.Text, func(label string, lineEnd int) bool {
		if !publisherLabels[strings.ToLower(label)] {
			return false
		}
		start := strings.LastIndexByte(r.d.Text[:lineEnd], '\n') + 1
		for _, p := range r.in(start, lineEnd) {
			if r.institution(p) {
				found = p
				return true
			}
		}
		return false
	})
	return found, ok
}

// openingBody returns the institution named on the line that opens a
// resolution's operative text (see text.OpeningLines), if the text has one.
func (r *actorResolver) openingBody() (int, bool) {
	for _, m := range text.OpeningLines(r.d.Text) {
		for _, p := range r.in(m[0], m[1]) {
			if r.institution(p) {
				return p, true
			}
		}
	}
	return 0, false
}

// publisherLabels open the line of a press release or a page that names
// who issues it.
var publisherLabels = map[string]bool{"from": true, "issued by": true, "published by": true}

// ownVoice returns the party whose own voice a "we" or "our" outside any
// quotation and any transcript turn in sentence si is: the publisher of
// the page (see publisher), else the body the page's lead is about ("The
// Harbour Workers' Union has won …" … "We will publish the result on this
// website"). A "we" in the middle of a quotation that runs over several
// sentences is the speaker's, not the page's.
func (r *actorResolver) ownVoice(si int) (int, bool) {
	if si < 0 || si >= len(r.d.Sentences) || r.openQuotation(r.d.Sentences[si].Start) {
		return 0, false
	}
	if p, ok := r.publisher(); ok {
		return p, true
	}
	return r.leadSubject()
}

// leadSubjectSentences bounds how far into the text the lead is, in
// sentences whose main verb has a subject: headings, dates and lines such
// as "Presented to Parliament by …" above it do not count.
const leadSubjectSentences = 4

// leadSubject returns the organisation or state that the subject of the
// main verb of the text's lead is: the first sentence whose main verb has
// a subject that names a party, when the name is that subject, not a word
// inside it ("the council member from Russia").
func (r *actorResolver) leadSubject() (int, bool) {
	clauses := 0
	for si := 0; si < len(r.d.Parsed) && clauses < leadSubjectSentences; si++ {
		s := &r.d.Parsed[si]
		for root := range s.Words {
			if s.Words[root].Head >= 0 {
				continue
			}
			subs := s.ChildrenWith(root, "nsubj") // the parser may split a name ("Dockworkers' | Guild")
			if len(subs) == 0 {
				continue
			}
			clauses++
			first, _ := phrase(s, subs[0])
			_, last := phrase(s, subs[len(subs)-1])
			a, b := s.Bytes(first, last)
			marks := r.picked(a, b)
			for _, m := range marks {
				if h := s.Words[subs[0]]; m.start <= h.Start && h.End <= m.end {
					return m.party, r.institution(m.party)
				}
			}
			if len(marks) > 0 {
				return 0, false // "Russian airstrikes against anti-Assad fighters": a name in the subject, not the subject
			}
		}
	}
	return 0, false
}

// openQuotation reports whether a quotation opened earlier in the
// paragraph is still open at byte a.
func (r *actorResolver) openQuotation(a int) bool { return text.OpenQuotation(r.d.Text, a) }
