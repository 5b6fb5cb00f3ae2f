package parties

import (
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// defaultKind is the kind of a name nothing else classifies: a capitalised
// name in running text, not a known place and without a person's cues, is
// most often an organisation (a company, club or agency).
const defaultKind = briefing.KindOrganisation

// generational are the suffixes after a person's name ("Jr", "Sr.").
var generational = text.SetOf("Jr", "Jr.", "Sr", "Sr.", "Jnr", "Snr")

// minPlainMentions is how often an ordinary capitalised word with no cue
// must name something before it counts as a name ("Arsenal", "Sharp").
const minPlainMentions = 3

// party builds the party of group gi, or reports false when the group is
// not a party on its own: a country named only by its demonym, or an
// unknown word seen only at the start of sentences.
func (mg *merger) party(gi int) (briefing.Party, bool) {
	g := mg.groups[gi]
	p := mg.gather(gi)
	if !mg.standsAlone(g) {
		return p, false // a demonym alone, a capitalised word only at sentence starts, or an ordinary word
	}
	p.Name = mg.partyName(g)
	if p.Role != "" && p.Affiliation != "" && !strings.Contains(p.Role, " of ") && (governmentRole(p.Role) || stateHeads[gazetteer.Fold(p.Role)] || text.FirstRuneUpper(p.Role)) {
		p.Role += " of " + p.Affiliation // "Prime Minister of Italy", "Cabinet Secretary for Foreign Affairs of Kenya"; not "striker of Norway", a player from there
	}
	p.Aliases = mg.partyAliases(g, p)
	sort.Slice(p.Mentions, func(a, b int) bool { return p.Mentions[a].Start < p.Mentions[b].Start })
	return p, true
}

// gather starts the party of group gi: its kind (defaultKind when nothing
// decides it), the first role and affiliation its mentions give, and the
// mentions' spans in the group's order.
func (mg *merger) gather(gi int) briefing.Party {
	kind := mg.kind(gi)
	if kind == "" {
		kind = defaultKind
	}
	p := briefing.Party{Kind: kind}
	for _, i := range mg.groups[gi].members {
		m := mg.ms[i]
		if p.Role == "" && m.role != "" {
			p.Role = m.role
		}
		if p.Affiliation == "" && m.affil >= 0 && m.affil < len(mg.ms) {
			p.Affiliation = mg.affiliation(mg.ms[m.affil])
		}
		p.Mentions = append(p.Mentions, m.span)
	}
	return p
}

// standsAlone reports whether group g names a party on its own: it is not
// a known country named only by its demonym, not an unknown word seen only
// at the start of sentences (unless the text shows it a state), and not an ordinary word with no cue seen fewer
// than minPlainMentions times.
func (mg *merger) standsAlone(g *group) bool {
	onlyDemonyms, onlyInitial, onlyPlain := true, true, true
	for _, i := range g.members {
		m := mg.ms[i]
		onlyDemonyms = onlyDemonyms && m.how == gazetteer.RefDemonym && m.entity >= 0
		onlyInitial = onlyInitial && m.initial && m.cue == cueNone && m.entity < 0
		onlyPlain = onlyPlain && m.plain
	}
	return !(onlyDemonyms && g.entity >= 0 || onlyInitial && !g.state || onlyPlain && len(g.members) < minPlainMentions)
}

// partyName names group g: a known entity by its canonical name (unless
// the group is a place written otherwise), else the longest name its
// mentions write, the first of the longest.
func (mg *merger) partyName(g *group) string {
	if g.entity >= 0 && !g.place {
		return mg.accented(g, mg.g.Entities[g.entity].Name)
	}
	best := -1
	for _, i := range g.members {
		if best < 0 || mg.ms[i].words > mg.ms[best].words {
			best = i
		}
	}
	if tail := formalTail(mg.ms[best].name); tail != "" {
		for _, i := range g.members {
			if mg.ms[i].name == tail {
				return tail // "Ostrand", also named "the Kingdom of Ostrand"
			}
		}
	}
	return mg.ms[best].name
}

// accented returns the way group g's mentions write the known name with
// the accents the list leaves out ("Sinn Féin" for "Sinn Fein"), or the
// name as the list gives it.
func (mg *merger) accented(g *group, name string) string {
	for _, i := range g.members {
		n := mg.ms[i].name
		if n != name && !isASCII(n) && strings.EqualFold(gazetteer.Fold(n), gazetteer.Fold(name)) &&
			!strings.EqualFold(n, name) {
			return n
		}
	}
	return name
}

// isASCII reports whether s is written in ASCII only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// partyAliases lists the other names of party p (group g): the ways its
// mentions write it, and its name without a final abbreviation's dot or a
// generational suffix.
func (mg *merger) partyAliases(g *group, p briefing.Party) []string {
	aliases := mg.aliases(g, p.Name)
	if short, ok := withoutFinalDot(p); ok && !containsString(aliases, short) {
		aliases = append(aliases, short) // "Brennan Corp." is also written "Brennan Corp"
	}
	if short, ok := withoutGenerational(p); ok && !containsString(aliases, short) {
		aliases = append(aliases, short) // "Wade Colter Jr" is also "Wade Colter"
	}
	return aliases
}

// withoutFinalDot returns an organisation's name of several words without
// the dot that ends its last word, when that word holds no other dot.
func withoutFinalDot(p briefing.Party) (string, bool) {
	short, ok := strings.CutSuffix(p.Name, ".")
	if !ok || p.Kind != briefing.KindOrganisation || !strings.Contains(short, " ") {
		return "", false
	}
	return short, !strings.Contains(short[strings.LastIndex(short, " "):], ".")
}

// withoutGenerational returns a person's name without the generational
// suffix ("Jr", "Sr.") that ends it.
func withoutGenerational(p briefing.Party) (string, bool) {
	sp := strings.LastIndex(p.Name, " ")
	if p.Kind != briefing.KindPerson || sp <= 0 || !generational[p.Name[sp+1:]] {
		return "", false
	}
	return p.Name[:sp], true
}

// affiliation names the party a mention belongs to: a country or
// organisation by its canonical name.
func (mg *merger) affiliation(m mention) string {
	if m.entity >= 0 {
		return mg.g.Entities[m.entity].Name
	}
	return m.name
}

// aliases lists the other ways the group's mentions write its name: other
// spellings, demonyms, capitals, titled forms and acronyms.
func (mg *merger) aliases(g *group, name string) []string {
	seen := map[string]bool{gazetteer.Fold(name): true}
	var out []string
	add := func(s string) {
		if k := gazetteer.Fold(s); s != "" && !seen[k] {
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
