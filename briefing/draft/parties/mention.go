package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Evidence for a mention's kind, strongest last.
const (
	cueNone   = iota
	cueWeak   // context: "in X", "X said", name shape
	cueStrong // title, organisation word, first name, gazetteer
)

// mention is one name found in the text, before mentions are merged into
// parties.
type mention struct {
	span    briefing.Span // the name, without title or possessive
	name    string        // the name as written (spaces collapsed)
	kind    string        // guessed kind, "" when unknown
	cue     int           // how sure the kind is
	entity  int           // gazetteer entity, or -1
	how     int           // how a gazetteer name refers to its entity
	role    string        // title or role ("King", "Minister of Health")
	titled  string        // the name with its title, as written ("King Mohammed VI")
	affil   int           // index of the mention naming the affiliation, or -1
	acr     string        // acronym given in brackets after the name ("CNBG")
	short   string        // short name defined in quotation marks after it (`("Harcourt" or the "Company")`)
	sent    int           // sentence index
	initial bool          // the name starts its sentence
	plain   bool          // one ordinary word with nothing saying what it names
	words   int           // number of words in the name
	nick    bool          // the name holds a person's nickname ("Ivo "The Hammer" Brandt")
	shared  bool          // its title, in the plural, is also the title of the names listed after it
}

// newMention returns a mention of text[sp] with no kind yet.
func newMention(d *document, sp briefing.Span, sent, words int) mention {
	return mention{span: sp, name: collapse(d.Text[sp.Start:sp.End]), entity: -1, affil: -1, sent: sent, words: words}
}

// collapse joins the words of s with single spaces.
func collapse(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\n' || c == '\t' || c == '\r' || (c == ' ' && i+1 < len(s) && s[i+1] == ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}
