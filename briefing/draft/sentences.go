package draft

import "github.com/briefdesk/briefdesk/briefing"

// Sentences returns the byte spans of the sentences of text as the drafting
// engine splits them (datelines and headings kept apart).
func Sentences(text string) []briefing.Span { return Segment(text) }
