package commitments

import (
	"slices"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// organHeads are the bodies and the people through which a state acts
// that a description names with no name of its own: "the health
// ministry", "the new government", "ministers", "officials in Madrid".
var organHeads = WordSet("ministry government cabinet administration authorities ministers officials")

// peopleOrgans are the organ heads that name people of a government: bare
// "officials" are anyone's, so they stand for a state only when a place
// or a word for government says whose.
var peopleOrgans = WordSet("ministers officials")

// localWords before an organ make it a body below the state or outside
// its government: "the regional government", "the city administration",
// "opposition ministers".
var localWords = WordSet("regional state provincial local city municipal county district town village opposition shadow " +
	"former previous rebel parallel tribal")

// eachWords are the determiners that make a singular organ each of several: "each
// government".
var eachWords = WordSet("each every")

// stateOrgan resolves a subject headed by word h of sentence si, from
// word first, that is an organ of a state described by common words only
// — "the health ministry plans", "the new government will", "ministers
// will meet", "officials in Madrid said" — to the state the text ties it
// to: the state whose capital or name a phrase after it places it in; an
// organisation named before whose name holds every word of a ministry's
// description ("the health ministry" after the Ministry of Health); the
// state of the one who reports its act; the states of the last joint act
// for "each government"; else, for a ministry or a government, the state
// the story is about when it was named before. Ministers and officials are
// tied to a state by a place or by their spokesman only: "ministers" in
// a story of several states may be those of a council of them. Two-word descriptions ("the government") are resolved as
// collectives; false when the subject is no such organ.
func (r *actorResolver) stateOrgan(s *syntax.Sentence, si, h, first int) ([]int, bool) {
	w := s.Words[h]
	head := lower(w.Form)
	if w.UPOS != "NOUN" || !organHeads[head] || first > h {
		return nil, false
	}
	var mods []string
	each := false
	for k := first; k < h; k++ {
		x := s.Words[k]
		f := lower(x.Form)
		switch {
		case x.UPOS == "PUNCT" || x.UPOS == "PART":
		case k == first && eachWords[f] && w.XPOS == "NN":
			each = true
		case k == first && f == "the":
		case (x.UPOS == "ADJ" || x.UPOS == "NOUN") && x.Head == h && !localWords[f] && !text.RelIs(x.Rel, "nmod:poss"):
			mods = append(mods, f)
		default:
			return nil, false // "his government", "the Kavran government", "two officials"
		}
	}
	if each {
		ps := r.lastStates()
		return ps, len(ps) > 0
	}
	if p, ok := r.placedOrgan(s, h); ok { // "officials in Madrid"
		return []int{p}, true
	}
	people := peopleOrgans[head]
	switch {
	case head == "officials" && !hasAny(mods, governing):
		return nil, false // "officials said": whose, the text has not said
	case !people && len(mods) == 0:
		return nil, false // "the government": a collective
	}
	if head == "ministry" && len(mods) > 0 {
		if ps := r.inFocus(w.Start, func(p int) bool {
			name := r.d.Parties[p].Name
			return orgKind(r.d.Parties[p].Kind) && nameHolds(name, mods...) && (nameHolds(name, "ministry") || nameHolds(name, "department"))
		}); len(ps) > 0 { // "the health ministry" after the Ministry of Health
			return ps, true
		}
	}
	if p, ok := r.sayerParty(s, si, nonPersonKind); ok && r.governmentBody(p) { // "A Welsh Government spokesperson said ministers would decide"
		return []int{p}, true
	}
	if people && (len(mods) > 0 || !r.soleActingState(si, w.Start)) {
		return nil, false // "Migration ministers will meet": a council's, whichever states the story names; bare "ministers" are the one state's
	}
	ps := r.storyState(w.Start)
	if len(ps) == 0 || !r.namedBefore(ps[0], w.Start) {
		return nil, false // "the justice ministry said it would ask Sweden": not the state it asks
	}
	return ps, true
}

// soleActingState reports whether the text names one state before byte
// a, in sentence si, and that state was the subject of a clause before
// ("Lintavia's government signed a deal … Ministers refused"); not the
// state a bloc acted on ("The European Union imposed sanctions on Russia.
// Ministers agreed").
func (r *actorResolver) soleActingState(si, a int) bool {
	state := -1
	for _, m := range r.mentions {
		if m.start >= a || !countryKind(r.d.Parties[m.party].Kind) {
			continue
		}
		if state >= 0 && state != m.party {
			return false
		}
		state = m.party
	}
	for k := range si {
		if state >= 0 && slices.Contains(r.sentenceSubjects(k), state) {
			return true
		}
	}
	return false
}

// namedBefore reports whether party p is mentioned before byte a.
func (r *actorResolver) namedBefore(p, a int) bool {
	for _, m := range r.mentions {
		if m.party == p && m.start < a {
			return true
		}
	}
	return false
}

// governmentBody reports whether party p is a state or an organisation
// named as a government or one of its ministries ("Welsh Government",
// "Ministry of Finance").
func (r *actorResolver) governmentBody(p int) bool {
	q := r.d.Parties[p]
	return countryKind(q.Kind) || orgKind(q.Kind) && (nameHolds(q.Name, "government") || nameHolds(q.Name, "ministry"))
}

// lastStates returns the parties of the last act drafted that several
// made together, when every one of them is a state; else nil.
func (r *actorResolver) lastStates() []int {
	for k := len(r.acted) - 1; k >= 0; k-- {
		ps := r.acted[k]
		if len(ps) < 2 {
			continue
		}
		for _, p := range ps {
			if !countryKind(r.d.Parties[p].Kind) {
				return nil
			}
		}
		return ps
	}
	return nil
}

// placedOrgan returns the state a phrase "in" after organ h places it
// in, by the state's name or its capital ("officials in Madrid"), when
// that state is a party.
func (r *actorResolver) placedOrgan(s *syntax.Sentence, h int) (int, bool) {
	g := gazetteer.Load()
	for _, c := range s.ChildrenWith(h, "nmod") {
		if c < h || !hasChildLemma(s, c, WordSet("in"), "case") || s.Words[c].UPOS != "PROPN" {
			continue
		}
		f, l := phrase(s, c)
		a, b := s.Bytes(f, l)
		name := r.d.Text[a:b]
		if ref, ok := g.LookupFolded(name); ok && (ref.How == gazetteer.RefCapital || ref.How == gazetteer.RefName) {
			e := g.Entities[ref.Entity]
			if e.Kind != briefing.KindCountry {
				continue
			}
			for p, q := range r.d.Parties {
				if countryKind(q.Kind) && gazetteer.Fold(q.Name) == gazetteer.Fold(e.Name) {
					return p, true
				}
			}
		}
	}
	return 0, false
}

// hasAny reports whether any of words is in set.
func hasAny(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}
