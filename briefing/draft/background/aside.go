package background

import (
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
// a superlative ("the lowest since 2024") nor a "since" the verb's tense
// cannot take ("Mammadov, in office since 2022, said"). Without a parse
// every hint counts.
func tellsHistory(d *doc.Document, ds []dates.Mark, si int, sp briefing.Span) bool {
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
		if k := dates.WordAt(s, sp.Start+loc[0]); k < 0 || !dates.InNounAside(s, k) && !dates.SinceBaseline(s, k) && !sinceNotPerfect(s, ds, sp.Start+loc[0]) {
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
	return k >= 0 && dates.InNounAside(&d.Parsed[si], k)
}

// sinceNotPerfect reports whether a date mark opening at byte offset at
// is a "since" the tense of its verb cannot take (dates.SinceNotPerfect).
func sinceNotPerfect(s *syntax.Sentence, ds []dates.Mark, at int) bool {
	for _, m := range dates.Within(ds, at, s.End) {
		if m.Start == at {
			return dates.SinceNotPerfect(s, m)
		}
	}
	return false
}

// onSubjectOfNews reports whether byte offset at of sentence si lies in a
// stretch set off by commas between the subject of an act of saying or
// of a stand told in the simple past and its verb ("Ms Dahl, who brokered a deal in 2019, urged
// both sides …", "Penfold, which had bid for the chain last autumn, said
// …"), however the parse hung it: it describes the actor of the news, and
// dates no event the sentence tells.
func onSubjectOfNews(d *doc.Document, si, at int) bool {
	if si >= len(d.Parsed) || !newsStance(d, si) {
		return false
	}
	s := &d.Parsed[si]
	r, k := mainPredicate(s), dates.WordAt(s, at)
	subj := firstBefore(s.ChildrenWith(r, "nsubj", "nsubj:pass"), k)
	if k < 0 || k > r || subj < 0 {
		return false
	}
	return commaBetween(s, subj, k) && commaBetween(s, k, r)
}

// firstBefore returns the first of words ks that comes before word k, or -1.
func firstBefore(ks []int, k int) int {
	for _, c := range ks {
		if c < k {
			return c
		}
	}
	return -1
}

// commaBetween reports whether a comma stands between words a and b.
func commaBetween(s *syntax.Sentence, a, b int) bool {
	for j := a + 1; j < b; j++ {
		if s.Words[j].Form == "," {
			return true
		}
	}
	return false
}

// participleOnNewsNoun reports whether byte offset at of sentence si lies
// in a participle clause on a noun ("refused to charge two men arrested
// in 2021") of an act of saying or of a stand told in the simple past: the
// date describes that thing, and the undated act of the main clause is
// the news.
func participleOnNewsNoun(d *doc.Document, si, at int) bool {
	if si >= len(d.Parsed) || !newsStance(d, si) {
		return false
	}
	s := &d.Parsed[si]
	for k, steps := dates.WordAt(s, at), 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		switch w := s.Words[k]; {
		case w.Rel == "acl":
			return w.XPOS == "VBN" && len(s.ChildrenWith(k, "nsubj", "nsubj:pass")) == 0
		case w.UPOS == "VERB":
			return false
		}
	}
	return false
}
