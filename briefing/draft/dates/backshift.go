package dates

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// A "would" or "could" (or "was to") in a clause that another verb takes
// as its content is the "will" (or "is to") of what was said, agreed,
// decided or hoped, shifted back into the past of the telling: the act
// it tells lies ahead of that telling ("agreed that the forum would host
// a meeting in October", "hoped the bill could pass in November", "said
// the trial was to begin in October").

// backshifted reports whether clause p is the content of a verb: reported
// speech ("said it would sign", "…, the ministry said") or a clause that a
// verb or adjective takes as its complement ("decided the plant would
// close", "were confident the deal could be signed"), also when it is
// joined to another clause of that content ("would close the plant and
// would move the staff") or when the parse took the clause's subject for
// the verb's object and the clause for a conjunct with no "and" ("hoped
// the bill could pass").
func backshifted(s *syntax.Sentence, p int) bool {
	if text.Reported(s, p) || HasReportingParataxis(s, p) {
		return true
	}
	for k, steps := p, 0; k >= 0 && steps < 4; k, steps = s.Words[k].Head, steps+1 {
		w := s.Words[k]
		if w.Head < 0 {
			return false
		}
		switch relBase(w.Rel) {
		case "ccomp":
			return true
		case "acl":
			return w.Rel != "acl:relcl" && hasMark(s, k, "that") // "the announcement that the plant would close"
		case "conj":
			if len(s.ChildrenWith(k, "cc")) == 0 && len(s.ChildrenWith(k, "nsubj", "nsubj:pass")) == 0 && k > w.Head {
				return true // "hoped the bill could pass": a complement the parse joined as a conjunct
			}
		case "xcomp":
		default:
			return false
		}
	}
	return false
}

// hasMark reports whether clause k is opened by the subordinator form.
func hasMark(s *syntax.Sentence, k int, form string) bool {
	return hasChildForm(s, k, "mark", form)
}

// hasChildForm reports whether word k has a child of relation rel
// written form, in any case.
func hasChildForm(s *syntax.Sentence, k int, rel, form string) bool {
	for _, c := range s.ChildrenWith(k, rel) {
		if strings.EqualFold(s.Words[c].Form, form) {
			return true
		}
	}
	return false
}
