package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// ownOutput returns the owner of what passive verb i will publish or send
// ("Its full decision will be published within 10 working days", "Our
// report is to be sent to ministers"): a body's own act told in the
// passive, its owner a possessive pronoun; -1 when it is none. An agent
// after "by" says who acts instead.
func ownOutput(s *syntax.Sentence, i int, modal string) int {
	k := outputSubject(s, i, modal)
	if k < 0 {
		return -1
	}
	o := firstChild(s, k, "nmod:poss")
	if o < 0 || s.Words[o].UPOS != "PRON" {
		return -1
	}
	return o
}

// issuedOutput reports whether passive verb i will publish or announce
// work that no owner is named for ("The minutes of this meeting will be
// published on 1 April", "The next policy decision will be announced on 6
// May"): in a body's own release, the body's act.
func issuedOutput(s *syntax.Sentence, i int, modal string) bool {
	k := outputSubject(s, i, modal)
	return k >= 0 && firstChild(s, k, "nmod:poss") < 0
}

// outputSubject returns the subject of passive verb i when i publishes or
// sends it and it is work a body publishes, told as to come, with no
// agent: "Its full decision will be published"; -1 otherwise.
func outputSubject(s *syntax.Sentence, i int, modal string) int {
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
	return k
}

// outputVerbs make a body's work known or hand it over.
var outputVerbs = WordSet("publish release issue present submit send deliver announce unveil")

// outputNouns are the work a body publishes.
var outputNouns = WordSet("decision report findings ruling result text detail plan proposal recommendation review " +
	"judgment judgement assessment response minute minutes statement")
