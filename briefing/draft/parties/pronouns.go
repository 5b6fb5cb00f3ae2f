package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Pronouns: the pronoun that takes a name up in its own sentence tells a
// body from a person. A relative "which" right after the name and a comma
// ("Saúde Compras, which said it had held talks"), or, for a name that is
// the subject of its clause, the first pronoun after it in that clause that
// stands as a subject or an owner before any other noun could be its
// antecedent ("Nordbank raised its rates", "Vell said he would resign"),
// decides, and for the subject of a sentence's main clause, an "it" that
// opens the next sentence as its subject ("Vodafone has launched a phone.
// It said …"). A relative "who" does not: British English uses it of teams.

// pronounKind returns the kind the pronoun taking up the name ts[i:j] gives
// it, and whether one does.
func (sc *scanner) pronounKind(i, j int) (string, bool) {
	ts := sc.ts
	if j+1 < len(ts) && ts[j].Text == "," && ts[j+1].Lower == "which" {
		return briefing.KindOrganisation, true
	}
	s, first, last, ok := mentionWords(sc.d, briefing.Span{Start: ts[i].Start, End: ts[j-1].End})
	if !ok {
		return "", false
	}
	h := clauseRole(s, nameHead(s, first, last))
	v := s.Words[h].Head
	if !strings.HasPrefix(s.Words[h].Rel, "nsubj") || v < 0 {
		return "", false // only a subject is taken up by the pronouns of its clause
	}
	for k := last + 1; k < len(s.Words) && s.Dominates(v, k); k++ {
		w := s.Words[k]
		if w.UPOS == "NOUN" || w.UPOS == "PROPN" || quoteMarks[w.Form] {
			break // another antecedent, or a quotation with its own speaker
		}
		if w.UPOS == "PRON" {
			return pronounTakesUp(s, k)
		}
	}
	if s.Words[v].Head < 0 {
		return sc.nextOpensWithPronoun(ts[i].Start) // "Vodafone has launched a phone. It said …"
	}
	return "", false
}

// nextOpensWithPronoun returns the kind an "it" that opens the sentence
// after the one at byte at, as its subject, gives the subject of that
// sentence's main clause, and whether one does.
func (sc *scanner) nextOpensWithPronoun(at int) (string, bool) {
	si := sentenceOf(sc.d, briefing.Span{Start: at, End: at})
	if si+1 >= len(sc.d.Parsed) || si+1 >= len(sc.d.Sentences) {
		return "", false
	}
	next := &sc.d.Parsed[si+1]
	for k, w := range next.Words {
		if quoteMarks[w.Form] {
			return "", false // "“It will cover a tenth of demand,” …": the speaker's "it"
		}
		if w.UPOS == "PUNCT" {
			continue
		}
		if strings.ToLower(w.Form) != "it" || !strings.HasPrefix(w.Rel, "nsubj") {
			return "", false // "he" or "she" may take up anyone the sentence before named
		}
		return pronounTakesUp(next, k)
	}
	return "", false
}

// pronounTakesUp returns the kind of party the pronoun at word k stands
// for: a body for "its" and for "it" the subject of an act, a person for
// "he", "she" and their possessives; and false for any other pronoun.
func pronounTakesUp(s *syntax.Sentence, k int) (string, bool) {
	w := s.Words[k]
	subject, owner := strings.HasPrefix(w.Rel, "nsubj"), w.Rel == "nmod:poss"
	switch strings.ToLower(w.Form) {
	case "its":
		return briefing.KindOrganisation, true
	case "it":
		return briefing.KindOrganisation, subject && actingSubject(s, w.Head)
	case "he", "she":
		return briefing.KindPerson, subject
	case "his", "her":
		return briefing.KindPerson, owner
	}
	return "", false
}

// actingSubject reports whether "it", the subject of word v, stands for a
// party that acts: v is a verb with no copula that is not one of the verbs
// an empty "it" goes with ("it would take years", "it was wrong").
func actingSubject(s *syntax.Sentence, v int) bool {
	if v < 0 || s.Words[v].UPOS != "VERB" || len(s.ChildrenWith(v, "cop", "expl")) > 0 {
		return false
	}
	return !impersonalVerbs[s.Words[v].Lemma]
}

// impersonalVerbs go with an "it" that stands for no party.
var impersonalVerbs = text.SetOf("be", "take", "cost", "seem", "appear", "mean", "happen", "remain", "become",
	"look", "sound", "feel", "matter", "rain", "depend", "emerge")

// quoteMarks open or close a quotation.
var quoteMarks = text.SetOf("\"", "“", "”", "'", "‘", "’")
