package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Residences: a town or street named after a person to say where the
// person lives ("Daniel Ross, 34, of Bradford, appeared in court", "Ana
// Ruiz, of Mill Lane, Harwick") is no party to the story. A place named so
// is dropped wherever "of" ties it to the name; an unknown name the
// scanner took for a body or a person only when set off by a comma, as addresses are
// and written as one word ("Emil Varga of Halden and Moss" and "Tom Hale,
// of Vestby Capital," name the firms they are of).

// onlyResidence reports whether every mention of the place or body p
// says where a person named in the text lives; a place may also be only a
// setting elsewhere ("reports to Kettering police station").
func onlyResidence(d *document, p briefing.Party, people []briefing.Span) bool {
	oneWord := (p.Kind == briefing.KindOrganisation || p.Kind == briefing.KindPerson && p.Role == "") &&
		!strings.Contains(p.Name, " ") && len(p.Aliases) == 0
	if p.Kind != briefing.KindPlace && !oneWord || len(p.Mentions) == 0 {
		return false
	}
	place := p.Kind == briefing.KindPlace
	return !takesPart(d, p, func(s *syntax.Sentence, h int) bool {
		return !residenceOf(s, h, people, place) && (!place || notSetting(s, h))
	})
}

// residenceOf reports whether the name at word h hangs with "of" on a word
// of a person's name, after a comma unless loose is true.
func residenceOf(s *syntax.Sentence, h int, people []briefing.Span, loose bool) bool {
	w := s.Words[h]
	if w.Head < 0 || w.Head > h || base(w.Rel) != "nmod" || !inSpans(people, s.Words[w.Head].Start) {
		return false
	}
	for _, c := range s.ChildrenWith(h, "case") {
		if strings.EqualFold(s.Words[c].Form, "of") {
			return loose || c > 0 && s.Words[c-1].Form == ","
		}
	}
	return false
}

// peopleSpans returns the mentions of the people among parties.
func peopleSpans(parties []briefing.Party) []briefing.Span {
	var out []briefing.Span
	for _, p := range parties {
		if p.Kind == briefing.KindPerson {
			out = append(out, p.Mentions...)
		}
	}
	return out
}

// inSpans reports whether byte offset at falls inside one of spans.
func inSpans(spans []briefing.Span, at int) bool {
	for _, sp := range spans {
		if sp.Start <= at && at < sp.End {
			return true
		}
	}
	return false
}
