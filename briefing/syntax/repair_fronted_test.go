package syntax

import "testing"

func TestFrontedClauseKeepsItsWords(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ construction, text, word, verb string }{
		{"a date of an announcement told before the news", "As announced on 14 January, Non-Executive Chair Robert Ashdown will step down at the AGM after nine years on the Board.", "14", "announced"},
		{"a date of an agreement told before the news", "As agreed in March, the Halden Group will close its plant at Vessa by the end of the year.", "March", "agreed"},
	} {
		s, find := analyzedWords(t, m, tt.text)
		if w, v := find(tt.word), find(tt.verb); s.Words[w].Head != v {
			t.Errorf("%s: want %s on %s\n%s", tt.construction, tt.word, tt.verb, dump(s.Words))
		}
	}
}
