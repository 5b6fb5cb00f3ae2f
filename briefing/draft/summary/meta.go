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
// questions"), the courtesy that opens a diplomatic note ("… presents
// its compliments to the Ministry of Foreign Affairs"), a statement's
// announcement of itself ("… issue the following joint statement"), and the notes a
// page adds about itself: what a transcript is of, how it was made, what was edited,
// whose views it gives, cookies, a call for news tips, who distributed
// it, what a round-up or a situation report covers, when the next one
// comes, whom it is circulated to; and the form of a meeting or a
// briefing: its minutes' heading, the call to order, the order of
// questions, a notice's wish to inform, thanks put on record; a live
// page's welcome to its coverage.
var metaRe = regexp.MustCompile(`(?i)^(?:\S+: )?(?:this|the present) (?:page|note|release|document|report|update|letter|briefing|bulletin|newsletter|edition|issue|section|paper|faq) ` +
	`(?:answers|sets out|provides|summari[sz]es|covers|describes|explains|contains|gives|outlines|lists|looks at)\b|` +
	`^(?:this|in this) (?:week|issue|edition|newsletter)\s*:|` +
	`\bbefore (?:i|we) take (?:your )?questions\b|` +
	`\bpresents (?:its|his|her|their) compliments\b|` +
	`\b(?:issues?|issued|make|makes|made|adopts?|adopted) the following (?:joint )?(?:statement|declaration|communiqu[eé])\b|` +
	`\b(?:transcript|translation|text) (?:was|has been|is) (?:produced|prepared|machine[- ]generated)\b|\bmay contain (?:errors|inaccuracies)\b|` +
	`^(?:this is )?(?:an? |the )?(?:(?:lightly )?edited |full )?transcript of (?:an? |the )?(?:interview|conversation|exchange|briefing|programme|program|broadcast)\b|` +
	`\bhave been (?:edited|condensed|shortened) for (?:length|clarity|brevity)\b|\bviews expressed (?:in|here)\b|` +
	`\buse cookies\b|^have (?:you )?(?:got )?a (?:news )?(?:tip|story)\b|^distributed (?:on behalf of|by)\b|` +
	`^(?:your|our) (?:\w+ )?(?:round-?up|briefing|digest) of\b|^(?:it|this (?:report|update)) covers the period\b|` +
	`\b(?:then|and) take (?:your )?questions\b|^minutes of (?:the|a|an)\b|^the next (?:report|update|bulletin|edition|briefing) will be (?:issued|published|released)\b|` +
	`\bwelcome to (?:our|this|the) (?:live )?(?:coverage|blog|live blog|page|live page|updates)\b|` +
	`\bis circulated to\b.*\bfor information\b|\bcalled (?:the|a|an) [^.]{0,80}\bmeeting\b[^.]{0,80}\bto order\b|\bwish(?:es)? to inform\b|\bput on record (?:my|our) thanks\b`)

// meta reports whether sentence si speaks of the text or its occasion
// (see metaRe).
func meta(d *doc.Document, si int) bool {
	if si < 0 || si >= len(d.Sentences) {
		return false
	}
	sp := d.Sentences[si]
	return metaRe.MatchString(d.Text[sp.Start:sp.End])
}
