package text

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Above a page's headline there may stand a few short lines that say
// what kind of page it is or file it, not what happened: a page-type or
// section label ("Press release", "Analysis", "Meetings Coverage"), a
// document code ("SC/16234"). They are furniture when the headline
// follows them.
const (
	maxLabelWords = 3 // the longest a label line may be
	maxLabelLines = 4 // the most lines of labels, codes and stamps above a headline
	// maxLetterheadWords is the longest a letterhead may be: a body's name
	// in capitals, "X OF Y", with no verb ("MINISTRY OF FOREIGN AFFAIRS OF
	// …"); a headline in capitals above its standfirst is not one.
	maxLetterheadWords = 12
)

// markPageLabels marks the label lines heading a page: the short lines at
// the top of the text, before any prose, that name no verb, hold no
// function word and end without a full stop, or are a letterhead in
// capitals, when a headline line with more words follows them.
func markPageLabels(text string, spans []briefing.Span, kinds []FurnitureKind) {
	var labels []int
	for i, sp := range spans {
		if i >= 2*maxLabelLines+len(labels) { // furniture lines (a cookie banner, a breadcrumb) may stand among them
			return
		}
		switch {
		case kinds[i] != Prose:
		case labelLine(text, sp):
			labels = append(labels, i)
		case len(labels) > 0 && headlineLine(text, sp):
			for _, k := range labels {
				kinds[k] = furnLabel
			}
			return
		default:
			return
		}
	}
}

// labelLine reports whether sentence sp is a line of its own that reads
// as a label or a code: at most maxLabelWords words, none of them a
// function word or a verb, and no punctuation that ends a sentence or
// opens a list; or a letterhead, a body's name "X OF Y" in capitals with
// no verb.
func labelLine(text string, sp briefing.Span) bool {
	s := strings.TrimSpace(text[sp.Start:sp.End])
	f := strings.Fields(s)
	if !AloneOnLine(text, sp) || len(f) == 0 || EndsSentence(s) ||
		strings.ContainsAny(s[len(s)-1:], ":;,") || IsListMarker(f[0]) || HasVerb(f) {
		return false
	}
	if bodyName(f) {
		return true
	}
	if len(f) > maxLabelWords {
		return len(f) <= maxLetterheadWords && strings.ToUpper(s) == s && strings.ToLower(s) != s && slices.Contains(f[1:], "OF")
	}
	if f[0] == "The" && len(f) > 1 { // a masthead: "The Hallam Courier"
		f = f[1:]
	}
	for _, w := range f {
		if StopWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// headlineLine reports whether sentence sp is a line of its own shaped as
// a headline: more words than a label, at most MaxTitleWords, made of
// words and ending without a full stop, colon or comma.
func headlineLine(text string, sp briefing.Span) bool {
	return AloneOnLine(text, sp) && headlineShaped(strings.TrimSpace(text[sp.Start:sp.End]))
}

// headlineShaped reports whether s is shaped as a headline: more words
// than a label, at most MaxTitleWords, made of words and ending without a
// full stop, colon or comma.
func headlineShaped(s string) bool {
	n := WordCount(s)
	return n > maxLabelWords && n <= MaxTitleWords && Wordy(s) &&
		!strings.ContainsAny(s[len(s)-1:], ".:;,") && !KeyPointsHeadRe.MatchString(s) && !DateLine(s)
}

// maxBodyNameWords is the longest a body's name heading a page may be.
const maxBodyNameWords = 6

// nameLinks join the capitalised words of a body's name.
var nameLinks = SetOf("of", "for", "and", "&", "the")

// bodyName reports whether words f are a body's name in title case with
// "of", "for" or "and" inside it, as a government page's letterhead
// gives it: "Ministry of Health", "Department for Transport".
func bodyName(f []string) bool {
	if len(f) < 3 || len(f) > maxBodyNameWords || nameLinks[f[len(f)-1]] {
		return false
	}
	links := 0
	for k, w := range f {
		switch {
		case k > 0 && nameLinks[w]:
			links++
		case !FirstRuneUpper(w) || StopWords[strings.ToLower(w)]:
			return false
		}
	}
	return links > 0
}
