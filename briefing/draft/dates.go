package draft

import (
	"sort"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// dateMention is one date expression in the text, resolved.
type dateMention struct {
	span      briefing.Span
	text      string
	value     string // ISO 8601 at precision
	precision string
	deadline  bool // "by the end of March", "within three months", "before 2025"
	sent      int
}

// findDates finds the date expressions of every sentence and resolves them
// against the published date. Each distinct expression and value becomes
// one DateRef with the spans of all its occurrences. It also fills
// d.dateMentions, which resolveDate and datesIn read.
func findDates(d *document) []briefing.DateRef {
	d.dateMentions = d.dateMentions[:0]
	for s, sp := range d.sentences {
		d.dateMentions = appendSentenceDates(d, s, sp, d.dateMentions)
	}
	var refs []briefing.DateRef
	index := map[string]int{}
	for _, m := range d.dateMentions {
		k := strings.ToLower(m.text) + "\x00" + m.value
		if i, ok := index[k]; ok {
			refs[i].Spans = append(refs[i].Spans, m.span)
			continue
		}
		index[k] = len(refs)
		refs = append(refs, briefing.DateRef{Text: m.text, Value: m.value, Precision: m.precision, Spans: []briefing.Span{m.span}})
	}
	return refs
}

// appendSentenceDates appends the dates of sentence s to out, in text order
// and without overlaps: where two expressions overlap, the one of the more
// precise pattern (earlier in datePatterns) wins.
func appendSentenceDates(d *document, s int, sp briefing.Span, out []dateMention) []dateMention {
	text := d.text[sp.Start:sp.End]
	if !mayHoldDate(text) {
		return out
	}
	lower := strings.ToLower(text)
	year := hasYear(text)
	var found []dateMention
	for _, p := range datePatterns {
		if !p.applies(text, lower, year) {
			continue
		}
		for _, m := range p.re.FindAllStringSubmatchIndex(text, -1) {
			groups := make([]string, len(m)/2)
			for g := range groups {
				if m[2*g] >= 0 {
					groups[g] = text[m[2*g]:m[2*g+1]]
				}
			}
			value, precision, ok := p.resolve(groups, d.published, futureTense(clauseAround(text, m[0], m[1])))
			if !ok || !briefing.ValidDate(value) {
				continue
			}
			st, en := m[0], m[1]
			found = append(found, dateMention{
				span: briefing.Span{Start: sp.Start + st, End: sp.Start + en}, text: text[st:en],
				value: value, precision: precision, deadline: p.deadline || isDeadlineWord(text[:st]) || isDeadlineWord(firstWord(text[st:en])), sent: s,
			})
		}
	}
	var kept []dateMention
	for _, m := range found { // found is in pattern order
		overlaps := false
		for _, k := range kept {
			if m.span.Start < k.span.End && k.span.Start < m.span.End {
				overlaps = true
				break
			}
		}
		if !overlaps {
			kept = append(kept, m)
		}
	}
	sort.Slice(kept, func(a, b int) bool { return kept[a].span.Start < kept[b].span.Start })
	return append(out, kept...)
}

// applies reports whether the pattern may match a sentence (as written and
// lower-cased, holding a year or not). Needs written with a capital are
// matched with their case.
func (p datePattern) applies(text, lower string, year bool) bool {
	if p.needs == nil {
		return year
	}
	for _, n := range p.needs {
		if firstRuneUpper(n) && strings.Contains(text, n) || strings.Contains(lower, n) {
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
		"aug", "sep", "oct", "nov", "dec", "tonight", "tomorrow"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// clauseAround returns the words around text[start:end] that decide its
// tense: from eight words before to four words after, within the sentence.
func clauseAround(text string, start, end int) string {
	from := start
	for n := 0; n < 8 && from > 0; n++ {
		from = strings.LastIndexByte(text[:from-1], ' ') + 1
		if from == 0 {
			break
		}
	}
	to := end
	for n := 0; n < 5 && to < len(text); n++ {
		i := strings.IndexByte(text[to+1:], ' ')
		if i < 0 {
			to = len(text)
			break
		}
		to += 1 + i
	}
	return text[from:to]
}

// futureTense reports whether a sentence speaks of the future (will,
// would, shall, going to), so a bare weekday or month is ahead, not past.
func futureTense(s string) bool {
	l := " " + strings.ToLower(s) + " "
	for _, w := range []string{" will ", " would ", " shall ", "’ll ", "'ll ", " going to ", " is due to ",
		" are due to ", " scheduled ", " expected to ", " plans to ", " plan to ", " next "} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// isDeadlineWord reports whether the text before a date ends with a word
// that makes the date a deadline ("by", "before", "until", "no later than").
func isDeadlineWord(before string) bool {
	w := strings.ToLower(lastWord(before))
	return w == "by" || w == "before" || w == "until" || w == "till" || strings.HasSuffix(strings.ToLower(before), "no later than ")
}

// resolveDate returns the first date found in the given sentence (or any
// span: the first date expression overlapping it), as an ISO value and its
// precision; "" when there is none.
func resolveDate(d *document, sentence briefing.Span) (value, precision string) {
	if ms := datesIn(d, sentence); len(ms) > 0 {
		return ms[0].value, ms[0].precision
	}
	return "", ""
}

// datesIn returns the date expressions overlapping span sp, in text order.
func datesIn(d *document, sp briefing.Span) []dateMention {
	ms := d.dateMentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].span.End > sp.Start })
	j := i
	for j < len(ms) && ms[j].span.Start < sp.End {
		j++
	}
	return ms[i:j]
}

// isoDay formats t as YYYY-MM-DD.
func isoDay(t time.Time) string { return t.Format("2006-01-02") }
