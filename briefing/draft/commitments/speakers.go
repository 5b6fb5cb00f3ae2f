package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// speaker is the party that says a quoted "we": the subject of a verb of
// saying outside the quotation ("…," said Karim Alami; "…," she said: the
// person she is), else the last person quoted or named before it.
func (r *actorResolver) speaker(s *syntax.Sentence, si, before int) []int {
	for k, w := range s.Words {
		if !sayingVerb(s, k) {
			continue
		}
		for _, sub := range s.ChildrenWith(k, "nsubj") {
			first, last := phrase(s, sub)
			a, b := s.Bytes(first, last)
			if ps := r.in(a, b); len(ps) > 0 {
				return ps[:1]
			}
			if p := lower(s.Words[sub].Form); p == "he" || p == "she" {
				return r.salientPerson(si, a, p)
			}
		}
		if firstChild(s, k, "nsubj") < 0 { // "…," said union leader Edi Lacaita: the parser lost the subject
			for _, m := range r.picked(w.End, s.End) {
				if r.d.Parties[m.party].Kind == briefing.KindPerson {
					return []int{m.party}
				}
			}
		}
	}
	if p, ok := r.lastSpeaker(si, before, ""); ok {
		return []int{p}
	}
	return r.recent(before, personKind, 1)
}

// salientPerson returns the person "he" or "she" at byte a of sentence si
// stands for: in the attribution of a quotation the last person quoted
// before ("The cap is fair, Ms Kearney said. … “We will act,” she
// said"), else the salient person; never one whose title says the other
// sex ("Mr", "Ms").
func (r *actorResolver) salientPerson(si, a int, pronoun string) []int {
	if s := r.sentence(si); s != nil && r.attributes(s, a) {
		if p, ok := r.lastSpeaker(si, a, pronoun); ok {
			return []int{p}
		}
	}
	return r.salientWhere(si, a, func(p int) bool {
		return r.d.Parties[p].Kind == briefing.KindPerson && r.agrees(p, pronoun)
	})
}

// sentence returns the parse of sentence si, or nil.
func (r *actorResolver) sentence(si int) *syntax.Sentence {
	if si < 0 || si >= len(r.d.Parsed) {
		return nil
	}
	return &r.d.Parsed[si]
}

// attributes reports whether the word at byte a is the subject of a verb
// of saying outside quotation marks in a sentence that quotes someone.
func (r *actorResolver) attributes(s *syntax.Sentence, a int) bool {
	quotes := false
	for k := range s.Words {
		quotes = quotes || quotedWord(s, k)
	}
	for k, w := range s.Words {
		if w.Start == a && w.Head >= 0 && sayingVerb(s, w.Head) && !quotedWord(s, k) {
			return quotes
		}
	}
	return false
}

// speakerReach is how many sentences back the last person quoted can
// still be the one a "she said" refers to.
const speakerReach = 3

// lastSpeaker returns the person who was last the subject of a verb of
// saying, named, before byte a of sentence si and within speakerReach
// sentences, whose title does not contradict the pronoun ("" fits any).
func (r *actorResolver) lastSpeaker(si, a int, pronoun string) (int, bool) {
	for back := si; back >= 0 && si-back <= speakerReach; back-- {
		s := r.sentence(back)
		if s == nil {
			continue
		}
		best, found := 0, false
		for k, w := range s.Words {
			if !sayingVerb(s, k) || back == si && w.Start >= a {
				continue
			}
			for _, sub := range s.ChildrenWith(k, "nsubj") {
				first, last := phrase(s, sub)
				for _, p := range r.in(s.Bytes(first, last)) {
					if r.d.Parties[p].Kind == briefing.KindPerson && r.agrees(p, pronoun) {
						best, found = p, true // the last in the sentence
					}
				}
			}
		}
		if found {
			return best, true
		}
	}
	return 0, false
}

// agrees reports whether person p can be "he" or "she": no title before
// any of their mentions, nor their role, says the other sex.
func (r *actorResolver) agrees(p int, pronoun string) bool {
	switch sex := r.sexOf(p); pronoun {
	case "he":
		return sex != "f"
	case "she":
		return sex != "m"
	}
	return true
}

// sexOf returns "m" or "f" when a title before a mention of person p
// ("Mr", "Mrs") or their role ("spokeswoman") says it, else "".
func (r *actorResolver) sexOf(p int) string {
	if sex, ok := r.sexes[p]; ok {
		return sex
	}
	sex := ""
	role := strings.ToLower(r.d.Parties[p].Role)
	switch {
	case strings.Contains(role, "woman"):
		sex = "f"
	case strings.Contains(role, "spokesman"):
		sex = "m"
	}
	for _, m := range r.d.Parties[p].Mentions {
		if m.Start <= 0 || m.Start > len(r.d.Text) {
			continue
		}
		f := strings.Fields(r.d.Text[max(0, m.Start-8):m.Start])
		if len(f) == 0 {
			continue
		}
		if t := strings.TrimSuffix(f[len(f)-1], "."); maleTitles[t] {
			sex = "m"
		} else if femaleTitles[t] {
			sex = "f"
		}
	}
	r.sexes[p] = sex
	return sex
}

var (
	maleTitles   = WordSet("Mr Sir Lord King Prince")
	femaleTitles = WordSet("Ms Mrs Miss Dame Lady Queen Princess Madam")
)
