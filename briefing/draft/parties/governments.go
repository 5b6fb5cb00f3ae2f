package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

// stateGovernments marks the mentions that name a state by its government
// ("the Government of the Republic of Ghana", "Government of Norway",
// "the Royal Thai Government", "the Federal Government of Nigeria") as
// mentions of that state, so that the name joins the state's party as an
// alias: in a treaty or a communiqué a government is the state acting.
func stateGovernments(g *gazetteer.Gazetteer, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.entity >= 0 {
			continue
		}
		rest, ok := governedState(m.name)
		if !ok {
			continue
		}
		ref, known := g.Lookup(rest)
		if !known {
			ref, known = g.LookupFolded(rest)
		}
		if known && g.Entities[ref.Entity].Kind == briefing.KindCountry {
			m.entity, m.how, m.kind, m.cue = ref.Entity, gazetteer.RefName, briefing.KindCountry, cueStrong // the state itself, even when named by a demonym
		}
	}
}

// governedState returns the state's name or people's adjective in the
// name of a government, after a style of rule ("Royal Government of
// Cambodia", "Royal Thai Government"), and whether name is one.
func governedState(name string) (string, bool) {
	for _, style := range []string{"royal ", "federal ", "imperial "} {
		if rest, ok := cutPrefixFold(name, style); ok {
			name = rest
			break
		}
	}
	if rest, ok := cutPrefixFold(name, "government of "); ok {
		rest, _ = cutPrefixFold(rest, "the ")
		return rest, true
	}
	if rest, ok := strings.CutSuffix(name, " Government"); ok && !strings.Contains(rest, " ") && rest != name {
		return rest, true // "Royal Thai Government"
	}
	return "", false
}

// cutPrefixFold returns s without prefix, compared case aside, and
// whether s began with it.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// unknownStateGovernments joins "the Government of Kasundi" to "Kasundi"
// when the gazetteer does not know the state but the text names it alone
// too: the name a government is "of" is a state's, and both mentions are
// that state. keys are the merge keys of ms, changed in place.
func unknownStateGovernments(ms []mention, keys []string) {
	alone := map[string]bool{}
	for _, m := range ms {
		alone[gazetteer.Fold(m.name)] = true
	}
	states := map[string]bool{}
	for i := range ms {
		m := &ms[i]
		rest, ok := cutPrefixFold(m.name, "government of ")
		if !ok || m.entity >= 0 {
			continue
		}
		rest, _ = cutPrefixFold(rest, "the ")
		if f := gazetteer.Fold(rest); alone[f] && len(strings.Fields(rest)) <= 3 {
			keys[i], m.kind, m.cue = "n:"+f, briefing.KindCountry, cueStrong
			states[f] = true
		}
	}
	for i := range ms {
		if states[gazetteer.Fold(ms[i].name)] {
			ms[i].kind, ms[i].cue = briefing.KindCountry, cueStrong
		}
	}
}
