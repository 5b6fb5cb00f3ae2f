package archive

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// searchCorpus saves a small set of hand-written briefs and returns their
// IDs by name.
func searchCorpus(t *testing.T, a *Archive) map[string]string {
	t.Helper()
	mk := func(title, published, source string, tags []string, parties ...briefing.Party) *briefing.Brief {
		b := &briefing.Brief{Title: title, Tags: tags, Parties: parties,
			Source: briefing.Source{Text: source, Published: published}}
		b.Summary = []briefing.Item{{Text: strings.SplitAfter(source, ".")[0]}}
		return b
	}
	briefs := map[string]*briefing.Brief{
		"vaccine": mk("Morocco and China agree to partner in vaccine trials", "2020-08-31",
			"Morocco’s King Mohammed VI held a call with Xi Jinping. The two countries signed an agreement on COVID-19 vaccine trials.",
			[]string{"health"},
			briefing.Party{Name: "Mohammed VI", Kind: "person", Aliases: []string{"King Mohammed VI"}},
			briefing.Party{Name: "China National Biotec Group", Kind: "organisation", Aliases: []string{"CNBG"}}),
		"pipeline": mk("Kenya opens oil pipeline", "2021-03-15",
			"Kenya opened a pipeline to the coast. Officials said vaccinations of workers were complete. São Paulo investors attended.",
			[]string{"energy"},
			briefing.Party{Name: "Kenya", Kind: "country"}),
		"trade": mk("Chile signs trade pact", "2019-11-02",
			"Chile and Peru signed a trade pact after long talks. Morocco was mentioned once in the margins of the trade talks.",
			[]string{"trade", "Health"},
			briefing.Party{Name: "Chile", Kind: "country"}, briefing.Party{Name: "Peru", Kind: "country"}),
		"accents": mk("Côte d’Ivoire cocoa prices", "2022-06-01",
			"Côte d’Ivoire raised cocoa prices. The Ministère de l’Économie published figures.",
			nil, briefing.Party{Name: "Côte d’Ivoire", Kind: "country"}),
	}
	ids := map[string]string{}
	for _, name := range []string{"trade", "vaccine", "pipeline", "accents"} {
		ids[name] = mustSave(t, a, briefs[name])
	}
	return ids
}

func TestSearch(t *testing.T) {
	a := openTemp(t)
	ids := searchCorpus(t, a)
	tests := []struct {
		query string
		want  []string // names, in rank order
	}{
		{"vaccine", []string{"vaccine", "pipeline"}},             // title above source ("vaccinations" stems to vaccin)
		{"VACCINES", []string{"vaccine", "pipeline"}},            // case, plural
		{"vacc", []string{"vaccine", "pipeline"}},                // prefix
		{"vaccinati", []string{"vaccine", "pipeline"}},           // typed so far: longer than the stem "vaccin"
		{"morocco", []string{"vaccine", "trade"}},                // title+party above source only
		{"cnbg", []string{"vaccine"}},                            // alias
		{"sao paulo", []string{"pipeline"}},                      // accent folding
		{"cote divoire", nil},                                    // apostrophe splits the word: d ivoire
		{"cote ivoire", []string{"accents"}},                     // accent folding
		{"economie", []string{"accents"}},                        // folded in the source
		{`"signed a trade pact"`, []string{"trade"}},             // phrase with stop words
		{`"trade signed"`, nil},                                  // words present, phrase not
		{"trade tag:health", []string{"trade"}},                  // tag filter, other case
		{"tag:energy", []string{"pipeline"}},                     // filter only
		{"tag:\"health\" after:2020-01-01", []string{"vaccine"}}, // quoted tag, date
		{"before:2020-01-01", []string{"trade"}},
		{"after:2019-01-01 before:2022-01-01", []string{"pipeline", "vaccine", "trade"}}, // newest first
		{"morocco kenya", nil},                                                           // all words must match
		{"the of", nil},                                                                  // only stop words
		{"", nil},                                                                        // nothing asked
		{"agreement", []string{"vaccine"}},
		{"signing", []string{"trade"}}, // stem: sign (title "signs"); "signed" in vaccine stems to "sign" too
	}
	for _, tc := range tests {
		hits, err := a.Search(tc.query, 10)
		if err != nil {
			t.Errorf("%q: %v", tc.query, err)
			continue
		}
		var got []string
		for _, h := range hits {
			for name, id := range ids {
				if id == h.ID {
					got = append(got, name)
				}
			}
		}
		if tc.query == "signing" {
			// both contain sign*; the title match must rank first
			if len(got) == 0 || got[0] != "trade" {
				t.Errorf("%q = %v, want trade first", tc.query, got)
			}
			continue
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Search(%q) = %v, want %v", tc.query, got, tc.want)
		}
	}
}

func TestSearchSnippetAndErrors(t *testing.T) {
	a := openTemp(t)
	ids := searchCorpus(t, a)
	hits, err := a.Search("xi jinping", 5)
	if err != nil || len(hits) != 1 || hits[0].ID != ids["vaccine"] {
		t.Fatalf("hits %v, %v", hits, err)
	}
	if !strings.Contains(hits[0].Snippet, "Xi Jinping") || hits[0].Score <= 0 {
		t.Errorf("snippet %q score %v: want the matched sentence and a positive score", hits[0].Snippet, hits[0].Score)
	}
	hits, _ = a.Search(`"the coast"`, 5)
	if len(hits) != 1 || !strings.Contains(hits[0].Snippet, "the coast") {
		t.Errorf("phrase snippet: %+v", hits)
	}
	for _, q := range []string{"before:2020-13-01", "after:yesterday"} {
		if _, err := a.Search(q, 5); err == nil || !strings.Contains(err.Error(), "YYYY-MM-DD") {
			t.Errorf("%q: error %v, want a plain message about the date form", q, err)
		}
	}
	// Deleted briefs leave the index; updates replace their terms.
	if err := a.Delete(ids["pipeline"]); err != nil {
		t.Fatal(err)
	}
	if hits, _ := a.Search("kenya", 5); len(hits) != 0 {
		t.Errorf("deleted brief still found: %v", hits)
	}
	b, _ := a.Get(ids["trade"])
	b.Title = "Chile signs fisheries pact"
	b.Source.Text = "Chile and Peru signed a fisheries pact."
	mustSave(t, a, b)
	if hits, _ := a.Search("margins", 5); len(hits) != 0 {
		t.Errorf("old text still indexed: %v", hits)
	}
	if hits, _ := a.Search("fisheries", 5); len(hits) != 1 {
		t.Errorf("new text not indexed: %v", hits)
	}
}

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in   string
		want query
	}{
		{`Vaccine “King Mohammed” tag:"west africa" tag:Health before:2020-01-02 after:2019-12-31`,
			query{words: []string{"vaccine"}, phrases: [][]string{{"king", "mohammed"}},
				tags: []string{"west africa", "Health"}, before: "2020-01-02", after: "2019-12-31"}},
		{`Élysée-Palace "unclosed phrase`, query{words: []string{"elysee", "palace"}, phrases: [][]string{{"unclosed", "phrase"}}}},
		{`note:thing`, query{words: []string{"note", "thing"}}},
		{`WHO who IT-Ministry "The WHO"`, query{words: []string{"WHO", "who", "IT", "ministry"}, phrases: [][]string{{"the", "who"}}}},
	}
	for _, tc := range tests {
		got, err := parseQuery(tc.in)
		if err != nil {
			t.Fatalf("%q: %v", tc.in, err)
		}
		if !slices.Equal(got.words, tc.want.words) || !slices.EqualFunc(got.phrases, tc.want.phrases, slices.Equal) ||
			!slices.Equal(got.tags, tc.want.tags) || got.before != tc.want.before || got.after != tc.want.after {
			t.Errorf("parseQuery(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestWordMatch(t *testing.T) {
	tests := []struct {
		word    string
		prefix  bool
		yes, no []string
	}{
		{word: "vaccinati", prefix: true, yes: []string{"vaccin", "vaccinati", "vaccinatio"}, no: []string{"vacc", "vaccinato"}},
		{word: "vaccines", prefix: true, yes: []string{"vaccin", "vaccinate"}, no: []string{"vac"}},
		{word: "xi", prefix: true, yes: []string{"xi"}, no: []string{"xiamen"}},
		{word: "trade", prefix: false, yes: []string{"trade"}, no: []string{"trader", "trad"}},
		{word: "WHO", prefix: true, yes: []string{"WHO"}, no: []string{"who", "WHOM", "whose"}},
	}
	for _, tc := range tests {
		m, ok := newWordMatch(tc.word, tc.prefix)
		if !ok {
			t.Fatalf("%q not matched at all", tc.word)
		}
		for _, term := range tc.yes {
			if !m.matches(term) {
				t.Errorf("%q should match term %q (%+v)", tc.word, term, m)
			}
		}
		for _, term := range tc.no {
			if m.matches(term) {
				t.Errorf("%q should not match term %q (%+v)", tc.word, term, m)
			}
		}
	}
	if _, ok := newWordMatch("the", true); ok {
		t.Error("a stop word is matched")
	}
}

func TestTextFolding(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Côte d’Ivoire", "cote ivoir"},
		{"VACCINATIONS of the Ministère", "vaccin minister"},
		{"São Paulo 2020 x 7", "sao paulo 2020 7"},
		{"Ökonomie", "okonomi"},
	}
	for _, tc := range tests {
		if got := strings.Join(terms(tc.in), " "); got != tc.want {
			t.Errorf("terms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := clip("one two three four", 9); got != "one two…" {
		t.Errorf("clip = %q", got)
	}
}
