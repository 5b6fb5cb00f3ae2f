package commitments

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// maxLabelWords bounds the name of a speaker label ("Lidia Varga:",
// "Question from the floor:").
const maxLabelWords = 4

// maxLabelBytes bounds how far into a turn the colon of its label is.
const maxLabelBytes = 60

// turnLabel returns the byte span in d.Text of the speaker label of the
// transcript turn that sentence si belongs to ("Lidia Varga: We will not
// accept …", "Q: Will Castria accept …?", "COMMISSIONER HALE: …"): the
// label that opens si or the nearest sentence before it on its line, else
// the label that opens its line. In a transcript, a paragraph with no
// label goes on with the turn of the last label before it ("PREMIER:
// Thanks for coming.\n\nFirst, we will rebuild the bridge."). ok is false
// for a sentence in no labelled turn.
func turnLabel(d *doc.Document, si int) (start, end int, ok bool) {
	if si < 0 || si >= len(d.Sentences) {
		return 0, 0, false
	}
	sent := d.Sentences[si]
	lineStart := strings.LastIndexByte(d.Text[:sent.Start], '\n') + 1
	for k := si; k >= 0 && d.Sentences[k].Start >= lineStart; k-- {
		at := d.Sentences[k]
		if a, b, ok := openingLabel(d.Text[at.Start:at.End]); ok {
			return at.Start + a, at.Start + b, true
		}
	}
	if a, b, ok := openingLabel(d.Text[lineStart:sent.End]); ok {
		return lineStart + a, lineStart + b, true
	}
	if transcript(d) {
		return lastLabelBefore(d.Text, lineStart)
	}
	return 0, 0, false
}

// lastLabelBefore returns the span of the label that opens the last
// labelled line of text before byte at.
func lastLabelBefore(text string, at int) (start, end int, ok bool) {
	for end := at - 1; end > 0; {
		start := strings.LastIndexByte(text[:end], '\n') + 1
		if a, b, ok := openingLabel(text[start:end]); ok {
			return start + a, start + b, true
		}
		end = start - 1
	}
	return 0, 0, false
}

// transcript reports whether the text is a transcript of turns: a
// questioner's label opens a line ("Q:", "QUESTION:"), or one speaker's
// label opens two, not a page whose lines open with headings ("Housing:
// …", "From: …").
func transcript(d *doc.Document) bool {
	seen := map[string]bool{}
	_, found := labelledLine(d.Text, func(label string, _ int) bool {
		label = strings.ToLower(label)
		if questioners[label] || seen[label] {
			return true
		}
		seen[label] = true
		return false
	})
	return found
}

// labelledLine returns the end of the label of the first line of text
// that opens with a label (see openingLabel) and that fits, given the
// label and the byte its line ends at.
func labelledLine(text string, fits func(label string, lineEnd int) bool) (labelEnd int, ok bool) {
	for at := 0; at < len(text); {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text) - at
		}
		if a, b, ok := openingLabel(text[at : at+end]); ok && fits(text[at+a:at+b], at+end) {
			return at + b, true
		}
		at += end + 1
	}
	return 0, false
}

// openingLabel returns the span of the speaker's name in the label that
// opens text: after list marks, a name of up to four capitalised words,
// maybe with a source in parentheses after it ("Q (Reuters):"), then a
// colon and a space ("Marta Ilves: …", "PREMIER: …"). A clock time
// ("10:30") or prose with a colon ("The deal is clear: …") opens none.
func openingLabel(text string) (start, end int, ok bool) {
	start = len(text) - len(strings.TrimLeft(text, " \t*-–—"))
	colon := strings.IndexByte(text[start:], ':')
	if colon <= 0 || colon > maxLabelBytes {
		return 0, 0, false
	}
	colon += start
	if colon+1 < len(text) && !unicode.IsSpace(rune(text[colon+1])) {
		return 0, 0, false // "10:30", "Note:x"
	}
	label := strings.TrimRight(text[start:colon], " *")
	if p := strings.IndexByte(label, '('); p > 0 && strings.HasSuffix(label, ")") {
		label = strings.TrimRight(label[:p], " ")
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > maxLabelWords {
		return 0, 0, false
	}
	for _, w := range words {
		if r := []rune(w); !unicode.IsUpper(r[0]) || strings.ContainsAny(w, "\"“”'‘’") {
			return 0, 0, false
		}
	}
	return start, start + len(label), true
}
