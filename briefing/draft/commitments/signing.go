package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// signingOf reports whether word i is the noun "signing" of a paper that
// binds ("the signing of the accord", "the signing of 14 cooperation
// documents"), not of a player or a book.
func signingOf(s *syntax.Sentence, i int) bool {
	return signedPaper(s, i) >= 0
}

// signedPaper returns the paper that the signing at i is of, or -1 when
// word i is no such signing.
func signedPaper(s *syntax.Sentence, i int) int {
	if w := s.Words[i]; lower(w.Form) != "signing" || w.UPOS != "NOUN" {
		return -1
	}
	for _, k := range caseChildren(s, i, "of") {
		if l := s.Words[k].Lemma; commitNouns[l] != "" || papers[l] {
			return k
		}
	}
	return -1
}

// papers are what sides sign besides the commitment nouns.
var papers = WordSet("document declaration charter convention protocol communique communiqué statement letter " +
	"bill law decree framework instrument")

// signingClause builds the commitment that the signing at i tells: the
// signing's owner ("Iran's signing of the accord"), the sides it or its
// paper is by or between, or the subject of a verb that attends it ("the two heads of
// state witnessed the signing of 14 documents"); none when nobody is
// named ("welcomed the signing of the accord").
func signingClause(s *syntax.Sentence, i int, named func(a, b int) bool) (clause, bool) {
	c := clause{s: s, pred: i, verb: i, action: i, cond: -1, status: briefing.StatusSigned, strong: true}
	if h := s.Words[i].Head; h >= 0 && text.RelIs(s.Words[i].Rel, "obj", "obl") && attendVerbs[s.Words[h].Lemma] && actual(s, h) {
		return supportedNoun(s, c, h, named)
	}
	if owner := firstChild(s, i, "nmod:poss"); owner >= 0 {
		c.actors, c.owner = withConjuncts(s, []int{owner}), true
	} else if makers := nounMakers(s, i, c.status); len(makers) > 0 {
		c.actors = makers
	} else if makers := nounMakers(s, signedPaper(s, i), c.status); len(makers) > 0 {
		c.actors = makers // "the signing of the accord between Chad and Niger"
	} else {
		return clause{}, false
	}
	c.first, c.last = clauseBounds(s, &c)
	return c, true
}

// attendVerbs make their subject a side of the signing they govern.
var attendVerbs = WordSet("witness attend oversee preside complete conclude host hold")
