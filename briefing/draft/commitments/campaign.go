package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// campaignNouns name a collective action its side carries on: a strike,
// a boycott, a search.
var campaignNouns = WordSet("strike walkout stoppage boycott blockade protest occupation sit-in picket campaign " +
	"search investigation inquiry operation offensive action")

// goOnVerbs say that what their subject names begins, goes on or goes
// ahead.
var goOnVerbs = WordSet("continue resume persist proceed begin start")

// campaignGoesOn reports whether verb i, after will or would, says that a
// collective action goes on or begins ("the strike would continue until
// the authority returned to talks", "its boycott will go on", "the
// walkout would go ahead", "strikes would begin in September"): the
// commitment of the side whose action it is, who says so.
func campaignGoesOn(s *syntax.Sentence, i int) bool {
	if !goOnVerbs[s.Words[i].Lemma] && !(s.Words[i].Lemma == "go" && hasChildLemma(s, i, WordSet("on ahead"), "advmod", "compound:prt")) {
		return false // "will go on", "would go ahead"
	}
	subj := firstChild(s, i, "nsubj")
	return subj >= 0 && campaignNouns[s.Words[subj].Lemma] && firstChild(s, i, "xcomp", "obj") < 0
}

// sideOf returns the body or state that person p speaks for: the one
// their office or affiliation names ("Mara Quist, general secretary of
// the Dockers' Union").
func (r *actorResolver) sideOf(p int) (int, bool) {
	if q, ok := r.personParty(p, nonPersonKind); ok {
		return q, true
	}
	role := strings.ToLower(r.d.Parties[p].Role)
	for q, party := range r.d.Parties {
		if q != p && nonPersonKind(party.Kind) && party.Name != "" && strings.Contains(role, strings.ToLower(party.Name)) {
			return q, true
		}
	}
	return 0, false
}

// campaignSayer returns who says that the collective action of verb i goes
// on: the subject of the verb of saying that reports it ("the strike will
// go ahead, the union said") or, when the action is quoted, of the verb of
// saying outside the quotation, wherever the parser hung it ("\"…, the
// strike will go ahead,\" said Mara Lund"); -1 when no one who can act
// says it.
func campaignSayer(s *syntax.Sentence, i int, named func(a, b int) bool) int {
	if k := announcer(s, i, named); k >= 0 && !commentators[s.Words[k].Lemma] {
		return k
	}
	if !quotedWord(s, i) {
		return -1
	}
	for v := range s.Words {
		if !sayingVerb(s, v) {
			continue
		}
		subj := firstChild(s, v, "nsubj")
		if subj < 0 && v+1 < len(s.Words) && s.Words[v+1].UPOS == "PROPN" && v > 0 && s.Words[v-1].UPOS == "PUNCT" {
			subj = v + 1 // "…,\" said Mara Lind, …": the name after the verb, wherever the parser hung it
		}
		if subj >= 0 && agentive(s, []int{subj}, named) && !commentators[s.Words[subj].Lemma] {
			return subj
		}
	}
	return -1
}
