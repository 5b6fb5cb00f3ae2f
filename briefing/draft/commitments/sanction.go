package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// sanctionOf returns the word that makes verb i, or top, the verb i
// completes, the sanction of a demand told just before it: "failing" in
// "gave the junta until March 31 to present a calendar, failing which
// (that, this) the bloc would impose a travel ban" or "Failing that, the
// bloc will impose a ban", "else" in "must pay by Friday, or else we will
// sue". The sanction is a commitment that holds only if the demand is not
// met; -1 when there is none.
func sanctionOf(s *syntax.Sentence, i, top int) int {
	for k := 0; k < i; k++ {
		switch {
		case failingOpens(s, k) && (opensOn(s, i, k) || opensOn(s, top, k) || firstVerbAfter(s, k+1) == i):
			return k
		case orElse(s, k) && (s.Words[k].Head == i || s.Words[k].Head == top):
			return k
		}
	}
	return -1
}

// failingOpens reports whether word k is a "failing" that opens a clause
// of its own, after a punctuation mark or at the start of the sentence,
// with no subject or auxiliary ("the talks are failing" tells an event):
// "failing which", "failing that", "failing agreement".
func failingOpens(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	if lower(w.Form) != "failing" || k > 0 && s.Words[k-1].UPOS != "PUNCT" {
		return false
	}
	return firstChild(s, k, "nsubj", "nsubj:pass", "aux", "aux:pass", "cop") < 0
}

// orElse reports whether word k is the "else" of "or else".
func orElse(s *syntax.Sentence, k int) bool {
	return k > 0 && lower(s.Words[k].Form) == "else" && lower(s.Words[k-1].Form) == "or"
}

// opensOn reports whether verb v hangs on word k as its clause.
func opensOn(s *syntax.Sentence, v, k int) bool {
	return v >= 0 && s.Words[v].Head == k && text.RelIs(s.Words[v].Rel, "ccomp", "parataxis", "advcl", "conj")
}

// firstVerbAfter returns the first verb from word k on that has a subject
// of its own, or -1: the clause "failing which" opens when the parser hung
// it elsewhere.
func firstVerbAfter(s *syntax.Sentence, k int) int {
	for m := k; m < len(s.Words); m++ {
		if s.Words[m].UPOS == "VERB" {
			if firstChild(s, m, "nsubj", "nsubj:pass") < 0 {
				return -1
			}
			return m
		}
	}
	return -1
}

// sanctioning reports whether word h is the "failing" or "else" of a
// sanction (see sanctionOf).
func sanctioning(s *syntax.Sentence, h int) bool {
	return failingOpens(s, h) || orElse(s, h)
}

// demandStart returns the first word of the demand a sanction word h
// follows: the clause before it, back to the verb of saying that reports
// it or to the start of the sentence ("Leaders gave the junta until March
// 31 to present a calendar, | failing which …", "said | the junta must
// present a calendar, or else …"); h itself when the sanction opens the
// sentence ("Failing that, …").
func demandStart(s *syntax.Sentence, h int) int {
	j := h - 1
	for j >= 0 && (s.Words[j].UPOS == "PUNCT" || lower(s.Words[j].Form) == "or") {
		j--
	}
	if j < 0 {
		return h
	}
	for {
		up := s.Words[j].Head
		if up < 0 || up >= h || text.ReportVerbs[s.Words[up].Lemma] && firstChild(s, up, "nsubj") >= 0 {
			break
		}
		j = up
	}
	f, _ := s.Subtree(j)
	return min(f, h)
}
