package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// attemptBid reports whether noun i is a "bid" whose "to" + verb tells
// what it tries to achieve ("launched a bid to become mayor", "in a bid to
// halve the deficit", "its bid to host the Games"): an attempt, not an
// offer. A bid to acquire something is an offer to its owners ("a bid to
// buy the club") and stays one.
func attemptBid(s *syntax.Sentence, i int) bool {
	if s.Words[i].Lemma != "bid" {
		return false
	}
	k := nounToVerb(s, i)
	return k >= 0 && !acquisitions[withParticle(s, k)]
}

// acquisitions are the acts of taking something over from its owners.
var acquisitions = map[string]bool{"buy": true, "acquire": true, "purchase": true, "take over": true, "merge": true}
