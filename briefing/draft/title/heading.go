package title

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// minNamedWords is the fewest words the part of a long heading kept as a
// title has.
const minNamedWords = 4

// topicWords open the subject of a document's long formal heading
// ("AGREEMENT BETWEEN GHANA AND NORWAY ON COOPERATION IN FISHERIES …").
var topicWords = text.SetOf("on", "concerning", "regarding", "relating")

// namedDocument returns the part of a document's formal heading, too long
// to be a title whole, that names the document before its subject: the
// heading alone on the first line, cut before the last "on" or
// "concerning" that leaves at most text.MaxTitleWords words ("AGREEMENT
// BETWEEN THE GOVERNMENT OF THE REPUBLIC OF GHANA AND THE GOVERNMENT OF
// THE KINGDOM OF NORWAY"); "" when there is none.
func namedDocument(d *doc.Document) string {
	if len(d.Sentences) < 2 {
		return ""
	}
	sp := d.Sentences[0]
	if strings.TrimSpace(d.Text[:sp.Start]) != "" || !text.AloneOnLine(d.Text, sp) {
		return ""
	}
	words := strings.Fields(text.OneLineText(d.Text[sp.Start:sp.End]))
	if next := d.Sentences[1]; len(words) <= text.MaxTitleWords && headingGoesOnBelow(d, sp, next) {
		words = append(words, strings.Fields(text.OneLineText(d.Text[next.Start:next.End]))...) // "COALITION AGREEMENT / between the Union for Progress … on the formation of …"
	}
	if len(words) <= text.MaxTitleWords || text.EndsSentence(d.Text[sp.Start:sp.End]) {
		return ""
	}
	for k := min(len(words)-1, text.MaxTitleWords); k >= minNamedWords; k-- {
		if topicWords[strings.ToLower(words[k])] {
			return titleCased(d, words[:k])
		}
	}
	return ""
}

// smallTitleWords stay in lower case inside a title.
var smallTitleWords = text.SetOf("a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "by")

// titleCased joins words, and writes them in title case when all of them
// are in capitals, but for abbreviations: short words with a full stop
// or of few letters, and words the text writes in capitals in its prose
// too ("ASEAN").
func titleCased(d *doc.Document, words []string) string {
	joined := strings.Join(words, " ")
	if joined != strings.ToUpper(joined) {
		return joined
	}
	out := make([]string, len(words))
	for k, w := range words {
		low := strings.ToLower(w)
		switch {
		case k > 0 && smallTitleWords[low]:
			out[k] = low
		case strings.Contains(w, ".") || len([]rune(w)) <= maxAcronymLetters || capitalsInProse(d.Text, w):
			out[k] = w // "S.A.", "PLC", "EU", "ASEAN": abbreviations stay as written
		default:
			r := []rune(low)
			r[0] = unicode.ToUpper(r[0])
			out[k] = string(r)
		}
	}
	return strings.Join(out, " ")
}

// maxAcronymLetters is the longest word in capitals a title keeps in
// capitals, as an abbreviation ("PLC", "EU", "WHO").
const maxAcronymLetters = 3

// headingAbove returns the heading in capitals that stands above the
// text's first body sentence, after any masthead, code or date lines
// ("RECOMMENDED ALL-SHARE MERGER OF KELBY MINERALS PLC AND VELSIA MINING
// S.A."), written in title case; "" when there is none or it runs over
// text.MaxTitleWords.
func headingAbove(d *doc.Document) string {
	body := text.BodySentences(d)
	if len(body) == 0 {
		return ""
	}
	for i := 0; i < body[0] && i < len(d.Sentences); i++ {
		sp := d.Sentences[i]
		if slices.Contains(d.Furniture, sp) || !text.HeadingInCapitals(d.Text, sp) {
			continue
		}
		words := strings.Fields(text.OneLineText(d.Text[sp.Start:sp.End]))
		if i > 0 && headingGoesOn(d, i) {
			above := d.Sentences[i-1]
			words = append(strings.Fields(text.OneLineText(d.Text[above.Start:above.End])), words...) // "CHAIRMAN'S STATEMENT / OF THE 59TH ASEAN FOREIGN MINISTERS' MEETING"
		}
		if len(words) > text.MaxTitleWords {
			return ""
		}
		if last := words[len(words)-1]; strings.Count(last, ".") == 1 {
			words[len(words)-1] = strings.TrimSuffix(last, ".") // the full stop of a heading, not of "S.A."
		}
		return titleCased(d, words)
	}
	return ""
}

// headingLinks open a line that goes on with the heading above it ("OF THE
// 59TH ASEAN FOREIGN MINISTERS' MEETING" under "CHAIRMAN'S STATEMENT").
var headingLinks = text.SetOf("of", "on", "for", "and", "to", "in", "by", "between", "from", "at")

// headingGoesOn reports whether heading i opens with a link word and goes
// on from the heading in capitals on the line right above it.
func headingGoesOn(d *doc.Document, i int) bool {
	sp, above := d.Sentences[i], d.Sentences[i-1]
	first, _, _ := strings.Cut(strings.TrimSpace(d.Text[sp.Start:sp.End]), " ")
	line := d.Text[above.Start:above.End]
	return headingLinks[strings.ToLower(first)] && text.AloneOnLine(d.Text, above) && strings.ToUpper(line) == line && strings.ToLower(line) != line &&
		strings.Count(d.Text[above.End:sp.Start], "\n") == 1 && strings.TrimSpace(d.Text[above.End:sp.Start]) == ""
}

// headingGoesOnBelow reports whether the heading in capitals sp goes on
// in the line right under it, next, which opens with a link word in lower
// case and ends no sentence ("COALITION AGREEMENT / between the Union for
// Progress … on the formation of the Government").
func headingGoesOnBelow(d *doc.Document, sp, next briefing.Span) bool {
	head, line := d.Text[sp.Start:sp.End], strings.TrimSpace(d.Text[next.Start:next.End])
	first, _, _ := strings.Cut(line, " ")
	return strings.ToUpper(head) == head && strings.ToLower(head) != head && headingLinks[first] &&
		text.AloneOnLine(d.Text, next) && !text.EndsSentence(line) && strings.Count(d.Text[sp.End:next.Start], "\n") == 1
}

// capitalsInProse reports whether the text writes w, a word in capitals,
// so on a line that also holds lower-case letters: an abbreviation, not a
// word of a heading in capitals.
func capitalsInProse(src, w string) bool {
	for at := 0; ; {
		k := strings.Index(src[at:], w)
		if k < 0 {
			return false
		}
		k += at
		at = k + len(w)
		if (k > 0 && isLetter(src[k-1])) || (at < len(src) && isLetter(src[at])) {
			continue
		}
		start := strings.LastIndexByte(src[:k], '\n') + 1
		end := strings.IndexByte(src[at:], '\n')
		if end < 0 {
			end = len(src) - at
		}
		if strings.ContainsFunc(src[start:at+end], unicode.IsLower) {
			return true
		}
	}
}

// isLetter reports whether byte c is an ASCII letter or part of a
// multi-byte character.
func isLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
