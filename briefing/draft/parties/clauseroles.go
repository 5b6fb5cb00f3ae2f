package parties

import (
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Offices that a clause or a phrase after the name gives its holder rather
// than a noun: "Marta Villa, who chairs the council," (chair of the
// council), "Rupert Caldwell, defending," (defence counsel).

// roleByClause reads the office a relative clause on the name says its
// holder fills now: the clause is an office joined by "be" ("who is chief
// executive of Halden Bank"), or its verb names the office ("who chairs",
// "who has headed", "who founded") and its object is a body ("the
// council", "Acme Ltd"). "who chaired the council" and "who was mayor"
// are left alone: the office may be past.
func roleByClause(g *gazetteer.Gazetteer, s *syntax.Sentence, head int) string {
	for _, v := range s.ChildrenWith(head, "acl:relcl") {
		if officeNoun(g, s.Words[v]) && whoClause(s, v) && isNow(s, v) {
			return roleText(g, s, v, len(s.Words)) // "who is chief executive of Halden Bank"
		}
		office, ok := officeVerbs[s.Words[v].Lemma]
		if !ok || !whoClause(s, v) || !heldNow(s, v) && office != "founder" && office != "co-founder" {
			continue
		}
		for _, o := range s.ChildrenWith(v, "obj") {
			if body(s.Words[o]) {
				return office + " of " + objectText(s, v, o)
			}
		}
	}
	return ""
}

// isNow reports whether the office noun v is joined to its holder by "be"
// in the present ("who is chief executive") or the present perfect ("who
// has been leader").
func isNow(s *syntax.Sentence, v int) bool {
	for _, c := range s.ChildrenWith(v, "cop") {
		if x := s.Words[c].XPOS; x == "VBZ" || x == "VBP" {
			return true
		}
		if s.Words[c].XPOS == "VBN" {
			return hasPerfect(s, v)
		}
	}
	return false
}

// officeVerbs map verbs that say a person fills an office to the office.
var officeVerbs = map[string]string{"chair": "chair", "head": "head", "lead": "leader", "run": "head", "direct": "director",
	"manage": "manager", "own": "owner", "found": "founder", "co-found": "co-founder", "captain": "captain", "coach": "coach",
	"edit": "editor"}

// whoClause reports whether the relative clause headed by verb v has "who"
// as its subject.
func whoClause(s *syntax.Sentence, v int) bool {
	for _, k := range s.ChildrenWith(v, "nsubj") {
		if gazetteer.Fold(s.Words[k].Form) == "who" {
			return true
		}
	}
	return false
}

// heldNow reports whether verb v is in the present ("chairs") or the
// present perfect ("has headed").
func heldNow(s *syntax.Sentence, v int) bool {
	switch s.Words[v].XPOS {
	case "VBZ", "VBP":
		return true
	case "VBN":
		return hasPerfect(s, v)
	}
	return false
}

// hasPerfect reports whether word v has "has" or "have" as its auxiliary.
func hasPerfect(s *syntax.Sentence, v int) bool {
	for _, a := range s.ChildrenWith(v, "aux") {
		if f := gazetteer.Fold(s.Words[a].Form); f == "has" || f == "have" {
			return true
		}
	}
	return false
}

// body reports whether w names a body an office is held in: a name or a
// noun for an organisation or a working unit.
func body(w syntax.Word) bool {
	l := gazetteer.Fold(w.Lemma)
	return w.UPOS == "PROPN" || orgKinds[l] || officeBodies[l] || publicBodies[l] || workUnits[l]
}

// workUnits are nouns for units of work that have a head ("the unit", "the
// inquiry").
var workUnits = text.SetOf("team", "office", "division", "department", "project", "programme", "program", "school",
	"hospital", "university", "college", "club", "panel", "inquiry", "review", "practice", "business", "centre", "center",
	"service", "lab", "laboratory", "delegation", "mission", "operation", "operations", "taskforce", "task", "force",
	"organization", "organisation", "company", "firm", "group", "restaurant", "shop", "farm", "newspaper", "magazine")

// objectText returns the words of the object o of verb v, from the first
// word it heads after v to the last before a mark of punctuation.
func objectText(s *syntax.Sentence, v, o int) string {
	lo, hi := o, o
	for lo-1 > v && s.Dominates(o, lo-1) {
		lo--
	}
	for hi+1 < len(s.Words) && (s.Dominates(o, hi+1) || s.Words[hi].UPOS == "PROPN" && s.Words[hi+1].UPOS == "PROPN") &&
		s.Words[hi+1].UPOS != "PUNCT" {
		hi++
	}
	return spacedForms(s, lo, hi)
}

// courtRole reads the side a lawyer speaks for in a court report, set off
// after the name: "Rupert Caldwell, defending, said" (defence counsel),
// "Ann Brook, prosecuting," or "Ann Brook, for the prosecution," (prosecutor).
func courtRole(s *syntax.Sentence, last int) string {
	ws := s.Words
	k := last + 2
	if k >= len(ws) || ws[last+1].Form != "," {
		return ""
	}
	end := k + 1
	side := ws[k].Form
	if side == "for" && k+2 < len(ws) && gazetteer.Fold(ws[k+1].Form) == "the" {
		side, end = ws[k+2].Form, k+3
	}
	if end < len(ws) && ws[end].UPOS != "PUNCT" {
		return ""
	}
	switch side {
	case "defending", "defence":
		return "defence counsel"
	case "defense":
		return "defense counsel"
	case "prosecuting", "prosecution", "Crown":
		return "prosecutor"
	}
	return ""
}
