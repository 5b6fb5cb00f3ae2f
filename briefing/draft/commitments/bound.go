package commitments

import (
	"regexp"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// boundCue matches a deadline word that bounds an event named after it,
// with the event's date after the event's noun ("in time for the next
// local elections in 2029", "before the summit on 18 March").
var boundCue = regexp.MustCompile(`(?i)\b(?:before|until|till|in time for|ahead of)\s+(?:[\p{L}'’-]+\s+){1,4}(?:(?:in|on|of)\s+)?$`)

// boundWords open a phrase whose event is a deadline.
var boundWords = WordSet("before until till by")

// boundEvent reports whether date m dates an event that a deadline word
// bounds, so that the date is a deadline of the act, not its time:
// "will visit farm states before her hearing, which is scheduled for 18
// March", "would cut the voting age in time for the elections in 2029".
func boundEvent(src string, s *syntax.Sentence, m dates.Mark) bool {
	from := max(s.Start, m.Start-60)
	if loc := boundCue.FindStringIndex(src[from:m.Start]); loc != nil && !verbBetween(s, from+loc[0], m.Start) {
		return true // not "until he resigned in March": a clause of its own
	}
	k := wordAt(s, m.Start)
	if k < 0 || text.RelIs(s.Words[k].Rel, "nmod:poss") {
		return false // "before Saturday's home game": the act is on the day of the event it comes before
	}
	if describesBound(s, k) {
		return true
	}
	for steps := 0; k >= 0 && steps < 4; k, steps = s.Words[k].Head, steps+1 {
		h := s.Words[k].Head
		if h < 0 || s.Words[h].UPOS == "VERB" && (!relativeOn(s, h) || agentNouns[s.Words[s.Words[h].Head].Lemma]) {
			return false // the date hangs on an act, not on a noun; or on the act of one a clause describes ("a grant from the government, which agreed last week to fund it")
		}
		if w := s.Words[h]; w.Start >= m.Start && w.End <= m.End {
			continue // the date's own words: "by the end of next week" is a deadline of whatever it hangs on
		}
		if w := s.Words[h]; w.UPOS == "NOUN" && w.Rel != "obl:agent" && hasChildLemma(s, h, boundWords, "case", "mark") {
			return true
		}
	}
	return false
}

// relativeOn reports whether verb v heads a clause on a noun ("her
// hearing, which is scheduled for 18 March").
func relativeOn(s *syntax.Sentence, v int) bool {
	h := s.Words[v].Head
	return h >= 0 && s.Words[h].UPOS == "NOUN" && (s.Words[v].Rel == "acl:relcl" || s.Words[v].Rel == "acl")
}

// verbBetween reports whether a verb or an auxiliary lies between byte
// offsets from and to of s.
func verbBetween(s *syntax.Sentence, from, to int) bool {
	for _, w := range s.Words {
		if w.Start >= from && w.End <= to && (w.UPOS == "VERB" || w.UPOS == "AUX") {
			return true
		}
	}
	return false
}

// describesBound reports whether date word k ends a clause on a noun a
// deadline word bounds, with no comma or other verb between the clause's
// verb and the date, however the parse hung the date ("before her
// hearing, which is scheduled for 18 March").
func describesBound(s *syntax.Sentence, k int) bool {
	for r := k - 1; r >= 0; r-- {
		w := s.Words[r]
		if w.Form == "," || w.UPOS == "AUX" && w.Head != r+1 && !s.Dominates(w.Head, r) {
			return false
		}
		if w.UPOS == "VERB" {
			n := w.Head
			return relativeOn(s, r) && hasChildLemma(s, n, boundWords, "case", "mark") && s.Words[n].Rel != "obl:agent"
		}
	}
	return false
}
