package summary

import "testing"

func TestMeta(t *testing.T) {
	checkSentences(t, "meta", meta, []sentenceCase{
		{"what a page does", "This page answers common questions from Ostrander shareholders about the proposed merger.", true},
		{"what a newsletter's issue holds", "This week: a long-awaited berth deal in Aldmouth, a pay fight at Keelson and new fuel rules on the way.", true},
		{"the order of a briefing", "I have two announcements before I take your questions.", true},
		{"a diplomatic note's courtesy", "The Ministry of Foreign Affairs of the Republic of Chile presents its compliments to the Ministry of Foreign Affairs and Trade of New Zealand.", true},
		{"a statement announcing itself", "The Governments of the Republic of Kazakhstan and the Kyrgyz Republic issue the following joint statement.", true},
		{"how a transcript was made", "This transcript was produced from the broadcast and may contain errors.", true},
		{"what was edited", "Questions from media have been edited for length.", true},
		{"whose views a statement gives", "The views expressed in this statement are those of the IMF staff and do not necessarily represent the views of the Board.", true},
		{"a cookie notice", "We and our partners use cookies to personalise content and ads.", true},
		{"a call for news tips", "Have a news tip? Email the newsroom.", true},
		{"who distributed a release", "Distributed on behalf of Meridia Bank N.V.", true},
		{"what a round-up is", "Your morning round-up of the day's company news, compiled by the business desk.", true},
		{"what a situation report covers", "It covers the period from 29 August to 7 September 2025.", true},
		{"the order of a briefing's questions", "I'll start with the facts and then take questions.", true},
		{"the heading of minutes", "Minutes of the Ordinary Meeting of the Town Council held on Tuesday 14 October 2025 at 7.00pm.", true},
		{"when the next report comes", "The next report will be issued on or around 22 September.", true},
		{"whom a paper is circulated to", "It is circulated to the Council of Governors and to the Integrated Care Board for information.", true},
		{"the call to order", "Mayor Denise Harrow called the regular meeting of the Millbrook City Council to order at 6:31 p.m.", true},
		{"a notice's wish to inform", "The Electoral Commission wishes to inform the public of the following decisions.", true},
		{"thanks put on record", "I want to put on record my thanks to the emergency services.", true},
		{"news about a statement", "The two governments issued a joint statement on the border after the talks.", false},
		{"news about minutes", "The minutes of the meeting showed that two members voted for a cut.", false},
		{"news about questions", "The minister refused to take questions from reporters.", false},
		{"what a transcript is of", "This is an edited transcript of an interview with Grace Adeyemi, general secretary of the Rail and Transit Workers' Union (RTWU), conducted by presenter Tom Whelan.", true},
		{"news about a transcript", "The court ordered that a transcript of the hearing be published.", false},
		{"news about errors", "The report found that the audit contained errors in three accounts.", false},
		{"news about a page", "The page was taken down after the ministry complained.", false},
		{"news this week", "This week the council voted to close the library.", false},
		{"a feature's opening this week", "This week, we're hearing from a writer who is converting a barn into an office.", false},
		{"questions in the news", "The minister will take questions from MPs before the vote.", false},
	})
}
