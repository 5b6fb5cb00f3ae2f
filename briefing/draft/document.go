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
	Text         string
	Published    time.Time
	SummaryWords int               // the summary's word budget (see Options)
	Sentences    []briefing.Span   // the article's prose sentences, page furniture left out
	Furniture    []briefing.Span   // the sentences that are page furniture
	Parsed       []syntax.Sentence // sentences[i] analysed (see analyse)
	Tokens       []Token           // the words and marks of every sentence
	SentTok      []int             // sentence s has tokens[sentTok[s]:sentTok[s+1]]

	// Filled by the parties stage.
	Parties    []briefing.Party
	Mentions   []PartyMention // every party mention, in text order (see partyAt)
	PartyNames map[string]int // folded name or alias → index into parties (see partyNamed)

	// Filled by the dates and figures stages: every date expression in
	// text order (see resolveDate and datesIn).
	Dates        []briefing.DateRef
	DateMentions []DateMention
	Figures      []briefing.Figure
}

// Token is a word or a punctuation mark of a sentence, with its byte span.
// Every stage reads the same tokens: the document scans each sentence once
// (see document.sentenceTokens).
type Token struct {
	Start, End int
	Text       string // the token as written, without a possessive ’s
	Lower      string // the whole token in lower case, possessive kept, curly apostrophes made straight
	Poss       bool   // the word was followed by ’s or 's (removed from text)
	Word       bool   // letters or digits, not punctuation
	Cap        bool   // starts with a capital letter
	Quoted     bool   // inside quotation marks, or the closing mark itself
	Sent       int    // index of the sentence in document.sentences
}

// written returns the token as the source writes it, possessive included.
func (t Token) written(text string) string { return text[t.Start:t.End] }

// bare returns the lower-case word without a possessive ending ("China's" →
// "china").
func (t Token) bare() string {
	return strings.TrimSuffix(t.Lower, "'s")
}

// PartyMention ties one span of the source to the party it names.
type PartyMention struct {
	Span  briefing.Span
	Party int // index into document.parties
}

// sentenceTokens returns the tokens of sentence s.
func (d *Document) SentenceTokens(s int) []Token {
	if s < 0 || s+1 >= len(d.SentTok) {
		return nil
	}
	return d.Tokens[d.SentTok[s]:d.SentTok[s+1]]
}

// DateMention is one date expression in the text, resolved.
type DateMention struct {
	Span      briefing.Span
	Text      string
	Value     string // ISO 8601 at precision
	Precision string
	Deadline  bool // "by the end of March", "until Friday", "before 2025"
	Sent      int
	Depth     int  // how deep below the main clause the date attaches (see clauseDepth); -1 unknown
	Past      bool // the clause it belongs to is in a past tense
}
