// Package doc defines the analysed document the drafting stages share:
// the article's text, its sentences with their parses and tokens, and the
// layers the later stages add (party and date mentions, parties, dates,
// figures, commitments). Each stage reads the layers below its own and adds its layer.
package doc

import (
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
	SummaryWords int               // the summary's word budget (see draft.Options)
	Sentences    []briefing.Span   // the article's prose sentences, page furniture left out
	Furniture    []briefing.Span   // the sentences that are page furniture
	Standing     []briefing.Span   // the prose sentences of standing sections ("About the company"): no news
	Datelines    []briefing.Span   // datelines with a date cut from their paragraphs: read for the date only
	Parsed       []syntax.Sentence // Sentences[i] analysed
	Tokens       []Token           // the words and marks of every sentence
	SentTok      []int             // sentence s has Tokens[SentTok[s]:SentTok[s+1]]

	// Filled by the parties stage.
	Parties    []briefing.Party
	Mentions   []PartyMention // every party mention, in text order
	PartyNames map[string]int // folded name or alias → index into Parties

	// Filled by the dates and figures stages.
	Dates        []briefing.DateRef
	DateMentions []DateMention // every date expression, in text order
	Figures      []briefing.Figure
	// Filled by the commitments stage.
	Commitments []briefing.Commitment
}

// Token is a word or a punctuation mark of a sentence, with its byte span.
// Every stage reads the same tokens: the document scans each sentence once
// (see Document.SentenceTokens).
type Token struct {
	Start, End int
	Text       string // the token as written, without a possessive ’s
	Lower      string // the whole token in lower case, possessive kept, curly apostrophes made straight
	Poss       bool   // the word was followed by ’s or 's (removed from text)
	Word       bool   // letters or digits, not punctuation
	Cap        bool   // starts with a capital letter
	Quoted     bool   // inside quotation marks, or the closing mark itself
	Sent       int    // index of the sentence in Document.Sentences
}

// PartyMention ties one span of the source to the party it names.
type PartyMention struct {
	Span  briefing.Span
	Party int // index into Document.Parties
}

// SentenceTokens returns the tokens of sentence s.
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
	Depth     int  // how deep below the main clause the date attaches, as the dates stage reads it; -1 unknown
	Past      bool // the clause it belongs to is in a past tense
	Done      bool // a "by" or "before" date of an act told as done by then ("had repaid the loan by March"): the act's time, not a deadline
}
