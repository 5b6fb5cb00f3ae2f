package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// questionerTurn reports whether sentence si belongs to a questioner's
// turn in a transcript: the nearest speaker's label before it on its line
// is such as "Q:", "Question:" or "Interviewer:". What a questioner says
// a party will do or has agreed is a claim put to the speaker ("Q: Your
// rival says the firm will close the plant. Is that right?"), not a
// commitment the text reports; a turn ends at the next line or label
// ("A:", "Hale:").
func questionerTurn(d *doc.Document, si int) bool {
	if si >= len(d.Sentences) {
		return false
	}
	lineStart := strings.LastIndexByte(d.Text[:d.Sentences[si].Start], '\n') + 1
	for k := si; k >= 0 && d.Sentences[k].Start >= lineStart; k-- {
		if label, ok := speakerLabel(d.Text[d.Sentences[k].Start:d.Sentences[k].End]); ok {
			return questioners[label]
		}
	}
	label, _ := speakerLabel(d.Text[lineStart:d.Sentences[si].Start])
	return questioners[label]
}

// speakerLabel returns, lower-cased, the label a transcript's turn opens
// with: a word or two, maybe with a parenthesis after it ("Q (Reuters):"),
// then a colon ("Q:", "Interviewer:", "Lidia Varga:").
func speakerLabel(text string) (string, bool) {
	text = strings.TrimLeft(text, " \t*-–—")
	colon := strings.IndexByte(text, ':')
	if colon <= 0 || colon > 40 {
		return "", false
	}
	label := strings.TrimSpace(text[:colon])
	if p := strings.IndexByte(label, '('); p > 0 && strings.HasSuffix(label, ")") {
		label = strings.TrimSpace(label[:p])
	}
	label = strings.TrimRight(label, "*")
	if f := strings.Fields(label); len(f) == 0 || len(f) > 3 || !firstUpper(label) {
		return "", false
	}
	return strings.ToLower(label), true
}

// questioners are the labels of the asking side of a transcript.
var questioners = WordSet("q question questioner interviewer reporter journalist")
