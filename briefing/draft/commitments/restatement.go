package commitments

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
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
	way     int      // which way the act moves what it acts on: +1 up ("raise"), -1 down ("cut"), 0 neither
	pointed bool     // what is acted on is pointed at ("accepts this recommendation"): the one just told of
}

// actOf returns the act of a clause as drafted; its thing is "" when the
// clause acts on nothing named by a noun.
func actOf(c clause, rc briefing.Commitment) act {
	names := slices.Clone(rc.Actors)
	slices.Sort(names)
	said := rc.Action
	if said == "" {
		said = rc.Text
	}
	v := actedVerb(c)
	return act{actors: strings.Join(names, ";"), status: rc.Status, thing: actedOn(c.s, v), figures: numbers(said),
		way: wayOf(c.s, v), pointed: pointedAt(c.s, v)}
}

// pointedAt reports whether the object of verb v, or of the verb that
// completes it, is pointed at with "this", "that", "these" or "those":
// the thing the text has just told of, so that two such acts in a row
// ("The Government accepts this recommendation", later "The Government
// accepts this recommendation in part") act on two things.
func pointedAt(s *syntax.Sentence, v int) bool {
	k := actedObject(s, v)
	return k >= 0 && hasChildLemma(s, k, demonstratives, "det")
}

// rises and falls are the verbs that move a rate, a price or a number up
// or down.
var (
	rises = WordSet("raise increase hike lift boost extend expand")
	falls = WordSet("cut reduce lower decrease ease trim shrink")
)

// wayOf returns which way the verb of a clause, or the verb that
// completes it, moves what it acts on: "stands ready to raise the rate"
// and "expects to reduce the rate" are two acts.
func wayOf(s *syntax.Sentence, v int) int {
	for steps := 0; steps < 2; steps++ {
		if k := firstChild(s, v, "xcomp"); k >= 0 {
			v = k
		}
	}
	switch l := s.Words[v].Lemma; {
	case rises[l]:
		return 1
	case falls[l]:
		return -1
	}
	return 0
}

// actedVerb returns the verb whose object a clause acts on: a split
// conjunct's own infinitive, else the commitment's predicate.
func actedVerb(c clause) int {
	if c.joinAt > 0 {
		return c.action
	}
	return c.pred
}

// actedOn returns the lemma of the noun that the verb of a clause, or the
// verb that completes it, takes as its object ("pledged to introduce
// a budget" → "budget"), or "".
func actedOn(s *syntax.Sentence, v int) string {
	if s.Words[v].UPOS == "NOUN" {
		return "" // a commitment noun names its act already
	}
	k := actedObject(s, v)
	if k < 0 {
		return ""
	}
	return lower(s.Words[k].Lemma)
}

// actedObject returns the noun that verb v, or the verb that completes
// it, takes as its object, or -1.
func actedObject(s *syntax.Sentence, v int) int {
	for steps := 0; steps < 2; steps++ {
		if k := firstChild(s, v, "xcomp"); k >= 0 {
			v = k
		}
	}
	k := firstChild(s, v, "obj")
	if k < 0 || s.Words[k].UPOS != "NOUN" && s.Words[k].UPOS != "PROPN" {
		return -1
	}
	return k
}

// numbers returns the words of a text that hold a digit, years aside: a
// year dates an act rather than says what it is ("to build 3 schools by
// 2030" and "to build 4 schools by 2030" are two acts).
func numbers(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		f = strings.Trim(f, ".,;:()")
		if strings.ContainsAny(f, "0123456789") && !year(f) {
			out = append(out, f)
		}
	}
	return out
}

// year reports whether a word is a year of four digits from 1900 to 2199.
func year(f string) bool {
	return len(f) == 4 && (strings.HasPrefix(f, "19") || strings.HasPrefix(f, "20") || strings.HasPrefix(f, "21")) &&
		!strings.ContainsFunc(f, func(r rune) bool { return r < '0' || r > '9' })
}

// restates reports whether act b tells act a again: the same actors,
// status and thing acted on, moved the same way, and figures in both tellings or in neither,
// with one in common ("will cut 500 jobs" and "will cut 200 more jobs"
// are two acts).
func (a act) restates(b act) bool {
	if a.thing == "" || a.thing != b.thing || !sameActors(a.actors, b.actors) || a.status != b.status || a.way*b.way < 0 || a.pointed || b.pointed {
		return false
	}
	if len(a.figures) == 0 || len(b.figures) == 0 {
		return len(a.figures) == len(b.figures) // a figure in one telling only says more than the other
	}
	for _, f := range b.figures {
		if slices.Contains(a.figures, f) {
			return true
		}
	}
	return false
}

// sameActors reports whether two tellings name the same actors, or one
// of them names the state its speaker spoke for as well ("Mr Bush
// pledged …", "“We will …,” Mr Bush said": Bush, and Bush with the US).
func sameActors(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, x := range strings.Split(a, ";") {
		if !slices.Contains(strings.Split(b, ";"), x) {
			return false
		}
	}
	return true
}

// bareSigning reports whether clause c tells a signing of nothing it
// names: "sign" with no object, no subject it was done to, no clause and
// no particle ("I've signed", "We signed in good faith", "the two unions
// that signed"). After a signing the text has told, it tells that one
// again when its signer signed before; it says nothing of its own.
func bareSigning(c clause) bool {
	w := c.s.Words[c.verb]
	return w.Lemma == "sign" && firstChild(c.s, c.verb, "obj", "nsubj:pass", "xcomp", "ccomp", "compound:prt") < 0 &&
		!(text.RelIs(w.Rel, "acl") && w.Head >= 0 && commitNouns[c.s.Words[w.Head].Lemma] != "")
}

// signedBefore reports whether a commitment drafted so far is a signing
// by one of actors.
func signedBefore(out []briefing.Commitment, actors []string) bool {
	return slices.ContainsFunc(out, func(c briefing.Commitment) bool {
		return c.Status == briefing.StatusSigned && slices.ContainsFunc(actors, func(a string) bool { return slices.Contains(c.Actors, a) })
	})
}

// told holds the acts drafted so far, each with the index of its
// commitment among those drafted and the sentence that tells it.
type told []toldAct

// toldAct is an act drafted, where its commitment is and where it is told.
type toldAct struct {
	act
	out, si int
}

// earlier returns the act drafted before that act x restates, or false.
func (t told) earlier(x act) (*toldAct, bool) {
	for k := range t {
		if t[k].restates(x) {
			return &t[k], true
		}
	}
	return nil, false
}

// withoutSignings drops the clause of a participle that tells how a deal
// was made when the deal is the subject of another commitment of the
// sentence ("The deal, signed in Santiago on Monday by the two ministers,
// commits both sides to …"): the signing and what the deal commits to are
// one act, told by the main clause.
func withoutSignings(s *syntax.Sentence, found []clause) []clause {
	out := found[:0:0]
	for _, c := range found {
		w := s.Words[c.pred]
		if w.XPOS == "VBN" && w.Head >= 0 && text.RelIs(w.Rel, "acl") && commitNouns[s.Words[w.Head].Lemma] != "" &&
			subjectOfClause(s, found, w.Head) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// subjectOfClause reports whether word n is the subject of the verb of a
// found clause.
func subjectOfClause(s *syntax.Sentence, found []clause, n int) bool {
	for _, c := range found {
		if w := s.Words[n]; w.Head == c.verb && text.RelIs(w.Rel, "nsubj") {
			return true
		}
	}
	return false
}

// withoutPromisedContent drops the clause that tells what a found promise
// (see promiseVerbs) promises, its own complement ("pledged to the
// authority that we will pause dredging if …", "I promise every one of
// my team will get what they're owed"): one commitment, told once. A
// condition on the content makes the promise conditional.
func withoutPromisedContent(s *syntax.Sentence, found []clause) []clause {
	dropped := make([]bool, len(found))
	for i, c := range found {
		w := s.Words[c.pred]
		k := slices.IndexFunc(found, func(p clause) bool {
			return p.pred == w.Head && promiseVerbs[s.Words[p.pred].Lemma] && p.status == briefing.StatusPledged
		})
		if k < 0 || k == i || !text.RelIs(w.Rel, "ccomp") {
			continue
		}
		dropped[i] = true
		if c.status == briefing.StatusConditional {
			found[k].status, found[k].cond = briefing.StatusConditional, c.cond // "pledged that we will pause dredging if the monitoring shows …"
		}
	}
	out := found[:0:0]
	for i, c := range found {
		if !dropped[i] {
			out = append(out, c)
		}
	}
	return out
}
