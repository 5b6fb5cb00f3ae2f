package dates

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// A verb with a modal joined by "and" to a relative clause in the past or
// perfect ("would review every contract Hale had approved and would
// publish the findings by March") continues the clause the relative
// clause sits in, whatever the parse hung it on: a relative clause tells
// what was, and a second act to come is the first act's partner.

// JoinedHost returns the verb that conjunct k really joins when the parse
// hung a verb with a modal on a past or perfect relative clause: the
// nearest verb with a modal before that clause's noun. It returns -1 when
// k is no such conjunct.
func JoinedHost(s *syntax.Sentence, k int) int {
	h := s.Words[k].Head
	if h < 0 || !text.RelIs(s.Words[k].Rel, "conj") || !text.RelIs(s.Words[h].Rel, "acl:relcl") || modalOf(s, k) < 0 {
		return -1
	}
	if modalOf(s, h) >= 0 || !pastOrPerfect(s, h) {
		return -1
	}
	noun := s.Words[h].Head
	for v := min(noun, h) - 1; v >= 0; v-- {
		if s.Words[v].UPOS == "VERB" && modalOf(s, v) >= 0 {
			return v
		}
	}
	return -1
}

// modalOf returns the modal auxiliary of verb v ("would", "will"), or -1.
func modalOf(s *syntax.Sentence, v int) int {
	for _, a := range s.ChildrenWith(v, "aux") {
		if s.Words[a].XPOS == "MD" {
			return a
		}
	}
	return -1
}

// pastOrPerfect reports whether verb v is in the simple past or takes
// "have" as a perfect auxiliary ("approved", "had approved").
func pastOrPerfect(s *syntax.Sentence, v int) bool {
	if s.Words[v].XPOS == "VBD" {
		return true
	}
	for _, a := range s.ChildrenWith(v, "aux") {
		if s.Words[a].Lemma == "have" {
			return true
		}
	}
	return false
}
