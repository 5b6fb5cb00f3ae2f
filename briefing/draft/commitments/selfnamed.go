package commitments

import "regexp"

// selfNamedRe finds a text that names its own voice as it opens: "We, the
// undersigned chief executives, write …", "We, the members of the Kelby
// Residents' Association, call on …".
var selfNamedRe = regexp.MustCompile(`(?m)(?:^|[.!?]["”]?\s+)We,\s+(the\s+[^,;:.(]{3,160})[,(]`)

// selfNamed returns the party an open letter or a statement names as its
// voice ("We, the undersigned chief executives,") last before byte a: the
// "we" of the text that follows.
func (r *actorResolver) selfNamed(a int) (int, bool) {
	if r.voices == nil {
		voices := r.findVoices()
		r.voices = &voices
	}
	found, ok := 0, false
	for _, v := range *r.voices {
		if v.end <= a {
			found, ok = v.party, true
		}
	}
	return found, ok
}

// findVoices returns the voices the text names for itself, in order: the
// span of each "We, the …," and the party named in it.
func (r *actorResolver) findVoices() []partyMark {
	voices := []partyMark{}
	for _, m := range selfNamedRe.FindAllStringSubmatchIndex(r.d.Text, -1) {
		if ps := r.in(m[2], m[3]); len(ps) > 0 {
			voices = append(voices, partyMark{m[0], m[1], r.voiceOf(ps)})
		}
	}
	return voices
}

// voiceOf returns the party among ps, named in order in a "We, the …"
// that speaks: the first organisation, whose heads or members speak for
// it ("We, the Heads of State and Government of the member states of the
// Northern Maritime Security Alliance"), else the first party.
func (r *actorResolver) voiceOf(ps []int) int {
	for _, p := range ps {
		if orgKind(r.d.Parties[p].Kind) {
			return p
		}
	}
	return ps[0]
}
