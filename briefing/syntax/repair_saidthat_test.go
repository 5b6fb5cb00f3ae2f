package syntax

import "testing"

func TestSaidThatAfterAPhrase(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ construction, text, clause, verb string }{
		{"a that clause after a summit and its place", "The Economic Community of West African States said after an extraordinary summit in the Nigerian capital that the suspension would remain in force until constitutional order was restored.", "remain", "said"},
		{"a that clause after whom it was told to", "The minister told reporters at a briefing in Lisbon that the ban would stay in place.", "stay", "told"},
	} {
		s, find := analyzedWords(t, m, tt.text)
		if c, v := find(tt.clause), find(tt.verb); s.Words[c].Head != v {
			t.Errorf("%s: want %s on %s\n%s", tt.construction, tt.clause, tt.verb, dump(s.Words))
		}
	}
	for _, tt := range []struct{ construction, text, clause, verb string }{
		{"a condition's content stays the condition's", "Spain pledged €95 million, on condition that the landing-leg assembly is built at a Spanish plant.", "built", "pledged"},
	} {
		s, find := analyzedWords(t, m, tt.text)
		if c, v := find(tt.clause), find(tt.verb); s.Words[c].Head == v {
			t.Errorf("%s: want %s off %s\n%s", tt.construction, tt.clause, tt.verb, dump(s.Words))
		}
	}
}
