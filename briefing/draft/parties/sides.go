package parties

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Sides returns the parties a brief lists: every party found, less the
// places that take no side. A place is a party of the brief only when it
// acts as one (see placeActs) or a commitment names it as an actor or a
// counterparty ("Geneva offered to host the talks"); a town that is only
// acted on or the scene of events ("the storm hit Harlby", "the crossings
// at Aflao") stays in the source and its key dates, not among the sides.
func Sides(d *doc.Document, cs []briefing.Commitment) []briefing.Party {
	dd := &document{Document: d}
	out := make([]briefing.Party, 0, len(d.Parties))
	for _, p := range d.Parties {
		if p.Kind == briefing.KindPlace && !committed(p, cs) && !takesPart(dd, p, placeActs) ||
			p.Kind == briefing.KindCountry && !committed(p, cs) && !takesPart(dd, p, stateActs) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// committed reports whether a commitment names party p as an actor or a
// counterparty.
func committed(p briefing.Party, cs []briefing.Commitment) bool {
	for _, c := range cs {
		if slices.Contains(c.Actors, p.Name) || slices.Contains(c.Counterparties, p.Name) {
			return true
		}
	}
	return false
}

// placeActs reports whether the place at word h acts as a side: the
// subject of a verb, the agent of a passive, the owner of what acts or is
// agreed ("Geneva offered to host the talks", "Geneva's offer"), or the
// place whose officials or government act ("officials in Frankfurt's
// state of Hessen").
func placeActs(s *syntax.Sentence, h int) bool {
	if w := s.Words[h]; w.Rel == "nmod" && w.Head >= 0 {
		n := w.Head
		if placeNouns[strings.ToLower(s.Words[n].Lemma)] && s.Words[n].Rel == "nmod" && s.Words[n].Head >= 0 {
			n = s.Words[n].Head // "officials in the state of Hessen"
		}
		return governingNouns[singular(strings.ToLower(s.Words[n].Lemma))]
	}
	if !notSetting(s, h) {
		return false
	}
	switch s.Words[h].Rel {
	case "nsubj", "obl:agent", "nmod:poss", "root":
		return true
	}
	return false
}

// stateActs reports whether the state at word h is more than where things
// are or where a firm comes from: its government, officials or ministers
// act ("authorities in Indonesia", "health ministers from Malawi"), or it
// is not the place of a preposition of where ("plants in Spain, Morocco
// and South Africa", "across England") nor a word before a noun that
// only says whose it is ("Danish container carrier Arvane Line", "US
// buyers") unless that noun is its government or officials ("the French
// government", "US officials").
func stateActs(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	if w.Head < 0 {
		return true
	}
	head := singular(strings.ToLower(s.Words[w.Head].Lemma))
	switch w.Rel {
	case "nmod":
		if governingNouns[head] || stateAgents[head] {
			return true
		}
		if placeNouns[head] || partsOfLand[head] {
			return stateActs(s, clauseRole(s, w.Head)) // "shops in the north-east of England": where the part is
		}
	case "amod", "compound":
		return governingNouns[head] || stateAgents[head]
	}
	return notSetting(s, h)
}

// partsOfLand name a part of a state ("the north-east of England", "the
// south of Spain").
var partsOfLand = text.SetOf("north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west",
	"northeast", "northwest", "southeast", "southwest", "part", "coast", "interior", "heart", "rest")

// stateAgents are the people and bodies through whom a state acts abroad
// ("ministers from Malawi", "the delegation of Norway").
var stateAgents = text.SetOf("minister", "ministry", "delegation", "delegate", "envoy", "representative", "diplomat",
	"negotiator", "ambassador", "embassy", "force", "troop", "army", "military", "police", "president", "premier")
