package text

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// kickerRe matches the label a page puts before its headline on the same
// line, saying what kind of page it is: "Live: Rhine floods – …",
// "TRANSCRIPT: Ministry of Health press briefing …", "Watch: …".
var kickerRe = regexp.MustCompile(`(?i)^(?:live|live updates|transcript|full transcript|exclusive|analysis|opinion|comment|explainer|interview|breaking|breaking news|watch|video|in pictures|factbox|q&a|full text): +`)

// markKicker keeps the text's first line as prose, the page's headline,
// when a kicker opens it and a headline follows the kicker on that line
// ("Live: Rhine floods – Cologne evacuates riverside districts"), though
// the label alone would make it a live blog's header or a caption.
func markKicker(text string, spans []briefing.Span, kinds []FurnitureKind) {
	if len(spans) < 2 || kinds[0] == Prose || strings.TrimSpace(text[:spans[0].Start]) != "" || !AloneOnLine(text, spans[0]) {
		return
	}
	if s := text[spans[0].Start:spans[0].End]; kickerRe.MatchString(s) && headlineShaped(strings.TrimSpace(DropKicker(s))) {
		kinds[0] = Prose
	}
}

// DropKicker returns headline s without the kicker that opens it ("Live:
// Rhine floods" → "Rhine floods"), or s.
func DropKicker(s string) string {
	if m := kickerRe.FindStringIndex(s); m != nil {
		return s[m[1]:]
	}
	return s
}
