package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// ownOutput returns the owner of what passive verb i will publish or send
// ("Its full decision will be published within 10 working days", "Our
// report is to be sent to ministers"): a body's own act told in the
// passive, its owner a possessive pronoun; -1 when it is none. An agent
// after "by" says who acts instead.
func ownOutput(s *syntax.Sentence, i int, modal string) int {
	if !outputVerbs[s.Words[i].Lemma] || !passiveVerb(s, i) || len(agentOf(s, i)) > 0 || negated(s, i) {
		return -1
	}
	if !willModals[modal] && modal != "would" && !beTo(s, i) {
		return -1 // "its decision was published": done; "could be published": a possibility
	}
	k := firstChild(s, i, "nsubj:pass")
	if k < 0 || !outputNouns[s.Words[k].Lemma] {
		return -1
	}
	o := firstChild(s, k, "nmod:poss")
	if o < 0 || s.Words[o].UPOS != "PRON" {
		return -1
	}
	return o
}

// outputVerbs make a body's work known or hand it over.
var outputVerbs = WordSet("publish release issue present submit send deliver announce unveil")

// outputNouns are the work a body publishes.
var outputNouns = WordSet("decision report findings ruling result text detail plan proposal recommendation review " +
	"judgment judgement assessment response")
