// Package dates is the dates stage of drafting: it finds the date
// expressions of the document's sentences and resolves relative and partial
// dates against the published date and the tense of the clause they
// belong to, adding the dates and their mentions to the document.
package dates

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Find finds the date expressions of every sentence and resolves them
// against the published date, and the whole dates that the page's
// furniture gives (see stampDates). Each distinct expression and value
// becomes one DateRef with the spans of all its occurrences. It also fills
// d.dateMentions, which ResolveDate and In read.
func Find(d *doc.Document) []briefing.DateRef {
	d.DateMentions = d.DateMentions[:0]
	for s, sp := range d.Sentences {
		d.DateMentions = appendSentenceDates(d, s, sp, d.DateMentions)
	}
	var refs []briefing.DateRef
	index := map[string]int{}
	for _, m := range append(d.DateMentions[:len(d.DateMentions):len(d.DateMentions)], stampDates(d)...) {
		k := strings.ToLower(m.Text) + "\x00" + m.Value
		if i, ok := index[k]; ok {
			refs[i].Spans = append(refs[i].Spans, m.Span)
			continue
		}
		index[k] = len(refs)
		refs = append(refs, briefing.DateRef{Text: m.Text, Value: m.Value, Precision: m.Precision, Spans: []briefing.Span{m.Span}})
	}
	return refs
}

// appendSentenceDates appends the dates of sentence s to out, in text order
// and without overlaps: where two expressions overlap, the one of the more
// precise pattern (earlier in datePatterns) wins. Each expression is
// resolved with the tense of the clause it belongs to in the parse; date
// words inside a name ("the Sunday Times") are left out.
func appendSentenceDates(d *doc.Document, s int, sp briefing.Span, out []doc.DateMention) []doc.DateMention {
	text := d.Text[sp.Start:sp.End]
	if !mayHoldDate(text) {
		return out
	}
	lower := strings.ToLower(text)
	year := hasYear(text)
	var found []doc.DateMention
	var matches []dateMatch
	for _, p := range datePatterns {
		if !p.applies(text, lower, year) {
			continue
		}
		for _, m := range p.re.FindAllStringSubmatchIndex(text, -1) {
			if overlapsFound(found, sp.Start+m[0], sp.Start+m[1]) || inClockTime(text, m[0]) {
				continue
			}
			if dm, ok := resolveMatch(d, s, p, m, out, found); ok {
				found = append(found, dm)
				matches = append(matches, dateMatch{p, m})
			}
		}
	}
	for k, dm := range found {
		if !dm.Deadline || !pastDateIn(found, dm.Span.Start) {
			continue
		}
		others := slices.Delete(slices.Clone(found), k, k+1) // all the sentence's dates known: "agreed in May to withdraw by Sept. 15"
		if again, ok := resolveMatch(d, s, matches[k].p, matches[k].m, out, others); ok {
			found[k] = again
		}
	}
	sort.Slice(found, func(a, b int) bool { return found[a].Span.Start < found[b].Span.Start })
	return append(out, found...)
}

// dateMatch is a pattern and where it matched.
type dateMatch struct {
	p datePattern
	m []int
}

// pastDateIn reports whether a date of a past clause known to the day or
// the month lies before byte offset at.
func pastDateIn(same []doc.DateMention, at int) bool {
	_, ok := pastDateBefore(same, at)
	return ok
}

// pastDateBefore returns the time of the last date of a past clause known
// to the day or the month that lies before byte offset at: when an act
// was undertaken, which a deadline it sets lies after.
func pastDateBefore(same []doc.DateMention, at int) (time.Time, bool) {
	var past []doc.DateMention
	for _, m := range same {
		if m.Past {
			past = append(past, m)
		}
	}
	return lastDayOrMonth(past, at)
}

// inClockTime reports whether byte at of text follows the hour of a clock
// time ("14:20, 2 February": the 20 is its minutes, no day).
func inClockTime(text string, at int) bool {
	return at > 1 && (text[at-1] == ':' || text[at-1] == '.') && text[at-2] >= '0' && text[at-2] <= '9'
}

// maxAnchorSentences bounds how far back "a day earlier" looks for the day
// it counts from.
const maxAnchorSentences = 8

// anchorDate is the date that "a day earlier" or "the following year" at
// byte offset at of sentence s counts from: the last date named before it,
// in this sentence or the few before, known to the day for a day count
// (any date for a year count), else the published date. A month named in
// this sentence or the one before also anchors a day count, and the date
// counted from it is known only to the month ("in March 2024 … two weeks
// later"); it returns the anchor's precision for that. A past clause ("was
// arrested two weeks later") does not count from a date after publication.
func anchorDate(d *doc.Document, s int, before, same []doc.DateMention, at int, precision string, t tense) (time.Time, string) {
	fits := func(m *doc.DateMention) bool {
		if t == TensePast && m.Value > ISODay(d.Published) {
			return false
		}
		return m.Precision == briefing.PrecisionDay || precision == briefing.PrecisionYear ||
			m.Precision == briefing.PrecisionMonth && m.Sent >= s-1
	}
	var last *doc.DateMention
	for k := len(before) - 1; k >= 0 && before[k].Sent >= s-maxAnchorSentences; k-- {
		if fits(&before[k]) {
			last = &before[k]
			break
		}
	}
	for k := range same {
		if m := &same[k]; fits(m) && m.Span.Start < at && (last == nil || m.Span.Start > last.Span.Start) {
			last = m
		}
	}
	if last == nil {
		return d.Published, briefing.PrecisionDay
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if a, err := time.Parse(layout, last.Value); err == nil {
			return a, last.Precision
		}
	}
	return d.Published, briefing.PrecisionDay
}

// lastDayOrMonth returns the time of the last date of the sentence known
// to the day or the month that lies before byte offset at.
func lastDayOrMonth(same []doc.DateMention, at int) (time.Time, bool) {
	var t time.Time
	last := -1
	for _, m := range same {
		if m.Span.Start >= at || m.Span.Start < last || m.Precision == briefing.PrecisionYear {
			continue
		}
		for _, layout := range []string{"2006-01-02", "2006-01"} {
			if v, err := time.Parse(layout, m.Value); err == nil {
				t, last = v, m.Span.Start
			}
		}
	}
	return t, last >= 0
}

// conditionBefore reports whether a condition ("if", "once", "unless")
// opens a clause before word first of s: a day counted after it counts from
// the condition's event.
func conditionBefore(s *syntax.Sentence, first int) bool {
	for k := 0; k < first; k++ {
		if w := s.Words[k]; w.Rel == "mark" {
			switch strings.ToLower(w.Form) {
			case "if", "once", "unless":
				return true
			}
		}
	}
	return false
}

// datedBefore reports whether a date of the same sentence lies before
// byte offset at.
func datedBefore(same []doc.DateMention, at int) bool {
	for _, m := range same {
		if m.Span.Start < at {
			return true
		}
	}
	return false
}

// coarsen cuts an ISO value of precision have down to precision want when
// want is the coarser: a day counted from a month is known to the month.
func coarsen(value, have, want string) (string, string) {
	rank := map[string]int{briefing.PrecisionDay: 3, briefing.PrecisionMonth: 2, briefing.PrecisionYear: 1}
	if rank[want] == 0 || rank[want] >= rank[have] {
		return value, have
	}
	if want == briefing.PrecisionMonth && len(value) >= 7 {
		return value[:7], want
	}
	if len(value) >= 4 {
		return value[:4], briefing.PrecisionYear
	}
	return value, have
}

// overlapsFound reports whether [start, end) overlaps a date already found.
func overlapsFound(found []doc.DateMention, start, end int) bool {
	for _, k := range found {
		if start < k.Span.End && k.Span.Start < end {
			return true
		}
	}
	return false
}

// resolveMatch resolves one match m (submatch offsets into sentence s) of
// pattern p, reading the clause's tense and the date's place in a name or
// clause from the parse.
func resolveMatch(d *doc.Document, s int, p datePattern, m []int, before, same []doc.DateMention) (doc.DateMention, bool) {
	sp := d.Sentences[s]
	src := d.Text[sp.Start:sp.End]
	groups := make([]string, len(m)/2)
	for g := range groups {
		if m[2*g] >= 0 {
			groups[g] = src[m[2*g]:m[2*g+1]]
		}
	}
	st, en := m[0], m[1]
	if p.group > 0 {
		st, en = m[2*p.group], m[2*p.group+1]
	}
	var ps *syntax.Sentence
	if s < len(d.Parsed) {
		ps = &d.Parsed[s]
	}
	first, last := wordsOf(ps, sp.Start+st, sp.Start+en)
	t, depth := tenseUnknown, -1
	if first >= 0 {
		if inName(ps, first, last) || p.bareYear && !standaloneYear(ps, first) || clockTime(ps, last) || p.modifier && modifiesNoun(ps, last) ||
			p.speech && titleWord(ps, first) || recurring(ps, first, last) || !hasYear(src[st:en]) && habitual(ps, first, last) {
			return doc.DateMention{}, false
		}
		t = tenseOf(ps, first, last)
		depth = clauseDepth(ps, first, last)
	}
	lead := text.FirstWord(src[st:en])
	if !strings.EqualFold(lead, "since") && !strings.EqualFold(lead, "from") && !strings.EqualFold(lead, "to") {
		lead = text.LastWord(src[:st])
	}
	switch {
	case strings.EqualFold(lead, "since"):
		t = TensePast // "since January" looks back, whatever the verb
	case strings.EqualFold(lead, "from") && (t == tenseEither || t == TensePast && first >= 0 && setsTerm(ps, first, last, src[en:])):
		t = tenseFuture // "agreed to raise the wage from January", "called strikes from Monday": the term starts ahead
	case strings.EqualFold(lead, "to") && monthNumber(strings.TrimLeft(text.LastWord(src[:st]), "([\"“‘'")) > 0:
		return doc.DateMention{}, false // "January to March" is a period, not its last month
	}
	if n := text.LeadDateline(src); (n > 0 && st < n || slices.Contains(d.Datelines, sp)) && p.anchor == "" {
		t = tenseEither // "VIENNA, March 3 (Reuters) -": a dateline tells the day of writing, the nearest to publication
	}
	if first >= 0 && nounsPreposition(ps, first, last) {
		first++ // "reverted to December levels": the date qualifies the level, "to" is the level's
		st = ps.Words[first].Start - sp.Start
	}
	deadline := p.deadline || isDeadlineWord(src[:st]) || isDeadlineWord(text.FirstWord(src[st:en]))
	past, done := t == TensePast, false
	if deadline {
		t, done = deadlineTense(ps, first, last, t)
	}
	base, basePrecision := d.Published, ""
	if p.storyTime && strings.EqualFold(groups[len(groups)-2], "the") && (past || t == tenseEither) {
		if m, ok := lastDayOrMonth(same, sp.Start+st); ok {
			base = m // "began on 21 August … until the end of the month": August
		}
	}
	if first >= 0 && (purposeDate(ps, first, last) || aheadDate(ps, first, last)) {
		if m, ok := lastDayOrMonth(same, sp.Start+st); ok {
			base, t = m, tenseFuture // "closed the road on Friday so that workers could repair it on Saturday"
		}
	}
	if deadline && t == tenseFuture && first >= 0 && modalVerbBefore(ps, first) < 0 {
		if m, ok := pastDateBefore(same, sp.Start+st); ok {
			base = m // "agreed in May to withdraw its troops by Sept. 15": the September after that May
		}
	}
	if p.anchor != "" {
		if strings.HasPrefix(src[en:], " than") {
			return doc.DateMention{}, false // "a day later than planned" compares, it does not date
		}
		if first >= 0 && conditionBefore(ps, first) && !datedBefore(same, sp.Start+st) {
			return doc.DateMention{}, false // "if they vote yes, we will sign it the next day": counted from an undated event
		}
		base, basePrecision = anchorDate(d, s, before, same, sp.Start+st, p.anchor, t)
	}
	value, precision, ok := p.resolve(groups, base, t)
	if ok && basePrecision != "" && p.anchor == briefing.PrecisionDay {
		value, precision = coarsen(value, precision, basePrecision)
	}
	if ok && p.speech && quoted(d, sp.Start+st) {
		if day, found := reportedDay(d, s, before, same, sp.Start+st); found {
			value, precision, ok = p.resolve(groups, day, t) // "tomorrow" said on Wednesday is Thursday
		}
	}
	if !ok || !briefing.ValidDate(value) {
		return doc.DateMention{}, false
	}
	if pub := ISODay(d.Published); done && value > pub[:min(len(value), len(pub))] {
		done = false // "had pledged to cut it by 2030": an act done by then lies behind publication
	}
	return doc.DateMention{
		Span: briefing.Span{Start: sp.Start + st, End: sp.Start + en}, Text: src[st:en],
		Value: value, Precision: precision, Deadline: deadline, Sent: s, Depth: depth, Past: past, Done: done,
	}, true
}

// deadlineTense is the tense of a deadline ("until 21 March", "by
// Friday") in a clause of tense t: ahead of publication, unless the
// clause is past ("gave them until 31 August", "had planned to finish by
// March"), when it may lie on either side; a verb with "will" or a
// reported "would" right before it puts it ahead whatever the parse hangs
// it on. An act told in the past as done "by" or "before" a date puts the
// date behind too, and done reports that the date is then the act's time
// rather than a deadline.
func deadlineTense(ps *syntax.Sentence, first, last int, t tense) (_ tense, done bool) {
	if first >= 0 && modalVerbBefore(ps, first) >= 0 {
		return tenseFuture, false
	}
	if t == TensePast && first >= 0 && doneBefore(ps, first, last) {
		return TensePast, true // "was approved before Christmas": done, so the date is behind too
	}
	if t == TensePast || t == tenseEither {
		return tenseEither, false
	}
	return tenseFuture, false
}

// wordsOf returns the first and last word of ps overlapping the byte span
// [start, end), or -1, -1.
func wordsOf(ps *syntax.Sentence, start, end int) (first, last int) {
	first, last = -1, -1
	if ps == nil {
		return first, last
	}
	for k, w := range ps.Words {
		if w.End > start && w.Start < end {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	return first, last
}

// modifiesNoun reports whether word k modifies a noun after it ("the
// summer recess").
func modifiesNoun(ps *syntax.Sentence, k int) bool {
	w := ps.Words[k]
	switch relBase(w.Rel) {
	case "compound", "amod", "nmod":
		return w.Head > k
	}
	return k+1 < len(ps.Words) && ps.Words[k+1].UPOS == "NOUN"
}

// titleWord reports whether word k, a capitalised "Today" or "Tonight",
// stands inside its sentence after a word rather than opening it or a
// quotation: a title ("BBC Radio 4's Today programme", "USA Today").
func titleWord(ps *syntax.Sentence, k int) bool {
	if k == 0 || !text.FirstRuneUpper(ps.Words[k].Form) {
		return false
	}
	return ps.Words[k-1].UPOS != "PUNCT" // not "… said: \"Today we begin\""
}

// nounsPreposition reports whether the first word of the date at words
// first..last is a preposition that, with the date, hangs on a noun after
// it ("to December levels", "from 2019 prices"): the date names the
// noun's time, the preposition belongs to the noun.
func nounsPreposition(ps *syntax.Sentence, first, last int) bool {
	p := ps.Words[first]
	h := p.Head
	return first < last && p.UPOS == "ADP" && relBase(p.Rel) == "case" && h > last &&
		ps.Words[h].UPOS == "NOUN" && ps.Words[last].Head == h && !timesOfDay[strings.ToLower(ps.Words[h].Lemma)]
}

// timesOfDay are nouns a day names a part of ("on Wednesday night"): the
// phrase is still a date.
var timesOfDay = map[string]bool{"night": true, "morning": true, "afternoon": true, "evening": true,
	"lunchtime": true, "midnight": true, "noon": true, "midday": true}

// standaloneYear reports whether the number at word k, written as a year
// with nothing before it that makes it one, is a year: not a count of a
// plural noun ("2000 people"), not an amount ("$2005"), not a time of day
// ("1800 GMT", "1800 local time") or a percentage, not a label in brackets.
func standaloneYear(ps *syntax.Sentence, k int) bool {
	w := ps.Words[k]
	if w.Rel == "nummod" && w.Head >= 0 && strings.HasSuffix(ps.Words[w.Head].XPOS, "S") || yearLabel(ps, k) {
		return false
	}
	if k > 0 && (ps.Words[k-1].XPOS == "$" || strings.EqualFold(ps.Words[k-1].Form, "at")) {
		return false // "$2005", "at 1930" (a time of day)
	}
	if k > 1 && ps.Words[k-1].Form == "," && shortNumber(ps.Words[k-2].Form) {
		return false // "Windows 95, 98, 2000": a number in a list of numbers that are no years
	}
	if serialNumber(ps, k) {
		return false // "Executive Order 2025-14": a document's number
	}
	if k+1 < len(ps.Words) {
		switch strings.ToLower(ps.Words[k+1].Form) {
		case "%", "gmt", "bst", "utc", "est", "hours", "hrs", "pm", "am":
			return false
		case "local":
			if k+2 < len(ps.Words) && strings.EqualFold(ps.Words[k+2].Form, "time") {
				return false // "1800 local time"; not "the 2022 local plan"
			}
		}
	}
	return true
}

// serialNumber reports whether the year at word k opens a number written
// with a hyphen and no spaces whose second part is no later year, whole or
// by its last digits ("2025-14", "2025-117"; not the season "2025-26" nor
// the periods "2005-6" and "2026-2028").
func serialNumber(ps *syntax.Sentence, k int) bool {
	if k+2 >= len(ps.Words) {
		return false
	}
	y, hy, n := ps.Words[k], ps.Words[k+1], ps.Words[k+2]
	if hy.Form != "-" || hy.Start != y.End || n.Start != hy.End || !allDigits(n.Form) {
		return false
	}
	if len(y.Form) != 4 || len(n.Form) == 3 || len(n.Form) > 4 {
		return true
	}
	return n.Form <= y.Form[4-len(n.Form):]
}

// allDigits reports whether w is made of ASCII digits only.
func allDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// shortNumber reports whether w is a number of one to three digits.
func shortNumber(w string) bool {
	return len(w) <= 3 && allDigits(w)
}

// clockTime reports whether the number at word k is a time of day on the
// 24-hour clock, a weekday after it: "completed by 1800 on Friday 13
// February".
func clockTime(ps *syntax.Sentence, k int) bool {
	return k+2 < len(ps.Words) && ps.Words[k].UPOS == "NUM" && len(ps.Words[k].Form) == 4 &&
		strings.EqualFold(ps.Words[k+1].Form, "on") && slices.Contains(weekdayNeeds, ps.Words[k+2].Form)
}

// yearLabel reports whether the year at word k stands alone in brackets
// right after a number or a name ("resolution 2841 (2027)", "the
// Companies Act (2006)"): part of what the thing is called, not a date of
// the story.
func yearLabel(ps *syntax.Sentence, k int) bool {
	if k < 2 || k+1 >= len(ps.Words) || ps.Words[k-1].Form != "(" || ps.Words[k+1].Form != ")" {
		return false
	}
	switch ps.Words[k-2].UPOS {
	case "NUM", "NOUN", "PROPN":
		return !isDateWord(ps.Words[k-2].Form)
	}
	return false
}

// clauseDepth is how deep the clause of a date lies below the sentence's
// main clause: 0 for a date on the main verb, more for one inside a
// subordinate clause or a noun phrase; -1 when unknown.
func clauseDepth(ps *syntax.Sentence, first, last int) int {
	n := 0
	for k, steps := spanHead(ps, first, last), 0; k >= 0 && steps <= len(ps.Words); k, steps = ps.Words[k].Head, steps+1 {
		if (k < first || k > last) && isPredicate(ps, k) || relBase(ps.Words[k].Rel) == "nmod" || relBase(ps.Words[k].Rel) == "acl" {
			n++
		}
	}
	return max(n-1, 0)
}

// applies reports whether the pattern may match a sentence (as written and
// lower-cased, holding a year or not). Needs written with a capital are
// matched with their case.
func (p datePattern) applies(src, lower string, year bool) bool {
	if p.needs == nil {
		return year
	}
	for _, n := range p.needs {
		if text.FirstRuneUpper(n) && strings.Contains(src, n) || strings.Contains(lower, n) {
			return true
		}
	}
	return false
}

// hasYear reports whether s holds four digits starting 18, 19 or 20.
func hasYear(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if (s[i] == '1' && (s[i+1] == '8' || s[i+1] == '9') || s[i] == '2' && s[i+1] == '0') &&
			isDigit(s[i+2]) && isDigit(s[i+3]) && (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// mayHoldDate is a quick test that skips sentences with no digit and no
// date word.
func mayHoldDate(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	l := strings.ToLower(s)
	for _, w := range []string{"day", "week", "month", "year", "jan", "feb", "mar", "apr", "may", "jun", "jul",
		"aug", "sep", "oct", "nov", "dec", "tonight", "tomorrow", "night", "morning", "afternoon", "evening", "spring", "summer", "autumn", "fall", "winter", "christmas", "new year", "easter"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// isDeadlineWord reports whether the text before a date ends with a word
// that makes the date a deadline ("by", "before", "until", "no later than").
func isDeadlineWord(before string) bool {
	w := strings.ToLower(text.LastWord(before))
	return w == "by" || w == "before" || w == "until" || w == "till" || strings.HasSuffix(strings.ToLower(before), "no later than ")
}

// ResolveDate returns the first date found in the given sentence (or any
// span: the first date expression overlapping it), as an ISO value and its
// precision; "" when there is none.
func ResolveDate(d *doc.Document, sentence briefing.Span) (value, precision string) {
	if ms := In(d, sentence); len(ms) > 0 {
		return ms[0].Value, ms[0].Precision
	}
	return "", ""
}

// In returns the date expressions overlapping span sp, in text order.
func In(d *doc.Document, sp briefing.Span) []doc.DateMention {
	ms := d.DateMentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Span.End > sp.Start })
	j := i
	for j < len(ms) && ms[j].Span.Start < sp.End {
		j++
	}
	return ms[i:j]
}

// doneBefore reports whether the date at words first..last is opened by
// "by" or "before" (as its first word or the word before it) and hangs on
// an act told in a past of its own ("had repaid", "was approved",
// "signed"), not on a verb that sets, asks for or wants what is to be
// done by then ("asked for a reply by Friday", "agreed to a second
// exchange before the end of the year"; but "had agreed a ceasefire by
// March"), nor on an infinitive or gerund such a verb governs ("committed
// to publishing it before the end of the year"), nor on a condition ("if
// others matched it by the end of next year"): the time an act was done
// before, not a stretch it lasted or was given ("until"). A present
// perfect ("if the money has not arrived by 13 September") looks from a
// time to come.
func doneBefore(ps *syntax.Sentence, first, last int) bool {
	p, _ := governingPredicate(ps, first, last)
	if p < 0 || relBase(ps.Words[p].Rel) == "acl" || presentPerfect(ps, p) || !ownPast(ps, p) || conditionClause(ps, p) {
		return false // "a plan approved by the league by 31 December", "if it has not paid by 13 September": no past of its own
	}
	if l := strings.ToLower(ps.Words[p].Lemma); requestVerbs[l] || schedulingVerbs[l] || futureGovernors[l] && (governsAct(ps, p) || !plainActs[l] || len(ps.ChildrenWith(p, "obj")) == 0) || stateWords[l] || l == "give" || l == "grant" {
		return false
	}
	for k := max(first-1, 0); k <= first; k++ {
		switch strings.ToLower(ps.Words[k].Form) {
		case "by", "before":
			return true
		}
	}
	return false
}

// ownPast reports whether predicate p is told in a past of its own: a
// past form, or a participle with its auxiliary ("had repaid", "was
// signed"), not an infinitive or gerund; a conjunct with no subject of
// its own ("met and signed") takes it from the verb it is joined to,
// which must be past too.
func ownPast(ps *syntax.Sentence, p int) bool {
	w := ps.Words[p]
	switch {
	case w.XPOS == "VBD":
	case w.XPOS == "VBN" && len(ps.ChildrenWith(p, "aux", "aux:pass")) > 0:
	default:
		return false
	}
	if h := w.Head; relBase(w.Rel) == "conj" && h >= 0 && len(ps.ChildrenWith(p, "nsubj", "nsubj:pass")) == 0 {
		return PredicateTense(ps, h, 0) == TensePast
	}
	return true
}

// conditionClause reports whether clause p is opened by "if" or
// "unless".
func conditionClause(ps *syntax.Sentence, p int) bool {
	for _, c := range ps.ChildrenWith(p, "mark") {
		if hypotheticalMarks[strings.ToLower(ps.Words[c].Form)] {
			return true
		}
	}
	return false
}

// plainActs are verbs of futureGovernors that tell an act or a state, not
// an aim, when they govern no infinitive or clause ("had agreed a
// ceasefire by March", "was in place by May"); the others look ahead with
// an object too ("wanted a deal by March").
var plainActs = map[string]bool{"agree": true, "decide": true, "be": true, "have": true, "go": true}

// governsAct reports whether predicate p governs a clause or infinitive
// of the act it looks to ("agreed to sign", "decided that it would
// sign"), not just an object ("agreed a ceasefire").
func governsAct(ps *syntax.Sentence, p int) bool {
	return len(ps.ChildrenWith(p, "xcomp", "ccomp")) > 0
}
