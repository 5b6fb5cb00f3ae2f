package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Bodies named like people: "Christian Aid", "Aguas Argentinas" and
// "Group Menatep" look like a person's name, but the parse shows a body —
// a name the text calls a company ("Group Menatep, the holding company"),
// or one that has what only bodies have: a board, plants, shareholders,
// workers, a head of a department ("Christian Aid's head of trade
// policy", "Rover bosses").

// markBodies marks the groups with a mention the parse shows to be a body,
// unless a mention gives the name a title or an office, as only people
// have ("Mr Halvard", "chief executive Ola Halvard").
func (mg *merger) markBodies() {
	bodies := map[int]bool{}
	for i, m := range mg.ms {
		if m.kind != briefing.KindPerson && m.kind != "" || m.entity >= 0 {
			continue
		}
		if s, first, last, ok := mentionWords(mg.d, m.span); ok && namesBody(s, nameHead(s, first, last)) {
			bodies[mg.owner[i]] = true
		}
	}
	if len(bodies) == 0 {
		return
	}
	for i, m := range mg.ms {
		if bodies[mg.owner[i]] && (m.role != "" || m.titled != "" || mg.holdsOffice(m)) {
			bodies[mg.owner[i]] = false
		}
	}
	for gi, body := range bodies {
		mg.groups[gi].body = body
	}
}

// holdsOffice reports whether the parse gives mention m an office
// ("chief executive Ola Halvard", "Ola Halvard, managing director").
func (mg *merger) holdsOffice(m mention) bool {
	s, first, last, ok := mentionWords(mg.d, m.span)
	return ok && roleOf(mg.g, s, first, last) != ""
}

// namesBody reports whether the name headed by word h names a body: it
// stands beside a noun for a kind of organisation ("Halvard, the holding
// company"), or owns or qualifies a noun for what a body has ("Halvard's
// shareholders", "Halvard bosses", "Halvard's head of research").
func namesBody(s *syntax.Sentence, h int) bool {
	for s.Words[h].Rel == "flat" && s.Words[h].Head >= 0 {
		h = s.Words[h].Head // the name's head word lies outside the mention ("Group Menatep" read as "Menatep")
	}
	for _, a := range s.ChildrenWith(h, "appos") {
		if orgKinds[strings.ToLower(s.Words[a].Lemma)] {
			return true
		}
	}
	w := s.Words[h]
	if w.Head < 0 || w.Rel != "nmod:poss" && w.Rel != "compound" {
		return false
	}
	owned := s.Words[w.Head]
	if owned.UPOS != "NOUN" {
		return false
	}
	lemma := strings.ToLower(owned.Lemma)
	return bodyParts[lemma] || lemma == "head" && len(s.ChildrenWith(w.Head, "nmod")) > 0
}

// bodyParts are what bodies have and people do not.
var bodyParts = text.SetOf("shareholder", "board", "boss", "employee", "worker", "staff", "plant", "factory",
	"subsidiary", "headquarters", "chairman", "chairwoman", "profit", "revenue", "turnover", "takeover", "merger",
	"workforce", "branch", "franchise", "customer", "investor")
