package summary

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// minKeptWords is the fewest words a shortened sentence keeps; a sentence
// that would keep fewer stays whole. A sentence of more than
// maxShortenedWords words (a list run together, not news prose) is not
// looked into.
const (
	minKeptWords      = 6
	maxShortenedWords = 120
)

// cutRules are the constructions a summary sentence may lose (see
// summary_cuts.go), each a rule of news writing.
var cutRules = []func(parsed) []CutRange{
	parentheticals, dashAsides, commaAsides, interjected, discourseOpener, leadingAccording, sourceTail, greetingOpener,
	timestamp,
}

// summaryRules are the cut rules of a summary item after the first: those
// of a headline and the day of the news, which the first item and the
// brief's dates carry (see relativeDays).
var summaryRules = append(slices.Clone(cutRules), relativeDays)

// shortened is a summary sentence without its removable parts: the text
// that reads as a sentence and the spans of the source it keeps.
type shortened struct {
	text  string
	spans []briefing.Span
	words int
}

// shorten drops the removable parts of sentence si: its dateline, and the
// asides, connectives and attribution the cut rules find in its parse. A
// cut is left in when it holds a date (the when of the news) or a name that
// says who spoke and that said, the summary before it, does not hold; when it would change a quotation, or when too little
// would be left; a bracketed acronym stays when the article names by it
// later ("the World Trade Organisation (WTO)").
func shorten(d *doc.Document, si int, ds []dates.Mark, said string) shortened {
	return shortenBy(summaryRules, d, si, ds, said)
}

// shortenBy shortens sentence si as shorten does, by the given cut rules.
func shortenBy(rules []func(parsed) []CutRange, d *doc.Document, si int, ds []dates.Mark, said string) shortened {
	sp := d.Sentences[si]
	var marks []CutRange // a dateline and a list mark or a paragraph's number go however short the rest
	if n := text.LeadDateline(d.Text[sp.Start:sp.End]); n > 0 {
		marks = append(marks, CutRange{sp.Start, sp.Start + n, false, "", false})
	}
	if n := max(text.ListMark(d.Text[sp.Start:sp.End]), text.NumberMark(d.Text[sp.Start:sp.End])); n > 0 {
		marks = append(marks, CutRange{sp.Start, sp.Start + n, false, "", false})
	}
	cuts := slices.Clone(marks)
	if si < len(d.Parsed) && len(d.Parsed[si].Words) > 0 && len(d.Parsed[si].Words) <= maxShortenedWords {
		p := newParsed(d.Text, &d.Parsed[si])
		for _, rule := range rules {
			for _, c := range rule(p) {
				if c.Start >= sp.Start && c.End <= sp.End && c.Start < c.End && !quoting(d.Text[sp.Start:c.Start]) &&
					keepsAll(d, c, ds, said) {
					cuts = append(cuts, c)
				}
			}
		}
	}
	s := keptText(d.Text, sp, cuts)
	if s.words < minKeptWords && len(cuts) > len(marks) {
		return keptText(d.Text, sp, marks)
	}
	return s
}

// quoting reports whether a text leaves a quotation open: a cut after it
// would change the words of the quotation.
func quoting(s string) bool {
	return strings.Count(s, "\"")%2 == 1 || strings.Count(s, "“") > strings.Count(s, "”")
}

// bracketed reports whether a cut is a bracketed aside: "($136m; £72.3m)".
func bracketed(part string) bool {
	part = strings.TrimSpace(part)
	return strings.HasPrefix(part, "(") || strings.HasPrefix(part, "[")
}

// acronymRe matches a bracketed acronym: "(WTO)", "(R&D)".
var acronymRe = regexp.MustCompile(`^\s*\(([\p{Lu}&]{2,8})\)$`)

// keepsAll reports whether a cut may go: it holds no date (a day of the
// news past by the article's day aside), names no
// speaker the summary has not named already (said holds the items before),
// says who or what no name is that the summary has not named already, and
// is no acronym the article uses later.
func keepsAll(d *doc.Document, c CutRange, ds []dates.Mark, said string) bool {
	if c.day {
		return pastDay(d, c, ds)
	}
	if len(dates.Within(ds, c.Start, c.End)) > 0 || figuresIn(d, briefing.Span{Start: c.Start, End: c.End}) > 0 && !bracketed(d.Text[c.Start:c.End]) {
		return false
	}
	part := d.Text[c.Start:c.End]
	if m := acronymRe.FindStringSubmatch(part); m != nil && wordIn(d.Text[c.End:], m[1]) {
		return false
	}
	if c.named && !namedIn(d.Text[c.Start:c.End], said) || c.describes != "" && !wordIn(said, c.describes) {
		return false
	}
	return true
}

// keptText joins what the cuts leave of a sentence: the text on one line,
// capitalised when its opening was cut, and the spans it came from.
func keptText(src string, sp briefing.Span, cuts []CutRange) shortened {
	slices.SortFunc(cuts, func(a, b CutRange) int { return a.Start - b.Start })
	var b strings.Builder
	var spans []briefing.Span
	pos := sp.Start
	keepTo := func(end int) {
		if end > pos {
			b.WriteString(src[pos:end])
			if s, ok := trimmedSpan(src, pos, end); ok {
				spans = append(spans, s)
			}
		}
	}
	for _, c := range cuts {
		keepTo(c.Start)
		pos = max(pos, c.End)
	}
	keepTo(sp.End)
	out := text.OneLineText(b.String())
	if len(cuts) > 0 && cuts[0].Start <= firstNonSpace(src, sp.Start, sp.End) {
		out = capitaliseFirst(out)
	}
	return shortened{text: out, spans: spans, words: len(strings.Fields(out))}
}

// firstNonSpace returns the offset of the first byte of text[start:end]
// that is not white space.
func firstNonSpace(text string, start, end int) int {
	for start < end && strings.ContainsRune(" \t\r\n", rune(text[start])) {
		start++
	}
	return start
}

// trimmedSpan returns text[start:end] without its surrounding white space,
// and false when nothing is left.
func trimmedSpan(text string, start, end int) (briefing.Span, bool) {
	start = firstNonSpace(text, start, end)
	for end > start && strings.ContainsRune(" \t\r\n", rune(text[end-1])) {
		end--
	}
	return briefing.Span{Start: start, End: end}, end > start
}

// capitaliseFirst upper-cases the first letter of a text that starts in
// lower case.
func capitaliseFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// wordIn reports whether w occurs in s as a whole word.
func wordIn(s, w string) bool {
	for i := strings.Index(s, w); i >= 0; {
		end := i + len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (i == 0 || !text.IsWordRune(before)) && (end == len(s) || !text.IsWordRune(after)) {
			return true
		}
		next := strings.Index(s[i+1:], w)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// TitleCuts returns what a headline built from sentence si leaves out:
// every part the cut rules find, dated or not, the attribution at its end
// however the parser attached it, and a dateline that opens it.
func TitleCuts(d *doc.Document, si int) []CutRange {
	sp := d.Sentences[si]
	var cuts []CutRange
	if si < len(d.Parsed) && len(d.Parsed[si].Words) > 0 && len(d.Parsed[si].Words) <= maxShortenedWords {
		p := newParsed(d.Text, &d.Parsed[si])
		for _, rule := range cutRules {
			cuts = append(cuts, rule(p)...)
		}
	}
	s := d.Text[sp.Start:sp.End]
	if loc := text.AttributionTail.FindStringIndex(s); loc != nil && loc[0] > 0 && !strings.Contains(s[loc[0]+1:loc[1]], ",") {
		cuts = append(cuts, CutRange{sp.Start + loc[0], sp.Start + loc[1], false, "", false})
	}
	if n := text.LeadDateline(s); n > 0 { // "NARETH, 27 November — The ministers agreed"
		cuts = append(cuts, CutRange{sp.Start, sp.Start + n, false, "", false})
	}
	return cuts
}

// namedIn reports whether every capitalised word of part after its first
// word, titles such as "Mr" aside, occurs in said: the speaker an
// attribution names is already known.
func namedIn(part, said string) bool {
	f := strings.Fields(strings.Trim(part, ",.;: "))
	for _, w := range f[min(1, len(f)):] {
		w = strings.Trim(w, ",.;:\"“”'’")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !text.AbbrevWord[strings.ToLower(strings.TrimSuffix(w, "."))] && !wordIn(said, w) {
			return false
		}
	}
	return said != ""
}
