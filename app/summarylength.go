package app

import (
	"strconv"

	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/draft"
)

// prefSummaryWords is the preference key of the summary's length in words.
const prefSummaryWords = "draft.summaryWords"

// summaryWordChoices are the summary lengths offered in Settings; the
// first is the drafting engine's default, a bottom line read at a glance.
var summaryWordChoices = []int{draft.DefaultSummaryWords, 60, 150, 200, 300}

// summaryWords is the summary's length in words for new drafts.
func (s settings) summaryWords() int {
	if n := s.p.IntWithFallback(prefSummaryWords, draft.DefaultSummaryWords); n > 0 {
		return n
	}
	return draft.DefaultSummaryWords
}

// summaryWordsLabel names a length in the Settings choice.
func summaryWordsLabel(n int) string { return "up to " + strconv.Itoa(n) + " words" }

// summaryWordsField is the Settings choice of the summary's length and the
// function that stores the choice.
func summaryWordsField(s settings) (*widget.FormItem, func()) {
	labels := make([]string, len(summaryWordChoices))
	for i, n := range summaryWordChoices {
		labels[i] = summaryWordsLabel(n)
	}
	sel := widget.NewSelect(labels, nil)
	sel.SetSelected(summaryWordsLabel(s.summaryWords()))
	item := widget.NewFormItem("Summary length", sel)
	item.HintText = "for new drafts: two to four sentences, the bottom line first"
	return item, func() {
		if i := sel.SelectedIndex(); i >= 0 {
			s.p.SetInt(prefSummaryWords, summaryWordChoices[i])
		}
	}
}
