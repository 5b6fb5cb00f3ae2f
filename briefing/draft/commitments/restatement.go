package commitments

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// act identifies what a drafted commitment commits to, so that a story
// that tells the same act twice ("will unveil plans …", later "will
// present an Action Plan …") drafts it once.
type act struct {
	actors  string   // the actors' names, sorted
	status  string   // its status
	thing   string   // the lemma of what is acted on: "plan", "budget"
	figures []string // the numbers the commitment's text holds
}

// actOf returns the act of a clause as drafted; its thing is "" when the
// clause acts on nothing named by a noun.
func actOf(c clause, rc briefing.Commitment) act {
	names := slices.Clone(rc.Actors)
	slices.Sort(names)
	return act{actors: strings.Join(names, ";"), status: rc.Status, thing: actedOn(c.s, c.pred), figures: numbers(rc.Text)}
}

// actedOn returns the lemma of the noun that the verb of a clause, or the
// verb that completes it, takes as its object ("pledged to introduce
// a budget" → "budget"), or "".
func actedOn(s *syntax.Sentence, v int) string {
	if s.Words[v].UPOS == "NOUN" {
		return "" // a commitment noun names its act already
	}
	for steps := 0; steps < 2; steps++ {
		if k := firstChild(s, v, "xcomp"); k >= 0 {
			v = k
		}
	}
	k := firstChild(s, v, "obj")
	if k < 0 || s.Words[k].UPOS != "NOUN" && s.Words[k].UPOS != "PROPN" {
		return ""
	}
	return lower(s.Words[k].Lemma)
}

// numbers returns the words of a text that hold a digit.
func numbers(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		if strings.ContainsAny(f, "0123456789") {
			out = append(out, strings.Trim(f, ".,;:()"))
		}
	}
	return out
}

// restates reports whether act b tells act a again: the same actors,
// status and thing acted on, and no figure that differs ("will cut 500
// jobs" and "will cut 200 more jobs" are two acts).
func (a act) restates(b act) bool {
	if a.thing == "" || a.thing != b.thing || a.actors != b.actors || a.status != b.status {
		return false
	}
	if len(a.figures) == 0 || len(b.figures) == 0 {
		return true
	}
	for _, f := range b.figures {
		if slices.Contains(a.figures, f) {
			return true
		}
	}
	return false
}

// told holds the acts drafted so far, in the order of the commitments.
type told []act

// earlier returns the index of the commitment that act x restates, or -1.
func (t told) earlier(x act) int {
	for k, a := range t {
		if a.restates(x) {
			return k
		}
	}
	return -1
}
