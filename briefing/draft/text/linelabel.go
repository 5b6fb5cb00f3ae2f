package text

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// Turns labelled on lines of their own: a parliament's record, an earnings
// call or a hearing prints the speaker's name on a line above the turn,
// with no colon ("Daniel Okoro\nI understand my hon. Friend's frustration
// …", "Elena Marchetti\nSure, Ravi. As we said …"), maybe with a
// constituency and a party in brackets ("Sarah Whitcombe (Lancaster and
// Wyre) (Lab)") or an office before the name in brackets ("The Minister
// of State, Department for Transport (Daniel Okoro)").

// maxLineLabelBytes bounds a label line.
const maxLineLabelBytes = 120

// minLineTurnWords is how many words the line after a label must hold for
// it to be a turn's prose, not a heading.
const minLineTurnWords = 3

// questionMarkRe matches the number a record gives an oral question
// before the member's name ("1. Sarah Whitcombe").
var questionMarkRe = regexp.MustCompile(`^\d{1,3}\.\s+`)

// LineLabel returns the span, in line, of the speaker's name when line is
// a turn's label standing alone: a name of one to four capitalised words,
// after a question's number and before bracketed groups or a dash and an
// office ("Elena Marchetti - President and Chief Executive Officer"), or
// the name in the brackets after an office ("The Minister of State,
// Department for Transport (Daniel Okoro)").
func LineLabel(line string) (start, end int, ok bool) {
	start = len(line) - len(strings.TrimLeft(line, " \t"))
	end = len(strings.TrimRight(line, " \t\r"))
	if end <= start || end-start > maxLineLabelBytes {
		return 0, 0, false
	}
	if m := questionMarkRe.FindStringIndex(line[start:end]); m != nil {
		start += m[1]
	}
	var groups [][2]int // bracketed groups after the name, last first
	for end > start && line[end-1] == ')' {
		open := strings.LastIndexByte(line[start:end], '(')
		if open <= 0 {
			return 0, 0, false
		}
		groups = append(groups, [2]int{start + open + 1, end - 1})
		end = len(strings.TrimRight(line[:start+open], " "))
	}
	for _, dash := range []string{" - ", " – ", " — "} {
		if k := strings.Index(line[start:end], dash); k > 0 && len(groups) == 0 {
			end = start + k
		}
	}
	if labelName(line[start:end]) {
		return start, end, true
	}
	if len(groups) > 0 {
		g := groups[len(groups)-1] // the first group after the office
		if strings.Count(line[start:end], " ") >= 2 && labelName(line[g[0]:g[1]]) && strings.Count(line[g[0]:g[1]], " ") >= 1 {
			return g[0], g[1], true
		}
	}
	return 0, 0, false
}

// labelName reports whether s is one to four capitalised words that may
// name a speaker: letters, with hyphens, apostrophes and full stops
// inside.
func labelName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxSpeakerWords {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && !strings.ContainsRune("-'’.", c) {
				return false
			}
		}
	}
	return true
}

// lineTurnLabel returns the span in src of the label of the line that
// opens at byte at, when that line is a turn's label alone and the next
// line that holds text is a turn's prose: no label, at least
// minLineTurnWords words.
func lineTurnLabel(src string, at int) (start, end int, ok bool) {
	lineEnd := strings.IndexByte(src[at:], '\n')
	if lineEnd < 0 {
		return 0, 0, false
	}
	a, b, ok := LineLabel(src[at : at+lineEnd])
	if !ok {
		return 0, 0, false
	}
	next := at + lineEnd + 1
	for next < len(src) && (src[next] == '\n' || src[next] == ' ' || src[next] == '\r') {
		next++
	}
	nextEnd := strings.IndexByte(src[next:], '\n')
	if nextEnd < 0 {
		nextEnd = len(src) - next
	}
	if _, _, label := LineLabel(src[next : next+nextEnd]); label || !MoreWordsThan(src[next:next+nextEnd], minLineTurnWords-1) {
		return 0, 0, false // a list of names and offices ("Elena Marchetti - President\nDavid Okafor - Chief Financial Officer")
	}
	return at + a, at + b, true
}

// LineTranscript reports whether the text is a transcript whose turns are
// labelled on lines of their own: two speakers' names of two words or
// more label two turns each (a page that prints its publisher's name over
// its first and last paragraphs is no transcript).
func LineTranscript(d *doc.Document) bool {
	turns := map[string]int{}
	speakers := 0
	for at := 0; at < len(d.Text); {
		if a, b, ok := lineTurnLabel(d.Text, at); ok && strings.Contains(d.Text[a:b], " ") {
			label := d.Text[a:b]
			if turns[label]++; turns[label] == 2 {
				speakers++
			}
			if speakers == 2 {
				return true
			}
		}
		end := strings.IndexByte(d.Text[at:], '\n')
		if end < 0 {
			break
		}
		at += end + 1
	}
	return false
}

// lastLineLabel returns the span of the label of the last label line that
// opens at or before byte at, the start of a line.
func lastLineLabel(src string, at int) (start, end int, ok bool) {
	for {
		if a, b, ok := lineTurnLabel(src, at); ok {
			return a, b, true
		}
		if at == 0 {
			return 0, 0, false
		}
		at = strings.LastIndexByte(src[:at-1], '\n') + 1
	}
}

// asksInLineTurns reports whether the speaker labelled label on lines of
// their own asks: at least half of their turns end with a question mark
// (a reference in brackets after it aside, "… the north-west? [902114]").
func asksInLineTurns(src, label string) bool {
	turns, asked := 0, 0
	for at := 0; at < len(src); {
		end := strings.IndexByte(src[at:], '\n')
		if end < 0 {
			end = len(src) - at
		}
		if a, b, ok := lineTurnLabel(src, at); ok && src[a:b] == label {
			turns++
			if strings.HasSuffix(lineTurnText(src, at+end+1), "?") {
				asked++
			}
		}
		at += end + 1
	}
	return turns > 0 && 2*asked >= turns
}

// lineTurnText returns the first paragraph of the turn that starts at
// byte at, without the spaces and the bracketed reference that end it: a
// page may print a line of its own under each turn ("Share this
// contribution").
func lineTurnText(src string, at int) string {
	end := strings.Index(src[at:], "\n\n")
	if end < 0 {
		end = len(src) - at
	}
	turn := strings.TrimSpace(src[at : at+end])
	if strings.HasSuffix(turn, "]") {
		if open := strings.LastIndexByte(turn, '['); open >= 0 {
			turn = strings.TrimSpace(turn[:open])
		}
	}
	return turn
}

// lineLabelAt reports whether the line that opens at byte lineStart is a
// turn's label standing alone whose name starts at byte a.
func lineLabelAt(src string, lineStart, a int) bool {
	start, _, ok := lineTurnLabel(src, lineStart)
	return ok && start == a
}
