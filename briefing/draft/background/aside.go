package background

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// A history hint inside an aside on a noun ("Ms Fyfe, co-leader since
// 2023, will speak", "talks, which have dragged on since 2002") describes
// that thing, not an event the sentence tells: it does not make the
// sentence background.

// tellsHistory reports whether sentence si holds a history hint
// (historyRe) outside the asides on its nouns that is not the baseline of
// a superlative ("the lowest since 2024"). Without a parse every hint
// counts.
func tellsHistory(d *doc.Document, si int, sp briefing.Span) bool {
	src := d.Text[sp.Start:sp.End]
	if !mayTellHistory(src) {
		return false
	}
	locs := historyRe.FindAllStringIndex(src, -1)
	if si >= len(d.Parsed) || len(d.Parsed[si].Words) == 0 {
		return len(locs) > 0
	}
	s := &d.Parsed[si]
	for _, loc := range locs {
		if k := dates.WordAt(s, sp.Start+loc[0]); k < 0 || !inNounAside(s, k) && !dates.SinceBaseline(s, k) {
			return true
		}
	}
	return false
}

// dateInNounAside reports whether date mark m of sentence si lies in an
// aside on a noun.
func dateInNounAside(d *doc.Document, si int, m dates.Mark) bool {
	if si >= len(d.Parsed) {
		return false
	}
	k := dates.WordAt(&d.Parsed[si], m.Start)
	return k >= 0 && inNounAside(&d.Parsed[si], k)
}

// inNounAside reports whether word k lies in a clause or apposition on a
// noun, or between two commas with no finite verb between them ("Ms
// Fyfe, co-leader since 2023, will …", "the party, founded decades ago,
// …"), which the parse may hang anywhere.
func inNounAside(s *syntax.Sentence, k int) bool {
	return onNoun(s, k) || betweenCommas(s, k)
}

// onNoun reports whether, walking up the parse from word k, a clause or
// apposition on a noun (acl, appos) comes before any clause of the
// sentence's own.
func onNoun(s *syntax.Sentence, k int) bool {
	for h, steps := k, 0; h >= 0 && steps <= len(s.Words); h, steps = s.Words[h].Head, steps+1 {
		switch rel, _, _ := strings.Cut(s.Words[h].Rel, ":"); rel {
		case "acl", "appos":
			return !verblessRoot(s, s.Words[h].Head) // "The operator filed for bankruptcy" parsed as a noun phrase
		case "root", "ccomp", "advcl", "xcomp", "parataxis", "csubj", "conj":
			return false
		}
	}
	return false
}

// verblessRoot reports whether word h is the root of s and a noun
// without a copula: the parse took the sentence for a noun phrase, and
// the clause it hangs on the noun is the sentence's own.
func verblessRoot(s *syntax.Sentence, h int) bool {
	if h < 0 || s.Words[h].Head >= 0 {
		return false
	}
	switch s.Words[h].UPOS {
	case "NOUN", "PROPN":
		return len(s.ChildrenWith(h, "cop")) == 0
	}
	return false
}

// betweenCommas reports whether word k stands between two commas, the
// first right after a noun, with no finite verb between them: a
// parenthesis on that noun.
func betweenCommas(s *syntax.Sentence, k int) bool {
	open, end := -1, -1
	for j := k - 1; j >= 0 && open < 0; j-- {
		if s.Words[j].Form == "," {
			open = j
		}
	}
	for j := k + 1; j < len(s.Words) && end < 0; j++ {
		if s.Words[j].Form == "," {
			end = j
		}
	}
	if open < 1 || end < 0 {
		return false
	}
	if before := s.Words[open-1].UPOS; before != "NOUN" && before != "PROPN" {
		return false // "However, a decline since 2002, …": no noun the stretch describes
	}
	for j := open + 1; j < end; j++ {
		switch s.Words[j].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}
