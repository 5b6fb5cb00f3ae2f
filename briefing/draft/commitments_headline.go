package draft

import "github.com/briefdesk/briefdesk/briefing/draft/doc"

// commitFind is a commitment clause in the tokens of its sentence, as a
// headline is built from it: the subject, the verb and the end of the
// action.
type commitFind struct {
	subj      [2]int // the subject's tokens, [start, end)
	inherited bool   // the subject belongs to another clause
	strong    bool   // the verb names the act itself (signed, agreed, pledged)
	cue       int    // the verb's token
	action    [2]int // the action's tokens after the verb, [start, end)
}

// headlineCommitments returns the commitment clauses of sentence si whose
// own subject stands before a commitment verb, in the tokens toks of that
// sentence (see ClauseTokens).
func headlineCommitments(d *doc.Document, si int, toks []doc.Token) []commitFind {
	var out []commitFind
	for _, c := range sentenceClauses(d, newActorResolver(d), si) {
		s := c.s
		vg := verbGroupStart(s, c)
		if c.passive || c.first >= vg || c.verb != c.pred {
			continue
		}
		start, _ := s.Bytes(c.first, c.first)
		_, end := s.Bytes(c.last, c.last)
		f := commitFind{inherited: c.inherited, strong: c.strong, cue: -1}
		f.subj[0], f.subj[1] = tokenAt(toks, start), tokenAt(toks, s.Words[vg].Start)
		f.cue = tokenAt(toks, s.Words[c.verb].Start)
		f.action = [2]int{f.cue + 1, tokenAt(toks, end-1) + 1}
		if f.subj[0] < 0 || f.subj[1] < 0 || f.cue < 0 || f.action[1] <= 0 {
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
