package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// memberVote reports whether clause c is a vote told as cast by people
// ("Deputy Governor Lena Strand voted to raise rates", "Councillor Jill
// Pardoe voted against"): a vote that happened, where a body's vote
// ("the council voted to close the library") is its decision.
func (r *actorResolver) memberVote(c clause) bool {
	if c.s.Words[c.pred].Lemma != "vote" || modalOf(c.s, c.pred) != "" || !pastClause(c.s, c.pred) {
		return false
	}
	ps, _ := r.clauseParties(c)
	for _, p := range ps {
		if r.d.Parties[p].Kind != briefing.KindPerson {
			return false
		}
	}
	return len(ps) > 0
}

// castAsOne reports whether verb i is a vote told as taken, its subject
// one that votes as a whole ("the committee voted", "China voted"), not
// a count of members ("31 MPs voted", "most senators voted").
func castAsOne(s *syntax.Sentence, i int) bool {
	if s.Words[i].Lemma != "vote" || !pastClause(s, i) && !presentPerfect(s, i) { // "voted", "has voted"
		return false
	}
	subj := firstChild(s, i, "nsubj")
	if subj < 0 || hasChildLemma(s, subj, quantifiers, "det", "amod") || firstChild(s, subj, "nummod") >= 0 ||
		s.Words[subj].UPOS == "NUM" || memberNouns[s.Words[subj].Lemma] || hasChildLemma(s, subj, memberNouns, "compound", "nmod:desc") {
		return false
	}
	return firstChild(s, i, "case") < 0 && !approvable(s.Words[subj]) // "31 MPs from the Progress Party voted", "the bill … voted": the parser cut the subject from its phrase
}

// votedInFavour reports whether verb i is a deliberative body's vote
// taken for a measure, after the tally if one is given ("the committee voted seven to two for
// the cut", "the council voted 6-4 in favour of the scheme", "the board
// voted unanimously for it"): the voters decided on it. The parser may
// hang the "for" phrase on the tally, so the words after the verb are
// read in order.
func votedInFavour(s *syntax.Sentence, i int) bool {
	if !castAsOne(s, i) || !bodySubject(s, i) { // "the Green Left voted for the motion": a side's vote cast, the house decides
		return false
	}
	k := afterTally(s, i+1)
	if k >= len(s.Words) {
		return false
	}
	switch lower(s.Words[k].Form) {
	case "for":
	case "in":
		if k+2 >= len(s.Words) || !favours[lower(s.Words[k+1].Form)] || lower(s.Words[k+2].Form) != "of" {
			return false
		}
		k += 2
	default:
		return false
	}
	n := s.Words[k].Head
	if n < 0 || n < k || !text.RelIs(s.Words[k].Rel, "case") {
		return false
	}
	w := s.Words[n]
	return approvable(w) || measureNouns[w.Lemma] || cutNouns[w.Lemma] || lower(w.Form) == "it" || lower(w.Form) == "them" // not "voted for change"
}

// cutNouns name a change of a rate or a level a body decides on.
var cutNouns = WordSet("cut rise increase reduction hike freeze")

// favours are the nouns of "in favour of".
var favours = WordSet("favour favor")

// afterTally returns the first word from k on that is no part of a vote's
// tally or manner ("seven to two", "6-4", "by nine votes to four",
// "unanimously", "on Tuesday").
func afterTally(s *syntax.Sentence, k int) int {
	for ; k < len(s.Words); k++ {
		w := s.Words[k]
		switch l := lower(w.Form); {
		case w.UPOS == "NUM", l == "to", l == "-", l == "–", l == "by", l == "votes", l == "vote", w.UPOS == "ADV":
		case l == "on" && k+1 < len(s.Words) && timeWord(s.Words[k+1]):
			k++
		default:
			return k
		}
	}
	return k
}
