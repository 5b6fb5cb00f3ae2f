package text

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// entryIndexHeadRe matches the heading of a live blog's index of its
// entries.
var entryIndexHeadRe = regexp.MustCompile(`(?i)^key events:?$`)

// markEntryIndex marks the lines under a live blog's "Key events" heading,
// up to the first blank line, as the page's index of its entries: each
// line a headline of an entry told below ("Exit poll: Green Progress 31
// seats", "VLP's Sanne Verbeek rules out governing with the Farmers'
// Alliance"), with or without its time, no sentence of prose.
func markEntryIndex(text string, spans []briefing.Span, kinds []FurnitureKind) {
	for i := 0; i+1 < len(spans); i++ {
		if !entryIndexHeadRe.MatchString(strings.TrimSpace(text[spans[i].Start:spans[i].End])) || !AloneOnLine(text, spans[i]) {
			continue
		}
		for k := i + 1; k < len(spans); k++ {
			line := strings.TrimSpace(text[spans[k].Start:spans[k].End])
			if strings.Contains(text[spans[k-1].End:spans[k].Start], "\n\n") || !AloneOnLine(text, spans[k]) || EndsSentence(line) {
				break
			}
			kinds[k] = furnLive
		}
	}
}
