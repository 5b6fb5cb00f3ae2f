package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// turnSpeaker returns the party whose name labels the turn of a transcript
// that sentence si belongs to ("Lidia Varga: … We will not accept a cut"):
// the speaker of its "we" and "I".
func (r *actorResolver) turnSpeaker(si int) (int, bool) {
	a, b, ok := turnLabel(r.d, si)
	if !ok {
		return 0, false
	}
	ps := r.in(a, b)
	if len(ps) == 0 || !personKind(r.d.Parties[ps[0]].Kind) {
		return 0, false
	}
	return ps[0], true
}

// labelledQuote returns the speaker whose label opens a quotation with no
// verb of saying of its own ("Brandt: 'We will not govern with them'"), a
// transcript's turn or a live page's line.
func (r *actorResolver) labelledQuote(s *syntax.Sentence, si int) (int, bool) {
	for k := range s.Words {
		if sayingVerb(s, k) {
			return 0, false
		}
	}
	return r.turnSpeaker(si)
}
