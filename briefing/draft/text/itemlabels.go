package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// itemLabelRe matches the label in capitals and the dash that open each
// item of a factbox or a round-up ("GERMANY - Berlin pledged …", "UNITED
// KINGDOM – Britain committed …", "BANK OF JAPAN - The bank held …").
var itemLabelRe = regexp.MustCompile(`^\p{Lu}[\p{Lu}.&'’\-]*(?: \p{Lu}[\p{Lu}.&'’\-]*){0,4} (?:-|–|—) +`)

// minLabelledItems is how many blocks must open with such a label for the
// text to be a list of labelled items.
const minLabelledItems = 2

// withItemLabels returns the start of each block's text once the label of
// a labelled item is set apart (see datelineStarts, whose starts it
// keeps), and the label's span for such a block (zero for the others):
// the label names the item and is a line of its own, the sentence after it
// stands alone. Only a text with at least minLabelledItems such blocks is
// read so.
func withItemLabels(text string, bs []briefing.Span, starts []int) ([]int, []briefing.Span) {
	out := make([]int, len(bs))
	labels := make([]briefing.Span, len(bs))
	labelled := 0
	for i, b := range bs {
		out[i] = b.Start
		if i < len(starts) {
			out[i] = starts[i]
		}
		if itemLabelEnd(text, b) > b.Start {
			labelled++
		}
	}
	if labelled < minLabelledItems {
		return out, labels
	}
	for i, b := range bs {
		if end := itemLabelEnd(text, b); out[i] == b.Start && end > b.Start {
			out[i] = end
			labels[i] = briefing.Span{Start: b.Start, End: b.Start + len(strings.TrimRight(text[b.Start:end], " -–—"))}
		}
	}
	return out, labels
}

// itemLabelEnd returns where block b's text starts after an item's label,
// or b.Start when it has none: the label must be followed by a capital.
func itemLabelEnd(text string, b briefing.Span) int {
	m := itemLabelRe.FindStringIndex(text[b.Start:b.End])
	if m == nil || b.Start+m[1] >= b.End {
		return b.Start
	}
	if r, _ := utf8.DecodeRuneInString(text[b.Start+m[1] : b.End]); !unicode.IsUpper(r) {
		return b.Start
	}
	return b.Start + m[1]
}

// ListMarks are the marks that open the line of an unnumbered list.
var ListMarks = []string{"- ", "– ", "* ", "• ", "● ", "▪ ", "‣ ", "◦ "}

// ListMark returns the length of the list mark and the spaces after it
// that open sentence s ("- The party is on course to win"), or 0: the mark
// is layout, not a word of the item.
func ListMark(s string) int {
	for _, m := range ListMarks {
		if rest, ok := strings.CutPrefix(s, m); ok {
			return len(s) - len(strings.TrimLeft(rest, " \t"))
		}
	}
	return 0
}

// numberMarkRe matches the number that opens a numbered paragraph and the
// spaces after it, before a capital: "2. The two sides agreed".
var numberMarkRe = regexp.MustCompile(`^\(?\d{1,3}[.)]\s+\p{Lu}`)

// NumberMark returns the length of the number and the spaces after it that
// open a numbered paragraph's sentence s, or 0: the number is layout, not
// a word of the sentence.
func NumberMark(s string) int {
	m := numberMarkRe.FindStringIndex(s)
	if m == nil {
		return 0
	}
	_, size := utf8.DecodeLastRuneInString(s[:m[1]])
	return m[1] - size
}
