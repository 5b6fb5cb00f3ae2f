package summary

import (
	"regexp"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// metaRe matches a sentence that speaks of the text or the occasion
// itself, not of the news: what a page or a note does ("This page answers
// common questions from shareholders", "This note sets out …"), what a
// newsletter's issue holds ("This week: a berth deal, a pay fight …"), the
// order of a briefing ("I have two announcements before I take your
// questions"), and the courtesy that opens a diplomatic note ("… presents
// its compliments to the Ministry of Foreign Affairs").
var metaRe = regexp.MustCompile(`(?i)^(?:\S+: )?(?:this|the present) (?:page|note|release|document|report|update|letter|briefing|bulletin|newsletter|edition|issue|section|paper|faq) ` +
	`(?:answers|sets out|provides|summari[sz]es|covers|describes|explains|contains|gives|outlines|lists|looks at)\b|` +
	`^(?:this|in this) (?:week|issue|edition|newsletter)\s*:|` +
	`\bbefore (?:i|we) take (?:your )?questions\b|` +
	`\bpresents (?:its|his|her|their) compliments\b`)

// meta reports whether sentence si speaks of the text or its occasion
// (see metaRe).
func meta(d *doc.Document, si int) bool {
	if si < 0 || si >= len(d.Sentences) {
		return false
	}
	sp := d.Sentences[si]
	return metaRe.MatchString(d.Text[sp.Start:sp.End])
}
