package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

// stateGovernments marks the mentions that name a state by its government
// ("the Government of the Republic of Ghana", "Government of Norway") as
// mentions of that state, so that the name joins the state's party as an
// alias: in a treaty or a communiqué a government is the state acting.
func stateGovernments(g *gazetteer.Gazetteer, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.entity >= 0 {
			continue
		}
		rest, ok := cutPrefixFold(m.name, "government of ")
		if !ok {
			continue
		}
		rest, _ = cutPrefixFold(rest, "the ")
		ref, known := g.Lookup(rest)
		if !known {
			ref, known = g.LookupFolded(rest)
		}
		if known && g.Entities[ref.Entity].Kind == briefing.KindCountry {
			m.entity, m.how, m.kind, m.cue = ref.Entity, ref.How, briefing.KindCountry, cueStrong
		}
	}
}

// cutPrefixFold returns s without prefix, compared case aside, and
// whether s began with it.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}
