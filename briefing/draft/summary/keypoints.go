package summary

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// keyPoints returns the indices of the sentences a page lists under a
// key-points heading: the lines right after it, each a sentence alone on
// its line, up to the first blank line. A list whose lines open with time
// stamps is a live blog's index of its entries ("Key events / 23:41 …"),
// not its bottom line. It returns nil when the page has no list of at
// least two lines.
func keyPoints(d *doc.Document) []int {
	for _, h := range text.KeyPointsHeadRe.FindAllStringIndex(d.Text, -1) {
		var out []int
		from := h[1]
		for k, sp := range d.Sentences {
			if sp.Start < from {
				continue
			}
			if strings.Count(d.Text[from:sp.Start], "\n") > 1 || !text.AloneOnLine(d.Text, sp) {
				break
			}
			out = append(out, k)
			from = sp.End
		}
		if len(out) >= 2 && !entryIndex(d, out) {
			return out
		}
	}
	return nil
}

// entryIndex reports whether most of the listed sentences open with the
// time stamp of a live blog's entry.
func entryIndex(d *doc.Document, list []int) bool {
	n := 0
	for _, si := range list {
		sp := d.Sentences[si]
		if text.OpensWithEntryTime(d.Text[sp.Start:sp.End]) {
			n++
		}
	}
	return 2*n > len(list)
}

// livePage reports whether the page is a live blog: its furniture holds a
// live header or the time stamp of an entry. A live blog's key points are
// its bottom line, as its first entry is the latest, not the lead.
func livePage(d *doc.Document) bool {
	for _, f := range d.Furniture {
		if text.IsLiveMark(d.Text[f.Start:f.End]) {
			return true
		}
	}
	return false
}

// leadAndPoints is the summary of an article that boxes its key points
// above its lead: the lead first, then the points that add news to it (see
// repeats), as many as fit the word
// budget. It returns the lead and the points as one list and the picked
// indices into it; no list when the article has no lead outside the box.
func leadAndPoints(d *doc.Document, points []int, budget int) ([]int, []int) {
	var body []int
	for _, si := range summaryBody(d) {
		if !slices.Contains(points, si) {
			body = append(body, si)
		}
	}
	if len(body) == 0 {
		return nil, nil
	}
	list := append([]int{body[LeadSentence(d, body)]}, points...)
	terms := sentenceTerms(d, list)
	picked := []int{0}
	words := sentenceWords(d, list[0])
	for k := 1; k < len(list) && len(picked) < maxSummarySentences; k++ {
		w := sentenceWords(d, list[k])
		if words+w > budget || repeats(terms, picked, k) {
			continue
		}
		picked = append(picked, k)
		words += w
	}
	return list, picked
}

// maxRepeatShare is the share of a key point's words a sentence already
// picked may hold before the point only repeats it.
const maxRepeatShare = 0.6

// repeats reports whether the k-th sentence says little that one already
// picked does not: that one holds most of its words ("The bank held its
// main rate at 4.25% for a fourth meeting" under a lead on the bank
// holding its main rate at 4.25%).
func repeats(terms [][]int, picked []int, k int) bool {
	for _, p := range picked {
		if held(terms[k], terms[p]) >= maxRepeatShare {
			return true
		}
	}
	return false
}

// held is the share of the sorted term set a that the sorted set b holds.
func held(a, b []int) float64 {
	if len(a) == 0 {
		return 1
	}
	return float64(sharedTerms(a, b)) / float64(len(a))
}

// sentenceWords counts the words of sentence si.
func sentenceWords(d *doc.Document, si int) int {
	sp := d.Sentences[si]
	return text.WordCount(d.Text[sp.Start:sp.End])
}

// keyPointsSummary is the summary of a page that lists its key points:
// those points in order, as many as fit the word budget (two at least).
func keyPointsSummary(d *doc.Document, points []int, budget int) []int {
	picked, words := []int{}, 0
	for k, si := range points {
		sp := d.Sentences[si]
		w := text.WordCount(d.Text[sp.Start:sp.End])
		if k >= 2 && (words+w > budget || k >= maxSummarySentences) {
			break
		}
		picked = append(picked, k)
		words += w
	}
	return picked
}
