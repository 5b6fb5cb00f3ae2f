package draft

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// dateMark is one mention of a resolved date.
type dateMark struct {
	start, end int
	value      string // ISO 8601 at its precision
	text       string
}

// dateMarks lists every date mention of a document by position. When the
// dates stage found none, the years written in the text stand in.
func dateMarks(d *document) []dateMark {
	var out []dateMark
	if len(d.dates) == 0 {
		for _, loc := range yearRe.FindAllStringIndex(d.text, -1) {
			y := d.text[loc[0]:loc[1]]
			out = append(out, dateMark{loc[0], loc[1], y, y})
		}
		return out
	}
	for _, dr := range d.dates {
		for _, sp := range dr.Spans {
			if sp.Start >= 0 && sp.End <= len(d.text) && sp.Start < sp.End && dr.Value != "" {
				out = append(out, dateMark{sp.Start, sp.End, dr.Value, d.text[sp.Start:sp.End]})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// datesWithin returns the date mentions inside [start, end).
func datesWithin(ds []dateMark, start, end int) []dateMark {
	k := sort.Search(len(ds), func(k int) bool { return ds[k].start >= start })
	m := k
	for m < len(ds) && ds[m].end <= end {
		m++
	}
	return ds[k:m]
}

var deadlineCue = regexp.MustCompile(`(?i)\b(by|before|until|till|no later than|in time for|deadline of)(\s+the)?(\s+(end|start|middle|beginning) of)?(\s+the)?\s*$`)

// isDeadlineDate reports whether the words before a date make it a deadline
// ("by the end of March", "before 2025").
func isDeadlineDate(text string, sentStart int, m dateMark) bool {
	from := max(sentStart, m.start-40)
	return deadlineCue.MatchString(text[from:m.start])
}

var withinRe = regexp.MustCompile(`(?i)\bwithin\s+(?:the\s+next\s+)?(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\b`)

var withinNumbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// withinDeadline reads "within three months" from an action, counted from
// base, at the precision of its unit.
func withinDeadline(action string, base time.Time) string {
	m := withinRe.FindStringSubmatch(action)
	if m == nil {
		return ""
	}
	n, ok := withinNumbers[strings.ToLower(m[1])]
	if !ok {
		n, _ = strconv.Atoi(m[1])
	}
	switch strings.ToLower(m[2]) {
	case "day":
		return base.AddDate(0, 0, n).Format("2006-01-02")
	case "week":
		return base.AddDate(0, 0, 7*n).Format("2006-01-02")
	case "month":
		return base.AddDate(0, n, 0).Format("2006-01")
	}
	return base.AddDate(n, 0, 0).Format("2006")
}

// timing finds the date of a commitment and its deadline. A date in the
// sentence that is not a deadline is the date of the act; a past act with
// no date of its own takes the year of a past date in the two sentences
// before, else the year of publication. label is how the date reads in the
// rendered text, "" when the text already holds it.
func commitmentTiming(d *document, ds []dateMark, f commitFind, sent briefing.Span, spanText string) (when, deadline, label string) {
	in := datesWithin(ds, sent.Start, sent.End)
	spanStart, spanEnd := f.sentToks[f.spanStart].start, f.sentToks[f.spanEnd-1].end
	best := -1
	for k, m := range in {
		if isDeadlineDate(d.text, sent.Start, m) {
			if deadline == "" && m.start >= spanStart {
				deadline = m.value
			}
			continue
		}
		if best < 0 || spanDistance(m, spanStart, spanEnd) < spanDistance(in[best], spanStart, spanEnd) {
			best = k
		}
	}
	if best >= 0 {
		when = in[best].value
		if !strings.Contains(spanText, in[best].text) {
			label = in[best].text
		}
	} else if f.past {
		pub := d.published.Format("2006")
		when = pub
		for _, m := range datesWithin(ds, previousStart(d, f.sentence, 3), sent.Start) {
			if len(m.value) >= 4 && m.value[:4] < pub {
				when = m.value[:4]
			}
		}
		label = when
	}
	if deadline == "" {
		base := d.published
		if t, err := time.Parse("2006-01-02", when); err == nil {
			base = t
		}
		deadline = withinDeadline(spanText, base)
	}
	return when, deadline, label
}

func spanDistance(m dateMark, start, end int) int {
	switch {
	case m.end <= start:
		return start - m.end
	case m.start >= end:
		return m.start - end
	}
	return 0
}

// previousStart is the start of the sentence n sentences before si.
func previousStart(d *document, si, n int) int {
	k := max(0, si-n)
	if k < len(d.sentences) {
		return d.sentences[k].Start
	}
	return 0
}
