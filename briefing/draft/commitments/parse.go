package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// lower returns a word form in lower case with a curly apostrophe made
// straight.
func lower(form string) string {
	return strings.ReplaceAll(strings.ToLower(form), "’", "'")
}

// firstChild returns the first dependent of word i with one of the
// relations, or -1.
func firstChild(s *syntax.Sentence, i int, rels ...string) int {
	for k, w := range s.Words {
		if w.Head == i && text.RelIs(w.Rel, rels...) {
			return k
		}
	}
	return -1
}

// hasChildLemma reports whether word i has a dependent with one of the
// relations whose lemma or lower-case form is in the set.
func hasChildLemma(s *syntax.Sentence, i int, set map[string]bool, rels ...string) bool {
	for _, w := range s.Words {
		if w.Head == i && text.RelIs(w.Rel, rels...) && (set[w.Lemma] || set[lower(w.Form)]) {
			return true
		}
	}
	return false
}

// hasCase reports whether word i has an oblique or nominal dependent
// introduced by one of the prepositions ("agreed to the plan", "deal with
// Ukraine").
func hasCase(s *syntax.Sentence, i int, preps ...string) bool {
	return len(caseChildren(s, i, preps...)) > 0
}

// caseChildren returns the oblique, nominal or object dependents of word i
// introduced by one of the prepositions.
func caseChildren(s *syntax.Sentence, i int, preps ...string) []int {
	var out []int
	for _, k := range s.ChildrenWith(i, "obl", "nmod", "obj", "iobj") {
		for _, c := range s.ChildrenWith(k, "case") {
			if hasString(preps, lower(s.Words[c].Form)) {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

func hasString(list []string, x string) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

// headLemmaIs reports whether the head of word i has the lemma.
func headLemmaIs(s *syntax.Sentence, i int, lemma string) bool {
	h := s.Words[i].Head
	return h >= 0 && s.Words[h].Lemma == lemma
}

// headLemmaIn reports whether the head of word i has a lemma of the set.
func headLemmaIn(s *syntax.Sentence, i int, set map[string]bool) bool {
	h := s.Words[i].Head
	return h >= 0 && set[s.Words[h].Lemma]
}

// rightEnd returns the last word of the complements of word i: the
// subtrees of its dependents to its right, leaving out coordinated
// clauses, asides, other clauses and punctuation. Words in skip are left
// out too (a condition is added apart).
func rightEnd(s *syntax.Sentence, i int) int {
	last := i
	for _, k := range s.Children(i) {
		if k < i || text.RelIs(s.Words[k].Rel, "punct", "conj", "cc", "discourse", "vocative") || attributionAfterQuote(s, i, k) ||
			text.RelIs(s.Words[k].Rel, "advcl", "parataxis", "dep") && !toMarked(s, k) && !gerundComplement(s, k) && !boundRelative(s, k) {
			continue
		}
		_, l := s.Subtree(k)
		last = max(last, withoutReasonAside(s, k, withoutOwnRelative(s, k, l)))
	}
	for last > i && s.Words[last].UPOS == "PUNCT" && !closingMark(s.Words[last].Form) {
		last--
	}
	return last
}

// withoutReasonAside returns the last word of the phrase of word k, which
// ends at l, before a participle set off by a comma that gives a reason,
// a claim or a consequence ("give fans a seat, saying the board's make-up
// is a matter for its owners", "raise pay, citing falling sales", "give
// the board access to the records, setting up a legal clash"), or a
// clause or phrase of what prompted the act ("…, after accounts showed a
// loss", "…, after a campaign by local parents"):
// why the side acts or what comes of it, not what it does.
func withoutReasonAside(s *syntax.Sentence, k, l int) int {
	for j := k + 1; j <= l; j++ {
		if w := s.Words[j]; w.XPOS == "VBG" && text.RelIs(w.Rel, "advcl") && (reasonVerbs[w.Lemma] || consequenceVerbs[w.Lemma]) && s.Words[j-1].Form == "," && s.Dominates(k, j) {
			return j - 2
		}
		if !(text.RelIs(s.Words[j].Rel, "advcl") && hasChildLemma(s, j, occasionMarks, "mark") ||
			text.RelIs(s.Words[j].Rel, "obl") && hasChildLemma(s, j, occasionCases, "case")) || !s.Dominates(k, j) {
			continue
		}
		f, _ := s.Subtree(j)
		for f < j && s.Words[f].UPOS == "PUNCT" {
			f++
		}
		if f > k+1 && s.Words[f-1].Form == "," {
			return f - 2 // "will not close, after accounts published on Thursday showed a loss": what prompted it
		}
	}
	return l
}

// occasionMarks open a clause, set off by a comma, that tells what
// prompted an act or what stood against it.
var occasionMarks = WordSet("after because since as although though")

// occasionCases open a phrase, set off by a comma, that tells what
// prompted an act ("…, after a campaign by local parents") or whose
// account it is (", according to a copy of the agreement", "according"
// read by its lemma).
var occasionCases = WordSet("after following amid despite accord")

// reasonVerbs give, as a participle after a comma, the reason for an act
// or what its side says of it.
var reasonVerbs = WordSet("say cite blame claim argue insist warn explain note accuse complain point")

// consequenceVerbs tell, as a participle after a comma, what comes of an
// act ("setting up a legal clash", "sparking protests", "sending its
// shares down 6%"); not what it
// does besides ("raising the tax rate by 6.5%").
var consequenceVerbs = WordSet("set spark prompt trigger fuel deepen dash pave send")

// attributionAfterQuote reports whether child k of word i is the verb of
// saying after the quotation that word i speaks in, which the parser hung
// on the quoted verb ("“We will keep the boats sailing …,” she said").
func attributionAfterQuote(s *syntax.Sentence, i, k int) bool {
	if !text.RelIs(s.Words[k].Rel, "ccomp", "parataxis") || !text.ReportVerbs[s.Words[k].Lemma] {
		return false
	}
	for x := i + 1; x < k; x++ {
		if closingMark(s.Words[x].Form) && s.Words[x].Form != ")" {
			return true
		}
	}
	return false
}

// withoutOwnRelative returns the last word of the subtree of word k,
// which ends at word l, before a relative clause set off by a comma at
// its end: an aside on the noun ("reopen pay talks with junior doctors,
// who are due to strike"), or one that makes a commitment of its own
// ("agreed to meet under the auspices of the bank, which has offered to
// fund a station"); neither is part of the act.
func withoutOwnRelative(s *syntax.Sentence, k, l int) int {
	for x := k + 1; x <= l; x++ {
		if !text.RelIs(s.Words[x].Rel, "acl:relcl") {
			continue
		}
		f, xl := s.Subtree(x)
		if s.Words[f].Form != "," {
			f-- // the comma hung elsewhere
		}
		if xl == l && f > k+1 && s.Words[f].Form == "," && (ownAct(s, x) || relativeWord(s.Words[f+1])) {
			return f - 1
		}
	}
	return l
}

// relativeWord reports whether w opens a relative clause set off as an
// aside ("who", "which", "whose").
func relativeWord(w syntax.Word) bool {
	switch lower(w.Form) {
	case "who", "which", "whose", "whom":
		return true
	}
	return false
}

// boundRelative reports whether clause k, which the parser hung on a verb
// as a parataxis, follows a noun with no mark or punctuation between them
// ("will go after every penny | these men made"): a relative clause of
// that noun, part of the phrase.
func boundRelative(s *syntax.Sentence, k int) bool {
	f, _ := s.Subtree(k)
	if !text.RelIs(s.Words[k].Rel, "parataxis") || f == 0 || firstChild(s, k, "mark") >= 0 {
		return false
	}
	subj := firstChild(s, k, "nsubj")
	if subj < 0 || s.Words[k].XPOS != "VBD" {
		return false
	}
	sf, _ := phrase(s, subj)
	prev := s.Words[f-1]
	return sf == f && (prev.UPOS == "NOUN" || prev.UPOS == "PROPN")
}

// gerundComplement reports whether verb k is a gerund after a preposition
// that completes what it hangs on ("spend 578m euros on buying out
// shareholders", "fund the deal by selling a stake"), or right after it.
func gerundComplement(s *syntax.Sentence, k int) bool {
	return s.Words[k].XPOS == "VBG" && (hasChildLemma(s, k, gerundPrepositions, "mark", "case") ||
		s.Words[k].Head >= 0 && gerundAfter(s, s.Words[k].Head) == k) // "ruled out using carbon offsets"
}

// gerundPrepositions open a gerund that says what or how.
var gerundPrepositions = WordSet("on by in for of towards against")

// closingMark reports whether a mark closes a bracket or a quotation.
func closingMark(f string) bool {
	return f == ")" || f == "”" || f == "\"" || f == "’"
}

// phrase returns the first and last word of the noun phrase headed by
// word h, without its relative clauses, appositions, coordinated phrases,
// a reflexive that stresses it ("HBT itself") and punctuation at either
// end.
func phrase(s *syntax.Sentence, h int) (first, last int) {
	first, last = h, h
	for _, k := range s.Children(h) {
		if text.RelIs(s.Words[k].Rel, "acl", "appos", "conj", "cc", "punct", "parataxis", "advcl", "dep") ||
			k < h && text.RelIs(s.Words[k].Rel, "case") || k == h+1 && s.Words[k].XPOS == "PRP" && strings.HasSuffix(lower(s.Words[k].Form), "self") ||
			k == h+1 && lower(s.Words[k].Form) == "themselves" {
			continue
		}
		f, l := s.Subtree(k)
		if k < h {
			first = min(first, f)
		} else {
			last = max(last, l)
		}
	}
	for k := h - 1; k >= first; k-- {
		if w := s.Words[k]; w.UPOS == "PUNCT" && !strings.ContainsAny(w.Form, "-‑'’") {
			first = k + 1
			break
		}
	}
	for k := h + 1; k <= last; k++ {
		if f, _ := s.Subtree(k); text.RelIs(s.Words[k].Rel, "acl") && s.Words[k].Head > h && s.Words[f].Form == "," {
			last = f - 1 // "of Ireland (ACOI), which represents 1,400 providers": a clause set off on a noun inside the phrase
			break
		}
	}
	for last > h && s.Words[last].UPOS == "PUNCT" && !closingMark(s.Words[last].Form) {
		last--
	}
	return first, last
}

// clauseEnd returns the last word before the next comma, semicolon, colon,
// dash or the end of the sentence after word i: where a clause the parse
// broke up most likely ends.
func clauseEnd(s *syntax.Sentence, i int) int {
	k := i
	for k+1 < len(s.Words) {
		if f := s.Words[k+1].Form; s.Words[k+1].UPOS == "PUNCT" && strings.ContainsAny(f, ",;:.!?—–") {
			break
		}
		k++
	}
	return k
}
