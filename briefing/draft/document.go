package draft

import (
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Document is the article as the stages see it: the text and what the
// earlier stages found, in the order they run. Each stage reads the layers
// below its own and adds its layer.
type Document struct {
	text         string
	published    time.Time
	summaryWords int               // the summary's word budget (see Options)
	sentences    []briefing.Span   // the article's prose sentences, page furniture left out
	furniture    []briefing.Span   // the sentences that are page furniture
	parsed       []syntax.Sentence // sentences[i] analysed (see analyse)
	tokens       []token           // the words and marks of every sentence
	sentTok      []int             // sentence s has tokens[sentTok[s]:sentTok[s+1]]

	// Filled by the parties stage.
	parties    []briefing.Party
	mentions   []partyMention // every party mention, in text order (see partyAt)
	partyNames map[string]int // folded name or alias → index into parties (see partyNamed)

	// Filled by the dates and figures stages: every date expression in
	// text order (see resolveDate and datesIn).
	dates        []briefing.DateRef
	dateMentions []dateMention
	figures      []briefing.Figure
}

// token is a word or a punctuation mark of a sentence, with its byte span.
// Every stage reads the same tokens: the document scans each sentence once
// (see document.sentenceTokens).
type token struct {
	start, end int
	text       string // the token as written, without a possessive ’s
	lower      string // the whole token in lower case, possessive kept, curly apostrophes made straight
	poss       bool   // the word was followed by ’s or 's (removed from text)
	word       bool   // letters or digits, not punctuation
	cap        bool   // starts with a capital letter
	quoted     bool   // inside quotation marks, or the closing mark itself
	sent       int    // index of the sentence in document.sentences
}

// written returns the token as the source writes it, possessive included.
func (t token) written(text string) string { return text[t.start:t.end] }

// bare returns the lower-case word without a possessive ending ("China's" →
// "china").
func (t token) bare() string {
	return strings.TrimSuffix(t.lower, "'s")
}

// partyMention ties one span of the source to the party it names.
type partyMention struct {
	span  briefing.Span
	party int // index into document.parties
}

// sentenceTokens returns the tokens of sentence s.
func (d *Document) sentenceTokens(s int) []token {
	if s < 0 || s+1 >= len(d.sentTok) {
		return nil
	}
	return d.tokens[d.sentTok[s]:d.sentTok[s+1]]
}

// dateMention is one date expression in the text, resolved.
type dateMention struct {
	span      briefing.Span
	text      string
	value     string // ISO 8601 at precision
	precision string
	deadline  bool // "by the end of March", "until Friday", "before 2025"
	sent      int
	depth     int  // how deep below the main clause the date attaches (see clauseDepth); -1 unknown
	past      bool // the clause it belongs to is in a past tense
}
