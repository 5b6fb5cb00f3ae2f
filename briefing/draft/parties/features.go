package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// Natural features: a lake, a mountain, a river or a sea ("Lake Victoria",
// "Mount Elgon", "the Veles River", "the South China Sea", "the Gulf of
// Aden") is where a story happens, or what it is about, but never one of
// its sides: it neither speaks nor commits, and a body that runs it has a
// name of its own ("the Mekong River Commission"). Names of states,
// cities and clubs that end like a feature ("Ivory Coast", "Niagara
// Falls", "Nottingham Forest") are left alone by keeping such words out of
// the lists. A name with a word that ends organisations' names (see the
// gazetteer's OrgWords) is a body's ("Mount Sinai Hospital", "Lake Erie
// Authority", "Gulf of Marenne Community").

// naturalFeature reports whether party p is a natural feature: a place or
// an organisation, not known as a state or body, whose name a feature
// word opens ("Lake …", "Mount …", "River Avon", "Gulf of …") or closes ("… River",
// "… Sea").
func naturalFeature(p briefing.Party) bool {
	if p.Kind != briefing.KindPlace && p.Kind != briefing.KindOrganisation {
		return false
	}
	words := strings.Fields(strings.TrimPrefix(p.Name, "the "))
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	first, last := words[0], words[len(words)-1]
	switch {
	case featureFirst[first] && len(words) <= 3:
		return !anyCapitalised(words[1:], gazetteer.Load().OrgWords) // "Lake States Community" is a body
	case first == "River" && len(words) == 2:
		return !anyCapitalised(words[1:], gazetteer.Load().OrgWords) && !ordinaryWordForm(words[1]) // "River Avon", not the campaign "River Action"
	case featureOf[first] && words[1] == "of":
		return !anyCapitalised(words[2:], gazetteer.Load().OrgWords) // "Gulf of Marenne Community" is a body
	}
	return featureLast[last]
}

// anyCapitalised reports whether one of words is in set.
func anyCapitalised(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// ordinaryWordForm reports whether w is also written in lower case inside
// sentences: a common word, not a proper name.
func ordinaryWordForm(w string) bool {
	return text.LoadPunkt().Ortho[strings.ToLower(w)]&text.OrthoMidLc != 0
}

// featureFirst open the names of lakes and mountains ("Lake Victoria",
// "Mount Elgon").
var featureFirst = text.SetOf("Lake", "Mount", "Mt", "Mt.", "Loch")

// featureOf open a feature's name before "of" ("Gulf of Aden", "Sea of
// Japan", "Bay of Biscay", "Strait of Hormuz").
var featureOf = text.SetOf("Gulf", "Sea", "Bay", "Strait", "Straits", "Lake", "Isle")

// featureLast close the names of natural features and waterways ("Veles
// River", "South China Sea", "Salisbury Plain").
var featureLast = text.SetOf("River", "Sea", "Ocean", "Lake", "Valley", "Mountains", "Mountain", "Hills", "Desert",
	"Plain", "Plateau", "Peninsula", "Strait", "Straits", "Canal", "Basin", "Delta", "Glacier", "Reef", "Estuary",
	"Gorge", "Canyon", "Lagoon")

// stormWords name the kind of a storm before its name ("Hurricane
// Delphine", "Storm Elin", "Typhoon Haishen").
var stormWords = []string{"Hurricane", "Storm", "Typhoon", "Cyclone", "Tropical Depression", "hurricane", "storm", "typhoon", "cyclone"}

// namedStorm reports whether a party is a storm: the text names it after
// a word for a kind of storm ("Hurricane Delphine came ashore …
// Delphine's remnants could drop rain").
func namedStorm(d *document, p briefing.Party) bool {
	if p.Kind != briefing.KindPerson && p.Kind != briefing.KindOrganisation && p.Kind != briefing.KindPlace {
		return false
	}
	for _, w := range stormWords {
		if strings.Contains(d.Text, w+" "+p.Name) {
			return true
		}
	}
	return false
}
