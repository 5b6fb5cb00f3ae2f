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

// followWords open a phrase naming the event an act came after.
var followWords = WordSet("after following")

// eventReach is how many sentences before a past act the event it
// followed may be dated.
const eventReach = 3

// followedEvent returns the year of the event that clause c's own "after"
// phrase names, when one of the sentences just before dates an event
// told with the same words ("The two leaders signed the declaration in
// May 2016, during the King's trip to Beijing. … After the King's visit to
// Beijing, the two countries vowed …"): the act followed it, so the year
// is all the text tells of the act's time.
func followedEvent(d *doc.Document, ds []dates.Mark, c clause) (string, bool) {
	s := c.s
	if !c.past {
		return "", false
	}
	for _, k := range s.Children(c.verb) {
		if s.Words[k].UPOS != "NOUN" || !hasChildLemma(s, k, followWords, "case") {
			continue // whatever relation the parse gave the phrase: "After the visit, they vowed"
		}
		words := map[string]bool{}
		first, last := s.Subtree(k)
		for w := first; w <= last && s.Words[w].Form != ","; w++ {
			if u := s.Words[w].UPOS; u == "NOUN" || u == "PROPN" {
				words[lower(s.Words[w].Lemma)] = true // up to the comma that ends the phrase, whatever the parse hung below it
			}
		}
		for si := c.si - 1; si >= 0 && si >= c.si-eventReach; si-- {
			ps := &d.Parsed[si]
			in := dates.Within(ds, ps.Start, ps.End)
			if len(in) > 0 && len(in[0].Value) >= 4 && sharedWords(ps, words) >= 2 {
				return in[0].Value[:4], true
			}
		}
	}
	return "", false
}

// sharedWords counts the distinct nouns and names of s among words.
func sharedWords(s *syntax.Sentence, words map[string]bool) int {
	seen := map[string]bool{}
	for _, w := range s.Words {
		if l := lower(w.Lemma); words[l] && (w.UPOS == "NOUN" || w.UPOS == "PROPN") {
			seen[l] = true
		}
	}
	return len(seen)
}
