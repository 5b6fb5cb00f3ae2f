package summary

import "testing"

func TestMeta(t *testing.T) {
	checkSentences(t, "meta", meta, []sentenceCase{
		{"what a page does", "This page answers common questions from Ostrander shareholders about the proposed merger.", true},
		{"what a newsletter's issue holds", "This week: a long-awaited berth deal in Aldmouth, a pay fight at Keelson and new fuel rules on the way.", true},
		{"the order of a briefing", "I have two announcements before I take your questions.", true},
		{"a diplomatic note's courtesy", "The Ministry of Foreign Affairs of the Republic of Chile presents its compliments to the Ministry of Foreign Affairs and Trade of New Zealand.", true},
		{"news about a page", "The page was taken down after the ministry complained.", false},
		{"news this week", "This week the council voted to close the library.", false},
		{"a feature's opening this week", "This week, we're hearing from a writer who is converting a barn into an office.", false},
		{"questions in the news", "The minister will take questions from MPs before the vote.", false},
	})
}
