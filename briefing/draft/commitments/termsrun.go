package commitments

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// termsRun follows a paragraph that lists an agreement's terms: once a
// sentence tells what a side will do "under the deal", what the next
// sentences of that paragraph say a party will do goes on listing its
// terms ("Under the deal, Saudi Arabia will carry the largest share of the
// reduction. … Algeria, Kuwait and Oman are to share the remaining
// 100,000 bpd").
type termsRun struct {
	si int // the sentence of the last term told under an agreement; -1 for none
}

// note records the clause just drafted when it is told under an agreement.
func (t *termsRun) note(c clause, si int) {
	if underTerms(c.s, c.verb) {
		t.si = si
	}
}

// status returns the status of a commitment of parties ps drafted in
// sentence si: an intention of the agreement's sides in the paragraph that
// goes on listing its terms is agreed; any other status stays. What a
// body outside the agreement will do is its own intention ("The European
// Commission will propose the legal texts within 90 days").
func (t termsRun) status(d *doc.Document, si int, st string, ps, sides []int) string {
	if st != briefing.StatusIntends || t.si < 0 || si <= t.si || si-t.si > termsRunReach || si >= len(d.Sentences) ||
		len(ps) == 0 || slices.ContainsFunc(ps, func(p int) bool { return !slices.Contains(sides, p) }) {
		return st
	}
	if strings.Contains(d.Text[d.Sentences[t.si].End:d.Sentences[si].Start], "\n") {
		return st // a new paragraph
	}
	return briefing.StatusAgreed
}

// termsRunReach is how many sentences a paragraph's list of terms may run
// on after the sentence that names the agreement.
const termsRunReach = 3
