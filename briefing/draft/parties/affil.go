package parties

import (
	"slices"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// affiliateOfficials gives each person with a government title and no
// affiliation ("Minister of Health Khalid Ait") the country of the
// article's dateline ("Rabat –" → Morocco), but only when a sentence that
// names the person also names that country (or its capital or people): a
// dateline says where the reporter is, which alone does not tell whose
// official someone is. Without a dateline in a known place they keep no
// affiliation; no other cue is used. Their roles stay as written.
func affiliateOfficials(g *gazetteer.Gazetteer, d *document, parties []briefing.Party) {
	country, looked := -1, false
	for i := range parties {
		p := &parties[i]
		if p.Kind != briefing.KindPerson || p.Affiliation != "" || !governmentRole(p.Role) {
			continue
		}
		if !looked {
			country, looked = partyIndex(parties, datelineCountry(g, d.Text)), true
		}
		if country < 0 {
			return
		}
		if shareSentence(d, p.Mentions, parties[country].Mentions) {
			p.Affiliation = parties[country].Name
		}
	}
}

// partyIndex returns the index of the party called name, or -1.
func partyIndex(parties []briefing.Party, name string) int {
	for i, p := range parties {
		if name != "" && p.Name == name {
			return i
		}
	}
	return -1
}

// shareSentence reports whether some sentence holds a span of a and a span of b.
func shareSentence(d *document, a, b []briefing.Span) bool {
	in := map[int]bool{}
	for _, sp := range a {
		in[sentenceOf(d, sp)] = true
	}
	for _, sp := range b {
		if in[sentenceOf(d, sp)] {
			return true
		}
	}
	return false
}

// sentenceOf returns the index of the sentence that holds the start of sp.
func sentenceOf(d *document, sp briefing.Span) int {
	return sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > sp.Start })
}

// datelineCountry returns the canonical name of the country of the
// article's dateline: the country itself, the country whose capital it
// is ("WASHINGTON" → United States) or the country a known place lies in
// ("GENEVA" → Switzerland). It returns "" when there is no dateline or its
// place is unknown.
func datelineCountry(g *gazetteer.Gazetteer, src string) string {
	sp, ok := text.FindDateline(src)
	if !ok {
		return ""
	}
	r, ok := g.LookupFolded(src[sp.Start:sp.End])
	if !ok {
		return ""
	}
	switch e := g.Entities[r.Entity]; e.Kind {
	case briefing.KindCountry:
		return e.Name
	case briefing.KindPlace:
		if c, ok := g.Lookup(e.Country); ok && g.Entities[c.Entity].Kind == briefing.KindCountry {
			return g.Entities[c.Entity].Name
		}
	}
	return ""
}

// governmentRole reports whether role is a government office: a minister,
// president, prime minister, chancellor, ambassador or the like ("Minister
// of Health", "Foreign Minister", "Vice President").
func governmentRole(role string) bool {
	role = strings.ToLower(strings.TrimSpace(role))
	if role == "" {
		return false
	}
	if governmentOffices[role] {
		return true
	}
	head, _, _ := strings.Cut(role, " of ")
	words := strings.Fields(head)
	return len(words) > 0 && governmentHeads[words[len(words)-1]]
}

// governmentHeads are the last words of government titles: "Minister" in
// "Foreign Minister" and "Minister of Health".
var governmentHeads = text.SetOf("minister", "president", "vice-president", "premier", "chancellor", "ambassador",
	"envoy", "consul")

// governmentOffices are whole government titles whose last word alone
// does not say so ("Secretary", "General").
var governmentOffices = text.SetOf("secretary of state", "foreign secretary", "home secretary", "defence secretary",
	"defense secretary", "treasury secretary", "attorney general", "attorney-general")

// affiliateCouncillors gives each councillor with no affiliation who
// holds an office of the council's executive ("Cllr Janet Pembury,
// cabinet member for environment") the council the article names, when
// it names exactly one: such a councillor speaks for the council.
func affiliateCouncillors(parties []briefing.Party) {
	council := -1
	for i, p := range parties {
		if p.Kind == briefing.KindOrganisation && slices.Contains(strings.Fields(p.Name), "Council") {
			if council >= 0 {
				return
			}
			council = i
		}
	}
	if council < 0 {
		return
	}
	for i := range parties {
		if p := &parties[i]; p.Kind == briefing.KindPerson && p.Affiliation == "" && executiveRole(p.Role) {
			p.Affiliation = parties[council].Name
		}
	}
}

// executiveRole reports whether a role is an office of a council's
// executive, not of its opposition.
func executiveRole(role string) bool {
	r := strings.ToLower(role)
	if strings.Contains(r, "opposition") {
		return false
	}
	for _, office := range councilExecutive {
		if strings.Contains(r, office) {
			return true
		}
	}
	return false
}

// councilExecutive are the offices of a council's executive.
var councilExecutive = []string{"cabinet member", "portfolio holder", "executive member", "lead member", "council leader",
	"leader of the council", "deputy leader of the council"}
