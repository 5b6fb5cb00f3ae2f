package dates

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// An aside on a noun ("Ms Fyfe, co-leader since 2023, will …", "talks,
// which have dragged on since 2002") describes that thing: its dates tell
// no event of the sentence.

// InNounAside reports whether word k lies in a clause or apposition on a
// noun, or between two commas with no finite verb between them ("Ms
// Fyfe, co-leader since 2023, will …", "the party, founded decades ago,
// …"), which the parse may hang anywhere.
func InNounAside(s *syntax.Sentence, k int) bool {
	return onNoun(s, k) || BetweenCommas(s, k)
}

// onNoun reports whether, walking up the parse from word k, a clause or
// apposition on a noun (acl, appos) comes before any clause of the
// sentence's own.
func onNoun(s *syntax.Sentence, k int) bool {
	for h, steps := k, 0; h >= 0 && steps <= len(s.Words); h, steps = s.Words[h].Head, steps+1 {
		switch rel, _, _ := strings.Cut(s.Words[h].Rel, ":"); rel {
		case "acl", "appos":
			// "The operator filed for bankruptcy" parsed as a noun phrase
			// (a relative clause, "which rose", is one all the same);
			// "…, the minister announced on Wednesday" hung on the minister.
			return !(s.Words[h].Rel == "acl" && verblessRoot(s, s.Words[h].Head)) && !LostReport(s, h)
		case "root", "ccomp", "advcl", "xcomp", "parataxis", "csubj", "conj":
			return false
		}
	}
	return false
}

// LostReport reports whether word h is a verb of saying without a
// subject of its own ("…, the housing minister, Siobhán Kearney,
// announced on Wednesday" hung on the minister): the report of the
// sentence, which the parse hung on its speaker. A verb a conjunction
// opens ("As announced on 14 January, …") is a clause of its own.
func LostReport(s *syntax.Sentence, h int) bool {
	if !text.ReportVerbs[strings.ToLower(s.Words[h].Lemma)] {
		return false
	}
	return len(s.ChildrenWith(h, "nsubj", "nsubj:pass", "mark")) == 0
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

// BetweenCommas reports whether word k stands between two commas, the
// first right after a noun, with no finite verb between them and no
// preposition opening the stretch: a parenthesis on that noun.
func BetweenCommas(s *syntax.Sentence, k int) bool {
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
	if s.Words[open+1].UPOS == "ADP" {
		return false // "France, in a statement on Monday, pledged …": an adverbial, not a description
	}
	for j := open + 1; j < end; j++ {
		switch s.Words[j].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}
