package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// thingReach is how many sentences either side of an undated act to come
// the thing it acts on may be dated.
const thingReach = 5

// thingDate returns the day the text gives, in the sentences around
// clause c, to the thing its verb acts on and the one it acts towards
// ("Bush is to send his budget proposals to Congress … the budget,
// presented to Congress on Monday"): a date not before publication, in
// the phrase of a noun of the same lemma or on the verb that noun is the
// subject or object of, in a sentence that names the other party too
// (leaving a government sworn in on a day is not done that day).
func thingDate(d *doc.Document, ds []dates.Mark, c clause) (dates.Mark, bool) {
	s := c.s
	obj := firstChild(s, c.verb, "obj")
	if obj < 0 || d.Published.IsZero() {
		return dates.Mark{}, false
	}
	lemmas := map[string]bool{s.Words[obj].Lemma: true}
	for _, k := range s.ChildrenWith(obj, "compound") {
		lemmas[s.Words[k].Lemma] = true
	}
	partners := map[string]bool{}
	for _, k := range s.ChildrenWith(c.verb, "obl", "iobj") {
		if w := s.Words[k]; w.UPOS == "NOUN" || w.UPOS == "PROPN" {
			partners[w.Lemma] = true
		}
	}
	pub := d.Published.Format("2006-01-02")
	for dist := 1; dist <= thingReach; dist++ {
		for _, si := range []int{c.si + dist, c.si - dist} {
			if si < 0 || si >= len(d.Parsed) {
				continue
			}
			ps := &d.Parsed[si]
			if !namesAny(ps, partners) {
				continue
			}
			in := dates.Within(ds, ps.Start, ps.End)
			for w := range ps.Words {
				if ps.Words[w].UPOS != "NOUN" || !lemmas[ps.Words[w].Lemma] || text.RelIs(ps.Words[w].Rel, "compound") {
					continue
				}
				if m, ok := dateOfThing(ps, in, w); ok && m.Value >= pub[:len(m.Value)] && len(m.Value) >= len("2006-01") {
					return m, true
				}
			}
		}
	}
	return dates.Mark{}, false
}

// namesAny reports whether a word of s has one of the lemmas.
func namesAny(s *syntax.Sentence, lemmas map[string]bool) bool {
	for _, w := range s.Words {
		if lemmas[w.Lemma] {
			return true
		}
	}
	return false
}
