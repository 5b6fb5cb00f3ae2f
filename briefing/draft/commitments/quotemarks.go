package commitments

import "github.com/briefdesk/briefdesk/briefing/syntax"

// Directions of a quotation mark.
const (
	notAMark = iota
	opensQuote
	closesQuote
	togglesQuote // a straight mark that could open or close
)

// markDirection reads word k as a quotation mark: curly marks say which
// way they face; a straight one opens when it clings to the word after it
// and closes when it clings to the word before ("…, he said", "“…,” she
// said"). A possessive apostrophe is no mark.
func markDirection(s *syntax.Sentence, k int) int {
	w := s.Words[k]
	if w.UPOS != "PUNCT" {
		return notAMark
	}
	switch w.Form {
	case "“", "‘", "``":
		return opensQuote
	case "”", "’", "''":
		return closesQuote
	case "\"", "'", "\"\"": // a mark typed twice ("an ""unfair" sum") is one mark
	default:
		return notAMark
	}
	before := k > 0 && s.Words[k-1].End == w.Start
	after := k+1 < len(s.Words) && s.Words[k+1].Start == w.End
	switch {
	case after && !before:
		return opensQuote
	case before && !after:
		return closesQuote
	}
	return togglesQuote
}

// openedBefore reports whether sentence s begins inside a quotation that an
// earlier sentence opened: the first quotation mark it holds closes one
// ("We will pay every euro," he said — after "“We have never refused.").
func openedBefore(s *syntax.Sentence) bool {
	for k := range s.Words {
		switch markDirection(s, k) {
		case opensQuote, togglesQuote:
			return false
		case closesQuote:
			return true
		}
	}
	return false
}

// quotedWord reports whether word h stands inside quotation marks: opened
// in this sentence before it, or in an earlier sentence and not yet
// closed.
func quotedWord(s *syntax.Sentence, h int) bool {
	inside := openedBefore(s)
	for k := 0; k < h && k < len(s.Words); k++ {
		switch markDirection(s, k) {
		case opensQuote:
			inside = true
		case closesQuote:
			inside = false
		case togglesQuote:
			inside = !inside
		}
	}
	return inside
}
