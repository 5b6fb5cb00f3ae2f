package commitments

import "regexp"

// addresseeReach is how far back, in bytes, the text may have named the
// person an unquoted "you" is spoken to.
const addresseeReach = 2000

// vocativeAfterRe and vocativeBeforeRe find a name spoken to: followed by
// "you", "your" or "please" after a comma ("Mr Ashworth, you declined",
// "Ms Pryce, your position is different"), or set off after "you" or
// after "Dear", an honorific between ("you, Mr Ashworth, ran", "Dear Ms
// Okafor,").
var (
	vocativeAfterRe  = regexp.MustCompile(`(?i)^,\s+(?:you|your|please)\b`)
	vocativeBeforeRe = regexp.MustCompile(`(?i)(?:\byou,\s+|\bdear\s+)(?:(?:mr|mrs|ms|miss|dr|sir|lord|lady)\.?\s+)?$`)
)

// addressee returns the person an unquoted "you" at byte a of sentence si
// is spoken to, as sentencing remarks and open letters speak: the person
// named as the one spoken to in its own sentence ("you, Mr Ashworth,
// ran"), else the last one named so before it ("Graham Ashworth, you are
// 58 years old … you promised investors"). ok is false when the text
// speaks to no one by name.
func (r *actorResolver) addressee(si, a int) (int, bool) {
	if si < 0 || si >= len(r.d.Sentences) {
		return 0, false
	}
	sent := r.d.Sentences[si]
	t := r.d.Text
	before, own := -1, -1
	for _, m := range r.picked(max(0, a-addresseeReach), sent.End) {
		if !personKind(r.d.Parties[m.party].Kind) ||
			!vocativeAfterRe.MatchString(t[m.end:]) && !vocativeBeforeRe.MatchString(t[max(0, m.start-vocativeLead):m.start]) {
			continue
		}
		if m.start >= sent.Start && own < 0 {
			own = m.party
		}
		if m.start < a {
			before = m.party
		}
	}
	switch {
	case own >= 0:
		return own, true
	case before >= 0:
		return before, true
	}
	return 0, false
}

// vocativeLead is how many bytes before a name "you, " or "Dear " may
// take.
const vocativeLead = 20
