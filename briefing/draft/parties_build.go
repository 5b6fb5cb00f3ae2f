package draft

import (
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// defaultKind is the kind of a name nothing else classifies: a capitalised
// name in running text, not a known place and without a person's cues, is
// most often an organisation (a company, club or agency).
const defaultKind = briefing.KindOrganisation

// generational are the suffixes after a person's name ("Jr", "Sr.").
var generational = setOf("Jr", "Jr.", "Sr", "Sr.", "Jnr", "Snr")

// minPlainMentions is how often an ordinary capitalised word with no cue
// must name something before it counts as a name ("Arsenal", "Sharp").
const minPlainMentions = 3

// party builds the party of group gi, or reports false when the group is
// not a party on its own: a country named only by its demonym, or an
// unknown word seen only at the start of sentences.
func (mg *merger) party(gi int) (briefing.Party, bool) {
	g := mg.groups[gi]
	kind := mg.kind(gi)
	if kind == "" {
		kind = defaultKind
	}
	p := briefing.Party{Kind: kind}
	onlyDemonyms, onlyInitial, onlyPlain := true, true, true
	best := -1
	for _, i := range g.members {
		m := mg.ms[i]
		if m.how != refDemonym || m.entity < 0 {
			onlyDemonyms = false
		}
		if !m.initial || m.cue != cueNone || m.entity >= 0 {
			onlyInitial = false
		}
		if !m.plain {
			onlyPlain = false
		}
		if best < 0 || m.words > mg.ms[best].words {
			best = i
		}
		if p.Role == "" && m.role != "" {
			p.Role = m.role
		}
		if p.Affiliation == "" && m.affil >= 0 && m.affil < len(mg.ms) {
			p.Affiliation = mg.affiliation(mg.ms[m.affil])
		}
		p.Mentions = append(p.Mentions, m.span)
	}
	if onlyDemonyms && g.entity >= 0 || onlyInitial || onlyPlain && len(g.members) < minPlainMentions {
		return p, false // a demonym alone, a capitalised word only at sentence starts, or an ordinary word
	}
	switch {
	case g.entity >= 0 && !g.place:
		p.Name = mg.g.entities[g.entity].name
	default:
		p.Name = mg.ms[best].name
	}
	if p.Role != "" && p.Affiliation != "" && !strings.Contains(p.Role, " of ") {
		p.Role += " of " + p.Affiliation
	}
	p.Aliases = mg.aliases(g, p.Name)
	if short, ok := strings.CutSuffix(p.Name, "."); ok && p.Kind == briefing.KindOrganisation && strings.Contains(short, " ") &&
		!strings.Contains(short[strings.LastIndex(short, " "):], ".") && !containsString(p.Aliases, short) {
		p.Aliases = append(p.Aliases, short) // "Lear Corp." is also written "Lear Corp"
	}
	if sp := strings.LastIndex(p.Name, " "); p.Kind == briefing.KindPerson && sp > 0 && generational[p.Name[sp+1:]] &&
		!containsString(p.Aliases, p.Name[:sp]) {
		p.Aliases = append(p.Aliases, p.Name[:sp]) // "Al Unser Jr" is also "Al Unser"
	}
	sort.Slice(p.Mentions, func(a, b int) bool { return p.Mentions[a].Start < p.Mentions[b].Start })
	return p, true
}

// affiliation names the party a mention belongs to: a country or
// organisation by its canonical name.
func (mg *merger) affiliation(m mention) string {
	if m.entity >= 0 {
		return mg.g.entities[m.entity].name
	}
	return m.name
}

// aliases lists the other ways the group's mentions write its name: other
// spellings, demonyms, capitals, titled forms and acronyms.
func (mg *merger) aliases(g *group, name string) []string {
	seen := map[string]bool{fold(name): true}
	var out []string
	add := func(s string) {
		if k := fold(s); s != "" && !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	for _, i := range g.members {
		m := mg.ms[i]
		add(m.name)
		add(m.titled)
		add(m.acr)
	}
	return out
}
