package parties

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Organs: a state's body named by the state's possessive, name or
// demonym and a common noun ("China's foreign ministry", "Veldoria's
// parliament", "the UAE foreign ministry", "the French foreign
// ministry") is a party of its own when it acts or speaks, named as the
// article writes it, affiliated to the state. The state keeps its own
// mention.

// findOrgans returns the organ parties of the document: a singular noun
// for a state's body (see organNouns), owned with a possessive by a country
// among parties, that is at least once the subject or agent of its clause.
func findOrgans(d *document, parties []briefing.Party) []briefing.Party {
	var out []briefing.Party
	index := map[string]int{}
	for si := range d.Parsed {
		if si >= len(d.Sentences) {
			break
		}
		s := &d.Parsed[si]
		for h, w := range s.Words {
			if w.UPOS != "NOUN" || !organNouns[strings.ToLower(w.Form)] {
				continue
			}
			owner, from := organOwner(s, h, func(k int) bool { return countryAt(parties, s, k) >= 0 })
			state := countryAt(parties, s, owner)
			if state < 0 || !groupActs(s, h) {
				continue
			}
			name := collapse(d.Text[s.Words[owner].Start:w.End])
			sp := briefing.Span{Start: s.Words[from].Start, End: w.End}
			if k := formalOrgan(parties, d.Text[s.Words[from].Start:w.End], parties[state].Name); k >= 0 {
				if !slices.Contains(parties[k].Aliases, name) {
					parties[k].Aliases = append(parties[k].Aliases, name) // "Chile's central bank" is the Central Bank of Chile
				}
				parties[k].Mentions = append(parties[k].Mentions, sp)
				d.Mentions = append(d.Mentions, doc.PartyMention{Span: sp, Party: k})
				continue
			}
			key := parties[state].Name + "|" + strings.ToLower(collapse(d.Text[s.Words[from].Start:w.End])) // "France's foreign ministry" is "the French foreign ministry"
			if i, ok := index[key]; ok {
				if name != out[i].Name && !slices.Contains(out[i].Aliases, name) {
					out[i].Aliases = append(out[i].Aliases, name)
				}
				out[i].Mentions = append(out[i].Mentions, sp)
				continue
			}
			index[key] = len(out)
			out = append(out, briefing.Party{Name: name, Kind: briefing.KindOrganisation, Affiliation: parties[state].Name,
				Mentions: []briefing.Span{sp}})
		}
	}
	return out
}

// organOwner returns the possessor of the organ noun at h and the first
// word after the possessive ("foreign" in "China's foreign ministry"), or
// a word among the organ's modifiers that names a state (see state:
// "UAE" in "The UAE foreign ministry"), or -1 when no proper noun owns
// it so.
func organOwner(s *syntax.Sentence, h int, state func(k int) bool) (owner, from int) {
	from = h
	for from > 0 && s.Words[from-1].Head == h && (s.Words[from-1].Rel == "amod" || s.Words[from-1].Rel == "compound") &&
		s.Words[from-1].UPOS != "PROPN" {
		if state(from - 1) {
			return from - 1, from // "The UAE foreign ministry", "the French foreign ministry": the state's word before the organ
		}
		from--
	}
	k := from - 1
	if k < 1 || s.Words[k].XPOS != "POS" {
		return -1, h
	}
	o := s.Words[k].Head
	if o < 0 || o >= k || s.Words[o].UPOS != "PROPN" || s.Words[o].Rel != "nmod:poss" || s.Words[o].Head != h {
		return -1, h
	}
	first, _ := s.Subtree(o)
	return first, from
}

// countryAt returns the index of the country among parties with a mention
// starting at word k of s, or -1.
func countryAt(parties []briefing.Party, s *syntax.Sentence, k int) int {
	return partyOfKindAt(parties, s, k, briefing.KindCountry)
}

// partyOfKindAt returns the index of the party of the kind among parties
// with a mention starting at word k of s, or -1.
func partyOfKindAt(parties []briefing.Party, s *syntax.Sentence, k int, kind string) int {
	if k < 0 || k >= len(s.Words) {
		return -1
	}
	at := s.Words[k].Start
	for i, p := range parties {
		if p.Kind != kind {
			continue
		}
		for _, m := range p.Mentions {
			if m.Start == at {
				return i
			}
		}
	}
	return -1
}

// organNouns are the common nouns for the bodies through which a state
// acts.
var organNouns = map[string]bool{"ministry": true, "parliament": true, "army": true, "navy": true, "military": true,
	"cabinet": true, "senate": true, "embassy": true, "treasury": true, "bank": true, "legislature": true,
	"judiciary": true, "police": true, "junta": true, "regulator": true}

// formalOrgan returns the organisation among parties named formally for
// the organ a state's possessive names ("Central Bank of Chile" for
// "Chile's central bank"), or -1.
func formalOrgan(parties []briefing.Party, organ, state string) int {
	want := strings.ToLower(collapse(organ) + " of " + state)
	for k, p := range parties {
		if p.Kind == briefing.KindOrganisation && strings.ToLower(p.Name) == want {
			return k
		}
	}
	return -1
}
