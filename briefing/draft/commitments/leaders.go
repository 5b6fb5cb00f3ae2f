package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// ledBody returns the body named before byte a that person p leads or
// speaks for by the office their role names ("council leader", "union
// general secretary", "police chief"): the organisation of that kind
// named last. A former office holder speaks for no body.
func (r *actorResolver) ledBody(p, a int) (int, bool) {
	w := r.leaderOffice(p)
	if w == "" {
		return 0, false
	}
	if b := r.body(w, a); len(b) > 0 && b[0] != p {
		return b[0], true
	}
	return 0, false
}

// leaderOffice returns the body word of person p's role when p holds it
// now ("council leader": "council"), else "".
func (r *actorResolver) leaderOffice(p int) string {
	role := strings.Fields(strings.ToLower(r.d.Parties[p].Role))
	for _, w := range role {
		if w == "former" || strings.HasPrefix(w, "ex-") {
			return ""
		}
	}
	for _, w := range role {
		if namedBodies[w] != nil {
			return w
		}
	}
	return ""
}

// ledLocalBody names the local body that the speaker of a quoted "we"
// leads when no party is that body but the text ties it to a place
// ("Councillors in Westbury voted … “We will not close the pool,”
// council leader Margaret Fenwick said": "Westbury council"), else "".
func (r *actorResolver) ledLocalBody(s *syntax.Sentence, si int, actors, ps []int) string {
	if len(ps) != 1 || !personKind(r.d.Parties[ps[0]].Kind) || !quotedWe(s, actors) {
		return ""
	}
	body := r.leaderOffice(ps[0])
	if !localBodies[body] {
		return ""
	}
	if _, ok := r.ledBody(ps[0], s.End); ok {
		return ""
	}
	if place := r.placeOf(si, body); place != "" {
		return place + " " + body
	}
	return ""
}

// quotedWe reports whether an actor head is a quoted "we".
func quotedWe(s *syntax.Sentence, actors []int) bool {
	for _, h := range actors {
		if lower(s.Words[h].Form) == "we" && quotedWord(s, h) {
			return true
		}
	}
	return false
}
