package merge

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Thresholds of word overlap (see overlap) for two reports of one
// commitment: the words of its verb and action, when the actors are shared
// and when either report names none that the other does.
const (
	sameAction        = 0.5
	sameActionNoActor = 0.7
)

// report is a commitment being merged: the record and the words used to
// compare it (of its status, verb and action), with the briefs it came from.
type report struct {
	c      briefing.Commitment
	briefs []int
	words  bag
	actors map[string]bool
	// firstSpans are the spans of the first report, for a date claim.
	firstSpans []briefing.Span
	// disputed holds the dates (by what they are of) the reports give
	// differently: they stay at what all reports agree on.
	disputed map[string]bool
}

// mergeCommitments sets out.Commitments to one record per commitment: the
// reports of one commitment by several briefs (same actors, same action,
// compatible status) become one record with the spans of each. When their
// dates cannot both be right, the record keeps what they agree on (the
// month of 3 and 5 May) and the disagreement is recorded.
func mergeCommitments(out *briefing.Brief, parts []*briefing.Brief, names []map[string]string, dis *disagreements) {
	var rs []*report
	for k, p := range parts {
		for _, c := range p.Commitments {
			c.Actors = renamed(c.Actors, names[k])
			c.Counterparties = renamed(c.Counterparties, names[k])
			r := &report{c: c, briefs: []int{k}, words: stems(c.Status + " " + c.Verb + " " + c.Action),
				actors: actorSet(out, c), firstSpans: c.Spans, disputed: map[string]bool{}}
			if same := findReport(rs, r, k); same != nil {
				same.absorb(r, dis)
				continue
			}
			rs = append(rs, r)
		}
	}
	for _, r := range rs {
		out.Commitments = append(out.Commitments, r.c)
	}
}

// renamed maps party names to the merged parties' names, keeping order
// and dropping repeats.
func renamed(list []string, names map[string]string) []string {
	var out []string
	for _, n := range list {
		if to, ok := names[n]; ok {
			n = to
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// actorSet returns the actors of c and the affiliations of those that are
// people: "Kovacs signed" and "Ruritania signed" share Ruritania when
// Kovacs is Ruritania's minister.
func actorSet(out *briefing.Brief, c briefing.Commitment) map[string]bool {
	set := map[string]bool{}
	for _, a := range c.Actors {
		set[a] = true
		for _, p := range out.Parties {
			if p.Name == a && p.Affiliation != "" {
				set[p.Affiliation] = true
			}
		}
	}
	return set
}

// findReport returns the first record, of none of whose reports brief k
// gave one, that r reports again, or nil.
func findReport(rs []*report, r *report, k int) *report {
	for _, x := range rs {
		if !slices.Contains(x.briefs, k) && x.same(r) {
			return x
		}
	}
	return nil
}

// same reports whether x and r report one commitment: a refusal is never
// the same as a pledge; the verb and action share enough words, and more
// when the actors are not shared.
func (x *report) same(r *report) bool {
	if (x.c.Status == briefing.StatusRefused) != (r.c.Status == briefing.StatusRefused) {
		return false
	}
	shared := 0
	for w := range x.words {
		if r.words[w] {
			shared++
		}
	}
	if shared < 2 {
		return false
	}
	need := sameActionNoActor
	for a := range x.actors {
		if r.actors[a] {
			need = sameAction
			break
		}
	}
	return overlap(x.words, r.words) >= need
}

// absorb adds the report r to x: its spans, actors and
// counterparties, and its date when x has none or a less precise one. A
// date that disagrees is recorded as a disagreement.
func (x *report) absorb(r *report, dis *disagreements) {
	x.briefs = append(x.briefs, r.briefs...)
	x.c.Spans = append(x.c.Spans, r.c.Spans...)
	for _, a := range r.c.Actors {
		if !slices.Contains(x.c.Actors, a) {
			x.c.Actors = append(x.c.Actors, a)
		}
	}
	for _, a := range r.c.Counterparties {
		if !slices.Contains(x.c.Counterparties, a) && !slices.Contains(x.c.Actors, a) {
			x.c.Counterparties = append(x.c.Counterparties, a)
		}
	}
	x.words = union(x.words, r.words)
	for a := range r.actors {
		x.actors[a] = true
	}
	about := strings.TrimSpace(x.c.Verb + " " + x.c.Action)
	x.c.When = x.date(x.c.When, r.c.When, about, r, dis)
	x.c.Deadline = x.date(x.c.Deadline, r.c.Deadline, "deadline: "+about, r, dis)
}

// date returns the date of the merged record given its own and another
// report's: the more precise of two compatible ones; for two that are not,
// the part they agree on (see agreed), with the disagreement recorded.
func (x *report) date(mine, theirs, about string, r *report, dis *disagreements) string {
	switch {
	case theirs == "":
		return mine
	case x.disputed[about]:
		dis.add(briefing.DisagreeDate, about, claim{theirs, theirs, r.c.Spans})
		return agreed([]claim{{value: mine}, {value: theirs}})
	case mine == theirs:
		return mine
	case mine == "" || strings.HasPrefix(theirs, mine):
		return theirs
	case strings.HasPrefix(mine, theirs):
		return mine
	}
	x.disputed[about] = true
	dis.add(briefing.DisagreeDate, about, claim{mine, mine, x.firstSpans}, claim{theirs, theirs, r.c.Spans})
	return agreed([]claim{{value: mine}, {value: theirs}})
}
