package parties

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Bodies named like people: "Christian Aid", "Aguas Argentinas" and "Group
// Menatep" look like a person's name, but the parse shows a body: a name
// the text calls a company ("Group Menatep, the holding company", "Marta
// Holm, Norway's largest employer"), or one that has what only bodies
// have: a board, plants, shareholders, workers, a head of a department
// ("Christian Aid's head of trade policy", "Rover bosses"), or that "its"
// and "which" refer to ("Kessler Morgan said its shares fell", "Dunmore
// Whitfield, which owns the mall").

// markBodies marks the groups with a mention the parse shows to be a body,
// unless a mention gives the name a title, a form of address or an
// office, as only people have ("Mr Halvard", "chief executive Ola
// Halvard").
func (mg *merger) markBodies() {
	bodies := map[int]bool{}
	for i, m := range mg.ms {
		if m.entity >= 0 {
			continue
		}
		if teamOf(mg.d.Text, m.span) {
			bodies[mg.owner[i]] = true // "Brackenford midfielder Kofi Mensah-Blake": a club, whatever the name looks like
			continue
		}
		if m.kind != briefing.KindPerson && m.kind != briefing.KindOrganisation && m.kind != "" {
			continue
		}
		if mg.headedByBody(m.name) {
			bodies[mg.owner[i]] = true // "The Confederation of Passenger Transport said"
			continue
		}
		s, first, last, ok := mentionWords(mg.d, m.span)
		if !ok {
			continue
		}
		if h := nameHead(s, first, last); namesBody(s, h) || spokespersonFor(s, h) && !mg.personLike(m.name) {
			bodies[mg.owner[i]] = true
		}
	}
	if len(bodies) == 0 {
		return
	}
	for i, m := range mg.ms {
		if bodies[mg.owner[i]] && (m.role != "" || m.titled != "" || mg.holdsOffice(m) || addressed(mg.d, m.span)) {
			bodies[mg.owner[i]] = false
		}
	}
	for gi, body := range bodies {
		mg.groups[gi].body = body
	}
}

// teamOf reports whether the name at sp qualifies a player's position or
// a coach or captain written after it ("Brackenford midfielder Kofi
// Mensah-Blake", "Estrela head coach"): the team's, a body.
func teamOf(t string, sp briefing.Span) bool {
	words := strings.Fields(t[sp.End:min(len(t), sp.End+40)])
	if len(words) > 1 && (words[0] == "head" || words[0] == "assistant") {
		words = words[1:]
	}
	return len(words) > 1 && teamRoles[words[0]] && unicode.IsUpper(firstRune(words[1]))
}

// teamRoles are the positions of a team's players and the offices of its
// staff.
var teamRoles = text.SetOf("midfielder", "striker", "winger", "defender", "goalkeeper", "forward", "full-back", "centre-back",
	"coach", "captain", "playmaker")

// addressed reports whether a form of address stands right before the
// name at sp ("Mr Glazer", "Dr. Okafor"), as only people have.
func addressed(d *document, sp briefing.Span) bool {
	words := strings.Fields(d.Text[max(0, sp.Start-8):sp.Start])
	return len(words) > 0 && sp.Start > 0 && d.Text[sp.Start-1] == ' ' && formOfAddress(words[len(words)-1])
}

// holdsOffice reports whether the parse gives mention m an office
// ("chief executive Ola Halvard", "Ola Halvard, managing director"), not a
// description of a body ("Halvard, the largest employer").
func (mg *merger) holdsOffice(m mention) bool {
	s, first, last, ok := mentionWords(mg.d, m.span)
	return ok && roleOf(mg.g, s, first, last) != "" && !describedAsBody(s, nameHead(s, first, last))
}

// namesBody reports whether the name headed by word h names a body: it
// stands beside a noun for a kind of organisation ("Halvard, the holding
// company"), or owns or qualifies a noun for what a body has ("Halvard's
// shareholders", "Halvard bosses", "Halvard's head of research").
func namesBody(s *syntax.Sentence, h int) bool {
	if describedAsBody(s, h) || itsNext(s, h) {
		return true
	}
	h = nameTop(s, h)
	if affiliationOf(s, h) {
		return true // "Mary Fahy, of Fianna Fáil, said"
	}
	for _, c := range s.ChildrenWith(h, "acl:relcl") {
		for _, k := range s.ChildrenWith(c, "nsubj", "obj") {
			if strings.EqualFold(s.Words[k].Form, "which") {
				return true // "Dunmore Whitfield, which owns the mall"
			}
		}
	}
	if heldIn(s, h) {
		return true // "shares in Halvard"
	}
	w := s.Words[h]
	if w.Head < 0 || s.Words[w.Head].UPOS != "NOUN" {
		return false
	}
	lemma := strings.ToLower(s.Words[w.Head].Lemma)
	part := bodyParts[lemma] || lemma == "head" && headOf(s, w.Head)
	switch w.Rel {
	case "compound":
		return part || orgKinds[lemma] && w.Head > h // "the Arthur D. Little consultancy"
	case "nmod:poss":
		return part
	case "nmod":
		return markedBy(s, h, ofCase) && (bodyParts[lemma] || lemma == "executive") // "the chairman of Halvard"
	}
	return false
}

// heldIn reports whether the name headed by word h is what a holding is
// in: "in" marks it right after a noun for a holding ("shares in
// Halvard", "a stake in Halvard"), wherever the parse hangs the name.
func heldIn(s *syntax.Sentence, h int) bool {
	for _, c := range s.ChildrenWith(h, "case") {
		if c > 0 && strings.EqualFold(s.Words[c].Form, "in") && s.Words[c-1].UPOS == "NOUN" &&
			holdingNouns[strings.ToLower(s.Words[c-1].Lemma)] {
			return true
		}
	}
	return false
}

// holdingNouns are what an investor holds in a body ("shares in Halvard",
// "a stake in Halvard").
var holdingNouns = text.SetOf("share", "stake", "holding", "shareholding")

// spokespersonFor reports whether the name headed by word h is what a
// spokesperson speaks for ("a spokeswoman for Halvard Pryce"): a body,
// unless the name reads as a person's (see personLike).
func spokespersonFor(s *syntax.Sentence, h int) bool {
	h = nameTop(s, h)
	w := s.Words[h]
	if w.Rel != "nmod" || w.Head < 0 || !markedBy(s, h, forCase) {
		return false
	}
	return spokespersons[strings.ToLower(s.Words[w.Head].Lemma)]
}

// forCase is the preposition of whom a spokesperson speaks for.
var forCase = text.SetOf("for")

// spokespersons speak for a body or a person.
var spokespersons = text.SetOf("spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen")

// personLike reports whether a name reads as a person's: several words
// opening with a given name ("Ola Halvard"), or one word that ends the
// name of a person mentioned in the text ("Halvard" after "Ola Halvard").
func (mg *merger) personLike(name string) bool {
	words := strings.Fields(name)
	if len(words) > 1 {
		return mg.g.FirstNames[words[0]]
	}
	for _, m := range mg.ms {
		if w := strings.Fields(m.name); m.kind == briefing.KindPerson && len(w) > 1 && w[len(w)-1] == name {
			return true
		}
	}
	return false
}

// affiliationOf reports whether the name headed by word h hangs with "of"
// on a name before it ("Mary Fahy, of Fianna Fáil,", "Tom Hale of Brenna
// Lorcan said"): it says where that person belongs, a body or a place,
// never a person.
func affiliationOf(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	if w.Rel != "nmod" || w.Head < 0 || w.Head >= h || s.Words[w.Head].UPOS != "PROPN" {
		return false
	}
	return s.HasCase(h, "of")
}

// describedAsBody reports whether the name headed by word h stands beside
// a noun for a kind of organisation or a description of a body ("Halvard,
// the holding company", "Halvard, Norway's largest employer").
func describedAsBody(s *syntax.Sentence, h int) bool {
	apposed := s.ChildrenWith(nameTop(s, h), "appos")
	for k, a := range apposed {
		if l := strings.ToLower(s.Words[a].Lemma); (orgKinds[l] || bodyDescriptions[l]) && !ofLand(s, a) && !namesBodyBefore(s, apposed[:k]) {
			return true
		}
	}
	return false
}

// namesBodyBefore reports whether one of the apposed nouns before names a
// body in its own "at"/"of" phrase ("Henrik Salo, an economist at the
// Institute for Economic Analysis, a government-funded research body,"):
// a description of a body after it tells that body, not the name.
func namesBodyBefore(s *syntax.Sentence, before []int) bool {
	for _, b := range before {
		if orgKinds[strings.ToLower(s.Words[b].Lemma)] {
			continue
		}
		for _, c := range s.ChildrenWith(b, "nmod") {
			if s.Words[c].UPOS == "PROPN" {
				return true
			}
		}
	}
	return false
}

// ofLand reports whether noun a is "of" places or land ("a chain of
// volcanic islands", "a group of villages"): a stretch of land, no body.
func ofLand(s *syntax.Sentence, a int) bool {
	for _, c := range s.ChildrenWith(a, "nmod") {
		if s.HasCase(c, "of") && (placeNouns[strings.ToLower(s.Words[c].Lemma)] || landNouns[strings.ToLower(s.Words[c].Lemma)]) {
			return true
		}
	}
	return false
}

// itsNext reports whether the name headed by word h is the subject of its
// clause and the next word after it that could stand for a party is "its"
// ("Kessler Morgan said its shares had fallen"): the name is what "its"
// refers to, a body.
func itsNext(s *syntax.Sentence, h int) bool {
	top := nameTop(s, h)
	subj := clauseRole(s, top)
	if !strings.HasPrefix(s.Words[subj].Rel, "nsubj") || top > 0 && s.Words[top-1].UPOS == "ADP" ||
		len(s.ChildrenWith(s.Words[subj].Head, "nsubj", "nsubj:pass")) > 1 {
		return false // not the clause's one subject: "the airforce under Hermann Goering began its campaign"
	}
	k := top + 1
	for k < len(s.Words) && s.Words[k].Rel == "flat" && s.Words[k].Head == top {
		k++
	}
	for stop := k + 4; k < len(s.Words) && k < stop; k++ {
		w := s.Words[k]
		if strings.EqualFold(w.Form, "its") || strings.EqualFold(w.Form, "it") && actingIt(s, k) {
			return true
		}
		if w.UPOS == "NOUN" || w.UPOS == "PROPN" || w.UPOS == "PRON" || w.Form == "," {
			return false
		}
	}
	return false
}

// actingIt reports whether "it" at word k is the subject of a verb of
// action ("Lufthansa said it had cancelled 300 flights"), not of a copula
// or a verb whose "it" stands for a state of things ("said it was wrong",
// "said it seemed unlikely").
func actingIt(s *syntax.Sentence, k int) bool {
	v := s.Words[k].Head
	if s.Words[k].Rel != "nsubj" || v < 0 || s.Words[v].UPOS != "VERB" || len(s.ChildrenWith(v, "cop")) > 0 {
		return false
	}
	return !stateVerbs[strings.ToLower(s.Words[v].Lemma)]
}

// stateVerbs take an "it" that stands for a state of things.
var stateVerbs = text.SetOf("be", "seem", "appear", "matter", "happen", "mean", "look", "sound", "feel", "remain",
	"become", "take", "cost", "make", "rain", "depend", "help", "work", "go", "come")

// nameTop climbs from word h to the head of the name it is part of, which
// may lie outside a mention ("Group Menatep" read as "Menatep").
func nameTop(s *syntax.Sentence, h int) int {
	for s.Words[h].Rel == "flat" && s.Words[h].Head >= 0 {
		h = s.Words[h].Head
	}
	return h
}

// headOf reports whether the noun "head" at word h heads something with
// "of" ("head of trade policy"), as an office does, not a body part ("his
// head in the third round").
func headOf(s *syntax.Sentence, h int) bool {
	for _, k := range s.ChildrenWith(h, "nmod") {
		if markedBy(s, k, ofCase) {
			return true
		}
	}
	return false
}

// headedByBody reports whether a name opens with a word that heads the
// names of bodies, then "of" or "for" ("Confederation of Passenger
// Transport", "Campaign for Clean Rivers").
func (mg *merger) headedByBody(name string) bool {
	words := strings.Fields(name)
	return len(words) > 2 && (mg.g.OrgWords[words[0]] || mg.g.OrgHeads[gazetteer.Fold(words[0])]) &&
		(words[1] == "of" || words[1] == "for")
}

// ofCase is the preposition of an office's field.
var ofCase = text.SetOf("of")

// bodyDescriptions describe a body set beside its name ("Fiat, Italy's
// largest employer").
var bodyDescriptions = text.SetOf("employer", "brand", "business", "carrier", "owner")

// bodyParts are what bodies have and people do not.
var bodyParts = text.SetOf("shareholder", "board", "boss", "employee", "worker", "staff", "plant", "factory",
	"subsidiary", "headquarters", "chairman", "chairwoman", "profit", "revenue", "turnover", "takeover", "merger",
	"workforce", "branch", "franchise", "customer", "investor", "operation", "division", "share", "app", "subscriber",
	"subscription", "user")
