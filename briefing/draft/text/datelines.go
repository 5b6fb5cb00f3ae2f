package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

// datelineRe matches a news dateline at the start of a paragraph: a place
// in capitals or one to three capitalised words, an optional region and
// date, an optional agency in brackets, then a dash between spaces, or
// after a point as Spanish-language agencies write it: "RABAT –",
// "WASHINGTON (Reuters) -", "LONDON, March 3 (Reuters) -", places
// joined by a slash and a date in brackets ("BRUSSELS/MINSK (Feb 24) -"), "Villa
// Serena, Jun 14 (NPA).-", a wire service between slashes ("OSLO, Norway,
// March 3, 2026 /PRNewswire/ --"), or between dashes with no space
// ("BOSTON & OSLO, Norway--(BUSINESS WIRE)--Calloway …"), or a date with
// its day first and its year ("OSLO and ABERDEEN, 9 February 2026 -"),
// or two places in capitals each with its region ("CAMBRIDGE, Mass. and
// OSAKA, Japan, June 2, 2025 --"). A
// dateline whose day comes first without a year ("LIMA, 3 Oct
// (Andes).-") stays in its sentence, for its date (see LeadDateline).
var datelineRe = regexp.MustCompile(`^(?:[A-Z][A-Z.'’\-]*(?:(?:[ /]| and | & )[A-Z][A-Z.'’\-]*){0,3}|[A-Z][\p{L}.'’\-]*(?: [A-Z][\p{L}.'’\-]*){0,2})` +
	`(?:, [A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)?)?` +
	`(?:(?: and | & )[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}(?:, [A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)?)?)?` +
	`(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|, \d{1,2} [A-Z][a-z]{2,8} \d{4})?` +
	`(?:(?: \([\p{L}\d .&\-]{2,30}\)| /[\p{L}\d .&\-]{2,30}/)?(?: ?(?:–|—|--?)|\.-) +|(?:--|—| )?\([\p{L}\d .&\-]{2,30}\)(?:--|—) ?)`)

// placeDateRe matches a line that is only a place and a date, as press
// releases and statements print their dateline: "Brussels, 30 September
// 2026", "Geneva, October 28, 2026".
var placeDateRe = regexp.MustCompile(`^\p{Lu}[\p{L}.'’\-]*(?: \p{Lu}[\p{L}.'’\-]*){0,2}, (?:\d{1,2} \p{Lu}\p{Ll}+ \d{4}|\p{Lu}\p{Ll}+\.? \d{1,2},? \d{4})\.?$`)

// colonDatelineRe matches a dateline closed by a colon, as papers in South
// Asia and parts of Africa print it: "ISLAMABAD: ", "New Delhi: ".
var colonDatelineRe = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}|\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){0,2}): +`)

// minColonLeadWords is the fewest words the sentence after a colon
// dateline must have: a lead, not a headline ("Brexit: what next").
const minColonLeadWords = 8

// datelineEnd returns where the text of block b starts once a leading
// dateline is skipped (b.Start when there is none). A dateline closed by a
// colon is read only on the lead paragraph (lead).
func datelineEnd(text string, b briefing.Span, lead bool) int {
	m := datelineRe.FindStringIndex(text[b.Start:b.End])
	if m == nil && lead {
		return colonDatelineEnd(text, b)
	}
	if m == nil || b.Start+m[1] >= b.End {
		return b.Start
	}
	r, _ := utf8.DecodeRuneInString(text[b.Start+m[1] : b.End])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"“‘'", r) {
		return b.Start
	}
	head := text[b.Start : b.Start+m[1]]
	cut := strings.IndexAny(head, ",(–—-")
	if cut < 0 {
		cut = len(head)
	}
	place := strings.ReplaceAll(strings.TrimSpace(head[:cut]), " and ", " ") // "HOUSTON and SEOUL": two places
	if strings.ContainsFunc(place, unicode.IsLower) && !strings.Contains(head, "(") && !knownPlace(place) {
		return b.Start // "Brexit – what next" is a title, not a dateline
	}
	if fileCaptionRe.MatchString(text[b.Start:b.End]) {
		return b.Start // "FILE - A police car …" opens a caption
	}
	return b.Start + m[1]
}

// datedDateline returns the dateline that segmentation cut from the block
// starting at start, its text starting at end, without its closing dash,
// when it holds a date ("CHICAGO, October 28, 2026 --"): kept as a
// sentence of its own, its date is read; a dateline without one is not.
func datedDateline(text string, start, end int) (briefing.Span, bool) {
	if end <= start || !strings.ContainsAny(text[start:end], "0123456789") {
		return briefing.Span{}, false
	}
	e := start + len(strings.TrimRight(text[start:end], " \t–—-.:"))
	s, e := trimSpan(text, start, e)
	return briefing.Span{Start: s, End: e}, e > s
}

// colonDatelineEnd returns where the lead paragraph b starts after a
// dateline closed by a colon ("Varunpur: The Union Cabinet on Wednesday
// approved …"), or b.Start. The place must be one the gazetteer knows, or
// a name: words the text model has never seen in lower case inside a
// sentence, so that a label ("Warning:", "Update:") is no dateline. What
// follows must be a whole sentence with a verb.
func colonDatelineEnd(text string, b briefing.Span) int {
	s := text[b.Start:b.End]
	m := colonDatelineRe.FindStringIndex(s)
	if m == nil {
		return b.Start
	}
	rest := s[m[1]:]
	first := rest
	if stop := strings.Index(rest, ". "); stop >= 0 {
		first = rest[:stop+1]
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) || !MoreWordsThan(first, minColonLeadWords-1) || !EndsSentence(rest) || !HasVerb(strings.Fields(first)) ||
		strings.Contains(text[b.End:], "\n"+s[:m[1]]) {
		return b.Start
	}
	place := strings.TrimSuffix(strings.TrimSpace(s[:m[1]]), ":")
	if !knownPlace(place) && !properName(place) {
		return b.Start
	}
	return b.Start + m[1]
}

// properName reports whether every word of name is one the text model has
// never seen in lower case inside a sentence, and no label word.
func properName(name string) bool {
	ortho := LoadPunkt().Ortho
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if ortho[lw]&OrthoMidLc != 0 || labelWords[lw] || matchFields[lw] || StopWords[lw] {
			return false
		}
	}
	return true
}

// knownPlace reports whether name is a capital or a place the gazetteer
// knows (not a country: "Morocco – China ties" is no dateline).
func knownPlace(name string) bool {
	g := gazetteer.Load()
	r, ok := g.Lookup(name)
	return ok && (r.How == gazetteer.RefCapital || g.Entities[r.Entity].Kind == briefing.KindPlace)
}

// datelineBlocks is how many leading paragraphs may carry a dateline (a
// title line may come before it), not counting lines of page furniture
// such as a byline or a time stamp; datelineParagraphs is how many
// paragraphs ending as sentences do may come before or with it, however
// many header lines (a standfirst, an unread label) stand above.
const (
	datelineBlocks     = 3
	datelineParagraphs = 2
)

// datelineStarts returns, for each leading block of bs that may carry the
// article's dateline, where its text starts once the dateline is
// skipped: the first datelineBlocks blocks that are not furniture lines,
// and further ones up to the datelineParagraphs-th that ends as a
// sentence does. Only the lead paragraph, the first of those, may carry a
// dateline closed by a colon.
func datelineStarts(text string, bs []briefing.Span) []int {
	var out []int
	seen, paragraphs := 0, 0
	for _, b := range bs {
		s := text[b.Start:b.End]
		if seen >= datelineBlocks && paragraphs >= datelineParagraphs {
			break
		}
		if furnitureLine(s) != Prose {
			out = append(out, b.Start)
			continue
		}
		seen++
		lead := paragraphs == 0 && EndsSentence(s) && MoreWordsThan(s, minColonLeadWords)
		out = append(out, datelineEnd(text, b, lead))
		if EndsSentence(s) {
			paragraphs++
		}
	}
	return out
}

// FindDateline returns the span of the article's dateline, without the
// dash, when it has one: one segmentation leaves out of the sentence, or
// a place in capitals with a date that stays in it (see LeadDateline).
func FindDateline(text string) (briefing.Span, bool) {
	bs := blocks(text)
	for i, start := range datelineStarts(text, bs) {
		b := bs[i]
		if start > b.Start {
			s := b.Start
			e := s + strings.IndexAny(text[s:start], "–—-(:")
			if p := strings.Index(text[s:start], ", "); p >= 0 && s+p < e {
				e = s + p
			}
			_, e = trimSpan(text, s, e)
			return briefing.Span{Start: s, End: e}, e > s
		}
		if n := LeadDateline(text[b.Start:b.End]); n > 0 { // kept in its sentence: "NARETH, 27 November — …"
			head := text[b.Start : b.Start+n]
			_, e := trimSpan(text, b.Start, b.Start+strings.IndexAny(head, ",–—-("))
			if place := text[b.Start:e]; e > b.Start && !strings.ContainsFunc(place, unicode.IsLower) {
				return briefing.Span{Start: b.Start, End: e}, true
			}
		}
	}
	return briefing.Span{}, false
}
