package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// reportedByCourtOfficer reports whether the "he" or "she" at byte a of
// sentence si stands in words that a judge, a prosecutor or a lawyer is
// reported to say ("She agreed to repay the money, Ms Pike said"; "He
// said she would sign over her interest"): officers of a court speak of
// the defendant or a witness, so the pronoun is none of them.
func (r *actorResolver) reportedByCourtOfficer(si, a int) bool {
	s := r.sentence(si)
	if s == nil {
		return false
	}
	k := wordAt(s, a)
	if k < 0 || s.Words[k].Head < 0 {
		return false
	}
	v := attributionVerb(s, s.Words[k].Head)
	if v < 0 {
		v = conjoinedAttribution(s, s.Words[k].Head)
	}
	if v < 0 {
		return false
	}
	sub := firstChild(s, v, "nsubj")
	if sub < 0 || sub == k {
		return false
	}
	var said []int
	if p := lower(s.Words[sub].Form); p == "he" || p == "she" {
		said = r.salientPerson(si, s.Words[sub].Start, p)
	} else {
		said = r.in(s.Bytes(phrase(s, sub)))
	}
	return len(said) == 1 && r.courtOfficer(said[0])
}

// conjoinedAttribution returns the verb of saying set after clause v
// between commas that the parser joined to v as a second clause ("She
// agreed to repay it, Ms Pike said, and …"), or -1: it has a subject of
// its own and no "and" or "but" before it.
func conjoinedAttribution(s *syntax.Sentence, v int) int {
	for _, c := range s.ChildrenWith(v, "conj") {
		if c > v && sayingVerb(s, c) && firstChild(s, c, "nsubj") >= 0 && firstChild(s, c, "cc") < 0 &&
			c > 0 && s.Words[c-1].UPOS != "CCONJ" {
			return c
		}
	}
	return -1
}

// courtOfficer reports whether person p is a judge, a prosecutor or a
// lawyer: by role or title, or by the words a court report sets beside
// the name ("Defending, Sarah Pike said", "Tom Reeve, prosecuting,",
// "Ms Pike said her client").
func (r *actorResolver) courtOfficer(p int) bool {
	if r.d.Parties[p].Kind != briefing.KindPerson {
		return false
	}
	if r.officerOfCourt(p) {
		return true
	}
	t := r.d.Text
	for _, m := range r.mentionsInText(p) {
		before := strings.ToLower(strings.TrimRight(t[max(0, m.Start-20):m.Start], " "))
		after := strings.ToLower(t[m.End:min(len(t), m.End+40)])
		for _, cue := range courtSides {
			if strings.HasSuffix(before, cue+",") || strings.HasPrefix(after, ", "+cue) {
				return true
			}
		}
		if said, ok := strings.CutPrefix(after, " said "); ok && (strings.HasPrefix(said, "his client") ||
			strings.HasPrefix(said, "her client") || strings.HasPrefix(said, "that his client") || strings.HasPrefix(said, "that her client")) {
			return true
		}
	}
	return false
}

// courtSides are the words a court report sets beside a lawyer's name to
// say which side they speak for.
var courtSides = []string{"defending", "prosecuting", "mitigating", "for the defence", "for the defense", "for the prosecution"}
