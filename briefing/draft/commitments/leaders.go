package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// ledBody returns the body named before byte a that person p leads or
// speaks for by the office their role names ("council leader", "union
// general secretary", "police chief"): the organisation of that kind
// named last by the end of the sentence that first named the person, in
// which the text brought them in as its leader. A former office holder speaks for no body.
func (r *actorResolver) ledBody(p, a int) (int, bool) {
	w := r.leaderOffice(p)
	if w == "" {
		return 0, false
	}
	for _, m := range r.d.Parties[p].Mentions {
		if m.Start >= 0 && m.Start < a {
			a = r.sentenceEnd(m.Start, a) // "said Rolf Dress, a spokesman for Union Investment": the body may follow in that sentence
		}
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
	words := append(role, r.titleWords(p)...)
	for _, w := range words {
		if namedBodies[w] != nil {
			return w
		}
	}
	for _, w := range words {
		if b := headedBodies[w]; b != "" {
			return b
		}
	}
	return ""
}

// headedBodies are the bodies an office heads that names no body itself:
// a mayor speaks for the council ("“We will not borrow,” Mayor Denise
// Carver said": Riverton council).
var headedBodies = map[string]string{"mayor": "council"}

// titleWords returns the words of the title written right before a
// mention of person p that the role may have left out ("Council leader
// Joan Pike" at the start of a sentence): the office words and body nouns
// that stand next to the name, lower-cased, or nil after a "former".
func (r *actorResolver) titleWords(p int) []string {
	var out []string
	for _, m := range r.d.Parties[p].Mentions {
		if m.Start <= 0 || m.Start > len(r.d.Text) {
			continue
		}
		before := strings.Fields(strings.ToLower(r.d.Text[max(0, m.Start-60):m.Start]))
		for n := len(before) - 1; n >= 0; n-- {
			w := before[n]
			if w == "former" || strings.HasPrefix(w, "ex-") {
				return nil
			}
			if !offices[w] && !titleQualifiers[w] && namedBodies[w] == nil {
				break
			}
			out = append(out, w)
		}
	}
	return out
}

// titleQualifiers stand in a title between the body and the office
// ("union general secretary", "council deputy leader").
var titleQualifiers = WordSet("general deputy national regional acting assistant")

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

// sentenceEnd returns the end of the sentence holding byte at, or limit
// when that lies before it.
func (r *actorResolver) sentenceEnd(at, limit int) int {
	n := r.sentenceIndex(at)
	if n < len(r.d.Sentences) && r.d.Sentences[n].End < limit {
		return r.d.Sentences[n].End
	}
	return limit
}

// namedLeader returns the person who leads the body that noun h names without
// a name of its own, said in a participle after it ("The main opposition
// party, led by Andres Saar,"), or the body that leads those it names
// ("its lenders, led by Carrow Bank,"), or false.
func (r *actorResolver) namedLeader(s *syntax.Sentence, h int) (int, bool) {
	tag := s.Words[h].XPOS
	if tag != "NN" && tag != "NNS" {
		return 0, false
	}
	for _, v := range s.ChildrenWith(h, "acl") {
		if !leadVerbs[s.Words[v].Lemma] || s.Words[v].XPOS != "VBN" {
			continue
		}
		for _, k := range agentOf(s, v) {
			f, l := phrase(s, k)
			for n, m := range r.picked(s.Bytes(f, l)) {
				kind := r.d.Parties[m.party].Kind
				if tag == "NN" && personKind(kind) || n == 0 && orgKind(kind) && s.Words[v].Lemma == "lead" {
					return m.party, true // not "The rebels, led by Graham Oduya,": a group acts as itself
				}
			}
		}
	}
	return 0, false
}

// leadVerbs say who leads a body.
var leadVerbs = WordSet("lead head chair")
