package parties

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

// Makers: a product named after its maker ("the Sony PSP", "the Nintendo
// DS") is no party, but the maker it was merged with is when the text
// also names it alone ("Sony, Microsoft and Nintendo will debut their new
// consoles").

// keepMakers adds a party for the maker of every product dropped from
// all: the alias that opens the product's name, with the mentions that
// name it alone. Those mentions move to the maker (kept and owner are
// updated); the product's other mentions stay with no party.
func keepMakers(d *document, all, parties []briefing.Party, kept []int, ms []mention, owner []int) []briefing.Party {
	for i, p := range all {
		if kept[i] >= 0 || !(onlyQualifier(d, p) || describedAsThing(d, p)) {
			continue
		}
		alias, ok := makerAlias(d, p)
		if !ok {
			continue
		}
		maker := briefing.Party{Name: alias, Kind: briefing.KindOrganisation}
		for j, m := range ms {
			if owner[j] != i {
				continue
			}
			if gazetteer.Fold(m.name) != gazetteer.Fold(alias) {
				owner[j] = -1
				continue
			}
			maker.Mentions = append(maker.Mentions, m.span)
		}
		if len(maker.Mentions) > 0 && !describedAsThing(d, maker) {
			kept[i] = len(parties)
			parties = append(parties, maker)
		}
	}
	return parties
}

// makerAlias returns the alias of p that opens p's name with fewer words
// ("Sony" of "Sony PSP"), when the rest of the name is no word the text
// writes in lower case: "Ultima Online" is one game's name, not Ultima's
// online product.
func makerAlias(d *document, p briefing.Party) (string, bool) {
	for _, a := range p.Aliases {
		rest, ok := strings.CutPrefix(p.Name, a+" ")
		if ok && !slices.ContainsFunc(strings.Fields(rest), func(w string) bool { return d.lowerWords[strings.ToLower(w)] }) {
			return a, true
		}
	}
	return "", false
}
