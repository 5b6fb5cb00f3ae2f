package commitments

import (
	"regexp"
	"sort"
	"strings"
)

// joinedSet returns the parties of an accepted kind that an unnumbered
// plural ("the companies", "the parties") at byte a stands for: the parties named last before it as
// one list ("the merger of Northsound Ferries and Skerrow Line", "the
// Progressive Union will govern with the Rural Party and the Green
// Front"), when that list holds the parties of the last commitment made
// together (see pairOf and lastSet) or no such commitment was drafted;
// else those parties. Nil when there are neither.
func (r *actorResolver) joinedSet(a int, ok func(string) bool) []int {
	acted := r.lastSet(ok)
	listed := r.namedList(a, ok)
	if len(listed) > 0 && (len(acted) == 0 || holdsAll(listed, acted)) {
		return listed
	}
	return acted
}

// lastSet returns the parties of the latest commitment made by two or
// more together, all of an accepted kind, or nil.
func (r *actorResolver) lastSet(ok func(string) bool) []int {
	for k := len(r.acted) - 1; k >= 0; k-- {
		set := r.acted[k]
		if len(set) < 2 {
			continue
		}
		fits := true
		for _, p := range set {
			fits = fits && ok(r.d.Parties[p].Kind)
		}
		if fits {
			return set
		}
	}
	return nil
}

// namedList returns the parties of the last list of two or more names
// before byte a whose parties are all of an accepted kind, joined by
// commas, "and", "&" or "with" ("A, B and C", "A with B and C"), in the
// order of salience; nil when there is none.
func (r *actorResolver) namedList(a int, ok func(string) bool) []int {
	ms := r.picked(0, a)
	for end := len(ms) - 1; end > 0; end-- {
		var set []int
		for k := end; k >= 0; k-- {
			if !ok(r.d.Parties[ms[k].party].Kind) || r.placed(ms[k].start) {
				break
			}
			set = appendPartyIdx(set, ms[k].party)
			if k == 0 || !listJoin(r.d.Text[ms[k-1].end:ms[k].start]) {
				break
			}
		}
		if len(set) > 1 {
			sort.Ints(set)
			return set
		}
	}
	return nil
}

// listJoin reports whether the text between two names joins them in one
// list: a comma, "and", "&" or "with", each maybe followed by "the", or
// a deal of the first with the second (see dealJoin).
func listJoin(between string) bool {
	w := strings.TrimSpace(between)
	switch strings.TrimSpace(strings.TrimSuffix(w, " the")) {
	case ",", "and", ", and", "&", "with":
		return true
	}
	return dealJoin.MatchString(between)
}

// dealJoin matches the words between two businesses that one takes over
// or merges with the other: "Kilat Telekom's $2.1 billion takeover of
// rival Sinar Mobile" makes "the companies".
var dealJoin = regexp.MustCompile(`^['’]s (?:\S+ ){0,4}(?:takeover|acquisition|purchase|buyout|merger) (?:of|with) (?:(?:the|rival|its|smaller|larger) )?$`)

// holdsAll reports whether set holds every party of sub.
func holdsAll(set, sub []int) bool {
	for _, p := range sub {
		if !hasIndex(set, p) {
			return false
		}
	}
	return true
}
