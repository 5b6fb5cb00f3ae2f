package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// complementizerThat reports whether verb k, read by the parser as a
// relative clause, has "that" for one subject and a subject of its own
// after it: the "that" opens a complement ("The Ministry notes that in
// 2022 the two Governments agreed …"), and the clause's actor is the
// later subject, not the noun the parser hung the clause on.
func complementizerThat(s *syntax.Sentence, k int) bool {
	subj := s.ChildrenWith(k, "nsubj")
	return len(subj) > 1 && lower(s.Words[subj[0]].Form) == "that" && s.Words[subj[0]].UPOS == "PRON"
}

// splitSubjects mends the subjects subj of verb v that the parser split
// from one phrase: a complementizer "that" read as a relative pronoun
// before the clause's own subject is dropped (see complementizerThat),
// and an office with its holder's name set off by commas after it ("The
// Minister of Foreign Affairs, Dr. Lina Varo, will brief …") read as two
// subjects is the holder alone.
func splitSubjects(s *syntax.Sentence, subj []int, v int) []int {
	if complementizerThat(s, v) {
		subj = subj[1:]
	}
	if len(subj) != 2 {
		return subj
	}
	office, name := subj[0], subj[1]
	if !offices[lower(s.Words[office].Lemma)] || s.Words[name].UPOS != "PROPN" {
		return subj
	}
	_, last := s.Subtree(office)
	first, end := s.Subtree(name)
	if s.Words[last].Form != "," {
		last++ // the comma that closes the office, whether or not the parser hung it there
	}
	if s.Words[end].Form != "," {
		end++
	}
	if last >= len(s.Words) || s.Words[last].Form != "," || first != last+1 || end >= v || s.Words[end].Form != "," {
		return subj
	}
	return []int{name}
}

// timeSubject reports whether the one subject subj of conjunct verb k is
// a phrase of time the parser took for it ("transferred the money over
// five years and promised to repay it": "years"): the verb shares the
// subject of the verb it is joined to.
func timeSubject(s *syntax.Sentence, k int, subj []int) bool {
	return len(subj) == 1 && text.RelIs(s.Words[k].Rel, "conj") && timeWord(s.Words[subj[0]]) &&
		firstChild(s, subj[0], "nmod:poss") < 0
}

// subjectedConjunct returns the conjunct verb nearest before conjunct
// verb k, which has no subject of its own, that has one, among the verbs
// joined to the same first conjunct: "When councillors asked, Marsh told
// them … and promised to bring the statements" (the parser joined
// "promised" to "asked") is Marsh's promise, not the councillors'. It is
// -1 when there is none.
func subjectedConjunct(s *syntax.Sentence, k int) int {
	w := s.Words[k]
	if w.Head < 0 || !text.RelIs(w.Rel, "conj") || firstChild(s, k, "nsubj") >= 0 || firstChild(s, k, "nsubj:pass") >= 0 {
		return -1
	}
	for j := k - 1; j > w.Head; j-- {
		u := s.Words[j]
		if u.Head != w.Head || !text.RelIs(u.Rel, "conj") || u.UPOS != "VERB" {
			continue
		}
		if sub := firstChild(s, j, "nsubj"); sub >= 0 && !relativePronouns[lower(s.Words[sub].Form)] {
			return j
		}
		return -1 // the nearest conjunct shares a subject itself
	}
	return -1
}
