package summary

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// summaryBody returns the body sentences the summary draws on: the
// article's body without a headline line left at its top. The first line
// of the text, when it stands alone and ends no sentence above a body whose
// sentences do end, is a headline too long to be taken for the title line
// ("Gang who stole £2million of lorries to order jailed for 31 years as
// police vow to strip them of every penny" over a byline), not the lead; a
// lead that lost its full stop below the title line stays.
func summaryBody(d *doc.Document) []int {
	body := text.BodySentences(d)
	if len(body) < 2 {
		return body
	}
	sp := d.Sentences[body[0]]
	if strings.TrimSpace(d.Text[:sp.Start]) != "" || !text.AloneOnLine(d.Text, sp) || text.EndsSentence(d.Text[sp.Start:sp.End]) {
		return body
	}
	for _, si := range body[1:] {
		next := d.Sentences[si]
		if text.EndsSentence(d.Text[next.Start:next.End]) {
			return body[1:]
		}
	}
	return body
}
