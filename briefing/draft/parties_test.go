package draft

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// draftDoc runs the stages up to figures on text, as Draft does.
func draftDoc(t testing.TB, text, published string) *document {
	t.Helper()
	day, err := time.Parse("2006-01-02", published)
	if err != nil {
		t.Fatal(err)
	}
	d := &document{text: text, published: day}
	d.sentences = segment(text)
	d.parties = findParties(d)
	d.dates = findDates(d)
	d.figures = findFigures(d)
	return d
}

func readExample(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile("../../testdata/morocco-china-call.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func findParty(ps []briefing.Party, name string) *briefing.Party {
	for i := range ps {
		if ps[i].Name == name {
			return &ps[i]
		}
	}
	return nil
}

// TestPartiesYardstick checks the parties of the example article against
// the hand-made yardstick (shared/examples/morocco-china-call.expected.md).
func TestPartiesYardstick(t *testing.T) {
	text := readExample(t)
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
		p := findParty(d.parties, w.name)
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
	for _, p := range d.parties {
		for _, bad := range []string{"COVID-19", "Monday", "Joint Declaration", "Strategic Partnership", "Rabat", "King", "Thousands", "Between", "After", "In"} {
			if p.Name == bad || strings.HasPrefix(p.Name, bad+" ") {
				t.Errorf("non-party listed: %q (%s)", p.Name, p.Kind)
			}
		}
	}
	if len(d.parties) > 9 {
		t.Errorf("%d parties, want at most 9: %v", len(d.parties), names(d.parties))
	}
	if d.parties[0].Name != "Morocco" && d.parties[0].Name != "China" {
		t.Errorf("most salient party is %q", d.parties[0].Name)
	}
	// Every Xi mention, misspelt or not, belongs to Xi Jinping.
	if p := findParty(d.parties, "Xi Jinping"); p != nil && len(p.Mentions) != 3 {
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
		{"Shares of Acme Widgets Inc. rose on Tuesday.", "Acme Widgets Inc.", briefing.KindOrganisation, "", ""},
		{"The talks were held in Sochi on Monday.", "Sochi", briefing.KindPlace, "", ""},
		{"Phil Simmons took four wickets. Simmons said he was pleased.", "Phil Simmons", briefing.KindPerson, "", ""},
		{"The Asian Development Bank (ADB) lent more. The ADB said so.", "Asian Development Bank", briefing.KindOrganisation, "", ""},
		{"The World Health Organization warned of a second wave.", "World Health Organization", briefing.KindOrganisation, "", ""},
		{"Dr. Amina Yusuf said the clinic would reopen.", "Amina Yusuf", briefing.KindPerson, "Dr.", ""},
		{"Talks resume.\nBONN 1996-08-30\nThe talks went on.", "BONN", briefing.KindPlace, "", ""},
		{"Talks resume.\nKHASAVYURT, Russia 1996-08-30\nThe talks went on.", "KHASAVYURT", briefing.KindPlace, "", ""},
		{"Golf results.\nMILWAUKEE, Wisconsin 1996-08-29\nThe players teed off.", "Milwaukee", briefing.KindPlace, "", ""},
		{"Ontario-based Magna International Inc rose.", "Magna International Inc", briefing.KindOrganisation, "", ""},
		{"Republican Bob Dole spoke in Ohio.", "Bob Dole", briefing.KindPerson, "", ""},
		{"Prime Minister Kang Young-hoon met reporters.", "Kang Young-hoon", briefing.KindPerson, "Prime Minister", ""},
		{"Markets waited for the Federal Open Market Committee to meet.", "Federal Open Market Committee", briefing.KindOrganisation, "", ""},
		{"The North Atlantic Treaty Organisation's spokesman declined comment.", "North Atlantic Treaty Organization", briefing.KindOrganisation, "", ""},
		{"Shares of Pirelli SpA rose 3 percent.", "Pirelli SpA", briefing.KindOrganisation, "", ""},
		{"Shares of Douglas & Lomason rose.", "Douglas & Lomason", briefing.KindOrganisation, "", ""},
		{"The Baltimore Orioles beat the Yankees.", "Baltimore Orioles", briefing.KindOrganisation, "", ""},
		{"Results on Saturday:\nLeeds 2 Birmingham 1\nPostponed: Boston v Chicago", "Birmingham", briefing.KindOrganisation, "", ""},
		{"Results on Saturday:\nLeeds 2 Birmingham 1\nPostponed: Boston v Chicago", "Boston", briefing.KindOrganisation, "", ""},
		{"Friday's schedule.\nBOSTON AT OAKLAND\nThe games start at noon.", "BOSTON", briefing.KindOrganisation, "", ""},
		{"Friday's schedule.\nBOSTON AT CHICAGO\nThe games start at noon.", "Chicago", briefing.KindPlace, "", ""},
		{"Leading scores:\n292 Iain Pyman 71 75 75 71\nThe round ended.", "Iain Pyman", briefing.KindPerson, "", ""},
		{"Agriculture Secretary Dan Glickman said prices would fall.", "Dan Glickman", briefing.KindPerson, "Agriculture Secretary", ""},
		{"The State Department refused to comment.", "State Department", briefing.KindOrganisation, "", ""},
		{"Belgium named Nico Van Kerckhoven in the squad.", "Nico Van Kerckhoven", briefing.KindPerson, "", ""},
		{"The Belgian king Leopold III surrendered in 1940.", "Leopold III", briefing.KindPerson, "", ""},
		{"Ireland picked Given, Irwin and McAteer.", "McAteer", briefing.KindPerson, "", ""},
		{"The magazine Der Spiegel reported it.", "Der Spiegel", briefing.KindOrganisation, "", ""},
		{"The plant is in Irvine, Calif. It opened in May.", "California", briefing.KindPlace, "", ""},
		{"The Institute for Fiscal Studies said so.", "Institute for Fiscal Studies", briefing.KindOrganisation, "", ""},
		{"The Committee for Fair Trade complained.", "Committee for Fair Trade", briefing.KindOrganisation, "", ""},
		{"Ambassador Tono Eitel of Germany spoke.", "Tono Eitel", briefing.KindPerson, "Ambassador", ""},
		{"Shares of Kia Motor Corp of South Korea rose.", "Kia Motor Corp", briefing.KindOrganisation, "", ""},
		{"Shares of Kia Motor Corp of South Korea rose.", "South Korea", briefing.KindCountry, "", ""},
		{"He sent a letter to Yitzak Shamir last week.", "Yitzak Shamir", briefing.KindPerson, "", ""},
		{"Talks with N. Korea stalled.", "North Korea", briefing.KindCountry, "", ""},
		{"Ireland: Alan Kelly, Irwin, Staunton, Townsend.", "Townsend", briefing.KindPerson, "", ""},
		{"The squad: Keith O'Neill, Sunderland forward Niall Quinn.", "Sunderland", briefing.KindOrganisation, "", ""},
		{"In 1558 Elizabeth I became queen.", "Elizabeth I", briefing.KindPerson, "", ""},
		{"The San Diego Padres beat the Giants.", "San Diego Padres", briefing.KindOrganisation, "", ""},
		{"Shares of General Motors fell.", "General Motors", briefing.KindOrganisation, "", ""},
		{"The youngster Tiger Woods shot 67. Woods said he was happy.", "Tiger Woods", briefing.KindPerson, "", ""},
		{"The League of Women Voters organised the debate.", "League of Women Voters", briefing.KindOrganisation, "", ""},
		{"Spanish side Deportivo Coruna drew at home.", "Deportivo Coruna", briefing.KindOrganisation, "", ""},
		{"Mike Tyson fights on. The fans of American Tyson cheered.", "Mike Tyson", briefing.KindPerson, "", "United States"},
		{"The stage went to Samokhvalova on Sunday.", "Samokhvalova", briefing.KindPerson, "", ""},
		{"The striker joined Newcastle for 15 million pounds.", "Newcastle", briefing.KindOrganisation, "", ""},
		{"Kimberly Po beat her rival in Toronto.", "Kimberly Po", briefing.KindPerson, "", ""},
		{"POPE TO VISIT ROME IN MAY.\nThe visit was confirmed on Friday.", "ROME", briefing.KindPlace, "", ""},
	} {
		d := draftDoc(t, tc.text, "2021-01-01")
		p := findParty(d.parties, tc.name)
		if p == nil {
			t.Errorf("%q: party %q not found in %v", tc.text, tc.name, names(d.parties))
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
		{"Moslem rebels attacked the town.", "Moslem"},
		{"The Chechens said they would fight on.", "Chechens"},
		{"Iraqi Kurds fled across the border.", "Iraqi Kurds"},
		{"Republicans in Congress objected.", "Republicans"},
		{"The Hong Kong-listed company rose.", "Hong Kong-listed"},
		{"The Hong Kong-listed company rose.", "Hong"},
		{"Democratic President Clinton spoke.", "Democratic President Clinton"},
		{"He met Democratic President Clinton.", "Democratic President Clinton"},
		{"He won the PGA Tour event and the British Masters.", "PGA Tour"},
		{"His novels include \"The Collapse\" and \"Sleeping Bread\".", "Sleeping Bread"},
		{"His novels include \"The Collapse\" and \"Sleeping Bread\".", "Collapse"},
		{"Tour itinerary:\nMay 13 Arrive in London\nMay 14 Practice at Lord's", "Practice"},
		{"The index M3 rose while F-16 jets flew over.", "M3"},
		{"Cardinals for the National League lost.", "Cardinals for the National League"},
		{"ISSUER: City of Bay\nDATE: August 30", "DATE"},
		{"Ex-Yankee Randy Velarde homered.", "Ex-Yankee Randy Velarde"},
		{"He leads the American League in home runs.", "American League"},
		{"Users share files over P2P networks.", "P2P"},
		{"North American and Southeast Asian buyers waited.", "North American"},
		{"North American and Southeast Asian buyers waited.", "Southeast Asian"},
		{"North American and Southeast Asian buyers waited.", "United States"},
		{"Israel 2, Bulgaria 0 (halftime 0-0) Scorers: Haim Hajaj (47th).", "Scorers"},
		{"The index M3 rose while F-16 jets flew over.", "F-16"},
		{"He won the PGA Tour event and the British Masters.", "British Masters"},
	} {
		d := draftDoc(t, tc.text, "2021-01-01")
		if findParty(d.parties, tc.bad) != nil {
			t.Errorf("%q: %q listed as a party: %v", tc.text, tc.bad, names(d.parties))
		}
	}
}

// TestPartiesRepeatedOrdinaryWord checks that an ordinary word with no cue
// is kept once the text names it often enough.
func TestPartiesRepeatedOrdinaryWord(t *testing.T) {
	d := draftDoc(t, "Fans of Arsenal waited. Managers at Arsenal said little. A deal for Arsenal is near.", "2021-01-01")
	if findParty(d.parties, "Arsenal") == nil {
		t.Errorf("Arsenal missing: %v", names(d.parties))
	}
	d = draftDoc(t, "Tour itinerary:\nMay 13 Arrive in London\nMay 14 Nets at Lord's", "2021-01-01")
	if findParty(d.parties, "Arrive") != nil {
		t.Errorf("Arrive listed: %v", names(d.parties))
	}
}

// TestPartyAliasWithoutPeriod checks that a company name ending a sentence
// with its abbreviation is also known without the period.
func TestPartyAliasWithoutPeriod(t *testing.T) {
	d := draftDoc(t, "Shares rose at Lear Corp. The market was calm.", "2021-01-01")
	p := findParty(d.parties, "Lear Corp.")
	if p == nil || !slices.Contains(p.Aliases, "Lear Corp") {
		t.Errorf("Lear Corp.: %v", names(d.parties))
	}
}

// TestPartyAliasWithoutSuffix checks that "Jr" may be left out of a name.
func TestPartyAliasWithoutSuffix(t *testing.T) {
	d := draftDoc(t, "The driver Al Unser Jr won the race in Ohio.", "2021-01-01")
	p := findParty(d.parties, "Al Unser Jr")
	if p == nil || !slices.Contains(p.Aliases, "Al Unser") {
		t.Errorf("Al Unser Jr: %v", names(d.parties))
	}
}

func TestPartyHelpers(t *testing.T) {
	text := readExample(t)
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
	s := d.sentences[1]
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
	} {
		if got := oneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

func TestPartiesMerge(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		aliases    []string
		mentions   int
	}{
		{"Xi Jinping spoke. Later President Xi met the press.", "Xi Jinping", []string{"President Xi"}, 2},
		{"The International Widget Council (IWC) met. The IWC agreed.", "International Widget Council", []string{"IWC"}, 2},
		{"Jacinda Ardern spoke. Ardern said more.", "Jacinda Ardern", []string{"Ardern"}, 2},
		{"Talks between Rabat and Madrid went on. Morocco and Spain agreed.", "Morocco", []string{"Rabat"}, 2},
		{"Chinese officials spoke. China agreed.", "China", []string{"Chinese"}, 2},
	} {
		d := draftDoc(t, tc.text, "2021-01-01")
		p := findParty(d.parties, tc.name)
		if p == nil {
			t.Errorf("%q: %q not found in %v", tc.text, tc.name, names(d.parties))
			continue
		}
		for _, a := range tc.aliases {
			if !slices.Contains(p.Aliases, a) {
				t.Errorf("%q: alias %q missing from %q", tc.text, a, p.Aliases)
			}
		}
		if len(p.Mentions) != tc.mentions {
			t.Errorf("%q: %d mentions, want %d", tc.text, len(p.Mentions), tc.mentions)
		}
	}
	// A capital whose country is not named is a place; a demonym alone is no party.
	d := draftDoc(t, "Officials met in Beijing. Chinese diplomats attended.", "2021-01-01")
	if p := findParty(d.parties, "Beijing"); p == nil || p.Kind != briefing.KindPlace {
		t.Errorf("Beijing alone: %v", names(d.parties))
	}
	if findParty(d.parties, "China") != nil {
		t.Errorf("China listed from a demonym alone: %v", names(d.parties))
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
		{"ABC", "Morocco", false},
		{"XYZ", "China National Biotec Group", false},
	} {
		if got := initialsMatch(tc.acr, tc.name); got != tc.want {
			t.Errorf("initialsMatch(%q, %q) = %v", tc.acr, tc.name, got)
		}
	}
}
