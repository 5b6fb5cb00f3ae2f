package summary

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// summaryBody returns the body sentences the summary draws on: the
// article's body without the sentences that only greet or thank an
// audience (see phatic), ask a question of a transcript's speaker or list
// who attends a hearing (see roster), the
// standfirst and a headline line left at its
// top. The first line
// of the text, when it stands alone and ends no sentence above a body whose
// sentences do end, is a headline too long to be taken for the title line
// ("Gang who stole £2million of lorries to order jailed for 31 years as
// police vow to strip them of every penny" over a byline), not the lead; a
// lead that lost its full stop below the title line stays.
// Occasion reports whether sentence si only serves the occasion of the
// text, not its news: a greeting, a question put from the floor, a roster,
// a notice, a writer's preface, words about the text itself, a
// resolution's preamble, a host bringing in a guest or a header with no
// verb (see phatic, askedFromTheFloor, roster, disclaimer, preface, meta,
// preamble, hostIntro, verbless).
func Occasion(d *doc.Document, si int) bool {
	return phatic(d, si) || askedFromTheFloor(d, si) || roster(d, si) || disclaimer(d, si) || preface(d, si) || meta(d, si) || preamble(d, si) ||
		hostIntro(d, si) || verbless(d, si)
}

func summaryBody(d *doc.Document) []int {
	body := latestFirst(d, slices.DeleteFunc(text.BodySentences(d), func(si int) bool { return Occasion(d, si) }))
	for len(body) > 1 && standfirst(d, body, 0) {
		body = body[1:]
	}
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

// standfirst reports whether the k-th body sentence is a page's standfirst,
// the line of its header under the headline, not its lead: a sentence of
// the header above the byline ("Defence Secretary confirms closure …" over
// "From: Ministry of Defence" / "Published 4 March 2027"), with body after
// it.
func standfirst(d *doc.Document, body []int, k int) bool {
	return k+1 < len(body) && text.HeadsByline(d, body[k])
}

// highlight reports whether the k-th body sentence is an item of a list
// of highlights that opens the body, above prose: a press release's
// bullets under its headline ("- Veridane to receive $45 million
// upfront …") over the dated lead that tells the news.
func highlight(d *doc.Document, body []int, k int) bool {
	for _, si := range body[:k+1] {
		if sp := d.Sentences[si]; text.ListMark(d.Text[sp.Start:sp.End]) == 0 {
			return false
		}
	}
	for _, si := range body[k+1 : min(len(body), leadWindow)] {
		if sp := d.Sentences[si]; text.ListMark(d.Text[sp.Start:sp.End]) == 0 {
			return true
		}
	}
	return false
}
