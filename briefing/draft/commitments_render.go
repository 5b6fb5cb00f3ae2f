package draft

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// renderCommitment turns a found clause into a commitment record: actors
// and counterparties resolved to parties, the verb, action, dates, a one-line
// text made of the source's own words, and the clause's span.
func renderCommitment(d *document, r *actorResolver, ds []dateMark, f commitFind) briefing.Commitment {
	toks := f.sentToks
	subj := f.subj
	if f.possessor >= 0 {
		subj = [2]int{f.possessor, f.possessor + 1}
	} else if f.byActor[0] >= 0 {
		subj = f.byActor
	} else if f.passive {
		subj = [2]int{0, 0}
	}
	ps, anaphor := r.resolve(toks, subj, f.sentence)
	actors := r.names(ps)
	if len(actors) == 0 && subj[0] < subj[1] {
		anaphor = false
		if a := actorWords(d.text, toks[subj[0]:subj[1]]); a != "" && !isPronounWords(a) {
			actors = []string{a}
		}
	}
	action := trimLoneQuotes(joinToks(d.text, toks[f.action[0]:f.action[1]]))
	c := briefing.Commitment{
		Actors:         actors,
		Verb:           joinToks(d.text, toks[f.verb[0]:f.verb[1]]),
		Status:         f.status,
		Action:         action,
		Counterparties: counterparties(d, r, toks, f, ps),
		Spans:          []briefing.Span{{Start: toks[f.spanStart].start, End: toks[f.spanEnd-1].end}},
	}
	if c.Verb == "" && f.cue < len(toks) {
		c.Verb = toks[f.cue].written(d.text)
	}
	body := joinToks(d.text, toks[f.spanStart:f.spanEnd])
	if (anaphor || f.inherited) && len(actors) > 0 {
		body = strings.Join(actors, " and ") + " " + joinToks(d.text, toks[f.verb[0]:f.spanEnd])
	} else if f.inherited && subj[0] < subj[1] {
		body = joinToks(d.text, toks[subj[0]:subj[1]]) + " " + joinToks(d.text, toks[f.verb[0]:f.spanEnd])
	}
	body = trimLoneQuotes(strings.TrimRight(body, " ,;:"))
	sent := d.sentences[f.sentence]
	var label string
	c.When, c.Deadline, label = commitmentTiming(d, ds, f, sent, body)
	if label != "" {
		body += " (" + label + ")"
	}
	c.Text = body + "."
	return c
}

// actorWords renders a subject that names no known party from its own
// words, without a leading article or a possessive pronoun.
func actorWords(text string, subj []token) string {
	for len(subj) > 0 && subj[0].word && (subj[0].lower == "the" || subj[0].lower == "a" || subj[0].lower == "an") {
		subj = subj[1:]
	}
	return joinToks(text, subj)
}

// isPronounWords reports whether a subject is only a pronoun or owner
// ("it", "We", "their"), which names no one until resolved.
func isPronounWords(s string) bool {
	w := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(s, "'ll"), "’ll"))
	_, owner := possessiveSubject[w]
	return cmPronouns[w] || owner || w == "us" || w == "them"
}

// counterparties are the parties named after "with" or "between" in the
// action, other than the actors.
func counterparties(d *document, r *actorResolver, toks []token, f commitFind, actors []int) []string {
	var out []int
	for k := f.action[0]; k < f.action[1]; k++ {
		if w := toks[k].lower; w != "with" && w != "between" {
			continue
		}
		e := k + 1
		for e < f.action[1] && (toks[e].word && !cmPrepositions[toks[e].lower] || toks[e].text == "’s" || toks[e].text == "'s") {
			e++
		}
		if e == k+1 {
			continue
		}
		for _, p := range r.in(toks[k+1].start, toks[e-1].end) {
			if !hasIndex(actors, p) {
				out = appendPartyIdx(out, p)
			}
		}
	}
	return r.names(out)
}

func hasIndex(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// trimLoneQuotes drops a quotation mark that opens or closes a text without its
// partner.
func trimLoneQuotes(s string) string {
	for _, pair := range [][2]string{{"“", "”"}, {"\"", "\""}, {"‘", "’"}} {
		open, cl := strings.Count(s, pair[0]), strings.Count(s, pair[1])
		if pair[0] == pair[1] {
			if open%2 == 1 {
				s = strings.Replace(s, pair[0], "", 1)
			}
			continue
		}
		if open > cl && strings.HasPrefix(s, pair[0]) {
			s = strings.TrimPrefix(s, pair[0])
		}
		if cl > open && strings.HasSuffix(s, pair[1]) && pair[1] != "’" {
			s = strings.TrimSuffix(s, pair[1])
		}
	}
	return strings.TrimSpace(s)
}
