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

// wireKickerRe matches the slug a news agency puts before its headline,
// joined by a hyphen: "UPDATE 2-Chile's central bank cuts rate",
// "REFILE-…", "FACTBOX-Who has pledged what".
var wireKickerRe = regexp.MustCompile(`^(?:(?:UPDATE|WRAPUP)(?: \d+)?|REFILE|CORRECTED|RPT|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|EXPLAINER)-(?:(?:UPDATE|WRAPUP)(?: \d+)?-)?`)

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

// DropKicker returns headline s without the kicker or the agency's slug
// that opens it ("Live: Rhine floods" → "Rhine floods", "UPDATE 2-Chile's
// central bank cuts rate" → "Chile's central bank cuts rate"), or s.
func DropKicker(s string) string {
	if m := kickerRe.FindStringIndex(s); m != nil {
		return s[m[1]:]
	}
	if m := wireKickerRe.FindStringIndex(s); m != nil && m[1] < len(s) {
		return s[m[1]:] // "UPDATE 2-Chile's central bank cuts rate" → "Chile's central bank cuts rate"
	}
	return s
}
