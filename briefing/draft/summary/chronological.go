package summary

import (
	"regexp"
	"slices"
	"strconv"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// entryClockRe matches the time that opens a live page's entry, on a line
// of its own or run into the entry's first sentence ("18:15 Council
// leader …"); not a recording's time stamp with its seconds ("00:01:05").
var entryClockRe = regexp.MustCompile(`(?m)^[ \t]*(\d{1,2})[:.](\d{2})(?:[^:.\d]|$)`)

// minLiveEntries is the fewest timed entries that make a live page.
const minLiveEntries = 3

// latestFirst returns body, the sentences of a live page whose entries run
// oldest first ("18:02 … 18:15 … 19:34 The budget has been approved"),
// with its entries in the reverse order, latest first, each entry's
// sentences in their own order: the news of such a page is its last entry,
// as it is the first of a page that puts the latest on top. Any other body
// is returned as it is.
func latestFirst(d *doc.Document, body []int) []int {
	var entries [][]int
	var clocks []int
	prev := 0
	for _, si := range body {
		sp := d.Sentences[si]
		if c, ok := entryClock(d.Text[prev:sp.End]); ok {
			entries, clocks = append(entries, []int{si}), append(clocks, c)
		} else if len(entries) > 0 {
			entries[len(entries)-1] = append(entries[len(entries)-1], si)
		} else {
			entries = append(entries, []int{si})
			clocks = append(clocks, -1)
		}
		prev = sp.End
	}
	timed := 0
	for k, c := range clocks {
		if c < 0 {
			continue
		}
		if k > 0 && clocks[k-1] >= 0 && c <= clocks[k-1] {
			return body // not oldest first
		}
		timed++
	}
	if timed < minLiveEntries {
		return body
	}
	slices.Reverse(entries)
	var out []int
	for _, e := range entries {
		out = append(out, e...)
	}
	return out
}

// entryClock returns the minutes after midnight of the last time that
// opens a line of s, the text from the end of the sentence before to the
// end of this one: the time of the entry the sentence opens.
func entryClock(s string) (int, bool) {
	m := entryClockRe.FindAllStringSubmatch(s, -1)
	if m == nil {
		return 0, false
	}
	last := m[len(m)-1]
	hours, _ := strconv.Atoi(last[1])
	minutes, _ := strconv.Atoi(last[2])
	return hours*60 + minutes, hours < 24 && minutes < 60
}
