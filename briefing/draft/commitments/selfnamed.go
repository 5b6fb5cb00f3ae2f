package commitments

import "regexp"

// selfNamedRe finds a text that names its own voice as it opens: "We, the
// undersigned chief executives, write …", "We, the members of the Kelby
// Residents' Association, call on …".
var selfNamedRe = regexp.MustCompile(`(?m)(?:^|[.!?]["”]?\s+)We,\s+(the\s+[^,;:.]{3,100}),`)

// selfNamed returns the party an open letter or a statement names as its
// voice ("We, the undersigned chief executives,") last before byte a: the
// "we" of the text that follows.
func (r *actorResolver) selfNamed(a int) (int, bool) {
	found, ok := 0, false
	for _, m := range selfNamedRe.FindAllStringSubmatchIndex(r.d.Text[:a], -1) {
		if ps := r.in(m[2], m[3]); len(ps) > 0 {
			found, ok = ps[0], true
		}
	}
	return found, ok
}
