package commitments

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// Motions in minutes: "Motion by Councilmember Pruitt, seconded by
// Councilmember Ortega, to approve the consent agenda. Motion carried
// 5-0." and "Councilmember Lind moved, seconded by Councilmember Okonkwo,
// to approve the first reading of Ordinance 1187." A motion that carries
// is the body's decision, one that fails its refusal; a motion with no
// vote told is its mover's proposal.

// motionRe finds a motion and what it moves: the mover after "Motion by"
// or before "moved", an optional seconder, and the infinitive after "to".
var motionRe = regexp.MustCompile(`^(?:MOTION:\s*)?(?:Motion by (?P<by>[^,]{3,60}?)|(?P<mover>\p{Lu}[^,]{2,60}?) moved)` +
	`(?:,? seconded by [^,]{3,60},)?\s+to (?P<what>\p{Ll}[^.;]{3,300})`)

// carriedRe, failedRe and diedRe tell the vote on a motion: "Motion
// carried 5-0.", "VOTE on the main motion: carried 3-2", "The amendment
// failed 2-3.", "The motion died for lack of a second."
var (
	carriedRe = regexp.MustCompile(`(?i)\bmotion (?:was )?(?:carried|passed|approved|adopted)\b|^VOTE[^:]*:\s*(?:motion )?carried\b|\b(?:carried|passed) (?:unanimously|\d+\s*[-–]\s*\d+)`)
	failedRe  = regexp.MustCompile(`(?i)\b(?:motion|amendment)\b[^.]{0,20}\b(?:failed|was defeated|was lost|fell)\b`)
	diedRe    = regexp.MustCompile(`(?i)\b(?:motion|amendment)\b[^.]{0,20}\b(?:died|was withdrawn)\b`)
)

// procedural are the verbs of motions on the meeting's own course.
var procedural = WordSet("adjourn recess close")

// proceduralMotion reports whether sentence si moves a motion on the
// meeting's own course ("to adjourn"): no decision, and no commitment.
func proceduralMotion(d *doc.Document, si int) bool {
	sp := d.Sentences[si]
	m := motionRe.FindStringSubmatch(d.Text[sp.Start:sp.End])
	return m != nil && procedural[strings.Fields(m[motionRe.SubexpIndex("what")])[0]]
}

// motionReach is how many sentences after a motion its vote may be told in.
const motionReach = 2

// motionItem returns the commitment a motion in sentence si makes, if it
// is one (see above).
func motionItem(d *doc.Document, r *actorResolver, si int) (briefing.Commitment, bool) {
	sp := d.Sentences[si]
	line := d.Text[sp.Start:sp.End]
	m := motionRe.FindStringSubmatchIndex(line)
	if m == nil || !strings.Contains(line, "seconded") && !strings.HasPrefix(line, "Motion by") && !motionFollows(d, si) {
		return briefing.Commitment{}, false
	}
	mover := m[2*motionRe.SubexpIndex("by")]
	moverEnd := m[2*motionRe.SubexpIndex("by")+1]
	if mover < 0 {
		mover, moverEnd = m[2*motionRe.SubexpIndex("mover")], m[2*motionRe.SubexpIndex("mover")+1]
	}
	what := strings.TrimRight(line[m[2*motionRe.SubexpIndex("what")]:m[2*motionRe.SubexpIndex("what")+1]], " ,")
	if procedural[strings.Fields(what)[0]] {
		return briefing.Commitment{}, false // "to adjourn" (see proceduralMotion)
	}
	ps := r.in(sp.Start+mover, sp.Start+moverEnd)
	status, actors := briefing.StatusProposed, ps
	if vote := motionVote(d, si); vote != "" {
		if body, ok := r.votingBody(sp.Start); ok {
			status, actors = vote, []int{body}
		}
	}
	if len(actors) == 0 {
		return briefing.Commitment{}, false
	}
	var names []string
	for _, p := range actors {
		names = append(names, r.d.Parties[p].Name)
	}
	return briefing.Commitment{
		Actors: names, Verb: "moved", Status: status, Action: what, Counterparties: []string{},
		Text: strings.Join(names, " and ") + ": " + what + ".", Spans: []briefing.Span{sp},
	}, true
}

// motionVote returns the status the vote told in sentence si or the
// motionReach sentences after it gives a motion: agreed when it carried,
// refused when it failed, "" when none is told or it died unseconded.
func motionVote(d *doc.Document, si int) string {
	for k := si; k < len(d.Sentences) && k <= si+motionReach; k++ {
		s := d.Text[d.Sentences[k].Start:d.Sentences[k].End]
		if k > si && motionRe.MatchString(s) {
			return "" // the next motion
		}
		switch {
		case diedRe.MatchString(s):
			return ""
		case failedRe.MatchString(s):
			return briefing.StatusRefused
		case carriedRe.MatchString(s):
			return briefing.StatusAgreed
		}
	}
	return ""
}

// motionFollows reports whether a vote on a motion is told after sentence
// si: "moved to suspend the fees" is a motion when its fate follows.
func motionFollows(d *doc.Document, si int) bool {
	for k := si + 1; k < len(d.Sentences) && k <= si+motionReach; k++ {
		s := d.Text[d.Sentences[k].Start:d.Sentences[k].End]
		if diedRe.MatchString(s) || failedRe.MatchString(s) || carriedRe.MatchString(s) {
			return true
		}
	}
	return false
}

// votingBody returns the body whose minutes the text is: the one that
// issues it (see publisher), else the council, board or committee the
// text names most.
func (r *actorResolver) votingBody(a int) (int, bool) {
	if p, ok := r.publisher(); ok {
		return p, true
	}
	ps := r.mostNamed(a, func(p int) bool {
		name := strings.ToLower(r.d.Parties[p].Name)
		return orgKind(r.d.Parties[p].Kind) && (strings.Contains(name, "council") || strings.Contains(name, "board") ||
			strings.Contains(name, "committee") || strings.Contains(name, "commission"))
	})
	if len(ps) == 0 {
		return 0, false
	}
	return ps[0], true
}
