package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// namedEvent returns the date the sentence before clause c gives to a
// noun that names the act c tells, or the act c is coordinated with
// ("Central to the case was a meeting on 15 December 1953. Executives met
// and agreed to present a unified strategy": the meeting is when they
// met, and agreed). Only a past act is dated so: the noun and the verb
// tell the same event.
func namedEvent(d *doc.Document, ds []dates.Mark, c clause) (dates.Mark, bool) {
	s := c.s
	if !c.past || c.si == 0 {
		return dates.Mark{}, false
	}
	names := map[string]bool{}
	for _, v := range []int{c.verb, conjunctHead(s, c.verb)} {
		if v >= 0 && s.Words[v].UPOS == "VERB" {
			for _, n := range eventNouns(lower(s.Words[v].Lemma)) {
				names[n] = true
			}
		}
	}
	ps := &d.Parsed[c.si-1]
	in := dates.Within(ds, ps.Start, ps.End)
	for w := range ps.Words {
		if ps.Words[w].UPOS != "NOUN" || !names[lower(ps.Words[w].Lemma)] {
			continue
		}
		if m, ok := dateOfThing(ps, in, w); ok {
			return m, true
		}
	}
	return dates.Mark{}, false
}

// eventNouns are the nouns that name the act of verb lemma v: the verb
// itself used as a noun ("a vote"), or its gerund ("a meeting", "the
// signing").
func eventNouns(v string) []string {
	out := []string{v, v + "ing"}
	if stem, ok := strings.CutSuffix(v, "e"); ok {
		out = append(out, stem+"ing") // "vote" → "voting"
	}
	return out
}

// conjunctHead returns the verb that verb v is coordinated with, or -1.
func conjunctHead(s *syntax.Sentence, v int) int {
	if w := s.Words[v]; w.Head >= 0 && text.RelIs(w.Rel, "conj") && s.Words[w.Head].UPOS == "VERB" {
		return w.Head
	}
	return -1
}
