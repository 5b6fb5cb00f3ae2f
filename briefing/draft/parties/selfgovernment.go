package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Government as a name: a text that a government writes of itself (a
// response to a committee, a white paper, a statement of policy) calls
// itself "the Government", with a capital, and names no state: the
// Government is then a party of its own, the state that acts.

// selfGovernment returns the party "Government" when no party is a state
// and the text writes "the Government" as a name at least twice, once as
// the subject or agent of a clause ("The Government accepts this
// recommendation"); its mentions are those words.
func selfGovernment(d *document, parties []briefing.Party) (briefing.Party, bool) {
	for _, p := range parties {
		if p.Kind == briefing.KindCountry {
			return briefing.Party{}, false
		}
	}
	var spans []briefing.Span
	acts := false
	for si := range d.Parsed {
		if si >= len(d.Sentences) {
			break
		}
		s := &d.Parsed[si]
		for h := range s.Words {
			if !governmentName(s, h) {
				continue
			}
			spans = append(spans, briefing.Span{Start: s.Words[h].Start, End: s.Words[h].End})
			acts = acts || groupActs(s, h)
		}
	}
	if len(spans) < 2 || !acts {
		return briefing.Party{}, false
	}
	return briefing.Party{Name: "Government", Kind: briefing.KindCountry, Aliases: []string{"the Government"}, Mentions: spans}, true
}

// governmentName reports whether word h of s is "Government" written as a
// name on its own: capitalised after "the", with no capitalised word
// beside it that would make it part of a longer name ("Local Government",
// "Government Response").
func governmentName(s *syntax.Sentence, h int) bool {
	if s.Words[h].Form != "Government" || h == 0 || strings.ToLower(s.Words[h-1].Form) != "the" {
		return false
	}
	return h+1 == len(s.Words) || !capitalised(s.Words[h+1].Form)
}
