package parties

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Places named like bodies: an unknown name is drafted as an organisation
// unless something says otherwise. A name that qualifies a noun for a
// stretch of land ("the Kessel border crossing", "the Lessa valley") or
// that a word for land opens before "of" ("Gulf of Venezuela", "District
// of Columbia") is a place.

// markPlaces marks as places the groups with no known entity and no
// organisation word or sign of a person whose mention names land or is
// listed with a known city or region ("between Jakarta and Da Nang",
// "councils in Cornwall, Devon and the Lake District").
func (mg *merger) markPlaces() {
	bodyWords := mg.groupsWithOrgWords()
	places := mg.knownPlaces(true)
	for i, m := range mg.ms {
		g := mg.groups[mg.owner[i]]
		if m.entity >= 0 || g.entity >= 0 || g.body || g.person || bodyWords[mg.owner[i]] || strings.Contains(m.name, "&") {
			continue
		}
		if words := strings.Fields(m.name); len(words) > 2 && placeWords[words[0]] && words[1] == "of" {
			g.place = true
			continue
		}
		if s, first, last, ok := mentionWords(mg.d, m.span); ok && (qualifiesLand(s, nameHead(s, first, last)) || namesSettlement(s, first) ||
			listedWith(s, nameHead(s, first, last), places)) {
			g.place = true
		}
	}
}

// knownPlaces returns the spans of the mentions of known cities and
// regions, and of capitals when capitals is set.
func (mg *merger) knownPlaces(capitals bool) []briefing.Span {
	var out []briefing.Span
	for _, m := range mg.ms {
		if m.entity >= 0 && (capitals && m.how == gazetteer.RefCapital || mg.g.Entities[m.entity].Kind == briefing.KindPlace) {
			out = append(out, m.span)
		}
	}
	return out
}

// listedWith reports whether the name headed by word h is coordinated
// with a word inside one of the spans.
func listedWith(s *syntax.Sentence, h int, spans []briefing.Span) bool {
	if len(spans) == 0 {
		return false
	}
	top := h
	if s.Words[h].Rel == "conj" && s.Words[h].Head >= 0 {
		top = s.Words[h].Head
	}
	if top != h && inSpans(spans, s.Words[top].Start) {
		return true
	}
	for _, c := range s.ChildrenWith(top, "conj") {
		if c != h && inSpans(spans, s.Words[c].Start) {
			return true
		}
	}
	return false
}

// qualifiesLand reports whether the name headed by word h qualifies a
// noun for a stretch of land ("the Lessa valley").
func qualifiesLand(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	if w.Head < 0 || w.Rel != "compound" && w.Rel != "amod" || w.Head < h {
		return false
	}
	owner := s.Words[w.Head]
	return owner.UPOS == "NOUN" && (placeNouns[strings.ToLower(owner.Lemma)] || landNouns[strings.ToLower(owner.Lemma)])
}

// namesSettlement reports whether the name whose first word is at first
// follows a comma after a noun for a settlement or an area ("in the
// capital, Lenna", "the port city, Sabrel"): the parse may hang the
// apposition on another noun.
func namesSettlement(s *syntax.Sentence, first int) bool {
	if first < 2 || s.Words[first-1].Form != "," {
		return false
	}
	n := s.Words[first-2]
	return n.UPOS == "NOUN" && !unicode.IsUpper(firstRune(n.Form)) && placeNouns[strings.ToLower(n.Lemma)]
}

// landNouns are stretches of land and water a name can qualify.
var landNouns = text.SetOf("valley", "crossing", "river", "frontier", "coast", "coastline", "mountain", "hill", "plain",
	"basin", "delta", "lake", "sea", "bay", "peninsula", "desert", "enclave", "corridor", "pass", "strait")
