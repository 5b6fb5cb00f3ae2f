package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// spokenAssurance builds the clause of an assurance given in a quotation
// about everyone or everything of a kind, with no one named to do it
// ("\"Every dollar will be traceable,\" said the minister", "\"Every team
// will be treated the same way\"", "\"Every family will receive a
// payment\""): the speaker's pledge, for the body they speak for. What
// befalls them ("every family will be hit") or how they will fare ("will
// be worse off") is a forecast, not an act of the speaker's.
func spokenAssurance(s *syntax.Sentence, i int) (clause, bool) {
	w := s.Words[i]
	if !willModals[modalOf(s, i)] || !quotedWord(s, i) || negated(s, i) || hypothetical(s, i) || aspectAux(s, i) ||
		len(agentOf(s, i)) > 0 || firstChild(s, i, "mark") >= 0 {
		return clause{}, false
	}
	subj := firstChild(s, i, "nsubj", "nsubj:pass")
	if subj < 0 || !everyOne(s, subj) && !(lower(s.Words[subj].Form) == "nobody" && benefitVerbs[w.Lemma]) {
		return clause{}, false
	}
	switch {
	case passiveVerb(s, i) && w.UPOS == "VERB":
		if befallVerbs[w.Lemma] || nonActions[w.Lemma] {
			return clause{}, false
		}
	case w.UPOS == "ADJ" && w.XPOS == "JJ" && hasChildLemma(s, i, WordSet("be"), "cop"):
		if !assuredStates[lower(w.Form)] && !strings.HasSuffix(lower(w.Form), "able") && !strings.HasSuffix(lower(w.Form), "ible") {
			return clause{}, false
		}
	case w.UPOS == "VERB" && benefitVerbs[w.Lemma] && (firstChild(s, i, "obj") >= 0 || w.Lemma == "find"):
		// "Every affected person will have a 1:1 with their manager", "Nobody will find out by email"
	default:
		return clause{}, false
	}
	c := clause{s: s, pred: i, verb: i, action: i, cond: -1, status: briefing.StatusPledged, spoken: true}
	if c.cond = conditionOf(s, i); c.cond >= 0 {
		c.status = briefing.StatusConditional
	}
	c.first, c.last = clauseBounds(s, &c)
	f, _ := phrase(s, subj)
	c.first = min(c.first, f)
	return c, true
}

// quotedEveryOne reports whether verb i is quoted with everyone or
// everything of a kind for its subject ("\"Every team will be treated the
// same way\""): said of what the speaker's side does, an assurance.
func quotedEveryOne(s *syntax.Sentence, i int) bool {
	subj := firstChild(s, i, "nsubj", "nsubj:pass")
	return subj >= 0 && quotedWord(s, i) && everyOne(s, subj)
}

// everyOne reports whether noun phrase k takes in everyone or everything
// of its kind: "every dollar", "each team", "everyone".
func everyOne(s *syntax.Sentence, k int) bool {
	switch lower(s.Words[k].Form) {
	case "everyone", "everybody", "everything":
		return true
	}
	return hasChildLemma(s, k, WordSet("every each"), "det")
}

// assuredStates are what a body can promise that everything of a kind
// will be ("every school will be open", "every vote will be safe").
var assuredStates = WordSet("free safe open welcome accountable public")
