package commitments

import (
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// namedPair returns the two parties of an accepted kind named last before
// byte a as a pair joined by "and" ("Dravonia and Estmark exchanged
// prisoners … Oman's minister said both governments had agreed"): the
// two a collective such as "both sides" or "the two countries" picks up
// when no commitment of two has been drafted yet, rather than whoever was
// named last. A place joined with a state is taken as a state ("Kelmar
// and Ostravia signed"). Nil when no such pair was named.
func (r *actorResolver) namedPair(a int, ok func(string) bool) []int {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for k -= 2; k >= 0; k-- {
		m, n := r.mentions[k], r.mentions[k+1]
		if m.party == n.party || m.end > n.start || !pairJoin(r.d.Text[m.end:n.start]) {
			continue
		}
		if r.pairFits(m.party, n.party, ok) && r.pairFits(n.party, m.party, ok) {
			return []int{min(m.party, n.party), max(m.party, n.party)} // in the order of salience, as the parties are ranked
		}
	}
	return nil
}

// pairFits reports whether party p, named in a pair with q, is of an
// accepted kind, or is a place named beside a state of an accepted kind.
func (r *actorResolver) pairFits(p, q int, ok func(string) bool) bool {
	kind := r.d.Parties[p].Kind
	if ok(kind) {
		return true
	}
	other := r.d.Parties[q].Kind
	return kind == briefing.KindPlace && other == briefing.KindCountry && ok(other)
}

// pairJoin reports whether the text between two names joins them as a
// pair: "and" or "&", alone or before a few lower-case words that
// describe the second ("and footballer").
func pairJoin(between string) bool {
	f := strings.Fields(between)
	if len(f) == 0 || f[0] != "and" && f[0] != "&" || len(f) > 3 {
		return false
	}
	for _, w := range f[1:] {
		if w != strings.ToLower(w) || strings.ContainsAny(w, ",;:.") {
			return false
		}
	}
	return true // "Dravonia and Estmark", "Tamsin Rourke and footballer Jake Delane"
}

// countedSet resolves a definite subject headed by its plural noun h
// that counts its parties ("the two neighbours", "both armies", "the four
// states", bytes [a, b) of words first to last) or names them with "the"
// alone ("the partners") to the set it stands for (see collective), when
// the only names in it are groups drafted from its own common noun. A
// plural of a body's kind alone is left to pluralBodies.
func (r *actorResolver) countedSet(s *syntax.Sentence, si, h, first, last, a, b int) ([]int, bool) {
	words := phraseWords(s, first, last)
	n := len(words)
	if n < 2 || pairNouns[words[n-1]] == nil || h != last || lower(s.Words[h].Form) != words[n-1] {
		return nil, false
	}
	count := countOf(words)
	switch {
	case definite[words[0]] && hasLexWord(words, "two") || hasLexWord(words, "both"):
		count = 2
	case definite[words[0]] && count > 2:
	case n == 2 && words[0] == "the" && namedBodies[s.Words[h].Lemma] == nil:
		count = 0 // as many as were named together
	default:
		return nil, false // not "two unnamed firms", nor "shareholders of the two firms"
	}
	for _, p := range r.in(a, b) {
		if r.d.Parties[p].Kind != briefing.KindGroup {
			return nil, false
		}
	}
	if ps, ok := r.collective(s, words, si, a); ok && (len(ps) == count || count == 0 && len(ps) > 1) {
		return ps, true
	}
	return nil, false
}

// pluralBodies resolves "the" and a plural of a body's kind headed by h
// ("the unions", bytes [a, b) of words first to last), which the parties
// stage drafted as a group of its own common noun, to the bodies of that
// kind named last as one list or that last acted together (see
// joinedSet), when one of them is called so and none is a body of
// another kind: "signed by the National Farmers' Confederation
// and the Union of Small Producers … the unions agreed to end all
// blockades".
func (r *actorResolver) pluralBodies(s *syntax.Sentence, h, first, last, a, b int) ([]int, bool) {
	w := s.Words[h]
	if words := phraseWords(s, first, last); len(words) != 2 || words[0] != "the" || h != last || w.XPOS != "NNS" || namedBodies[w.Lemma] == nil {
		return nil, false
	}
	for _, p := range r.in(a, b) {
		if r.d.Parties[p].Kind != briefing.KindGroup {
			return nil, false
		}
	}
	ps := r.joinedSet(a, orgKind)
	if len(ps) < 2 {
		return nil, false
	}
	fit := 0
	for _, p := range ps {
		switch name := strings.ToLower(r.d.Parties[p].Name); {
		case r.bodyFits(p, name, w.Lemma):
			fit++
		case r.otherBodyThan(p, w.Lemma):
			return nil, false // not "the council and the union … the unions"
		}
	}
	return ps, fit > 0
}
