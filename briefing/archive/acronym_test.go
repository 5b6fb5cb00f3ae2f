package archive

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// acronymCorpus saves briefs naming organisations whose acronyms are also
// stop words, and one using the same words in lower case, and returns
// their IDs by name.
func acronymCorpus(t *testing.T, a *Archive) map[string]string {
	t.Helper()
	briefs := map[string]*briefing.Brief{
		"who-title": {Title: "WHO approves a malaria vaccine",
			Source: briefing.Source{Text: "The World Health Organization approved the vaccine on Monday."}},
		"who-source": {Title: "Ghana starts malaria campaign",
			Source: briefing.Source{Text: "Ghana will use the vaccine the WHO approved. Officials said it was ready."}},
		"us-party": {Title: "Canada and Mexico discuss tariffs",
			Parties: []briefing.Party{{Name: "United States", Kind: "country", Aliases: []string{"US"}}},
			Source:  briefing.Source{Text: "Canada and Mexico met over tariffs set by Washington."}},
		"it-source": {Title: "Kenya hires engineers",
			Source: briefing.Source{Text: "The ministry's IT department will hire 300 engineers; IT spending doubles."}},
		"and-party": {Title: "Opposition alliance registers",
			Parties: []briefing.Party{{Name: "AND", Kind: "organisation"}},
			Source:  briefing.Source{Text: "The Alliance for National Development registered for the vote."}},
		"lower": {Title: "Who pays for the road",
			Source: briefing.Source{Text: "Officials who spoke to us said it and the bridge were late. Who knows."}},
	}
	ids := map[string]string{}
	for _, name := range []string{"lower", "who-source", "who-title", "us-party", "it-source", "and-party"} {
		ids[name] = mustSave(t, a, briefs[name])
	}
	return ids
}

// searchNames runs query and names the hits, best first.
func searchNames(t *testing.T, a *Archive, ids map[string]string, query string) ([]string, []Hit) {
	t.Helper()
	hits, err := a.Search(query, 10)
	if err != nil {
		t.Fatalf("Search(%q): %v", query, err)
	}
	var got []string
	for _, h := range hits {
		for name, id := range ids {
			if id == h.ID {
				got = append(got, name)
			}
		}
	}
	return got, hits
}

func TestSearchAcronymsThatAreStopWords(t *testing.T) {
	a := openTemp(t)
	ids := acronymCorpus(t, a)
	tests := []struct {
		query   string
		want    []string // names, in rank order
		snippet string   // the first hit's snippet contains it, when set
	}{
		{"WHO", []string{"who-title", "who-source"}, ""}, // title above source
		{"who", nil, ""}, // typed in lower case: a stop word
		{"Who", nil, ""}, // capitalised, not in capitals
		{"WHO malaria", []string{"who-title", "who-source"}, ""},
		{"WHO ghana", []string{"who-source"}, "the WHO approved"},
		{"WHO canada", nil, ""},                       // all words must match
		{"US", []string{"us-party", "lower"}, "(US)"}, // "us" is no stop word: any case, as before
		{"us tariffs", []string{"us-party"}, ""},
		{"IT", []string{"it-source"}, "IT department"},
		{"IT engineers", []string{"it-source"}, ""},
		{"AND", []string{"and-party"}, ""},
		{"WH", nil, ""},                                                    // not a prefix of WHO
		{"WHOM", nil, ""},                                                  // another acronym, not a longer form
		{"THE", nil, ""},                                                   // a stop word in capitals nowhere written in capitals
		{`"the WHO approved"`, []string{"who-source"}, "the WHO approved"}, // phrases still fold case
		{`"the who approved"`, []string{"who-source"}, ""},
		{`"officials who spoke"`, []string{"lower"}, "Officials who spoke"},
		{`"WHO SPOKE"`, []string{"lower"}, ""},
		{`"who approved" malaria`, []string{"who-source"}, ""},
	}
	for _, tc := range tests {
		got, hits := searchNames(t, a, ids, tc.query)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Search(%q) = %v, want %v", tc.query, got, tc.want)
			continue
		}
		if tc.snippet != "" && !strings.Contains(hits[0].Snippet, tc.snippet) {
			t.Errorf("Search(%q) snippet = %q, want it to contain %q", tc.query, hits[0].Snippet, tc.snippet)
		}
	}
}

func TestAcronymTerms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"WHO and IT officials said", "offici said WHO IT"},
		{"who and it said", "said"},             // lower case: stop words
		{"Who IT-based US", "base us IT"},       // capitalised is not capitals; "us" is no stop word
		{"I saw A cat", "saw cat"},              // one letter is not an acronym
		{"NATO and OPEC", "nato opec"},          // not stop words: stemmed as usual
		{"ÀND WHO2 WHOSE", "who2 whose AND"},    // folded before the stop-word test; a digit is no letter
		{"THE END", "end THE"},                  // headline capitals: the stop word is kept
		{"L’OMS et l’ONU", "om et onu"},         // French acronyms are no English stop words
		{"yourselves YOURSELVES", "YOURSELVES"}, // the longest stop words
		{"YOURSELVESX", "yourselvesx"},          // longer than any stop word
		{strings.Repeat("A", 30), strings.Repeat("a", 30)},
	}
	for _, tc := range tests {
		if got := strings.Join(terms(tc.in), " "); got != tc.want {
			t.Errorf("terms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
