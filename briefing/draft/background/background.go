// Package background is the background stage of drafting: the earlier
// events and context the article tells, each dated by the event its
// clause tells, leaving out what the summary already holds.
package background

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/summary"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// maxBackground bounds the background section.
const maxBackground = 8

// maxChain is how many past-tense sentences may follow a dated background
// sentence and share its time ("After the visit, the two countries vowed…").
const maxChain = 3

// historyRe marks a sentence as context or history even without a past
// date: "since 2016", "last year", "years ago", "62 years of", "for decades",
// pluperfect "had signed", "was founded".
var historyRe = regexp.MustCompile(`(?i)\b(since (\d{4}|the|its|then|last)|last (year|decade|month)|years? ago|` +
	`\d+ years of|for (years|decades|centuries)|decades?\b|anniversary|histor(y|ic|ical)|formerly|` +
	`had (been|\w+ed|signed|agreed|made|won|lost|taken|given|seen|become)|was (founded|established|created|formed|set up)|` +
	`in the past|at the time)\b`)

// historyHints are strings one of which every historyRe match holds; they
// spare the regular expression on most sentences.
var historyHints = []string{"since", "last ", "ago", "years", "decade", "anniversar", "histor", "formerly", "had ",
	"was ", "in the past", "at the time", "for centuries"}

// mayTellHistory reports whether a sentence holds a history hint.
func mayTellHistory(s string) bool { return text.ContainsAnyOf(strings.ToLower(s), historyHints) }

// presentRe marks a sentence about the article's own event, which breaks a
// chain of background sentences.
var presentRe = regexp.MustCompile(`(?i)\b(today|tonight|this (week|morning|afternoon|evening)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|now|currently|will|is|are)\b`)

// pastRe finds a past-tense verb.
var pastRe = regexp.MustCompile(`(?i)\b(\w{3,}ed|was|were|had|did|made|took|gave|saw|became|began|grew|rose|fell|won|lost|met|signed|agreed)\b`)

// bgCandidate is a sentence judged as background.
type bgCandidate struct {
	index int
	when  string
}

// Items lists the earlier events and context that the summary does
// not hold, one event per item, each with its date, ordered by date.
// Sentences that give no date are left out; page furniture never comes in
// (the document's sentences are prose only).
func Items(d *doc.Document, summaryItems []briefing.Item) []briefing.Item {
	inSummary := func(sentence briefing.Span) bool {
		for _, it := range summaryItems {
			for _, sp := range it.Spans {
				if sentence.Contains(sp) {
					return true
				}
			}
		}
		return false
	}
	ds := dates.Marks(d)
	pubYear := summary.ArticleYear(d, ds)
	var found []bgCandidate
	chain, chainWhen, flashback := 0, "", false
	notes := text.NotesStart(d.Text)
	for _, si := range text.BodySentences(d) {
		if notes >= 0 && d.Sentences[si].Start > notes {
			break // "Notes to editors: 1. Halden University was founded in 1965": the issuer's facts, no event of the story
		}
		if text.QuestionerTurn(d, si) || forecast(d, si) || imperative(d, si) || counterfactual(d, si) {
			chain = 0
			continue // "Q: Minister, last year you said …": a question put; "The Board now expects …": a forecast; "Ask them whether …": a call to the reader; "If they had spent the money, we would not be here": what did not happen; no event told
		}
		sp := d.Sentences[si]
		s := d.Text[sp.Start:sp.End]
		when, past := sentencePast(d, ds, si, sp, pubYear)
		switch {
		case past:
			chain, chainWhen, flashback = 0, when, pluperfect(d, si)
			if setsScene(d, ds, si, when) {
				chain = maxChain
			}
		case tellsHistory(d, ds, si, sp):
			chain = 0
			if when == "" {
				when = firstDate(d, ds, si, sp, s)
			}
			if thisWeek(d, when) || weekOfNews(ds, sp, when) {
				continue // "Detectives had appealed for witnesses on Tuesday": the news, not its background
			}
		case chain > 0 && continuesPast(d, si, s) && firstDate(d, ds, si, sp, s) == "" && (!flashback || pluperfect(d, si)):
			chain--
			when = chainWhen
		default:
			chain = 0
			continue
		}
		if when != "" && toldAsNews(d, ds, si) {
			chain = 0
			continue // "Vietnam signed on the condition that … the $15bn promised to it in 2022": the news
		}
		if !inSummary(sp) && when != "" {
			found = append(found, bgCandidate{si, when})
		}
	}
	items := make([]briefing.Item, 0, len(found))
	for _, c := range found {
		evs := events(d, ds, c.index)
		for _, ev := range evs {
			when := c.when
			if own, ok := sentencePast(d, ds, c.index, ev, pubYear); ok {
				when = own
			} else if own := firstDate(d, ds, c.index, ev, d.Text[ev.Start:ev.End]); len(evs) > 1 && own != "" {
				when = own // "… on Tuesday and received 40 calls by the following day"
			}
			items = append(items, briefing.Item{Text: text.OneLineText(d.Text[ev.Start:ev.End]), When: when, Spans: []briefing.Span{ev}})
		}
	}
	sort.SliceStable(items, func(a, b int) bool { return dateKey(items[a].When) < dateKey(items[b].When) })
	if len(items) > maxBackground {
		items = items[:maxBackground]
	}
	return items
}

// events splits background sentence si into the events it tells: the
// clauses either side of a semicolon, when each has a verb and five words
// or more ("The firm was founded in 1990; it floated in 1998."), or else
// the verbs joined by "and" that each give a date of their own ("was
// founded in 1990 and first won seats in 1999"). Each span covers the
// words of its event, without a leading dateline; an event takes its own
// date when it gives one, else the sentence's.
func events(d *doc.Document, ds []dates.Mark, si int) []briefing.Span {
	sp := d.Sentences[si]
	start := sp.End - len(text.SentenceItemText(d, sp))
	if start < sp.Start || !strings.HasSuffix(d.Text[sp.Start:sp.End], text.SentenceItemText(d, sp)) {
		start = sp.Start
	}
	var out []briefing.Span
	from := start
	for {
		k := strings.Index(d.Text[from:sp.End], "; ")
		if k < 0 {
			break
		}
		left, right := d.Text[from:from+k], d.Text[from+k+2:sp.End]
		if !text.MoreWordsThan(left, 4) || !text.MoreWordsThan(right, 4) || !text.HasVerb(strings.Fields(left)) || !text.HasVerb(strings.Fields(right)) {
			break
		}
		out = append(out, briefing.Span{Start: from, End: from + k + 1})
		from += k + 2
	}
	if len(out) == 0 {
		if joined := conjunctEvents(d, ds, si, start, sp.End); joined != nil {
			return joined
		}
	}
	return append(out, briefing.Span{Start: from, End: sp.End})
}

// sentencePast returns the date of the sentence's main event when it falls
// in a year before publication, else the first such date of an aside, and
// whether there is one ("Last year, the US ended an agreement, reached in
// 1992, …" happened last year). An aside on the subject of an act of
// saying or of a stand told in the simple past, or a participle on one of
// its nouns, dates no event of the sentence: that is the news ("Ms Dahl, who brokered a deal in
// 2019, urged both sides to accept mediation", "refused to charge two men
// arrested in 2021"). A date below the main clause dates the
// sentence when the main clause tells a past event itself, or when the
// date's own clause is past and no clause on a noun ("Prosecutors said he
// opened the accounts in 2015"): "Ms Fyfe, who has been co-leader since
// 2023, will take part …" and "The party, which governed until 2024, said
// …" tell no event of 2023 or 2024.
func sentencePast(d *doc.Document, ds []dates.Mark, si int, sp briefing.Span, pubYear string) (string, bool) {
	s := d.Text[sp.Start:sp.End]
	asides := -1 // whether an aside's date may stand for the sentence, once asked
	asideDates := func() bool {
		if asides < 0 {
			asides = 0
			if continuesPast(d, si, s) {
				asides = 1
			}
		}
		return asides == 1
	}
	var since []dates.Mark // "since" dates on a simple past and years of a noun in a lower clause: never the event's
	marks := dates.EventOrder(d, eventDates(d, si, dates.Within(ds, sp.Start, sp.End)))
	past := func(m dates.Mark) bool { return len(m.Value) >= 4 && m.Value[:4] < pubYear || earlierThisYear(d, m) }
	pub := dates.ISODay(d.Published)
	mainLater := false // a date outside the asides lies ahead
	for _, m := range marks {
		mainLater = mainLater || m.Value >= pub[:min(len(m.Value), len(pub))] && !dateInNounAside(d, si, m)
	}
	for _, m := range marks {
		if thisWeek(d, m.Value) && dates.Depth(d, m) == 0 && !dateInNounAside(d, si, m) {
			return "", false // "The Faculty Senate passed a resolution on Monday demanding … signed since 2016": the news of the week
		}
	}
	for _, m := range marks {
		aside := dateInNounAside(d, si, m)
		if !past(m) || mainLater && (aside || dates.Depth(d, m) > 0) {
			continue // "The warehouse, used since 2015, had been due to be demolished next spring"
		}
		if si < len(d.Parsed) && dates.SinceNotPerfect(&d.Parsed[si], m) {
			since = append(since, m)
			continue // "fell to their lowest since 2024"
		}
		if si < len(d.Parsed) && dates.QualifiesNoun(&d.Parsed[si], m) {
			if dates.Depth(d, m) > 0 {
				since = append(since, m) // "…, following the Supreme Court's 2024 decision": not "The 2016 deal resulted from …"
			}
			continue // "a 2016 ruling" dates the ruling, not the sentence's event
		}
		if (dates.Depth(d, m) > 0 && !asideDates() && (!dates.PastClauseDate(d, m) || modifiesNoun(d, si, m)) ||
			aside && !asideDates()) && !pastRelative(d, si, m) && !pastAfterClause(d, si, m) ||
			onSubjectOfNews(d, si, m.Start) || participleOnNewsNoun(d, si, m.Start) {
			continue // "Ms Fyfe, co-leader since 2023, will speak": the aside tells no event
		}
		return m.Value, true
	}
	for _, loc := range dates.YearRe.FindAllStringIndex(s, -1) {
		y := s[loc[0]:loc[1]]
		if y < pubYear && !mainLater && !covers(since, sp.Start+loc[0]) && asideDates() && !onSubjectOfNews(d, si, sp.Start+loc[0]) &&
			!participleOnNewsNoun(d, si, sp.Start+loc[0]) {
			return y, true
		}
	}
	return "", false
}

// covers reports whether one of marks ms holds byte offset at.
func covers(ms []dates.Mark, at int) bool {
	for _, m := range ms {
		if m.Start <= at && at < m.End {
			return true
		}
	}
	return false
}

// deadlineWords open a date that is a deadline, which dates no event
// when it lies ahead.
var deadlineWords = map[string]bool{"by": true, "before": true, "until": true, "till": true, "within": true}

// firstDate returns the date of sentence si's main event, else its first
// event date outside the asides on its nouns, deadlines and years that
// qualify a noun, else, when the dates stage found none, its first year.
func firstDate(d *doc.Document, ds []dates.Mark, si int, sp briefing.Span, s string) string {
	marks := dates.Within(ds, sp.Start, sp.End)
	for _, m := range dates.EventOrder(d, eventDates(d, si, marks)) {
		cue := deadlineWords[strings.ToLower(text.FirstWord(m.Text))] || deadlineWords[strings.ToLower(text.LastWord(d.Text[sp.Start:m.Start]))]
		if cue && m.Value > dates.ISODay(d.Published)[:min(len(m.Value), 10)] {
			continue // "would publish a review by the end of June", "had offered to hire nurses by June next year": a deadline ahead dates no event
		}
		if si >= len(d.Parsed) || !dates.SinceNotPerfect(&d.Parsed[si], m) && !dateInNounAside(d, si, m) && !dates.QualifiesNoun(&d.Parsed[si], m) {
			return m.Value // not "the 2025 price surge", which dates that thing
		}
	}
	if len(marks) > 0 {
		return "" // its dates are baselines or period ends
	}
	return dates.YearRe.FindString(s)
}

// dateKey sorts dated items first, by date, a date known to the day before
// one known to the month and that before one known to the year ("2016-05"
// before "2016"); undated ones come after, in order.
func dateKey(when string) string {
	if _, err := strconv.Atoi(strings.ReplaceAll(when, "-", "")); when == "" || err != nil {
		return "~"
	}
	switch len(when) {
	case 4:
		return when + "-13"
	case 7:
		return when + "-32"
	}
	return when
}
