package text

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// MaxTitleWords is the longest headline line taken as the article's own;
// a headline a byline closes may run to maxBylinedTitleWords (a tabloid's
// headline tells the whole story).
const (
	MaxTitleWords        = 20
	maxBylinedTitleWords = 40
)

// TitleLine finds the article's headline heading the text: its first prose
// sentence, or the sentences of its first line, alone on the line with
// only furniture (a byline, a live-blog header) before it, of at most
// MaxTitleWords words, not ending in a period, colon or comma, made of
// words, not a document code, no item of a list and no heading of a list
// of key points.
func TitleLine(d *doc.Document) (briefing.Span, bool) {
	if len(d.Sentences) < 2 {
		return briefing.Span{}, false
	}
	sp := d.Sentences[0]
	if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End {
		return briefing.Span{}, false
	}
	k := 0 // the last sentence of the headline's line
	for k+1 < len(d.Sentences)-1 && !AloneOnLine(d.Text, briefing.Span{Start: sp.Start, End: d.Sentences[k].End}) &&
		lineOf(d.Text, d.Sentences[k+1].Start) == lineOf(d.Text, sp.Start) {
		k++ // "'I'll finish if I have to walk!' Teary Duchess of Kendal vows to run …": a headline of two sentences
	}
	sp.End = d.Sentences[k].End
	s := strings.TrimSpace(d.Text[sp.Start:sp.End])
	if !onlyFurnitureBefore(d, sp.Start) || !AloneOnLine(d.Text, sp) {
		return briefing.Span{}, false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	n := WordCount(s)
	if strings.ContainsRune(".…:;,", last) || n > maxBylinedTitleWords || n > MaxTitleWords && !linesHeadByline(d, sp, k) ||
		!Wordy(s) || KeyPointsHeadRe.MatchString(s) || DateLine(s) || ListMark(s) > 0 {
		return briefing.Span{}, false
	}
	return sp, true
}

// HeadsByline reports whether prose sentence i belongs to the page's
// header above its byline: a line of its own after which a byline, a time
// stamp or a dated dateline comes before the next sentence that ends as
// prose does (the headline, the standfirst, the bullets under a tabloid's
// headline or a release's).
func HeadsByline(d *doc.Document, i int) bool {
	return AloneOnLine(d.Text, d.Sentences[i]) && linesHeadByline(d, d.Sentences[i], i)
}

// linesHeadByline reports whether the lines sp, which end with prose
// sentence i, belong to the page's header above its byline (see
// HeadsByline).
func linesHeadByline(d *doc.Document, sp briefing.Span, i int) bool {
	end := len(d.Text)
	for _, next := range d.Sentences[i+1:] {
		if EndsSentence(d.Text[next.Start:next.End]) {
			end = next.Start
			break
		}
	}
	for _, f := range d.Furniture {
		if f.Start >= sp.End && f.End <= end && IsByline(d.Text[f.Start:f.End]) {
			return true
		}
	}
	for _, dl := range d.Datelines {
		if dl.Start >= sp.End && dl.End <= end {
			return true // a release's headline, its bullets, then "BOSTON, Oct. 5, 2026 /PRNewswire/ --"
		}
	}
	return false
}

// onlyFurnitureBefore reports whether the text before pos holds nothing but
// white space and furniture.
func onlyFurnitureBefore(d *doc.Document, pos int) bool {
	from := 0
	for _, f := range d.Furniture {
		if f.Start >= pos {
			break
		}
		if strings.TrimSpace(d.Text[from:f.Start]) != "" {
			return false
		}
		from = f.End
	}
	return from <= pos && strings.TrimSpace(d.Text[from:pos]) == ""
}

// Wordy reports whether s is made of words: at least two words with two
// lower-case letters or more, so not a code such as "SG/SM/21566".
func Wordy(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		if lowerLetters(w) >= 2 {
			n++
		}
	}
	return n >= 2
}

func lowerLetters(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			n++
		}
	}
	return n
}

// BodySentences returns the indexes of the prose sentences that make the
// article's body: not the title line, one- and two-word lines, short
// lines that end without punctuation (subheadings, stray captions) unless
// the text has nothing else, or the sentences of standing sections and
// datelines.
func BodySentences(d *doc.Document) []int {
	var out, open []int
	title, hasTitle := TitleLine(d)
	for i, sp := range d.Sentences {
		if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End || hasTitle && title.Contains(sp) || slices.Contains(d.Standing, sp) || slices.Contains(d.Datelines, sp) {
			continue
		}
		s := d.Text[sp.Start:sp.End]
		switch {
		case WordCount(s) < 3:
		case HeadingInCapitals(d.Text, sp):
			open = append(open, i) // "RECOMMENDED ALL-SHARE MERGER OF KELBY MINERALS PLC AND VELSIA MINING S.A."
		case AloneOnLine(d.Text, sp) && !EndsSentence(s) && speechHeadingRe.MatchString(s):
			open = append(open, i) // "Opening statement by Governor Idris Bakhtiar at the press conference …, 16 June 2025"
		case WordCount(s) > MaxBylineWords || EndsSentence(s) || strings.HasSuffix(strings.TrimSpace(s), ":") && !AloneOnLine(d.Text, sp):
			out = append(out, i)
		default:
			open = append(open, i)
		}
	}
	if len(out) == 0 {
		return open
	}
	return out
}

// speechHeadingRe matches the line that heads a transcript by telling
// what was said, by whom and where ("Opening statement by Governor …",
// "Remarks by the Minister at …", "Testimony of …").
var speechHeadingRe = regexp.MustCompile(`(?i)^\s*(?:(?:opening|closing|introductory|prepared|keynote|joint)\s+)?(?:statement|remarks|speech|address|testimony|transcript)\s+(?:by|of|from|delivered\s+by)\s`)

// HeadingInCapitals reports whether sentence sp is a line of its own
// written in capitals, a heading whatever ends it (an abbreviation's full
// stop, "S.A."), not a sentence of the body.
func HeadingInCapitals(text string, sp briefing.Span) bool {
	s := text[sp.Start:sp.End]
	return AloneOnLine(text, sp) && strings.ToUpper(s) == s && strings.ToLower(s) != s && WordCount(s) >= 3
}

// datelineLead matches a dateline left at the start of a sentence: a place
// in capitals, perhaps with the date, before any dash ("WASHINGTON (Reuters)
// -", "KESTREL BAY, 2 October 2026 --", "LONDON, March 3 (Reuters) -",
// "SAN ALBERTO, 3 Oct (Prensa Sur).-", "LONDON / DAKAR, 10 February 2026
// -"), a capitalised place, perhaps with its day, before an en or em dash
// or a point and a hyphen ("Rabat –", "Villa Serena, 14 Jun (NPA).-"), or
// capitalised places with a whole date before any dash, maybe in brackets
// ("Stockholm, 4 November 2025 -", "(Bangui/New York, 6 May 2026) –").
var datelineLead = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}.'’]+(?:(?:[ ,]+|\s*/\s*)\p{Lu}[\p{Lu}.'’]+){0,3}` +
	`(?:,\s*(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?(?:\s*\([^)]{1,30}\))?\s*\.?(?:--|[–—-])|` +
	`\p{Lu}[\p{L}.'’]*(?:[ ,]+\p{Lu}[\p{L}.'’]*){0,2}(?:,\s*\d{1,2}\s+\p{L}+\.?)?(?:\s*\([^)]{1,30}\))?\s*(?:[–—]|\.-)|` +
	datedPlaces + `\s*(?:--|[–—-])|\(` + datedPlaces + `\)\s*(?:--|[–—-]))\s+`)

// datedPlaces is a place or places written in capitals and lower case,
// joined by commas or slashes, and a whole date with its year
// ("Stockholm, 4 November 2025", "Bangui/New York, 6 May 2026"): with
// the year, a dateline before any dash, bracketed or not.
const datedPlaces = `\p{Lu}[\p{L}.'’]*(?:(?:[ ,]+|\s*/\s*)\p{Lu}[\p{L}.'’]*){0,3},\s*(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2},?)\s+\d{4}`

// LeadDateline returns the length of the dateline opening s, or 0. A
// name before a dash that a second dash closes opens an aside, not a
// dateline ("City – owned by a fund since 2008 – have won six titles").
func LeadDateline(s string) int {
	loc := datelineLead.FindStringIndex(s)
	if loc == nil || loc[1] >= len(s) {
		return 0
	}
	dash := strings.TrimSpace(s[strings.LastIndexAny(s[:loc[1]], "–—-"):loc[1]])
	if strings.Contains(s[loc[1]:], " "+dash+" ") {
		return 0
	}
	return loc[1]
}

// SentenceItemText returns a sentence on one line without a leading dateline.
func SentenceItemText(d *doc.Document, sp briefing.Span) string {
	s := OneLineText(d.Text[sp.Start:sp.End])
	return s[LeadDateline(s):]
}

// KeyPointsHeadRe matches a heading, alone on its line, under which a page
// lists its own bottom line: live blogs and explainers ("Key points",
// "What we know so far", "Summary: what we know", "At a glance",
// "Summary"), a company's results
// ("Financial highlights", "Highlights").
var KeyPointsHeadRe = regexp.MustCompile(`(?im)^[ \t]*(?:the )?(?:key (?:points|events|facts)|(?:summary:? )?what we know(?: so far)?|at a glance|in brief|summary|(?:(?:key|financial|operational) )?highlights)[ \t]*:?[ \t]*\r?$`)

// entryTimeRe matches the time stamp that opens a live blog's entry or a
// line of its index of entries: "23:41 Brandt: …", "10.05am Polls close".
var entryTimeRe = regexp.MustCompile(`(?i)^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:gmt|bst|est|edt|cet|cest|utc|et|pt|ist))?\s+\S`)

// OpensWithEntryTime reports whether a line opens with the time stamp of a
// live blog's entry: a line of the page's index of entries, not one of its
// key points.
func OpensWithEntryTime(s string) bool { return entryTimeRe.MatchString(strings.TrimSpace(s)) }

// EntryTimeEnd returns the length of the live blog's entry time that opens
// s and the spaces after it ("18:15 Council leader Priya Nandakumar has
// opened the debate."), 0 when none does.
func EntryTimeEnd(s string) int {
	loc := entryTimeRe.FindStringIndex(s)
	if loc == nil {
		return 0
	}
	return loc[1] - 1 // the first character of the entry stays
}
