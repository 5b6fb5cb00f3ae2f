package parties

import (
	"regexp"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// document is the analysed document with the state the parties stage
// keeps while it reads the names.
type document struct {
	*doc.Document
	lowerWords map[string]bool    // words the text writes in lower case
	capWords   map[string]bool    // words the text writes with a capital, each a token of its own ("Korvenia", not "Korvenia-Mirosk")
	knownNames map[string]mention // folded name → its first mention written in normal case
	docNames   map[string]bool    // acronyms the text gives documents and things ("MFA", "EPS"), codes and tickers: no parties
	bracketed  map[string]bool    // words in capitals the text writes alone in brackets ("(WING)"), read once
	turns      int8               // 1 when the text is a transcript of turns, -1 when not, 0 before it is read
	voice      int8               // 1 when the text speaks as "I" (see text.SpeaksAsI), -1 when not, 0 before it is read
}

// transcript reports whether the text is a transcript of turns (see
// text.Transcript), read once.
func (d *document) transcript() bool { return readOnce(&d.turns, d.Document, text.Transcript) }

// speaksAsI reports whether the text speaks as "I" outside quotations
// (see text.SpeaksAsI), read once.
func (d *document) speaksAsI() bool { return readOnce(&d.voice, d.Document, text.SpeaksAsI) }

// readOnce returns what read says of the document, keeping the answer in
// *seen: 1 for true, -1 for false, 0 before it is read.
func readOnce(seen *int8, d *doc.Document, read func(*doc.Document) bool) bool {
	if *seen == 0 {
		*seen = -1
		if read(d) {
			*seen = 1
		}
	}
	return *seen > 0
}

// Find finds the states, organisations, people, places and groups the
// article names (see findParties), and fills the document's party
// mentions and party names for the later stages.
func Find(d *doc.Document) []briefing.Party { return findParties(&document{Document: d}) }

// bracketedCaps reports whether the text writes word alone in brackets
// ("(WING)"), as it defines an acronym; the text is read once.
func (d *document) bracketedCaps(word string) bool {
	if d.bracketed == nil {
		d.bracketed = map[string]bool{}
		for _, m := range bracketedCapsRe.FindAllStringSubmatch(d.Text, -1) {
			d.bracketed[m[1]] = true
		}
	}
	return d.bracketed[word]
}

// bracketedCapsRe finds a word in capitals alone in brackets.
var bracketedCapsRe = regexp.MustCompile(`\((\p{Lu}[\p{Lu}\d]+)\)`)
