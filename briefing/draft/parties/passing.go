package parties

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Countries in passing: a country stands for its government, but a text
// names many countries that do nothing in its story. One named only as
// where a thing happens ("operations in Iraq", "stores across the US"),
// as a yardstick ("countries like Venezuela", "faster than in Japan") or
// as the nationality of people or things ("US lawyers", "French media",
// "a Chinese car maker") is no party. A country that acts, is acted on,
// owns what it does ("China's demand"), or qualifies its state's organs
// ("the US government", "Russian troops", "the Kenyan President") stays.

// countryTakesPart reports whether the country named at word h does more
// than say where, compared with what, or of what nationality a thing is.
func countryTakesPart(s *syntax.Sentence, h int) bool {
	if !notHome(s, h) {
		return false
	}
	w := s.Words[h]
	switch {
	case (w.Rel == "obl" || w.Rel == "nmod") && markedBy(s, h, yardstickCases):
		return false
	case w.Rel == "compound" || w.Rel == "amod":
		return !nationalityOf(s, w.Head, h)
	}
	return true
}

// nationalityOf reports whether the country at word h only gives the
// nationality of the common noun at word o: a noun for people or things
// that is no organ or act of a state ("US lawyers", "French media").
func nationalityOf(s *syntax.Sentence, o, h int) bool {
	if o <= h || o >= len(s.Words) {
		return false
	}
	n := s.Words[o]
	if n.UPOS != "NOUN" || !unicode.IsLower(firstRune(n.Form)) {
		return false
	}
	for _, l := range []string{strings.ToLower(n.Lemma), strings.TrimSuffix(strings.ToLower(n.Lemma), "s")} {
		if stateOrganNouns[l] || stateActNouns[l] {
			return false // "US troops": the parse may leave the plural as its lemma
		}
	}
	return true
}

// yardstickCases name what a thing is compared with ("like Venezuela",
// "unlike France").
var yardstickCases = text.SetOf("like", "unlike", "than")

// stateOrganNouns are the bodies and people through which a state acts
// ("the US government", "Russian troops", "Chinese officials").
var stateOrganNouns = text.SetOf("government", "authority", "official", "minister", "ministry", "president", "premier",
	"leader", "leadership", "administration", "state", "army", "military", "troop", "force", "navy", "police", "embassy",
	"delegation", "negotiator", "diplomat", "envoy", "ambassador", "regulator", "parliament", "lawmaker", "side",
	"team", "soldier", "guard", "customs", "intelligence", "agency", "prosecutor", "court", "judge", "spokesman",
	"spokeswoman", "spokesperson", "cabinet", "junta", "regime", "coalition", "counterpart", "king", "queen",
	"chancellor", "senate", "congress", "legislature", "treasury", "central", "bank", "fleet", "coastguard",
	"captain", "coach", "manager", "player", "squad", "skipper")

// stateActNouns are what states do, alone or with others ("the EU-US
// trade dispute", "US-China talks", "the Irish budget", "US support for
// the talks").
var stateActNouns = text.SetOf("dispute", "talks", "deal", "agreement", "treaty", "war", "relation", "accord", "summit",
	"negotiation", "tension", "tie", "pact", "alliance", "partnership", "conflict", "row", "standoff", "truce",
	"ceasefire", "sanction", "tariff", "embargo", "border", "bid", "offer", "plan", "proposal", "policy", "decision",
	"budget", "election", "veto", "invasion", "occupation", "blockade", "presidency", "support", "backing", "aid",
	"pressure", "opposition", "request", "response", "stance", "position", "approval", "objection", "threat", "pledge",
	"commitment", "promise", "warning")
