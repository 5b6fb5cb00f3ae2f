package syntax

import "testing"

// TestHyphenedWordsParsedWhole checks that a word written with hyphens is
// parsed as one word of its phrase, its parts hung on its last part, and
// that a dash set off by spaces and a name written with a hyphen are not.
func TestHyphenedWordsParsedWhole(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"the noun after a number joined by a hyphen is the object",
			"Dock workers have voted to accept a two-year pay deal worth 14%, calling off a series of strikes.", "deal", "accept", "obj"},
		{"the number before the hyphen counts the last part",
			"Dock workers have voted to accept a two-year pay deal worth 14%, calling off a series of strikes.", "two", "year", "nummod"},
		{"the hyphen hangs on the part before it",
			"Dock workers have voted to accept a two-year pay deal worth 14%, calling off a series of strikes.", "-", "two", "punct"},
		{"the noun after an ordinal superlative is the object",
			"Pilots have called off a strike, ending a dispute that threatened to close Europe's fourth-busiest container terminal over Christmas.", "terminal", "close", "obj"},
		{"a date after the noun stays with the verb of its clause",
			"Pilots have called off a strike, ending a dispute that threatened to close Europe's fourth-busiest container terminal over Christmas.", "Christmas", "close", "obl"},
		{"a word with hyphens before a currency the tagger misread is parsed as written",
			"The government agreed to pay a one-off A$1,500 bonus to all rail staff.", "bonus", "pay", "obj"},
		{"an age written with hyphens after a determiner is the subject",
			"The 23-year-old signed a five-year contract on Friday.", "old", "signed", "nsubj"},
		{"a part left hanging before a word with hyphens modifies the noun with it",
			"The firm will cap prices in 42 low- and middle-income countries from next month.", "countries", "cap", "obl"},
		{"the part left hanging joins the part it shares the last part with",
			"The firm will cap prices in 42 low- and middle-income countries from next month.", "and", "middle", "cc"},
	})
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"The talks - held in Oslo - ended on Friday.", "Jean-Pierre Dumas signed the deal."} {
		s, _ := analyzedWords(t, m, text)
		for k, w := range s.Words {
			if w.Form == "-" && k > 0 && w.Head == k-1 && s.Words[k-1].Head == k+1 && s.Words[k-1].Rel == "compound" && s.Words[k-1].UPOS != "PROPN" {
				t.Errorf("%q: the dash was read as a hyphen inside a word\n%s", text, dump(s.Words))
			}
		}
	}
}
