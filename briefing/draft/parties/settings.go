package parties

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Settings: a place named only as where a thing is ("a court in
// Manhattan", "unrest in the Middle East", "countries across Asia") is no
// party to the story. A place that acts or is acted on ("Geneva offered to
// host the talks", "the storm hit Geneva") stays, and so does a country,
// which stands for its government, unless it is named only in passing
// (see countryTakesPart). Every mention is judged by the parse; a mention
// without one counts as taking part.

// onlySetting reports whether every mention of the place p is a setting.
// The article's dateline says where the reporter is, so it is a setting
// too ("VALMERE - Dock workers walked out"), and a name met only there is
// one whatever kind it was read as.
func onlySetting(d *document, p briefing.Party) bool {
	if len(p.Mentions) == 0 || p.Kind == briefing.KindPerson {
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
	switch {
	case len(q.Mentions) == 0: // named only in the dateline, whatever kind it was read as ("NARETH, 27 November —")
		return true
	case p.Kind == briefing.KindCountry:
		return !takesPart(d, q, countryTakesPart)
	case p.Kind != briefing.KindPlace:
		return false
	}
	return !takesPart(d, q, notSetting)
}

// qualifier reports whether the place at word h only qualifies the
// common noun after it ("the London conference", "its Buenos Aires
// contract"), unless that noun is a place named after it ("Leeds airport").
func qualifier(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	if w.Rel != "compound" || w.Head <= h || s.Words[w.Head].UPOS != "NOUN" {
		return false
	}
	for k := h + 1; k < w.Head; k++ {
		if u := s.Words[k].UPOS; u != "NOUN" && u != "PROPN" && u != "ADJ" && u != "PUNCT" || s.Words[k].Form == "," {
			return false // "Grozny about 25 km", "Los Angeles, with 2.3 million parishioners": no qualifier, whatever the parse says
		}
	}
	l := strings.ToLower(s.Words[w.Head].Lemma)
	return !namesakeNouns[l] && !governingNouns[l]
}

// notSetting reports whether the name at word h does more than say where a
// thing is or goes: anything but the place of a preposition of where or
// whither (see whereOrWhither) or the home of an organisation or site (see
// notHome). A name after "of" that a noun for a settlement opens ("the
// port of Valmere") is judged by that noun.
func notSetting(s *syntax.Sentence, h int) bool {
	if !notHome(s, h) || qualifier(s, h) {
		return false
	}
	w := s.Words[h]
	if w.Rel == "nmod" && w.Head >= 0 && settlementNouns[strings.ToLower(s.Words[w.Head].Lemma)] && markedBy(s, h, ofCase) {
		k := clauseRole(s, w.Head) // "in the town of Harlby", "at the port of Harlby", "moved to the town of Harlby"
		return !whereOrWhither(s, k) && (s.Words[k].Rel != "nmod" || !markedBy(s, k, atCase))
	}
	if w.Rel == "obl" && frontedFrame(s, h) {
		return true // "In Tokyo, the Nikkei average fell": the place the report is about
	}
	return !whereOrWhither(s, h)
}

// whereOrWhither reports whether the word at h says only where a thing is,
// comes from or goes: the place of a preposition of where ("in", "from",
// "near"), of a way into or through land ("into", "via", "along"), or of
// "to" after a verb or noun of going ("moved to Harlby", "a corridor to
// Harlby"; see goingWords).
func whereOrWhither(s *syntax.Sentence, h int) bool {
	if r := s.Words[h].Rel; r != "nmod" && r != "obl" && r != "obl:arg" {
		return false
	}
	v := s.Words[h].Head
	if markedBy(s, h, settingCases) || markedBy(s, h, throughCases) && !inquiryInto(s, h) {
		return true
	}
	return v >= 0 && markedBy(s, h, towardCases) && goingWords[strings.ToLower(s.Words[v].Lemma)]
}

// inquiryInto reports whether the phrase at word h with "into" follows a
// word of inquiry or hangs on one, or on a verb whose object is one ("a
// probe into", "opened a probe into": the parse may hang the phrase on the
// verb).
func inquiryInto(s *syntax.Sentence, h int) bool {
	for _, c := range s.ChildrenWith(h, "case") {
		if c > 0 && inquiryWords[strings.ToLower(s.Words[c-1].Lemma)] {
			return true
		}
	}
	v := s.Words[h].Head
	if v < 0 {
		return false
	}
	if inquiryWords[strings.ToLower(s.Words[v].Lemma)] {
		return true
	}
	for _, o := range s.ChildrenWith(v, "obj") {
		if inquiryWords[strings.ToLower(s.Words[o].Lemma)] {
			return true
		}
	}
	return false
}

// throughCases are the prepositions of a way into, through or along land
// ("convoys into the province", "a route via Harlby", "along the coast").
var throughCases = text.SetOf("into", "via", "through", "along", "onto")

// inquiryWords look into what they are about, which is acted on, not
// entered ("a probe into Harlby Holdings", "an inquiry into Harlby").
var inquiryWords = text.SetOf("probe", "inquiry", "enquiry", "investigation", "investigate", "look", "research",
	"study", "review", "examination", "examine", "insight", "investment", "invest", "delve", "dig")

// frontedFrame reports whether the place at word h opens its sentence as
// the frame of what follows ("In Tokyo, the Nikkei average fell"): its
// preposition is the sentence's first word.
func frontedFrame(s *syntax.Sentence, h int) bool {
	for _, c := range s.ChildrenWith(h, "case") {
		if c == 0 {
			return true
		}
	}
	return false
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
var settingCases = text.SetOf("in", "from", "across", "near", "around", "throughout", "within", "outside", "inside",
	"beyond")

// ordinaryWord reports whether an organisation's name is one word that the
// article also writes in lower case as an ordinary noun ("offered State
// help" beside "the state will pay"), with no other name for it.
func ordinaryWord(d *document, p briefing.Party) bool {
	if p.Kind != briefing.KindOrganisation || len(p.Aliases) > 0 || strings.ContainsAny(p.Name, " .-&") {
		return false
	}
	return d.lowerWords[strings.ToLower(p.Name)]
}

// notHome reports whether the name at word h does more than say where an
// organisation or a site is at home: a place or country that only
// qualifies or owns a noun for a body or a site ("the Paris, Amsterdam and
// Lisbon stock exchanges", "the Birmingham plant", "China's National
// Petroleum Corporation"), or says where one is based ("registered in the
// Cayman Islands", "headquartered in Leeds"), takes no part in the story
// itself.
func notHome(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	if v := w.Head; v >= 0 && markedBy(s, h, settingCases) && basedWords[strings.ToLower(s.Words[v].Lemma)] && bodyBased(s, v) {
		return false // "a firm registered in the Cayman Islands", "based in Leeds"
	}
	o := w.Head
	if o <= h || w.Rel != "compound" && w.Rel != "nmod:poss" && w.Rel != "amod" {
		o = nounsAfter(s, listEnd(s, h)) // the parse missed the compound: "its Leeds plant" read as "Leeds" the object
	}
	if o <= h {
		return true
	}
	owner := s.Words[o]
	if owner.UPOS == "PROPN" && companyWords[owner.Form] {
		return false // "China's National Petroleum Corporation": a company the place hosts, whatever its name says
	}
	for _, a := range s.ChildrenWith(o, "amod", "compound") {
		if stateOrgans[strings.ToLower(s.Words[a].Form)] {
			return true // "Norvania's central bank" is an organ of the state
		}
	}
	switch owner.UPOS {
	case "NOUN":
		l := strings.ToLower(owner.Lemma)
		return !orgKinds[l] && !siteNouns[l]
	case "PROPN":
		return !companyForms[owner.Form] && !companyWords[owner.Form]
	}
	return true
}

// stateOrgans qualify the bodies through which a state acts ("central
// bank", "national army").
var stateOrgans = text.SetOf("central", "national", "state", "federal", "foreign", "interior")

// companyWords end the names of companies, which a place only hosts
// ("China's National Petroleum Corporation"), unlike the names of parties
// and public bodies ("Norvania's Civic Union").
var companyWords = text.SetOf("Corporation", "Company", "Group", "Holdings", "Exchange", "Industries", "Motors",
	"Airlines", "Airways", "Telecom", "Technologies", "Enterprises")

// siteNouns are the places where a body works ("plant", "headquarters").
// An airport or port named after its place is that place ("Stansted
// airport"), no body's site.
var siteNouns = text.SetOf("plant", "factory", "headquarters", "office", "site", "mine", "refinery", "works",
	"court", "branch", "station", "depot", "warehouse", "store", "shipyard")

// nounsAfter returns the last of the lower-case common nouns that follow
// word h, or -1 when none does.
func nounsAfter(s *syntax.Sentence, h int) int {
	k := h + 1
	for k < len(s.Words) && s.Words[k].UPOS == "NOUN" && !unicode.IsUpper(firstRune(s.Words[k].Form)) {
		k++
	}
	if k == h+1 {
		return -1
	}
	return k - 1
}

// listEnd returns the last name of the list of names the name at word h
// stands in ("Lisbon" for "Paris" in "the Paris, Amsterdam and Lisbon
// stock exchanges"), or h when it stands in none.
func listEnd(s *syntax.Sentence, h int) int {
	first := h
	if s.Words[h].Rel == "conj" && s.Words[h].Head >= 0 {
		first = s.Words[h].Head
	}
	end := h
	for _, c := range s.ChildrenWith(first, "conj") {
		if c > end && s.Words[c].UPOS == "PROPN" {
			end = c
		}
	}
	return end
}

// bodyBased reports whether the verb at v ("based", "registered") says
// where a body is: the noun it describes or its subject is a name or a
// noun for a kind of organisation ("a shipping firm based in Leeds"), not
// people ("servicemen based in the Gulf").
func bodyBased(s *syntax.Sentence, v int) bool {
	owner := -1
	if r := s.Words[v].Rel; strings.HasPrefix(r, "acl") || r == "amod" {
		owner = s.Words[v].Head
	} else if subj := s.ChildrenWith(v, "nsubj", "nsubj:pass"); len(subj) > 0 {
		owner = subj[0]
	}
	if owner < 0 {
		return false
	}
	o := s.Words[owner]
	return o.UPOS == "PROPN" || orgKinds[strings.ToLower(o.Lemma)]
}

// basedWords say where a body is at home: "based in", "registered in".
var basedWords = text.SetOf("base", "based", "headquarter", "headquartered", "register", "registered", "incorporate",
	"incorporated", "domicile", "domiciled", "locate", "located")

// namesakeNouns are the places named after the place they are or serve
// ("Stansted airport", "the Kessel border crossing", "the Pamir
// mountains", "Huize county"): the name there is the place itself.
var namesakeNouns = text.SetOf("airport", "port", "harbour", "harbor", "airfield", "crossing", "border", "valley",
	"region", "province", "county", "district", "area", "state", "city", "town", "village", "suburb", "coast",
	"island", "islands", "mountain", "mountains", "hill", "hills", "desert", "sea", "river", "lake", "basin",
	"peninsula", "delta", "strait", "gulf", "bay", "plain", "plains", "highlands", "corridor", "enclave", "zone",
	"territory", "front", "frontier", "district", "neighbourhood", "neighborhood", "quarter", "camp", "strip")
