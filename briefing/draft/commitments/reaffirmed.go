package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// reaffirmedTarget reports whether verb i restates a goal its subject
// set itself ("The Group reaffirms its medium-term target of an 8.5%
// margin by 2028", "the ministry reiterated its goal of 500 new
// classrooms"): a target held to again is a pledge. Another's target or a
// forecast is no goal of its own ("reaffirmed the bank's forecast").
func reaffirmedTarget(s *syntax.Sentence, i int) bool {
	if !reaffirmVerbs[s.Words[i].Lemma] || s.Words[i].UPOS != "VERB" || passiveVerb(s, i) {
		return false
	}
	k := firstChild(s, i, "obj")
	return k >= 0 && targetNouns[s.Words[k].Lemma] && hasChildLemma(s, k, WordSet("its their our my his her"), "nmod:poss")
}

// reaffirmVerbs hold to what was said before.
var reaffirmVerbs = WordSet("reaffirm reiterate restate")

// targetNouns name a goal a party sets itself.
var targetNouns = WordSet("target goal objective")
