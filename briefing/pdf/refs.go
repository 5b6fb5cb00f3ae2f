package pdf

import "github.com/briefdesk/briefdesk/briefing"

// refs renders the source sentences behind spans as "[S4]", "[S1, S3]" or,
// for three or more in a row, "[S2–S5]". It is "" when there are none.
func refs(src *briefing.Source, spans []briefing.Span) string {
	return briefing.FormatRefs(src.SentenceRanges(spans))
}
