package summary

import (
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
