package summary

import (
	"regexp"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// disclaimerRe matches the words of a safe-harbour notice that a company's
// call or release reads before its news ("today's remarks include
// forward-looking statements", "we undertake no obligation to update"),
// the line that introduces who else is on the call ("With me are Marcus
// Hale, our Chief Executive Officer, and …"), and a bulletin's time check
// and station name ("Good morning, it's eight o'clock.", "This is Severn
// Sound News.").
var disclaimerRe = regexp.MustCompile(`(?i)\bforward[- ]looking statements?\b|\bno (?:obligation|duty) to (?:publicly )?(?:update|revise)\b|^(?:\S+: )?(?:with me (?:today |on the call |here )?(?:are|is)|joining me (?:today |on the call )?(?:are|is)?)\b|` +
	`\bit(?:'|’)?s (?:\w+ )?o(?:'|’)?clock\.?$|^(?:this is|that(?:'|’)s|that was|you(?:'|’)re listening to) [\p{L}' ]{2,40}(?:news|radio|fm|tv)\.?$`)

// disclaimer reports whether sentence si is a safe-harbour notice, the
// introduction of those on a call or a bulletin's time check or station
// name: the form of the occasion, never its news.
func disclaimer(d *doc.Document, si int) bool {
	if si < 0 || si >= len(d.Sentences) {
		return false
	}
	sp := d.Sentences[si]
	return disclaimerRe.MatchString(d.Text[sp.Start:sp.End])
}
