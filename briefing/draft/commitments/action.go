package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// verbAction returns the first word of the action of the commitment clause
// headed by verb i, so that the action reads as a verb phrase: the verb a
// commitment verb governs ("agreed on Monday to reopen the border" →
// "reopen the border", "committed to ending …" → "ending …"), what it
// agrees to ("agreed to a ceasefire" → "a ceasefire"), the clause it
// commits to ("promised that we will find out" → "we will find out"),
// else the verb itself with its particle and object ("would fight the
// lawsuit", "ruled out a deal", "will take part in a debate"). A measure
// in the passive starts at what undergoes it ("bus fares will be frozen").
func verbAction(s *syntax.Sentence, c clause) int {
	i := c.pred
	if c.measure {
		return measureAction(s, i)
	}
	if _, lexical := commitVerbs[phrasalLemma(s, i)]; !lexical {
		return i
	}
	if k := undergoer(s, i); k >= 0 {
		f, _ := phrase(s, k)
		return f // "the bid was turned down", "the agreement, signed in Geneva"
	}
	obj := firstChild(s, i, "obj")
	if obj >= 0 && timeWord(s.Words[obj]) {
		obj = -1 // "voted Friday to extend": a day read as the object
	}
	if k := toComplement(s, i); k > i && (obj < 0 || k < obj) && (s.Words[k].UPOS == "VERB" || s.Words[k].UPOS == "AUX") {
		return k // not "will seek further remedies to prevent …": the purpose of the object
	}
	if k := firstChild(s, i, "ccomp"); k > i && !(quotedWord(s, i) && sayingVerb(s, k)) { // not "\"… accept a pay cut,\" she said": the report, not what is accepted
		return clauseAfterMark(s, k)
	}
	if k := gerundAfter(s, i); obj < 0 && k >= 0 {
		if h := s.Words[k].Head; h != i && h >= 0 && s.Words[h].Head == i {
			f, _ := phrase(s, h)
			return f // "ruled out raising taxes", the verb read as part of the noun
		}
		return k // "ruled out using carbon offsets"
	}
	if obj < 0 && agreements[lemmaOf(s.Words[i])] {
		for _, prep := range []string{"to", "on", "upon"} {
			for _, k := range caseChildren(s, i, prep) {
				if k > i && !timeWord(s.Words[k]) {
					f, _ := phrase(s, k)
					return f // "agreed on Friday to a ceasefire"
				}
			}
		}
	}
	return i
}

// agreements are the commitment verbs that name what they commit to
// after a preposition ("agreed to a ceasefire", "committed to the plan").
var agreements = WordSet("agree commit")

// undergoer returns what a passive or a participle commitment verb i acts
// on when it is named before the verb ("the bid was rejected", "the
// accord, signed in May"), or -1.
func undergoer(s *syntax.Sentence, i int) int {
	if k := firstChild(s, i, "nsubj:pass"); k >= 0 && k < i && s.Words[k].UPOS != "PRON" {
		return k // not "which was turned down"
	}
	if w := s.Words[i]; w.XPOS == "VBN" && w.Head >= 0 && w.Head < i && text.RelIs(w.Rel, "acl") &&
		firstChild(s, i, "nsubj", "aux") < 0 { // not "the council, which had threatened to sue": a clause of its own
		return w.Head
	}
	return -1
}

// agentAfter returns the first word of the agent phrase ("by …") of
// passive verb i, with its auxiliary, when the action starts at what
// undergoes it, at word a before the verb, and the agent comes after the
// verb ("The pact was
// signed in Arusha by the two ministers"); else -1.
func agentAfter(s *syntax.Sentence, i, a int, actors []int) int {
	if a >= i || firstChild(s, i, "aux:pass") < 0 {
		return -1 // "the accord, signed by the Greens in May": the participle alone says too little
	}
	for _, k := range s.ChildrenWith(i, "obl:agent", "obl") {
		if k > i && hasIndex(actors, k) && hasChildLemma(s, k, WordSet("by"), "case") && onlyTimeAfter(s, i, k) {
			f, _ := s.Subtree(k)
			for f > i+1 && s.Words[f-1].UPOS == "PUNCT" {
				f-- // "signed in May, by …"
			}
			return f
		}
	}
	return -1
}

// onlyTimeAfter reports whether verb i has nothing after its dependent k
// but punctuation and phrases of time ("was signed by Hollis on 3
// October"), so that the action loses nothing but its actors when cut
// before k; not "had been promised by the district that no teacher would
// lose a job".
func onlyTimeAfter(s *syntax.Sentence, i, k int) bool {
	for _, c := range s.Children(i) {
		if c > k && s.Words[c].UPOS != "PUNCT" && !(text.RelIs(s.Words[c].Rel, "obl", "advmod") && timeWord(s.Words[c])) {
			return false
		}
	}
	return true
}

// measureAction returns the first word of a measure announced in the
// passive: its subject when it comes first ("bus fares will be frozen",
// "spending is set to be frozen"), else the verb.
func measureAction(s *syntax.Sentence, i int) int {
	subj := firstChild(s, i, "nsubj:pass", "nsubj")
	if w := s.Words[i]; subj < 0 && w.Head >= 0 && text.RelIs(w.Rel, "xcomp", "advcl") && !subordinate(s, i) {
		subj = firstChild(s, w.Head, "nsubj", "nsubj:pass")
	}
	if subj < 0 || subj > i {
		return i
	}
	f, _ := phrase(s, subj)
	return f
}

// clauseAfterMark returns the first word of the clause headed by k after
// its "that": the clause as it reads on its own.
func clauseAfterMark(s *syntax.Sentence, k int) int {
	f, _ := s.Subtree(k)
	for f < k && (text.RelIs(s.Words[f].Rel, "mark") || s.Words[f].UPOS == "PUNCT") {
		f++
	}
	return f
}

// nounAction returns the first word of the action of a commitment named
// by noun i and made by support verb h: the verb when it comes first
// ("reached a deal", "signed a memorandum"), else the noun's phrase ("the
// agreement, signed in Geneva …").
func nounAction(s *syntax.Sentence, i, h int) int {
	if h < i {
		return h
	}
	f, _ := phrase(s, i)
	return f
}
