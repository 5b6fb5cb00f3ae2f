package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Capitals: a capital city is another name of its state's government
// where the text uses it so ("Nairobi said it would reply", "talks
// between Nairobi and Kampala"). A dateline only says where the reporter
// is ("NAIROBI, 3 June –"), and a place phrase only where a thing happens
// ("the trial in Nairobi", "a court in Nairobi", "flights to Nairobi",
// "the Nairobi conference"), and a possessive only what the city has
// ("Nairobi's mayor"), so
// the capital there is the city and no alias of the state.

// capitalAsPlace reports whether the capital named at sp is the city, not
// its government: it lies in the article's dateline, the parse makes it
// the place of a preposition that says where a thing is or goes, or it is
// listed with a city that is no capital (one of the spans of cities:
// "will include Paris, Lille, Lyon and Toulouse").
func capitalAsPlace(d *document, sp briefing.Span, cities []briefing.Span) bool {
	if dl, ok := text.FindDateline(d.Text); ok && sp.Start >= dl.Start && sp.End <= dl.End {
		return true
	}
	s, first, last, ok := mentionWords(d, sp)
	if !ok {
		return false
	}
	h := nameHead(s, first, last)
	return placePhrase(s, clauseRole(s, h)) || placeModifier(s, h) || cityOwner(s, h) || listedWith(s, h, cities)
}

// ref tells how a text names a state other than by its capital.
type ref int

const (
	unnamed  ref = iota
	byPeople     // only by its people's adjective ("German")
	byName       // by its name
)

// capitalSubject reports whether the capital named at sp is the subject
// of a clause ("Berlin is ready to take 10,000 asylum seekers").
func capitalSubject(d *document, sp briefing.Span) bool {
	s, first, last, ok := mentionWords(d, sp)
	if !ok {
		return false
	}
	rel := s.Words[clauseRole(s, nameHead(s, first, last))].Rel
	return rel == "nsubj" || rel == "nsubj:pass"
}

// cityOwner reports whether the name at word h owns what only a city has
// ("Berlin's mayor", "Paris's streets"), not what a state does ("Moscow's
// decision").
func cityOwner(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	return w.Rel == "nmod:poss" && w.Head > h && cityNouns[strings.ToLower(s.Words[w.Head].Lemma)]
}

// cityNouns are the offices, people and places of a city.
var cityNouns = text.SetOf("mayor", "council", "councillor", "resident", "inhabitant", "street", "airport", "metro", "subway",
	"suburb", "neighbourhood", "neighborhood", "district", "station", "zoo", "museum", "university", "hospital", "skyline", "landmark")

// placeModifier reports whether the name at word h qualifies a common
// noun as where it is ("the London conference", "Lima homes"), not a
// noun for those who govern ("the Kabul government", "the Moscow regime").
func placeModifier(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	if w.Rel != "compound" || w.Head <= h {
		return false
	}
	head := s.Words[w.Head]
	return head.UPOS == "NOUN" && !governingNouns[strings.ToLower(head.Lemma)]
}

// governingNouns are what a capital before them stands for its state's
// government in ("the Kabul government").
var governingNouns = text.SetOf("government", "regime", "leadership", "authority", "administration", "cabinet",
	"establishment", "elite", "official", "ruler", "leader", "junta")

// placePhrase reports whether the name at word h is the place of a
// preposition of where ("in", "at", "near", "outside", not "from") or of a way to it
// after a verb or noun of going ("travelled to", "a visit to", "flights
// into"); "to" after any other word gives the name a part ("sent a letter
// to Lima"), and so does "between" ("talks between Lima and Quito").
func placePhrase(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	if w.Rel != "nmod" && w.Rel != "obl" && w.Rel != "obl:arg" || w.Head < 0 {
		return false
	}
	if markedBy(s, h, atCase) || markedBy(s, h, settingCases) && !markedBy(s, h, fromCase) {
		return true
	}
	return markedBy(s, h, towardCases) && goingWords[strings.ToLower(s.Words[w.Head].Lemma)]
}

// fromCase says where a thing comes from, and a message may come from a
// government ("a warning from Lima").
var fromCase = text.SetOf("from")

// towardCases are the prepositions of a way to a place.
var towardCases = text.SetOf("to", "into")

// goingWords are the verbs and nouns of going to a place ("flew to",
// "a trip to").
var goingWords = text.SetOf("go", "come", "travel", "fly", "return", "move", "relocate", "head", "arrive", "drive",
	"sail", "visit", "trip", "journey", "flight", "route", "road", "train", "deport", "extradite", "evacuate", "ship",
	"flee", "escape", "withdraw", "retreat", "march", "transfer", "commute", "emigrate", "migrate", "ferry",
	"corridor", "convoy", "crossing", "deportation", "extradition", "evacuation", "relocation")
