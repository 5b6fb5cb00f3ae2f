package text

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// TurnLabel returns the byte span in d.Text of the speaker label of the
// transcript turn that sentence si belongs to ("Lidia Varga: We will not
// accept …", "Q: Will Castria accept …?", "COMMISSIONER HALE: …"): the
// label that opens si or the nearest sentence before it on its line, else
// the label that opens its line. In a transcript, a paragraph with no
// label goes on with the turn of the last label before it ("PREMIER:
// Thanks for coming.\n\nFirst, we will rebuild the bridge."). ok is false
// for a sentence in no labelled turn.
func TurnLabel(d *doc.Document, si int) (start, end int, ok bool) {
	if si < 0 || si >= len(d.Sentences) {
		return 0, 0, false
	}
	sent := d.Sentences[si]
	lineStart := strings.LastIndexByte(d.Text[:sent.Start], '\n') + 1
	for k := si; k >= 0 && d.Sentences[k].Start >= lineStart; k-- {
		at := d.Sentences[k]
		if a, b, ok := SpeakerLabel(d.Text[at.Start:at.End]); ok {
			return at.Start + a, at.Start + b, true
		}
	}
	if a, b, ok := SpeakerLabel(d.Text[lineStart:sent.End]); ok {
		return lineStart + a, lineStart + b, true
	}
	if Transcript(d) {
		return lastLabelBefore(d.Text, lineStart)
	}
	if LineTranscript(d) {
		return lastLineLabel(d.Text, lineStart)
	}
	return 0, 0, false
}

// lastLabelBefore returns the span of the label that opens the last
// labelled line of text before byte at.
func lastLabelBefore(src string, at int) (start, end int, ok bool) {
	for end := at - 1; end > 0; {
		start := strings.LastIndexByte(src[:end], '\n') + 1
		if a, b, ok := SpeakerLabel(src[start:end]); ok {
			return start + a, start + b, true
		}
		end = start - 1
	}
	return 0, 0, false
}

// Transcript reports whether the text is a transcript of turns: a
// questioner's label opens a line ("Q:", "QUESTION:"), or one speaker's
// label opens two, not a page whose lines open with headings ("Housing:
// …", "From: …").
func Transcript(d *doc.Document) bool {
	seen := map[string]bool{}
	_, found := LabelledLine(d.Text, func(label string, _ int) bool {
		label = strings.ToLower(label)
		if Questioners[label] || seen[label] {
			return true
		}
		seen[label] = true
		return false
	})
	return found
}

// LabelledLine returns the end of the label of the first line of src
// that opens with a label (see SpeakerLabel) and that fits, given the
// label and the byte its line ends at.
func LabelledLine(src string, fits func(label string, lineEnd int) bool) (labelEnd int, ok bool) {
	for at := 0; at < len(src); {
		end := strings.IndexByte(src[at:], '\n')
		if end < 0 {
			end = len(src) - at
		}
		if a, b, ok := SpeakerLabel(src[at : at+end]); ok && fits(src[at+a:at+b], at+end) {
			return at + b, true
		}
		at += end + 1
	}
	return 0, false
}

// QuestionerTurn reports whether sentence si belongs to a questioner's
// turn in a transcript: the label of its turn (see TurnLabel) is such as
// "Q:", "Question:" or "Interviewer:", or it carries the number a
// committee's record gives a member's question ("Q3 Owen Carrick:"), or
// it is the label of a member who puts a numbered question elsewhere in
// the record: the member's remarks between questions ("Owen Carrick: It's
// a broken promise", "Chair: We will hold you to that") are the
// questioner's too; so are the turns, labelled on lines of their own, of
// a member or an analyst who mostly asks. What a questioner says a party will
// do or has agreed is a claim put to the speaker ("Q: Your rival says the
// firm will close the plant. Is that right?"), not a commitment the text
// reports; a turn ends at the next line or label ("A:", "Hale:").
func QuestionerTurn(d *doc.Document, si int) bool {
	a, b, ok := TurnLabel(d, si)
	if !ok {
		return false
	}
	lineStart := strings.LastIndexByte(d.Text[:a], '\n') + 1
	label := strings.ToLower(d.Text[a:b])
	return Questioners[label] || QuestionNumber(strings.TrimLeft(d.Text[lineStart:b], " \t*-–—")) > 0 || asksNumbered(d.Text, label) ||
		namedHost(d.Text, label) || lineLabelAt(d.Text, lineStart, a) && asksInLineTurns(d.Text, d.Text[a:b])
}

// namedHost reports whether a line of the text's header names the speaker
// labelled label (lower-cased) as the one who asks: "Host: Leonie Brandt"
// over the turns of "LEONIE BRANDT:".
func namedHost(src, label string) bool {
	if len(strings.Fields(label)) < 2 {
		return false // a host is named in full: "Host: Leonie Brandt"; "REPORTER: Premier, will you …" names no host
	}
	_, found := LabelledLine(src, func(l string, lineEnd int) bool {
		if !hostLabels[strings.ToLower(l)] {
			return false
		}
		lineStart := strings.LastIndexByte(src[:lineEnd], '\n') + 1
		_, value, _ := strings.Cut(src[lineStart:lineEnd], ":")
		if MoreWordsThan(value, maxSpeakerWords*2) || strings.ContainsAny(value, "?.!") {
			return false // "Q (LETA): Minister Kjeldsen, will Denmark …?": a question put to the speaker, no header
		}
		name, _, _ := strings.Cut(value, ",")
		return strings.EqualFold(strings.TrimSpace(name), label)
	})
	return found
}

// hostLabels are the labels of a header line that names who asks the
// questions of a programme or an interview ("Host: Leonie Brandt").
var hostLabels = SetOf("host", "presenter", "interviewer", "moderator", "anchor")

// asksNumbered reports whether the speaker labelled label puts a numbered
// question somewhere in src ("Q1 Chair: What went wrong?").
func asksNumbered(src, label string) bool {
	_, found := LabelledLine(src, func(l string, lineEnd int) bool {
		if strings.ToLower(l) != label {
			return false
		}
		lineStart := strings.LastIndexByte(src[:lineEnd], '\n') + 1
		return QuestionNumber(strings.TrimLeft(src[lineStart:lineEnd], " \t*-–—")) > 0
	})
	return found
}
