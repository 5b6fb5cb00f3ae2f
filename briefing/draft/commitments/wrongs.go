package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// wrongNouns are what one commits as a wrong done, not as a pledge
// ("committed fraud", "conspired to commit murder", "war crimes").
var wrongNouns = WordSet("fraud crime offence offense murder manslaughter perjury theft robbery burglary assault " +
	"arson treason terrorism atrocity genocide suicide rape kidnapping forgery embezzlement bribery extortion " +
	"abuse violation breach sin error mistake foul blunder adultery")

// committedWrong reports whether verb k is "commit" with a wrong for its
// object ("to commit fraud to meet earnings targets"): a deed, not a
// commitment, whatever governs it.
func committedWrong(s *syntax.Sentence, k int) bool {
	if k < 0 || s.Words[k].Lemma != "commit" {
		return false
	}
	o := firstChild(s, k, "obj")
	return o >= 0 && wrongNouns[lower(s.Words[o].Lemma)]
}
