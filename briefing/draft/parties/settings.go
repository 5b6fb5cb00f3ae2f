package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Settings: a place named only as where a thing is ("a court in
// Manhattan", "unrest in the Middle East", "countries across Asia") is no
// party to the story. A place that acts or is acted on ("Geneva offered to
// host the talks", "the storm hit Geneva") stays, and so does a country,
// which stands for its government. Every mention is judged by the parse; a
// mention without one counts as taking part.

// onlySetting reports whether every mention of the place p is a setting.
// The article's dateline says where the reporter is, so it is a setting
// too ("VALMERE - Dock workers walked out").
func onlySetting(d *document, p briefing.Party) bool {
	if p.Kind != briefing.KindPlace || len(p.Mentions) == 0 {
		return false
	}
	dl, hasDateline := text.FindDateline(d.Text)
	q := p
	q.Mentions = nil
	for _, sp := range p.Mentions {
		if !hasDateline || sp.Start < dl.Start || sp.End > dl.End {
			q.Mentions = append(q.Mentions, sp)
		}
	}
	return len(q.Mentions) == 0 || !takesPart(d, q, notSetting)
}

// notSetting reports whether the name at word h does more than say where a
// thing is: anything but a noun's modifier introduced by a preposition of
// place ("in", "from", "across"). A name after "of" that a noun for
// a settlement opens ("the port of Valmere") is judged by that noun.
func notSetting(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	if w.Rel == "nmod" && w.Head >= 0 && settlementNouns[strings.ToLower(s.Words[w.Head].Lemma)] && markedBy(s, h, ofCase) {
		k := clauseRole(s, w.Head)
		return s.Words[k].Rel != "nmod" || !markedBy(s, k, settingCases) && !markedBy(s, k, atCase)
	}
	return w.Rel != "nmod" || !markedBy(s, h, settingCases)
}

// atCase says where a settlement is ("dock workers at the port of
// Valmere"); before a bare name it may open an event's venue, which the
// places stage keeps.
var atCase = text.SetOf("at")

// settlementNouns name a settlement or an area that "of" and its name
// follow ("the port of Valmere", "the town of Harlby").
var settlementNouns = text.SetOf("port", "city", "town", "village", "district", "region", "province", "county",
	"island", "capital", "harbour", "harbor", "suburb", "area")

// markedBy reports whether word h has a case marker from set.
func markedBy(s *syntax.Sentence, h int, set map[string]bool) bool {
	for _, c := range s.ChildrenWith(h, "case") {
		if set[strings.ToLower(s.Words[c].Form)] {
			return true
		}
	}
	return false
}

// settingCases are the prepositions that say where a thing is or comes
// from.
var settingCases = text.SetOf("in", "from", "across", "near", "around", "throughout", "within")

// ordinaryWord reports whether an organisation's name is one word that the
// article also writes in lower case as an ordinary noun ("offered State
// help" beside "the state will pay"), with no other name for it.
func ordinaryWord(d *document, p briefing.Party) bool {
	if p.Kind != briefing.KindOrganisation || len(p.Aliases) > 0 || strings.ContainsAny(p.Name, " .-&") {
		return false
	}
	return d.lowerWords[strings.ToLower(p.Name)]
}
