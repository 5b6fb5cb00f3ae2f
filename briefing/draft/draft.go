// Package draft turns the text of a news article into a drafted Brief:
// sentences, parties, dates, figures, commitments, a summary and background,
// every item tied to the source sentences it came from. It is extractive:
// every item is built from words of the source. All functions are pure and
// safe for concurrent use.
//
// Drafting is a pipeline over one analysed document (package doc) that
// each stage reads and adds its layer to, one package per stage, run by
// Draft in this order: text (blocks, sentences, page furniture, tokens and
// the parse of briefing/syntax), parties, dates, figures, commitments,
// summary, background and title. Package gazetteer holds the names the
// stages look up.
package draft

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/background"
	"github.com/briefdesk/briefdesk/briefing/draft/commitments"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/figures"
	"github.com/briefdesk/briefdesk/briefing/draft/parties"
	"github.com/briefdesk/briefdesk/briefing/draft/summary"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/draft/title"
)

// MaxBytes is the largest text the engine drafts; larger texts are refused
// with ErrTooLarge rather than drafted slowly.
const MaxBytes = 4 << 20

// ErrEmpty is returned for text that is empty or only white space.
var ErrEmpty = errors.New("the text is empty: paste or open an article first")

// ErrTooLarge is returned for text longer than MaxBytes.
var ErrTooLarge = fmt.Errorf("the text is longer than %d MB: split it into articles and draft each one", MaxBytes>>20)

// ErrNotProse is returned for text that is mostly marks, symbols or
// one-letter words: it is not an article, and drafting it would take
// memory out of all proportion to its size.
var ErrNotProse = errors.New("the text is mostly punctuation, symbols or single letters, not an article: paste or open the article's text")

// A text of more than minTokens words and marks must have more words than
// marks and at most maxTokensPerByte of them per byte (news prose has
// about one in six), so that drafting's memory stays in proportion to it.
const (
	maxTokensPerByte = 1.0 / 3
	minTokens        = 20000
)

// Options are the inputs to drafting besides the text.
type Options struct {
	// Published is the article's publication date; relative dates ("on
	// Monday", "next month") resolve against it. Zero means today.
	Published time.Time
	// Title, URL and author (byline) of the source, when known.
	Title  string
	URL    string
	Author string
	// Fetched is when the article was fetched from URL; zero when it was
	// not fetched.
	Fetched time.Time
	// SummaryWords is the summary's word budget; zero means
	// DefaultSummaryWords.
	SummaryWords int
}

// DefaultSummaryWords is the summary's length in words when Options do
// not give one.
const DefaultSummaryWords = summary.DefaultWords

// Draft drafts a brief from text. Invalid UTF-8 is replaced by U+FFFD before
// drafting, and the source kept in the brief is that repaired text, so every
// span points into valid UTF-8.
func Draft(src string, opt Options) (*briefing.Brief, error) {
	d, err := Analyse(src, opt)
	if err != nil {
		return nil, err
	}
	src, published := d.Text, d.Published
	b := &briefing.Brief{
		Schema: briefing.SchemaVersion,
		Source: briefing.Source{
			Text: src, Title: opt.Title, URL: opt.URL,
			Published: published.Format("2006-01-02"), Author: opt.Author,
			Fetched:   fetchedStamp(opt.Fetched),
			Sentences: allSentences(d), Furniture: d.Furniture,
		},
		Parties: d.Parties,
		Dates:   d.Dates,
		Figures: d.Figures,
	}
	d.Commitments = commitments.Find(d)
	b.Commitments = d.Commitments
	b.Parties = parties.Sides(d, d.Commitments)
	b.Summary = summary.Items(d)
	b.Background = background.Items(d, b.Summary)
	b.Title = title.Headline(d, opt.Title)
	b.Normalize()
	return b, nil
}

// Analyse runs the stages that read the text — sentences and page
// furniture, syntax, parties, dates and figures — and returns the analysed
// document the drafting stages share. Its text is src with invalid UTF-8
// replaced, as in Draft.
func Analyse(src string, opt Options) (*doc.Document, error) {
	if strings.TrimSpace(src) == "" {
		return nil, ErrEmpty
	}
	if len(src) > MaxBytes {
		return nil, ErrTooLarge
	}
	if !utf8.ValidString(src) {
		src = strings.ToValidUTF8(src, "\uFFFD")
	}
	if err := checkProse(src); err != nil {
		return nil, err
	}
	published := opt.Published
	if published.IsZero() {
		published = time.Now()
	}
	d := &doc.Document{Text: src, Published: published, SummaryWords: opt.SummaryWords}
	all, kinds := text.SegmentMarked(src)
	d.Sentences, d.Furniture = text.SplitFurniture(all, kinds)
	d.Standing = text.SentencesOf(all, kinds, text.StandingSection)
	d.Datelines = text.SentencesOf(all, kinds, text.DatelineLine)
	text.IndexTokens(d)
	parsed, err := text.Parse(d)
	if err != nil {
		return nil, err
	}
	d.Parsed = parsed
	d.Parties = parties.Find(d)
	d.Dates = dates.Find(d)
	d.Figures = figures.Find(d)
	return d, nil
}

// allSentences returns the sentences of the source, prose and page
// furniture alike, in text order.
func allSentences(d *doc.Document) []briefing.Span {
	all := slices.Concat(d.Sentences, d.Furniture)
	slices.SortFunc(all, func(a, b briefing.Span) int { return a.Start - b.Start })
	return all
}

// checkProse refuses text with no words at all (only marks, a byte-order
// mark or control characters: ErrEmpty) and text that is mostly marks or
// far denser in tokens than prose (ErrNotProse).
func checkProse(src string) error {
	words, marks := 0, 0
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r) || r == '\uFEFF':
			i += size
			continue
		case text.IsWordRune(r):
			i = text.ScanWord(src, i, len(src))
			words++
			continue
		}
		i += size
		marks++
	}
	switch {
	case words == 0:
		return ErrEmpty
	case words+marks > minTokens && (marks > words || float64(words+marks) > maxTokensPerByte*float64(len(src))):
		return ErrNotProse
	}
	return nil
}

// fetchedStamp writes the fetch time as the brief's JSON records it.
func fetchedStamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
