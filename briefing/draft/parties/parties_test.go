package parties

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// draftDoc runs the stages the parties stage reads (sentences, parse) and
// the parties stage on src published on the given day.
func draftDoc(t testing.TB, src, published string) *document {
	t.Helper()
	d := &document{Document: drafttest.Doc(t, src, published)}
	d.Parties = findParties(d)
	return d
}

// partyField drafts text and returns field of the party called name;
// false, reported, when no party is called so.
func partyField(t *testing.T, text, published, name string, field func(briefing.Party) string) (string, bool) {
	t.Helper()
	d := draftDoc(t, text, published)
	p := findParty(d.Parties, name)
	if p == nil {
		t.Errorf("%q: %s missing from %v", text, name, names(d.Parties))
		return "", false
	}
	return field(*p), true
}

// partyAffiliation and partyRole read one field of a party.
func partyAffiliation(p briefing.Party) string { return p.Affiliation }
func partyRole(p briefing.Party) string        { return p.Role }

func findParty(ps []briefing.Party, name string) *briefing.Party {
	for i := range ps {
		if ps[i].Name == name {
			return &ps[i]
		}
	}
	return nil
}

// checkNoParties reports each of the names that the drafted parties hold,
// saying why none of them may be a party.
func checkNoParties(t *testing.T, ps []briefing.Party, why string, names ...string) {
	t.Helper()
	for _, name := range names {
		if p := findParty(ps, name); p != nil {
			t.Errorf("%q is a party (%s): %+v", name, why, p)
		}
	}
}

// TestPartiesYardstick checks the parties of the example article against
// the hand-made yardstick (shared/examples/morocco-china-call.expected.md).
func TestPartiesYardstick(t *testing.T) {
	text := drafttest.Example(t)
	d := draftDoc(t, text, "2020-08-31")
	want := []struct {
		name, kind, role, affil string
		aliases                 []string
	}{
		{"Mohammed VI", briefing.KindPerson, "King of Morocco", "Morocco", []string{"King Mohammed VI"}},
		{"Xi Jinping", briefing.KindPerson, "President of the People’s Republic of China", "China", []string{"Xi Xinping"}},
		{"Morocco", briefing.KindCountry, "", "", []string{"Moroccans", "Rabat"}},
		{"China", briefing.KindCountry, "", "", []string{"People’s Republic of China", "Chinese", "Beijing"}},
		{"China National Biotec Group Limited", briefing.KindOrganisation, "", "", []string{"CNBG"}},
		{"Khalid Ait", briefing.KindPerson, "Minister of Health", "Morocco", nil}, // from the dateline "Rabat –"
		{"Royal Cabinet", briefing.KindOrganisation, "", "", nil},
	}
	for _, w := range want {
		p := findParty(d.Parties, w.name)
		if p == nil {
			t.Errorf("party %q not found", w.name)
			continue
		}
		if p.Kind != w.kind || p.Role != w.role || p.Affiliation != w.affil {
			t.Errorf("%s: kind %q role %q affiliation %q, want %q %q %q", w.name, p.Kind, p.Role, p.Affiliation, w.kind, w.role, w.affil)
		}
		for _, a := range w.aliases {
			if !slices.Contains(p.Aliases, a) {
				t.Errorf("%s: alias %q missing from %q", w.name, a, p.Aliases)
			}
		}
		for _, m := range p.Mentions {
			if got := text[m.Start:m.End]; strings.TrimSpace(got) != got || got == "" {
				t.Errorf("%s: bad mention %q", w.name, got)
			}
		}
	}
	for _, p := range d.Parties {
		for _, bad := range []string{"COVID-19", "Monday", "Joint Declaration", "Strategic Partnership", "Rabat", "King", "Thousands", "Between", "After", "In"} {
			if p.Name == bad || strings.HasPrefix(p.Name, bad+" ") {
				t.Errorf("non-party listed: %q (%s)", p.Name, p.Kind)
			}
		}
	}
	if len(d.Parties) > 9 {
		t.Errorf("%d parties, want at most 9: %v", len(d.Parties), names(d.Parties))
	}
	if d.Parties[0].Name != "Morocco" && d.Parties[0].Name != "China" {
		t.Errorf("most salient party is %q", d.Parties[0].Name)
	}
	// Every Xi mention, misspelt or not, belongs to Xi Jinping.
	if p := findParty(d.Parties, "Xi Jinping"); p != nil && len(p.Mentions) != 3 {
		t.Errorf("Xi Jinping has %d mentions, want 3", len(p.Mentions))
	}
}

func names(ps []briefing.Party) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name+"/"+p.Kind)
	}
	return out
}

func TestPartiesCues(t *testing.T) {
	for _, tc := range []struct {
		text, name, kind, role, affil string
	}{
		{"U.S. Secretary of State Antony J. Blinken met reporters in Cairo.", "Antony J. Blinken", briefing.KindPerson, "Secretary of State", "United States"},
		{"Chinese President Xi Jinping spoke by phone.", "Xi Jinping", briefing.KindPerson, "President of China", "China"},
		{"The budget was backed by Councilmembers Marcus Bell, Sung-min Park and Tom Brennan.", "Sung-min Park", briefing.KindPerson, "Councilmember", ""},
		{"Senators Ann Lee and Tom Reyes voted against the bill.", "Ann Lee", briefing.KindPerson, "Senator", ""},
		{"The union's Divisional Organiser Niamh Corcoran said members would strike.", "Niamh Corcoran", briefing.KindPerson, "Divisional Organiser", ""},
		{"Pindara Minerals Limited agreed the merger. Pindara Chair Robert Okafor will chair the new board.", "Robert Okafor", briefing.KindPerson, "Chair", "Pindara Minerals Limited"},
		{"The City of Grand Rapids will close the pool. City Manager Derek Osei said it was costly.", "Derek Osei", briefing.KindPerson, "City Manager", ""},
		{"Senators Ann Lee and Tom Reyes voted against the bill.", "Tom Reyes", briefing.KindPerson, "Senator", ""},
		{"Foreign Ministers Ivo Tesar and Marta Quintal signed the agreement.", "Ivo Tesar", briefing.KindPerson, "Foreign Minister", ""},
		{"Foreign Ministers Ivo Tesar and Marta Quintal signed the agreement.", "Marta Quintal", briefing.KindPerson, "Foreign Minister", ""},
		{"Council members Angela Ruiz and Tom Becker voted against the budget.", "Tom Becker", briefing.KindPerson, "Council member", ""},
		{"The rate was held after external members Hana Dvorak and Pietro Sala voted against a cut.", "Pietro Sala", briefing.KindPerson, "external member", ""},
		{"Shares of Acme Widgets Inc. rose on Tuesday.", "Acme Widgets Inc.", briefing.KindOrganisation, "", ""},
		{"The talks were held in Sochi on Monday. Sochi welcomed the delegates.", "Sochi", briefing.KindPlace, "", ""},
		{"Dara Whitcombe took four wickets. Whitcombe said he was pleased.", "Dara Whitcombe", briefing.KindPerson, "", ""},
		{"The Asian Development Bank (ADB) lent more. The ADB said so.", "Asian Development Bank", briefing.KindOrganisation, "", ""},
		{"The World Health Organization warned of a second wave.", "World Health Organization", briefing.KindOrganisation, "", ""},
		{"Dr. Amina Yusuf said the clinic would reopen.", "Amina Yusuf", briefing.KindPerson, "", ""},
		{"Talks resume.\nBRESKOV 2019-04-11\nThe talks went on.", "BRESKOV", briefing.KindPlace, "", ""},
		{"Talks resume.\nTARTU, Estonia 2019-04-11\nThe talks went on.", "TARTU", briefing.KindPlace, "", ""},
		{"Golf results.\nSEATTLE, Washington 2019-04-10\nThe players teed off.", "Seattle", briefing.KindPlace, "", ""},
		{"Quebec-based Larkspur Holdings Inc rose.", "Larkspur Holdings Inc", briefing.KindOrganisation, "", ""},
		{"Republican Ruth Calloway spoke in Ohio.", "Ruth Calloway", briefing.KindPerson, "", ""},
		{"Prime Minister Han Ji-woo met reporters.", "Han Ji-woo", briefing.KindPerson, "Prime Minister", ""},
		{"Markets waited for the Federal Open Market Committee to meet.", "Federal Open Market Committee", briefing.KindOrganisation, "", ""},
		{"The North Atlantic Treaty Organisation's spokesman gave no details.", "North Atlantic Treaty Organization", briefing.KindOrganisation, "", ""},
		{"Shares of Fontana Tessile SpA rose 3 percent.", "Fontana Tessile SpA", briefing.KindOrganisation, "", ""},
		{"Shares of Barlow & Finch rose.", "Barlow & Finch", briefing.KindOrganisation, "", ""},
		{"The Portland Herons beat the Yankees.", "Portland Herons", briefing.KindOrganisation, "", ""},
		{"Results on Sunday:\nDerby 3 Norwich 1\nPostponed: Denver v Dallas", "Norwich", briefing.KindOrganisation, "", ""},
		{"Results on Sunday:\nDerby 3 Norwich 1\nPostponed: Denver v Dallas", "Denver", briefing.KindOrganisation, "", ""},
		{"Monday's schedule.\nDENVER AT SEATTLE\nThe games start at noon.", "DENVER", briefing.KindOrganisation, "", ""},
		{"Monday's schedule.\nDENVER AT DALLAS\nThe games start at noon.", "Dallas", briefing.KindPlace, "", ""},
		{"Leading scores:\n284 Owen Marchetti 70 72 71 71\nThe round ended.", "Owen Marchetti", briefing.KindPerson, "", ""},
		{"Agriculture Secretary Lena Brightwater said prices would fall.", "Lena Brightwater", briefing.KindPerson, "Agriculture Secretary", ""},
		{"The State Department gave no reason.", "State Department", briefing.KindOrganisation, "", ""},
		{"Belgium named Pieter Van Damsteeg in the squad.", "Pieter Van Damsteeg", briefing.KindPerson, "", ""},
		{"The Belgian king Leopold III surrendered in 1940.", "Leopold III", briefing.KindPerson, "king of Belgium", "Belgium"},
		{"Wales picked Pryce, Hollis and McBride.", "McBride", briefing.KindPerson, "", ""},
		{"The magazine Der Spiegel was sued by the minister.", "Der Spiegel", briefing.KindOrganisation, "", ""},
		{"The plant is in Fresno, Calif. It opened in May.", "California", briefing.KindPlace, "", ""},
		{"The Institute for Fiscal Studies said so.", "Institute for Fiscal Studies", briefing.KindOrganisation, "", ""},
		{"The Committee for Fair Trade complained.", "Committee for Fair Trade", briefing.KindOrganisation, "", ""},
		{"Ambassador Greta Lindqvist of Germany spoke.", "Greta Lindqvist", briefing.KindPerson, "Ambassador", ""},
		{"Shares of Hanseong Motor Corp of South Korea rose.", "Hanseong Motor Corp", briefing.KindOrganisation, "", ""},
		{"Shares of Hanseong Motor Corp of South Korea rose.", "South Korea", briefing.KindCountry, "", ""},
		{"He sent a letter to Avner Tzadok last week.", "Avner Tzadok", briefing.KindPerson, "", ""},
		{"Talks with N. Korea stalled.", "North Korea", briefing.KindCountry, "", ""},
		{"Wales: Huw Pryce, Hollis, Prosser, Whitlow.", "Whitlow", briefing.KindPerson, "", ""},
		{"The squad: Rory O'Hare, Sunderland forward Cian Doyle.", "Sunderland", briefing.KindOrganisation, "", ""},
		{"In 1558 Elizabeth I became queen.", "Elizabeth I", briefing.KindPerson, "", ""},
		{"The Kansas City Comets beat the Giants.", "Kansas City Comets", briefing.KindOrganisation, "", ""},
		{"Shares of General Motors fell.", "General Motors", briefing.KindOrganisation, "", ""},
		{"The youngster Callum Ashby shot 67. Ashby said he was happy.", "Callum Ashby", briefing.KindPerson, "", ""},
		{"The League of Rural Voters organised the debate.", "League of Rural Voters", briefing.KindOrganisation, "", ""},
		{"Spanish side Deportivo Almeria drew at home.", "Deportivo Almeria", briefing.KindOrganisation, "", ""},
		{"Marcus Delaney fights on. The fans of American Delaney cheered.", "Marcus Delaney", briefing.KindPerson, "", "United States"},
		{"The stage went to Voronkova on Sunday.", "Voronkova", briefing.KindPerson, "", ""},
		{"The striker joined Newcastle for a record fee.", "Newcastle", briefing.KindOrganisation, "", ""},
		{"Lucia Ng beat her rival in Toronto.", "Lucia Ng", briefing.KindPerson, "", ""},
		{"CHOIR TO TOUR ROME IN MAY.\nThe tour was confirmed on Friday.", "ROME", briefing.KindPlace, "", ""},
	} {
		d := draftDoc(t, tc.text, "2021-01-01")
		p := findParty(d.Parties, tc.name)
		if p == nil {
			t.Errorf("%q: party %q not found in %v", tc.text, tc.name, names(d.Parties))
			continue
		}
		if p.Kind != tc.kind || p.Role != tc.role || p.Affiliation != tc.affil {
			t.Errorf("%q: %s is %q role %q affiliation %q, want %q %q %q", tc.text, tc.name, p.Kind, p.Role, p.Affiliation, tc.kind, tc.role, tc.affil)
		}
	}
}

// TestPartiesNotParties checks that words describing parties (peoples,
// faiths, camps, compound adjectives) are not listed as parties.
func TestPartiesNotParties(t *testing.T) {
	for _, tc := range []struct{ text, bad string }{
		{"Moslem villagers rebuilt the mosque.", "Moslem"},
		{"The Chechens held a festival.", "Chechens"},
		{"Iraqi Kurds voted in large numbers.", "Iraqi Kurds"},
		{"Support among Republicans in Congress fell.", "Republicans"},
		{"The Hong Kong-listed company rose.", "Hong Kong-listed"},
		{"The Hong Kong-listed company rose.", "Hong"},
		{"Democratic Governor Hale spoke.", "Democratic Governor Hale"},
		{"He met Democratic Governor Hale.", "Democratic Governor Hale"},
		{"He won the Asian Tour event and the Welsh Open.", "Asian Tour"},
		{"His novels include \"The Harbour\" and \"Silent Orchards\".", "Silent Orchards"},
		{"His novels include \"The Harbour\" and \"Silent Orchards\".", "Harbour"},
		{"Tour itinerary:\nJune 2 Arrive in Cardiff\nJune 3 Practice at the Oval", "Practice"},
		{"The index M3 rose while F-16 jets flew over.", "M3"},
		{"Falcons for the Northern League lost.", "Falcons for the Northern League"},
		{"ISSUER: Town of Ferndale\nDATE: April 11", "DATE"},
		{"Ex-Yankee Tomas Ribera homered.", "Ex-Yankee Tomas Ribera"},
		{"She leads the American League in stolen bases.", "American League"},
		{"Users share files over P2P networks.", "P2P"},
		{"North American and Southeast Asian buyers waited.", "North American"},
		{"North American and Southeast Asian buyers waited.", "Southeast Asian"},
		{"North American and Southeast Asian buyers waited.", "United States"},
		{"Norway 3, Chile 1 (halftime 1-1) Scorers: Eirik Dahl (52nd).", "Scorers"},
		{"The index M3 rose while F-16 jets flew over.", "F-16"},
		{"He won the Asian Tour event and the Welsh Open.", "Welsh Open"},
	} {
		d := draftDoc(t, tc.text, "2021-01-01")
		if findParty(d.Parties, tc.bad) != nil {
			t.Errorf("%q: %q listed as a party: %v", tc.text, tc.bad, names(d.Parties))
		}
	}
}

// TestPartiesRepeatedOrdinaryWord checks that an ordinary word with no cue
// is kept once the text names it often enough.
func TestPartiesRepeatedOrdinaryWord(t *testing.T) {
	d := draftDoc(t, "Fans of Arsenal waited. Managers at Arsenal said little. A deal for Arsenal is near.", "2021-01-01")
	if findParty(d.Parties, "Arsenal") == nil {
		t.Errorf("Arsenal missing: %v", names(d.Parties))
	}
	d = draftDoc(t, "Tour itinerary:\nJune 2 Arrive in Cardiff\nJune 3 Nets at the Oval", "2021-01-01")
	if findParty(d.Parties, "Arrive") != nil {
		t.Errorf("Arrive listed: %v", names(d.Parties))
	}
}

// TestPartyAliasWithoutPeriod checks that a company name ending a sentence
// with its abbreviation is also known without the period.
func TestPartyAliasWithoutPeriod(t *testing.T) {
	d := draftDoc(t, "Shares rose at Brennan Corp. The market was calm.", "2021-01-01")
	p := findParty(d.Parties, "Brennan Corp.")
	if p == nil || !slices.Contains(p.Aliases, "Brennan Corp") {
		t.Errorf("Brennan Corp.: %v", names(d.Parties))
	}
}

// TestPartyAliasWithoutSuffix checks that "Jr" may be left out of a name.
func TestPartyAliasWithoutSuffix(t *testing.T) {
	d := draftDoc(t, "The driver Wade Colter Jr won the race in Ohio.", "2021-01-01")
	p := findParty(d.Parties, "Wade Colter Jr")
	if p == nil || !slices.Contains(p.Aliases, "Wade Colter") {
		t.Errorf("Wade Colter Jr: %v", names(d.Parties))
	}
}

func TestPartyHelpers(t *testing.T) {
	text := drafttest.Example(t)
	d := draftDoc(t, text, "2020-08-31")
	i := strings.Index(text, "King Mohammed VI held")
	name, ok := partyAt(d, briefing.Span{Start: i, End: i + len("King Mohammed VI")})
	if !ok || name != "Mohammed VI" {
		t.Errorf("partyAt = %q %v, want Mohammed VI", name, ok)
	}
	if _, ok := partyAt(d, briefing.Span{Start: 0, End: 3}); ok {
		t.Error("partyAt found a party in \"The\"")
	}
	if n, ok := partyNamed(d, "cnbg"); !ok || n != "China National Biotec Group Limited" {
		t.Errorf("partyNamed(cnbg) = %q %v", n, ok)
	}
	s := d.Sentences[1]
	got := partiesIn(d, s)
	if !slices.Equal(got, []string{"Morocco", "Mohammed VI", "Xi Jinping", "China"}) {
		t.Errorf("partiesIn(sentence 2) = %q", got)
	}
}

func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Xi Jinping", "Xi Xinping", true}, {"Smith", "Smyth", true}, {"Jon", "John", true},
		{"Smith", "Smith", false}, {"Smith", "Jones", false}, {"abc", "abcde", false},
		{"Barrionuevo", "Barrioneuvo", true}, {"abcd", "badc", false},
	} {
		if got := oneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

func TestPartiesMerge(t *testing.T) {
	for _, tc := range []struct {
		construction, text, name string
		aliases                  []string
		mentions                 int
	}{
		{"title and given name alone", "Xi Jinping spoke. Later President Xi met the press.", "Xi Jinping", []string{"President Xi"}, 2},
		{"acronym defined in brackets", "The International Widget Council (IWC) met. The IWC agreed.", "International Widget Council", []string{"IWC"}, 2},
		{"surname alone", "Jacinda Ardern spoke. Ardern said more.", "Jacinda Ardern", []string{"Ardern"}, 2},
		{"capital for its country", "Talks between Rabat and Madrid went on. Morocco and Spain agreed.", "Morocco", []string{"Rabat"}, 2},
		{"demonym with its country", "Chinese officials spoke. China agreed.", "China", []string{"Chinese"}, 2},
		{"given name alone after the full name", "Asked about striker Tomas Vella, the coach said: \"Tomas stays.\" Tomas trained alone.", "Tomas Vella", []string{"Tomas"}, 3},
		{"a firm's first word read as a place but given a possession", "Corvane Pharma recalled its tablets. Shares in Corvane fell 6%. Corvane's chief executive apologised.", "Corvane Pharma", []string{"Corvane"}, 3},
		{"family name written first, then alone", "The statement was read by Prime Minister Sorn Vannak. Sorn said talks would go on.", "Sorn Vannak", []string{"Sorn"}, 2},
	} {
		d := draftDoc(t, tc.text, "2021-01-01")
		p := findParty(d.Parties, tc.name)
		if p == nil {
			t.Errorf("%s: %q not found in %v", tc.construction, tc.name, names(d.Parties))
			continue
		}
		for _, a := range tc.aliases {
			if !slices.Contains(p.Aliases, a) {
				t.Errorf("%s: alias %q missing from %q", tc.construction, a, p.Aliases)
			}
		}
		if len(p.Mentions) != tc.mentions {
			t.Errorf("%s: %d mentions, want %d", tc.construction, len(p.Mentions), tc.mentions)
		}
	}
	// A given name two people share shortens neither.
	d := draftDoc(t, "Tomas Vella and Tomas Grech signed. Tomas said he was happy.", "2021-01-01")
	for _, name := range []string{"Tomas Vella", "Tomas Grech"} {
		if p := findParty(d.Parties, name); p == nil || slices.Contains(p.Aliases, "Tomas") {
			t.Errorf("shared given name: %s in %v", name, names(d.Parties))
		}
	}
	// A town a body is named after stays apart from the body when nothing
	// in the text makes the town's name a possessor.
	d = draftDoc(t, "Tarrow Together said the camp was unsafe. Ministers moved 200 men to the site at Tarrow.", "2021-01-01")
	if p := findParty(d.Parties, "Tarrow Together"); p == nil || slices.Contains(p.Aliases, "Tarrow") {
		t.Errorf("town merged into the body named after it: %v", names(d.Parties))
	}
	// A capital whose country is not named is a place; a demonym alone is no party.
	d = draftDoc(t, "Officials met in Beijing. The storm hit Beijing. Chinese diplomats attended.", "2021-01-01")
	if p := findParty(d.Parties, "Beijing"); p == nil || p.Kind != briefing.KindPlace {
		t.Errorf("Beijing alone: %v", names(d.Parties))
	}
	if findParty(d.Parties, "China") != nil {
		t.Errorf("China listed from a demonym alone: %v", names(d.Parties))
	}
	// A capital that acts, in a text naming only its people, is its state;
	// one owning a city's office is the city.
	d = draftDoc(t, "German Chancellor Markus Weber says Berlin is ready to take 10,000 asylum seekers. Berlin's mayor, Kai Wegner, said the city would help.", "2021-01-01")
	if p := findParty(d.Parties, "Germany"); p == nil || !slices.Contains(p.Aliases, "Berlin") {
		t.Errorf("acting capital not its state: %v", names(d.Parties))
	}
	if p := findParty(d.Parties, "Berlin"); p == nil || p.Kind != briefing.KindPlace {
		t.Errorf("capital owning a mayor not the city: %v", names(d.Parties))
	}
}

func TestInitialsMatch(t *testing.T) {
	for _, tc := range []struct {
		acr, name string
		want      bool
	}{
		{"CNBG", "China National Biotec Group Limited", true},
		{"OSCE", "Organisation for Security and Cooperation in Europe", true},
		{"WHO", "World Health Organization", true},
		{"JAXA", "Japan Aerospace Exploration Agency", true},
		{"BAC", "Bank of America", false},
		{"ABC", "Morocco", false},
		{"XYZ", "China National Biotec Group", false},
	} {
		if got := initialsMatch(tc.acr, tc.name); got != tc.want {
			t.Errorf("initialsMatch(%q, %q) = %v", tc.acr, tc.name, got)
		}
	}
}
