package commitments

import "github.com/briefdesk/briefdesk/briefing/draft/doc"

// HeadlineClause is a commitment clause in the tokens of its sentence, as a
// headline is built from it: the subject, the verb and the end of the
// action.
type HeadlineClause struct {
	Subj      [2]int // the subject's tokens, [start, end)
	Inherited bool   // the subject belongs to another clause
	Strong    bool   // the verb names the act itself (signed, agreed, pledged)
	Plural    bool   // the subject joins several actors ("the Bank of Almara and the Reserve Bank")
	Cue       int    // the verb's token
	Action    [2]int // the action's tokens after the verb, [start, end)
}

// HeadlineClauses returns the commitment clauses of sentence si whose
// own subject stands before a commitment verb, in the tokens toks of that
// sentence (see text.ClauseTokens).
func HeadlineClauses(d *doc.Document, si int, toks []doc.Token) []HeadlineClause {
	var out []HeadlineClause
	for _, c := range sentenceClauses(d, newActorResolver(d), si) {
		s := c.s
		vg := verbGroupStart(s, c)
		if c.passive || c.first >= vg || c.verb != c.pred {
			continue
		}
		start, _ := s.Bytes(c.first, c.first)
		_, end := s.Bytes(c.last, c.last)
		f := HeadlineClause{Inherited: c.inherited, Strong: c.strong, Plural: len(c.actors) > 1, Cue: -1}
		f.Subj[0], f.Subj[1] = tokenAt(toks, start), tokenAt(toks, s.Words[vg].Start)
		f.Cue = tokenAt(toks, s.Words[c.verb].Start)
		f.Action = [2]int{f.Cue + 1, tokenAt(toks, end-1) + 1}
		if f.Subj[0] < 0 || f.Subj[1] < 0 || f.Cue < 0 || f.Action[1] <= 0 {
			continue
		}
		out = append(out, f)
	}
	return out
}

// tokenAt returns the index of the token that holds byte offset at, or -1.
func tokenAt(toks []doc.Token, at int) int {
	for k, t := range toks {
		if t.Start <= at && at < t.End {
			return k
		}
	}
	return -1
}
