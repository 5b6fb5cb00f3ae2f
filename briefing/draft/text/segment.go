// Package text is the first stage of drafting: it splits an article into
// blocks and sentences with byte spans, marks page furniture (captions,
// bylines, datelines, "Read more" blocks) without deleting it, and splits
// sentences into tokens. It also holds the word helpers later stages read
// raw text with.
package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// Segment splits text into sentences with byte offsets (see
// SegmentMarked), page furniture included.
func Segment(text string) []briefing.Span {
	spans, _ := SegmentMarked(text)
	return spans
}

// SegmentMarked splits text into sentences with byte offsets and tells,
// for each, whether it is article prose or which kind of page furniture.
// Paragraphs and lines are hard boundaries (see blocks); a dateline at the
// start of the article is left out of the first sentence; a byline or a
// prompt run into a paragraph is split off first (see furniturePieces);
// within a piece Punkt proposes boundaries and the post-pass below corrects
// the ones news text gets wrong (titles, initials, "2023. Sen.", inline
// lists, ellipses); a caption run into the next sentence without
// punctuation is split off last (see fusedPieces).
func SegmentMarked(text string) ([]briefing.Span, []FurnitureKind) {
	var spans []briefing.Span
	var kinds []FurnitureKind
	add := func(sp briefing.Span, k FurnitureKind) {
		if s, e := trimSpan(text, sp.Start, sp.End); e > s {
			if k == Prose {
				k = furnitureLine(text[s:e])
			}
			if k == Prose && len(spans) > 0 && shoutedCaption(text[s:e]) {
				k = furnCaption // "FACE-OFF: The pair had to be pulled apart at Thursday's press conference"
			}
			if k == furnCaption && len(spans) == 0 && labelledHeadline(text[s:e]) {
				k = Prose // "Interview transcript: Nordvik Air chief on route cuts" opening the text: its headline
			}
			if k == Prose && placeDateRe.MatchString(text[s:e]) {
				k = DatelineLine // "Brussels, 30 September 2026" on a line of its own under a release's title
			}
			spans = append(spans, briefing.Span{Start: s, End: e})
			kinds = append(kinds, k)
		}
	}
	bs := blocks(text)
	starts, labels := withItemLabels(text, bs, datelineStarts(text, bs))
	for i, b := range bs {
		if i < len(starts) {
			if dl, ok := datedDateline(text, b.Start, starts[i]); ok {
				add(dl, DatelineLine) // "CHICAGO, October 28, 2026": a line of its own, for its date
			}
			b.Start = starts[i]
		}
		if labels[i].End > labels[i].Start {
			add(labels[i], Prose) // "GERMANY" of "GERMANY - Berlin pledged …": the item's name, a line of its own
		}
		for _, p := range furniturePieces(text, b) {
			if p.kind != Prose {
				add(p.span, p.kind)
				continue
			}
			for _, s := range splitBlock(text, p.span) {
				if s.Start, s.End = trimSpan(text, s.Start, s.End); s.End > s.Start {
					if ps := creditPieces(text, s); ps != nil {
						add(ps[0].span, ps[0].kind)
						s = ps[1].span
					}
					if ps := creditTail(text, s); ps != nil {
						add(ps[0].span, ps[0].kind)
						add(ps[1].span, ps[1].kind)
						continue
					}
					after := len(kinds) > 0 && kinds[len(kinds)-1] != Prose
					for _, f := range fusedPieces(text, s, after) {
						add(f.span, f.kind)
					}
				}
			}
		}
	}
	markRelated(text, spans, kinds)
	markCredited(text, spans, kinds)
	markLabelledCaptions(text, spans, kinds)
	markAuthorLines(text, spans, kinds)
	markPageLabels(text, spans, kinds)
	markMailHeader(text, spans, kinds)
	markKicker(text, spans, kinds)
	markPullQuotes(text, spans, kinds)
	markAuthorBios(text, spans, kinds)
	markContactBlock(text, spans, kinds)
	markBoilerplate(text, spans, kinds)
	markEntryIndex(text, spans, kinds)
	return spans, kinds
}

// splitBlock returns the sentences of one paragraph.
func splitBlock(text string, b briefing.Span) []briefing.Span {
	cuts := []int{b.Start}
	for _, e := range punktBreaks(text[b.Start:b.End]) {
		if e += b.Start; e > cuts[len(cuts)-1] && e < b.End {
			cuts = append(cuts, e)
		}
	}
	cuts = append(cuts, b.End)
	// Drop the boundaries Punkt should not have made.
	list := listMarkerRe.MatchString(text[b.Start:b.End]) || introducedList(text[b.Start:b.End]) >= 0
	kept := cuts[:1]
	for i := 1; i < len(cuts)-1; i++ {
		left := text[kept[len(kept)-1]:cuts[i]]
		if list && IsListMarker(LastWord(left)) {
			continue
		}
		if !falseBreak(left, text[cuts[i]:cuts[i+1]]) {
			kept = append(kept, cuts[i])
		}
	}
	kept = append(kept, b.End)
	// Add the ones it missed.
	var out []briefing.Span
	for i := 0; i+1 < len(kept); i++ {
		out = appendMissed(out, text, kept[i], kept[i+1])
	}
	return out
}

// Abbreviations (lower case) that stand before a name or number, so a
// period after them never ends a sentence.
var prepositive = SetOf("mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "capt.",
	"cmdr.", "adm.", "maj.", "brig.", "sgt.", "cpl.", "pvt.", "st.", "mt.", "ft.", "prof.", "rev.", "hon.",
	"pres.", "supt.", "insp.", "no.", "nos.", "vs.", "v.", "p.", "pp.", "vol.", "art.", "fig.", "ch.", "para.",
	"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "approx.")

// Abbreviations that often end a sentence but also stand inside one.
var finalAbbrev = SetOf("inc.", "corp.", "co.", "ltd.", "jr.", "sr.", "etc.", "bros.", "plc.", "a.m.", "p.m.")

// Capitalised words that start sentences but never continue a name: a
// period before them ends the sentence even after an abbreviation.
var Starters = SetOf("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
	"those", "there", "here", "how", "what", "why", "when", "where", "who", "which", "but", "and", "or", "so",
	"yet", "in", "on", "at", "for", "after", "before", "if", "as", "his", "her", "their", "its", "our", "my",
	"your", "some", "many", "most", "all", "no", "not", "did", "do", "does", "is", "are", "was", "were", "can",
	"will", "would", "should", "could", "has", "have", "had", "then", "meanwhile", "however", "also", "still",
	"now", "today", "yesterday", "later", "earlier", "according", "both", "each", "every", "such", "while",
	"although", "though", "since", "because", "during", "under", "with", "without", "from", "by", "about", "one",
	"around", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"almost", "nearly", "roughly", "only", "just", "fewer", "less")

func SetOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// falseBreak reports whether the boundary between left and right (two
// sentences proposed by Punkt) is wrong.
func falseBreak(left, right string) bool {
	next := FirstWord(right)
	if strings.Trim(next, "-–—") == "" && next != "" { // "voila! -- you have cake"
		next = FirstWord(strings.TrimLeft(strings.TrimSpace(right), "-–—"))
	}
	nr, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, "\"“‘'(["))
	if unicode.IsLower(nr) {
		return true
	}
	if last := LastWord(left); strings.HasSuffix(last, ".'s") || strings.HasSuffix(last, ".’s") {
		return true // "Daehan Motor Co.'s Slovak plant": an abbreviation's possessive ends no sentence
	}
	prev := strings.Trim(gluedTail(LastWord(left)), "\"”’'“‘([")
	lp := strings.ToLower(prev)
	switch dots := trailingDots(left); {
	case dots == 3 || strings.HasSuffix(left, "…"):
		return true
	case dots > 3:
		return false
	}
	if prepositive[lp] {
		return true
	}
	nextWord := strings.ToLower(strings.Trim(next, "\"“‘'([.,;:!?"))
	if IsInitial(prev) {
		return !Starters[nextWord] && (capitalisedBefore(left) || FirstRuneUpper(next))
	}
	if finalAbbrev[lp] || isMultiDot(prev) {
		if Starters[nextWord] || corpSuffix[lp] && sentenceOpening(right) {
			return false
		}
		if prepositive[nextWord] || prepositive[nextWord+"."] {
			return !MoreWordsThan(left, 4)
		}
		return true
	}
	return false
}

// trailingDots counts the periods at the end of s, spaces between them allowed.
func trailingDots(s string) int {
	n := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case '.':
			n++
		case ' ':
			if n == 0 {
				return 0
			}
		default:
			return n
		}
	}
	return n
}

// IsInitial reports whether w is one capital letter and a period ("J.").
func IsInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w[n:] == "."
}

// isMultiDot reports whether w is an abbreviation like U.S. or D.C.
func isMultiDot(w string) bool {
	return multiDotRe.MatchString(w)
}

var multiDotRe = regexp.MustCompile(`^(?:\p{L}\.){2,}$`)

// capitalisedBefore reports whether the word before the last one of s is
// capitalised, as in "Antony J." (but not "you and I.").
func capitalisedBefore(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(LastWord(s[:i]))
	return unicode.IsUpper(r)
}

// MoreWordsThan reports whether s has more than n words, looking at no
// more of s than it needs.
func MoreWordsThan(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if words++; words > n {
				return true
			}
		}
	}
	return false
}

func FirstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func LastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
}
