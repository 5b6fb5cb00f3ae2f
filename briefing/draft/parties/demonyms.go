package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// stateDemonymRoles reads a person's role that opens with the demonym of a
// country the article names ("Veldorian Foreign Minister" where Veldoria is
// a party): the demonym says whose office it is, not which office, so the
// role keeps the office ("Foreign Minister") and the country becomes the
// person's affiliation when none is given. Countries the gazetteer knows
// have their demonyms read as they are scanned; this reads the demonyms of
// the states the text alone shows.
func stateDemonymRoles(parties []briefing.Party) {
	states := map[string]string{} // demonym → country
	for _, p := range parties {
		if p.Kind != briefing.KindCountry {
			continue
		}
		for _, f := range demonymForms(p.Name) {
			states[f] = p.Name
		}
	}
	if len(states) == 0 {
		return
	}
	for i := range parties {
		p := &parties[i]
		first, rest, ok := strings.Cut(p.Role, " ")
		state, known := states[first]
		if p.Kind != briefing.KindPerson || !ok || !known || strings.TrimSpace(rest) == "" {
			continue
		}
		p.Role = strings.TrimSpace(rest)
		if p.Affiliation == "" {
			p.Affiliation = state
		}
	}
}
