package summary

import (
	"regexp"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// hostIntroRe matches the words by which a host brings in a guest, after
// the host's label: "Joining me now is the Minister for Health, Siobhán
// Keane.", "I'm joined by the union's general secretary.", "My guest this
// morning is …".
var hostIntroRe = regexp.MustCompile(`(?i)^(?:and )?(?:(?:joining|with) (?:me|us)(?: now| today| tonight| this (?:morning|evening|afternoon)| in the studio)? (?:is|are)|` +
	`(?:i'm|i’m|i am|we're|we’re|we are) (?:now )?joined(?: now)? by|my guests? (?:now |today |tonight |this (?:morning|evening|afternoon) )?(?:is|are))\b`)

// hostIntro reports whether sentence si is a host's introduction of a
// guest: who speaks next, not the news the interview makes.
func hostIntro(d *doc.Document, si int) bool {
	if si >= len(d.Sentences) {
		return false
	}
	sp := d.Sentences[si]
	s := d.Text[sp.Start:sp.End]
	if _, end, ok := text.SpeakerLabel(s); ok {
		s = s[end:]
	}
	for len(s) > 0 && (s[0] == ':' || s[0] == ' ') {
		s = s[1:]
	}
	return hostIntroRe.MatchString(s)
}
