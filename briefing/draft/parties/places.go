package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Places named like bodies: an unknown name is drafted as an organisation
// unless something says otherwise. A name that qualifies a noun for a
// stretch of land ("the Kessel border crossing", "the Lessa valley") or
// that a word for land opens before "of" ("Gulf of Venezuela", "District
// of Columbia") is a place.

// markPlaces marks as places the groups with no known entity and no
// organisation word or sign of a person whose mention names land.
func (mg *merger) markPlaces() {
	bodyWords := mg.groupsWithOrgWords()
	for i, m := range mg.ms {
		g := mg.groups[mg.owner[i]]
		if m.entity >= 0 || g.entity >= 0 || g.body || g.person || bodyWords[mg.owner[i]] {
			continue
		}
		if words := strings.Fields(m.name); len(words) > 2 && placeWords[words[0]] && words[1] == "of" {
			g.place = true
			continue
		}
		if s, first, last, ok := mentionWords(mg.d, m.span); ok && qualifiesLand(s, nameHead(s, first, last)) {
			g.place = true
		}
	}
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

// landNouns are stretches of land and water a name can qualify.
var landNouns = text.SetOf("valley", "crossing", "river", "frontier", "coast", "coastline", "mountain", "hill", "plain",
	"basin", "delta", "lake", "sea", "bay", "peninsula", "desert", "enclave", "corridor", "pass", "strait")
