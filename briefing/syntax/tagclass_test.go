package syntax

import (
	"strconv"
	"strings"
	"testing"
)

// caseLexicon gives a few words that are names in news and common words in
// a dictionary, and one name the dictionary knows.
func caseLexicon() Lexicon {
	return Lexicon{
		"trump":     lexNoun | lexVerb,
		"dock":      lexNoun | lexVerb,
		"federated": lexAdj,
		"rise":      lexNoun | lexVerb,
		"paris":     lexProper,
	}
}

// The tagger reads a word's dictionary classes only where its case says
// nothing: in lower case, and capitalised at the start of the sentence, of a
// quotation or of what follows a colon. A capitalised word in running text
// and a word in capitals get a marker of their case instead.
func TestTagClassesFollowCase(t *testing.T) {
	cases := []struct {
		construction, sentence, word string
		want                         uint64
	}{
		{"a word in lower case", "Officials expect a rise in rates", "rise", lexNoun | lexVerb},
		{"the first word of the sentence", "Trump has vowed to fight", "Trump", lexNoun | lexVerb},
		{"after leading punctuation", "- Dock workers walked out", "Dock", lexNoun | lexVerb},
		{"after an opening curly quote", "He said “ Dock workers will strike ”", "Dock", lexNoun | lexVerb},
		{"after an opening straight quote", `He said " Dock workers will strike "`, "Dock", lexNoun | lexVerb},
		{"after a colon", "The union said : Dock workers will strike", "Dock", lexNoun | lexVerb},
		{"after a full stop inside the sentence", "They met . Trump spoke first", "Trump", lexNoun | lexVerb},
		{"a capitalised word in running text", "Shares of Federated rose", "Federated", classCapitalised},
		{"after a closing straight quote", `" We will win , " Trump said`, "Trump", classCapitalised},
		{"after a closing curly quote", "“ We will win , ” Trump said", "Trump", classCapitalised},
		{"after a comma", "In a speech , Trump said", "Trump", classCapitalised},
		{"a name the dictionary knows, in running text", "Talks in Paris ended", "Paris", classCapitalised | lexProper},
		{"a word in capitals", "The DOCK strike ended", "DOCK", classAllCaps},
		{"a word in capitals at the start", "TRUMP WINS", "TRUMP", classAllCaps},
	}
	for _, c := range cases {
		forms := strings.Fields(c.sentence)
		infos := infosOf(forms, caseLexicon())
		k := indexOfForm(forms, c.word)
		if got := infos[k].tagClass; got != c.want {
			t.Errorf("%s: %q in %q reads %#x, want %#x", c.construction, c.word, c.sentence, got, c.want)
		}
	}
}

// A word the training data has often enough is tagged without the
// dictionary, in any case; a rarer one keeps its classes.
func TestKnownWordsDoWithoutTheDictionary(t *testing.T) {
	block := func(words ...string) Block {
		var b Block
		for k, w := range words {
			b.Tokens = append(b.Tokens, Token{ID: strconv.Itoa(k + 1), Form: w})
		}
		return b
	}
	lex := caseLexicon().withKnown([]Block{block("Rise", "rise"), block("Dock")}, 2)
	if caseLexicon()["rise"]&lexKnown != 0 || lex["rise"]&lexKnown == 0 {
		t.Fatal("withKnown did not mark a word seen twice")
	}
	for _, c := range []struct {
		word string
		want uint64
	}{{"rise", 0}, {"dock", lexNoun | lexVerb}, {"trump", lexNoun | lexVerb}} {
		if got := infosOf([]string{"the", c.word}, lex)[1].tagClass; got != c.want {
			t.Errorf("%q reads %#x, want %#x", c.word, got, c.want)
		}
	}
}

// indexOfForm returns the index of form in forms, or -1.
func indexOfForm(forms []string, form string) int {
	for k, f := range forms {
		if f == form {
			return k
		}
	}
	return -1
}
