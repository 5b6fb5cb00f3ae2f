package background

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// conjunctEvents splits the words [start, end) of sentence si into the
// events its main verb and the verbs joined to it tell, when each of them
// has a date of its own ("The party was founded in 1990 and first won
// seats in 1999."): one item per event. It returns nil when the sentence
// tells one event, or when a joined clause does not stand in one piece.
func conjunctEvents(d *doc.Document, ds []dates.Mark, si, start, end int) []briefing.Span {
	if si >= len(d.Parsed) {
		return nil
	}
	s := &d.Parsed[si]
	r := s.Root()
	if r < 0 || s.Words[r].UPOS != "VERB" {
		return nil
	}
	heads, cuts := []int{r}, []int{start}
	for _, c := range joinedVerbs(s, r) {
		first, _ := s.Subtree(c)
		if cc := s.ChildrenWith(c, "cc"); len(cc) > 0 && cc[0] < c {
			first = cc[0] // the joined clause starts at its conjunction, whatever the parse hung before it
		}
		for first < c && (s.Words[first].UPOS == "CCONJ" || s.Words[first].UPOS == "PUNCT") {
			first++
		}
		if relativeWord(s.Words[first]) {
			continue // ", which bought it in 2017": a relative clause the parse joined, no event of the sentence's own
		}
		if at := s.Words[first].Start; s.Words[c].UPOS == "VERB" && at > cuts[len(cuts)-1] && at < end {
			heads, cuts = append(heads, c), append(cuts, at)
		}
	}
	if len(cuts) < 2 {
		return nil
	}
	cuts = append(cuts, end)
	var out []briefing.Span
	for k := range heads {
		a, b := cuts[k], cuts[k+1]
		if k+1 < len(heads) {
			b = a + len(trimJoin(d.Text[a:b]))
		}
		in := dates.Within(ds, a, b)
		if !onePiece(s, heads, k, a, b, in) || len(in) == 0 {
			return nil // a joined verb with no date of its own tells the same event
		}
		out = append(out, briefing.Span{Start: a, End: b})
	}
	return out
}

// joinedVerbs returns, in text order, the verbs joined to root r: its
// conjuncts, and the past verbs of a list that the parse hung as a
// parataxis or adverbial clause after a comma, with no subject of their
// own and a date in their words ("bought a rival in 2001, cut 2,000 jobs
// in 2003 and returned to profit in 2006"; "was proposed in 1969,
// rejected in 1972, and revived in 2008").
func joinedVerbs(s *syntax.Sentence, r int) []int {
	var out []int
	joined := func(h int) bool { return h == r || slices.Contains(out, h) }
	for k, w := range s.Words {
		switch {
		case k == r || w.Head < 0 || w.UPOS != "VERB":
		case w.Rel == "conj" && w.Head == r:
			out = append(out, k)
		case text.RelIs(w.Rel, "conj", "parataxis", "advcl") && k > 0 && s.Words[k-1].Form == "," &&
			(w.XPOS == "VBD" || w.XPOS == "VBN") && len(s.ChildrenWith(k, "nsubj", "mark")) == 0 && dated(s, k):
			out = append(out, k)
		}
	}
	var keep []int
	for _, k := range out {
		if h := s.Words[k].Head; joined(h) && h != k {
			keep = append(keep, k)
		}
	}
	return keep
}

// dated reports whether a word below verb k, in its own clause, holds a
// year or a day ("cut 2,000 jobs in 2003").
func dated(s *syntax.Sentence, k int) bool {
	first, last := s.Subtree(k)
	for j := first; j <= last; j++ {
		if w := s.Words[j]; w.UPOS == "NUM" && dates.YearRe.MatchString(w.Form) && s.Dominates(k, j) {
			return true
		}
	}
	return false
}

// onePiece reports whether the words in bytes [a, b) belong to clause
// heads[k] (punctuation aside): the nearest of heads above each is
// heads[k], or, for the main clause, none of the joined ones. The parse
// may hang a date on the wrong verb ("on 3 August and received …" on
// "received"): its words, and those that hang on them, belong where they
// stand.
func onePiece(s *syntax.Sentence, heads []int, k, a, b int, in []dates.Mark) bool {
	inDate := func(w int) bool {
		return w >= 0 && covers(in, s.Words[w].Start)
	}
	for w, word := range s.Words {
		if word.Start < a || word.Start >= b || word.UPOS == "PUNCT" || inDate(w) || inDate(word.Head) {
			continue
		}
		if nearestHead(s, heads, w) != k {
			return false
		}
	}
	return true
}

// nearestHead returns the index in heads of the first of them met walking
// up from word w, 0 (the main clause) when none of the joined ones is.
func nearestHead(s *syntax.Sentence, heads []int, w int) int {
	for h, steps := w, 0; h >= 0 && steps <= len(s.Words); h, steps = s.Words[h].Head, steps+1 {
		if j := slices.Index(heads, h); j >= 0 {
			return j
		}
	}
	return 0
}

// trimJoin cuts the conjunction, commas and spaces that join a clause to
// the next one off its end.
func trimJoin(t string) string {
	t = strings.TrimRight(t, " \n,;")
	for _, cc := range []string{" and", " but", " or", " then"} {
		if strings.HasSuffix(t, cc) {
			return strings.TrimRight(strings.TrimSuffix(t, cc), " ,")
		}
	}
	return t
}

// relativeWord reports whether w is a relative pronoun or determiner
// ("which", "who", "whose").
func relativeWord(w syntax.Word) bool {
	switch w.XPOS {
	case "WDT", "WP", "WP$":
		return true
	}
	return false
}
