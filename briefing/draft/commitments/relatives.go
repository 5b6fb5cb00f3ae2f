package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// antecedentOf is what a relative pronoun stands for: a party named, or
// else the head word of a noun phrase (party < 0).
type antecedentOf struct {
	party, word int
}

// antecedent returns what relative pronoun h of sentence s stands for: a
// relative pronoun is never an actor itself. It is the noun its relative
// clause modifies, or, when the parser hung the clause elsewhere, the
// name or the noun phrase that ends at the comma before it ("The
// far-right Varnia First, which backed the motion"). ok is false when h
// is no relative pronoun or nothing stands before it.
func (r *actorResolver) antecedent(s *syntax.Sentence, h int) (antecedentOf, bool) {
	w := s.Words[h]
	if !relativePronouns[lower(w.Form)] || w.UPOS != "PRON" || w.XPOS != "WDT" && w.XPOS != "WP" {
		return antecedentOf{}, false
	}
	if v := w.Head; v >= 0 && text.RelIs(s.Words[v].Rel, "acl:relcl") && s.Words[v].Head >= 0 && s.Words[v].Head < h {
		return antecedentOf{party: -1, word: relativeHead(s, v)}, true
	}
	if h < 2 || s.Words[h-1].Form != "," {
		return antecedentOf{}, false
	}
	comma := s.Words[h-1].Start
	for _, m := range r.picked(s.Start, comma) {
		if m.end == comma {
			return antecedentOf{party: m.party, word: -1}, true
		}
	}
	k := h - 2
	if u := s.Words[k].UPOS; u != "NOUN" && u != "PROPN" {
		return antecedentOf{}, false
	}
	for hd := s.Words[k].Head; hd >= 0 && hd < k && text.RelIs(s.Words[k].Rel, "flat", "compound"); hd = s.Words[k].Head {
		k = hd
	}
	return antecedentOf{party: -1, word: k}, true
}

// relativeHead returns the noun that relative clause v modifies: the
// word it hangs on, or, when that is a day or a month after a preposition
// that the parser gave the clause, the noun before the preposition ("a
// walkout from Thursday that threatened to ground flights": the walkout,
// not its day); for "who", the person or body whose act the noun names
// after "by" when the noun itself names neither ("the takeover by US
// investors in October, who have promised").
func relativeHead(s *syntax.Sentence, v int) int {
	a := s.Words[v].Head
	if c := firstChild(s, a, "case"); timeWord(s.Words[a]) && c > 0 && c < a && s.Words[c-1].UPOS == "NOUN" {
		return c - 1
	}
	if hasChildLemma(s, v, WordSet("who"), "nsubj") && s.Words[a].UPOS == "NOUN" && !agentNouns[s.Words[a].Lemma] {
		for k := v - 1; k > a; k-- {
			if w := s.Words[k]; text.RelIs(w.Rel, "nmod") && s.Words[k].Head == a && hasChildLemma(s, k, WordSet("by"), "case") && (w.UPOS == "PROPN" || agentNouns[w.Lemma]) {
				return k // "the takeover by US investors in October, who have promised": who acts is a person or body
			}
		}
	}
	return a
}
