package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// namedNextRoles gives the office a sentence's subject holds without a
// name to the person the next sentence first names as its subject, the
// way a report unveils who holds it: "The chief constable of West
// Midlands Police has refused to resign … Craig Guildford said he would
// stay in post." Only a person named in full (two words or more), with no
// office of their own and no mention before, takes it; only an office
// owned by a body ("of West Midlands Police", "the bank's chief
// executive") is given, and only when the office's sentence names no
// person.
func namedNextRoles(d *document, parties []briefing.Party) {
	g := gazetteer.Load()
	for i := range parties {
		p := &parties[i]
		if p.Kind != briefing.KindPerson || p.Role != "" || !strings.Contains(p.Name, " ") || len(p.Mentions) == 0 {
			continue
		}
		first := p.Mentions[0]
		for _, sp := range p.Mentions {
			if sp.Start < first.Start {
				first = sp
			}
		}
		s, a, b, ok := mentionWords(d, first)
		if !ok || !strings.HasPrefix(s.Words[nameHead(s, a, b)].Rel, "nsubj") {
			continue
		}
		si := sentenceOf(d, first)
		if si == 0 || si-1 >= len(d.Parsed) || personIn(d, parties, si-1) {
			continue
		}
		role, owner := unnamedOffice(g, &d.Parsed[si-1], parties)
		if role != "" {
			p.Role, p.Affiliation = role, owner
		}
	}
}

// unnamedOffice returns the office the subject of sentence s's main verb
// names with no person's name ("The chief constable of West Midlands
// Police"), when a body owns it, and the owning body's party name when the
// owner is written with a possessive ("the bank's chief executive").
func unnamedOffice(g *gazetteer.Gazetteer, s *syntax.Sentence, parties []briefing.Party) (string, string) {
	root := s.Root()
	for h, w := range s.Words {
		if w.Head != root || !strings.HasPrefix(w.Rel, "nsubj") || w.UPOS != "NOUN" && w.UPOS != "ADJ" || !officeNoun(g, w) {
			continue
		}
		role := roleText(g, s, h, len(s.Words))
		if strings.Contains(role, " of ") || strings.Contains(role, " for ") {
			return role, ""
		}
		for k, c := range s.Words {
			if c.Head == h && c.Rel == "nmod:poss" && c.UPOS == "PROPN" {
				if q := partyWithWord(s, k, parties); q >= 0 {
					return role, parties[q].Name
				}
			}
		}
	}
	return "", ""
}

// partyWithWord returns the organisation or state party one of whose
// mentions holds word k of s, or -1.
func partyWithWord(s *syntax.Sentence, k int, parties []briefing.Party) int {
	w := s.Words[k]
	for q, p := range parties {
		if p.Kind != briefing.KindOrganisation && p.Kind != briefing.KindCountry {
			continue
		}
		for _, sp := range p.Mentions {
			if sp.Start <= w.Start && w.End <= sp.End {
				return q
			}
		}
	}
	return -1
}

// personIn reports whether a person party is mentioned in sentence si.
func personIn(d *document, parties []briefing.Party, si int) bool {
	for _, p := range parties {
		if p.Kind != briefing.KindPerson {
			continue
		}
		for _, sp := range p.Mentions {
			if sentenceOf(d, sp) == si {
				return true
			}
		}
	}
	return false
}
