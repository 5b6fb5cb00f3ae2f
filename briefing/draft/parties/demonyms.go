package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
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

// knownDemonymRoles gives a person whose office the text writes after the
// demonym of a country the gazetteer knows ("the Icelandic fisheries
// minister, Tomas Rydqvist", "Chinese foreign ministry spokesman Zhao
// Lijian") that country as affiliation when none is given: the demonym
// says whose office it is.
func knownDemonymRoles(g *gazetteer.Gazetteer, d *document, parties []briefing.Party) {
	for i := range parties {
		p := &parties[i]
		if p.Kind != briefing.KindPerson || p.Role == "" || p.Affiliation != "" {
			continue
		}
		for _, sp := range p.Mentions {
			si := sentenceOf(d, sp)
			if si >= len(d.Sentences) {
				continue
			}
			if c := demonymBefore(g, d.Text[d.Sentences[si].Start:d.Sentences[si].End], p.Role); c != "" {
				p.Affiliation = c
				break
			}
		}
	}
}

// demonymBefore returns the country whose demonym the sentence writes
// right before the office role, or "".
func demonymBefore(g *gazetteer.Gazetteer, sentence, role string) string {
	for from := 0; from < len(sentence); {
		k := strings.Index(sentence[from:], " "+role)
		if k < 0 {
			return ""
		}
		k += from
		w := sentence[strings.LastIndexAny(sentence[:k], " \n")+1 : k]
		if r, ok := g.Lookup(w); ok && r.How == gazetteer.RefDemonym && g.Entities[r.Entity].Kind == briefing.KindCountry {
			return g.Entities[r.Entity].Name
		}
		from = k + 1
	}
	return ""
}
