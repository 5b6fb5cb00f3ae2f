package syntax

import "testing"

// ReadWordNet reads the files of a WordNet 3.0 database: testdata/wordnet
// holds a few entries of each file in the database's own format.
func TestReadWordNet(t *testing.T) {
	lex, err := ReadWordNet("testdata/wordnet")
	if err != nil {
		t.Fatal(err)
	}
	checkEntries(t, lex, []lexCase{
		{"vow", lexNoun | lexVerb, lexProper, 11, 33}, // noun.communication, verb.communication (+1)
		{"vowed", lexVerbEd, lexNoun, 0, 33},
		{"paris", lexProper, lexNoun, 16, 0},
		{"said", lexVerbEd, 0, 0, 33},
		{"quickly", lexAdv, lexNoun, 0, 0},
		{"green", lexAdj | lexNoun | lexVerb, 0, 8, 31},
	})
	if _, ok := lex["plaster_of_paris"]; ok {
		t.Error("a multi-word entry was kept")
	}
	for word, want := range map[string]uint32{"vow": 2, "green": 1, "quickly": 4} { // verb, noun, adverb
		if got := lex[word] / lexDominant & 7; got != want {
			t.Errorf("%s: the part of speech with most senses is %d, want %d", word, got, want)
		}
	}
}

func TestReadWordNetReportsAMissingDatabase(t *testing.T) {
	if _, err := ReadWordNet(t.TempDir()); err == nil {
		t.Fatal("an empty directory read as a WordNet database")
	}
}
