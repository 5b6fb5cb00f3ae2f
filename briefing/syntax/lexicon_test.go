package syntax

import "testing"

// A small lexicon in the form ReadWordNet builds: "vow" a noun and a verb
// of the communication class, "stop" a verb, "big" an adjective.
func testLexicon() Lexicon {
	return Lexicon{
		"vow":      lexNoun | lexVerb | 11*lexNounSense | 33*lexVerbSense,
		"stop":     lexVerb | 39*lexVerbSense,
		"big":      lexAdj,
		"child":    lexNoun | 19*lexNounSense,
		"children": lexPlural | 19*lexNounSense,
		"paris":    lexProper | 16*lexNounSense,
	}
}

func TestLexiconFindsInflectedForms(t *testing.T) {
	lex := testLexicon()
	checkEntries(t, lex, []lexCase{
		{"vowed", lexVerbEd, lexPlural, 0, 33},
		{"vows", lexPlural | lexVerbS, 0, 11, 33},
		{"vowing", lexVerbIng, lexVerbEd, 0, 33},
		{"stopped", lexVerbEd, 0, 0, 39},
		{"stopping", lexVerbIng, 0, 0, 39},
		{"bigger", lexCompared, lexVerbEd, 0, 0},
		{"biggest", lexCompared, 0, 0, 0},
		{"children", lexPlural, 0, 19, 0},
		{"paris", lexProper, lexPlural, 16, 0},
		{"vowels", 0, lexPlural | lexVerbS, 0, 0},
	})
	if Lexicon(nil).entry("vowed") != 0 || lex.entry("") != 0 {
		t.Error("an empty lexicon or word has classes")
	}
}

// lexCase is a word's expected lexicon entry: classes it has (want) and
// lacks (not), and the semantic classes of its noun and verb senses.
type lexCase struct {
	word       string
	want, not  uint32
	noun, verb uint32
}

func checkEntries(t *testing.T, lex Lexicon, cases []lexCase) {
	t.Helper()
	for _, c := range cases {
		e := lex.entry(c.word)
		if e&c.want != c.want || e&c.not != 0 {
			t.Errorf("%s: classes %b, want %b and not %b", c.word, e&lexClassBits, c.want, c.not)
		}
		if nounSense(e) != c.noun || verbSense(e) != c.verb {
			t.Errorf("%s: senses noun %d verb %d, want %d and %d", c.word, nounSense(e), verbSense(e), c.noun, c.verb)
		}
	}
}
