package archive

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Word lists for synthetic news: varied enough that 10,000 briefs share
// vocabulary the way real ones do without being copies.
var (
	genCountries = []string{"Morocco", "China", "Kenya", "Brazil", "Canada", "Japan", "Germany", "France",
		"Chile", "India", "Norway", "Egypt", "Mexico", "Peru", "Vietnam", "Ghana", "Türkiye", "Côte d’Ivoire",
		"Indonesia", "Australia", "Argentina", "Poland", "Senegal", "Colombia", "Sweden", "Nigeria"}
	genOrgs = []string{"World Health Organization", "European Union", "African Union", "World Bank",
		"International Monetary Fund", "United Nations", "ASEAN", "OPEC", "Red Cross", "Médecins Sans Frontières",
		"China National Biotec Group", "Ministry of Finance", "Central Bank", "Port Authority", "Energy Agency"}
	genPeople = []string{"Amina Diallo", "Lars Eriksen", "Mei Lin", "Carlos Ruiz", "Fatima Zahra", "Kenji Sato",
		"Olga Nowak", "Samuel Okoye", "Ana Souza", "Pierre Dubois", "Raj Patel", "Sofia Álvarez", "Tomás Reyes",
		"Hannah Weber", "Yusuf Demir", "Grace Mensah", "Ivan Petrov", "Leila Haddad", "Marco Rossi"}
	genTitles = []string{"President", "Prime Minister", "Minister of Health", "Finance Minister",
		"Foreign Minister", "Governor", "Chief Executive", "Ambassador", "Director-General", "King"}
	genVerbs = []string{"signed", "agreed", "pledged", "promised", "rejected", "proposed", "announced",
		"vowed", "plans", "intends", "refused", "committed", "welcomed", "criticised", "postponed"}
	genObjects = []string{"a trade agreement", "vaccine trials", "a loan of $2 billion", "a new pipeline",
		"climate targets", "a ceasefire", "fishing quotas", "a railway link", "debt relief", "port expansion",
		"solar power plants", "a water treaty", "tariff cuts", "a research partnership", "visa rules",
		"grain exports", "a security pact", "wheat subsidies", "an election timetable", "mining licences",
		"hospital funding", "drought relief", "a cyber-security framework", "satellite launches"}
	genCircs = []string{"after months of talks", "during a visit to the capital", "at a summit on Monday",
		"despite protests from farmers", "amid rising inflation", "in a joint statement", "on the sidelines of the forum",
		"following heavy floods", "ahead of next year’s election", "under pressure from lenders",
		"as prices of fuel climbed", "in a televised address", "after a phone call on Friday"}
	genBackground = []string{"The two countries established diplomatic relations in %d.",
		"A similar accord collapsed in %d after a dispute over payments.",
		"Since %d, bilateral trade has grown by %d percent.",
		"The project was first proposed in %d but stalled for lack of funding.",
		"In %d the government cut spending by %d percent.",
		"Officials first met to discuss the plan in %d."}
	genFiller = []string{"Analysts said the move could reshape the region’s economy.",
		"Critics warned that the costs had been underestimated.",
		"Markets reacted calmly to the news.", "Local officials welcomed the decision.",
		"The opposition called for a parliamentary debate.", "Details of the financing were not disclosed.",
		"Unions said they would study the text closely.", "The statement gave no timetable for the next steps.",
		"Residents interviewed by reporters were sceptical.", "Exporters expect the first shipments within weeks."}
)

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

// genBrief builds a varied, realistic brief: an article of 8–20 sentences
// and the sections a draft would hold, with spans into the article.
func genBrief(r *rand.Rand) *briefing.Brief {
	var text strings.Builder
	var sents []briefing.Span
	add := func(s string) briefing.Span {
		if text.Len() > 0 {
			text.WriteString(" ")
		}
		sp := briefing.Span{Start: text.Len(), End: text.Len() + len(s)}
		text.WriteString(s)
		sents = append(sents, sp)
		return sp
	}
	c1, c2 := pick(r, genCountries), pick(r, genCountries)
	person, title, org := pick(r, genPeople), pick(r, genTitles), pick(r, genOrgs)
	obj := pick(r, genObjects)
	verb := pick(r, genVerbs)
	b := &briefing.Brief{Schema: 1, Marking: pick(r, []string{"", "OFFICIAL", "RESTRICTED"}),
		Title: fmt.Sprintf("%s and %s %s %s", c1, c2, verb, obj)}
	lead := add(fmt.Sprintf("%s %s %s of %s %s %s with %s %s.", c1+"’s", title, person, c1, verb, obj, c2, pick(r, genCircs)))
	b.Summary = append(b.Summary, briefing.Item{Text: text.String()[lead.Start:lead.End], Spans: []briefing.Span{lead}})
	n := 8 + r.IntN(13)
	for i := 0; i < n; i++ {
		var s string
		switch r.IntN(4) {
		case 0:
			f := pick(r, genBackground)
			args := []any{1990 + r.IntN(34), 2 + r.IntN(60)}
			s = fmt.Sprintf(f, args[:strings.Count(f, "%d")]...)
			sp := add(s)
			b.Background = append(b.Background, briefing.Item{Text: s, When: fmt.Sprint(1990 + r.IntN(34)), Spans: []briefing.Span{sp}})
		case 1:
			s = fmt.Sprintf("The %s %s %s %s.", pick(r, genOrgs), pick(r, genVerbs), pick(r, genObjects), pick(r, genCircs))
			sp := add(s)
			b.Commitments = append(b.Commitments, briefing.Commitment{Actors: []string{org}, Verb: verb,
				Status: pick(r, briefing.Statuses), Action: obj, Text: s, Spans: []briefing.Span{sp}})
		case 2:
			s = fmt.Sprintf("%s %s said %s would cost about %d million dollars and employ %d people.",
				pick(r, genTitles), pick(r, genPeople), pick(r, genObjects), 10+r.IntN(900), 100+r.IntN(9000))
			sp := add(s)
			if len(b.Summary) < 4 {
				b.Summary = append(b.Summary, briefing.Item{Text: s, Spans: []briefing.Span{sp}})
			}
		default:
			add(pick(r, genFiller))
		}
	}
	b.Parties = []briefing.Party{
		{Name: c1, Kind: briefing.KindCountry, Aliases: []string{c1 + "n"}},
		{Name: c2, Kind: briefing.KindCountry},
		{Name: person, Kind: briefing.KindPerson, Role: title, Affiliation: c1, Aliases: []string{title + " " + person}},
		{Name: org, Kind: briefing.KindOrganisation},
	}
	b.Tags = []string{strings.ToLower(c1), pick(r, []string{"trade", "health", "energy", "security", "finance"})}
	b.Source = briefing.Source{Text: text.String(), Published: fmt.Sprintf("20%02d-%02d-%02d", 15+r.IntN(11), 1+r.IntN(12), 1+r.IntN(28)),
		Sentences: sents}
	b.Normalize()
	return b
}

// genBriefSeed is genBrief from a fixed seed.
func genBriefSeed(seed uint64) *briefing.Brief { return genBrief(rand.New(rand.NewPCG(seed, seed))) }
