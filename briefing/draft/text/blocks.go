package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
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
	if !unicode.IsLower(first) || strings.ContainsRune(".!?:;\"”’)]", last) || strings.Contains(FirstWord(next), "@") ||
		strings.Contains(FirstWord(next), "://") {
		return false // nor does an address start a line's second half: "By Kim So-hee" over "kimsh@herald.example"
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
