package draft

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// Sentences returns the byte spans of the sentences of src as the drafting
// engine splits them (datelines and headings kept apart).
func Sentences(src string) []briefing.Span { return text.Segment(src) }
