package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

// blocks splits text into paragraphs and lines, the hard sentence
// boundaries. A blank line always ends a block; a single newline ends one
// too, unless it looks like a line wrapped in the middle of a sentence: the
// line before starts with a capital and ends without punctuation, and the
// next line starts in lower case. Spans exclude surrounding white space.
func blocks(text string) []briefing.Span {
	var out []briefing.Span
	open := false
	var cur, line briefing.Span // the block so far and its last line
	for pos := 0; pos <= len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		s, e := trimSpan(text, pos, end)
		switch {
		case s == e:
			if open {
				out = append(out, cur)
				open = false
			}
		case open && softWrap(text[line.Start:line.End], text[s:e]):
			cur.End = e
			line = briefing.Span{Start: s, End: e}
		default:
			if open {
				out = append(out, cur)
			}
			cur, open = briefing.Span{Start: s, End: e}, true
			line = cur
		}
		pos = end + 1
	}
	if open {
		out = append(out, cur)
	}
	return out
}

// softWrap reports whether the line next continues the sentence of the line
// before it, cut by a stray newline (as text copied from a PDF often is).
func softWrap(before, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	first, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(first) || strings.ContainsRune(".!?:;\"”’)]", last) {
		return false
	}
	head, _ := utf8.DecodeRuneInString(before)
	return unicode.IsUpper(head) && MoreWordsThan(before, 2)
}

// trimSpan returns [start, end) without leading and trailing white space.
func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		end -= n
	}
	return start, end
}

// datelineRe matches a news dateline at the start of a paragraph: a place
// in capitals or one to three capitalised words, an optional region and
// date, an optional agency in brackets, then a dash between spaces:
// "RABAT –", "WASHINGTON (Reuters) -", "LONDON, March 3 (Reuters) -".
var datelineRe = regexp.MustCompile(`^(?:[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,3}|[A-Z][\p{L}.'’\-]*(?: [A-Z][\p{L}.'’\-]*){0,2})` +
	`(?:, [A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)?)?` +
	`(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?` +
	`(?: \([A-Za-z .&\-]{2,30}\))? ?(?:–|—|--?) +`)

// datelineEnd returns where the text of block b starts once a leading
// dateline is skipped (b.Start when there is none).
func datelineEnd(text string, b briefing.Span) int {
	m := datelineRe.FindStringIndex(text[b.Start:b.End])
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
	place := strings.TrimSpace(head[:cut])
	if strings.ContainsFunc(place, unicode.IsLower) && !strings.Contains(head, "(") && !knownPlace(place) {
		return b.Start // "Brexit – what next" is a title, not a dateline
	}
	return b.Start + m[1]
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
// such as a byline or a time stamp.
const datelineBlocks = 3

// datelineReach returns how many of the leading blocks bs of text may carry
// the dateline: the first datelineBlocks that are not furniture lines, and
// those between them.
func datelineReach(text string, bs []briefing.Span) int {
	seen := 0
	for i, b := range bs {
		if furnitureLine(text[b.Start:b.End]) != Prose {
			continue
		}
		if seen++; seen == datelineBlocks {
			return i + 1
		}
	}
	return len(bs)
}

// FindDateline returns the span of the article's dateline, without the
// dash, when it has one: one segmentation leaves out of the sentence, or
// a place in capitals with a date that stays in it (see LeadDateline).
func FindDateline(text string) (briefing.Span, bool) {
	bs := blocks(text)
	for _, b := range bs[:datelineReach(text, bs)] {
		if end := datelineEnd(text, b); end > b.Start {
			s := b.Start
			e := s + strings.IndexAny(text[s:end], "–—-(")
			if p := strings.Index(text[s:end], ", "); p >= 0 && s+p < e {
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
