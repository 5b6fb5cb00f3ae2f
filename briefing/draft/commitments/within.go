package commitments

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// A deadline given as a stretch of time ("within 28 days") counts from
// the event the text ties it to: the one named after it ("within 14 days
// of the verdict"), else the day the commitment was made. When the text
// does not say which day that is, the deadline stays unresolved.

var withinRe = regexp.MustCompile(`(?i)\bwithin\s+(?:the\s+next\s+)?(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\b(?:\s+(of|after|from)\s)?`)

// numberWords are the numbers up to twelve written as words.
var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// withinTieBefore matches the words before a date that a "within"
// deadline counts from ("within 28 days of 21 August").
var withinTieBefore = regexp.MustCompile(`(?i)\bwithin\s+(?:the\s+next\s+)?\S+\s+(?:day|week|month|year)s?\s+(?:of|after|from)\s+$`)

// withinTie reports whether date m is the day a "within" deadline counts
// from, not a date of the act.
func withinTie(text string, sentStart int, m dates.Mark) bool {
	return withinTieBefore.MatchString(text[max(sentStart, m.Start-48):m.Start])
}

// tieReach is how many sentences before a commitment the event its
// deadline counts from may be dated.
const tieReach = 6

// withinDeadline reads "within three months" from clause c and counts it
// from the event it is tied to, or from the commitment's own day when: a
// day it was made, or the day of publication for an act announced in the
// story's own voice. It returns "" when the day to count from is unknown.
func withinDeadline(d *doc.Document, ds []dates.Mark, c clause, when string) string {
	s := c.s
	from, to := s.Bytes(c.first, c.last)
	m := withinRe.FindStringSubmatchIndex(d.Text[from:s.End]) // what it is tied to may lie past the clause's span
	if m == nil || from+m[0] >= to || acrossConjunction(s, from+m[0], c.action) {
		return "" // none, or one that closes the act before ("to reopen consulates within three months and to hold talks")
	}
	n, ok := numberWords[strings.ToLower(d.Text[from+m[2]:from+m[3]])]
	if !ok {
		n, _ = strconv.Atoi(d.Text[from+m[2] : from+m[3]])
	}
	unit := strings.ToLower(d.Text[from+m[4] : from+m[5]])
	var base dates.Mark
	switch {
	case m[6] >= 0:
		base, ok = tiedEvent(d, ds, c, from+m[6])
	case len(when) == len("2006-01-02"):
		base, ok = dates.Mark{Value: when}, true
	case !c.past && attributionVerb(s, c.verb) < 0 && !quotedWord(s, c.verb) && !d.Published.IsZero():
		base, ok = dates.Mark{Value: d.Published.Format("2006-01-02")}, true
	default:
		ok = false
	}
	if !ok {
		return ""
	}
	return countFrom(base.Value, n, unit)
}

// countFrom adds n units to an ISO date, at the unit's precision; a date
// too coarse for the unit ("within 28 days" of a month) gives "".
func countFrom(value string, n int, unit string) string {
	layout := map[int]string{10: "2006-01-02", 7: "2006-01", 4: "2006"}[len(value)]
	t, err := time.Parse(layout, value)
	if layout == "" || err != nil {
		return ""
	}
	switch {
	case (unit == "day" || unit == "week") && len(value) == 10:
		if unit == "week" {
			n *= 7
		}
		return t.AddDate(0, 0, n).Format("2006-01-02")
	case unit == "month" && len(value) >= 7:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0).Format("2006-01") // 31 August + 3 months is November
	case unit == "year":
		return t.AddDate(n, 0, 0).Format("2006")
	}
	return ""
}

// tiedEvent returns the date of the event named after the preposition at
// byte offset at ("within 14 days of"): a date written there ("of 3
// March"), else the date the text gives to the thing named, here or in
// the sentences before ("The verdict was delivered last Friday … within 14
// days of the verdict").
func tiedEvent(d *doc.Document, ds []dates.Mark, c clause, at int) (dates.Mark, bool) {
	s := c.s
	k := wordAt(s, at)
	if k < 0 || k+1 >= len(s.Words) {
		return dates.Mark{}, false
	}
	for _, m := range dates.Within(ds, s.Words[k+1].Start, s.End) {
		if m.Start == s.Words[k+1].Start {
			return m, true // "within 28 days of 21 August"
		}
	}
	noun := s.Words[k].Head
	if noun <= k || s.Words[noun].UPOS == "PUNCT" {
		noun = k + 1 // the parse hung the preposition elsewhere: the word after it
	}
	first, last := s.Subtree(noun)
	a, b := s.Bytes(min(first, k+1), last)
	if in := dates.Within(ds, a, b); len(in) > 0 {
		return in[0], true // "within 28 days of 3 March", "of the ruling on 3 March"
	}
	if s.Words[noun].UPOS != "NOUN" {
		return dates.Mark{}, false
	}
	lemma := s.Words[noun].Lemma
	for si := c.si; si >= 0 && si >= c.si-tieReach; si-- {
		ps := &d.Parsed[si]
		for w := len(ps.Words) - 1; w >= 0; w-- {
			if si == c.si && w >= noun || ps.Words[w].Lemma != lemma || ps.Words[w].UPOS != "NOUN" {
				continue
			}
			if m, ok := dateOfThing(ps, dates.Within(ds, ps.Start, ps.End), w); ok {
				return m, true
			}
		}
	}
	return dates.Mark{}, false
}

// dateOfThing returns the date the sentence gives to the thing named by
// noun w: a date inside its phrase ("the verdict of 3 March"), or one on
// the verb it is the subject or object of ("the verdict was delivered last
// Friday").
func dateOfThing(s *syntax.Sentence, in []dates.Mark, w int) (dates.Mark, bool) {
	first, last := s.Subtree(w)
	for _, m := range in {
		if k := wordAt(s, m.Start); k >= first && k <= last {
			return m, true
		}
	}
	if v := s.Words[w].Head; v >= 0 && text.RelIs(s.Words[w].Rel, "nsubj", "obj") {
		for _, m := range in {
			if attachedTo(s, m.Start, v) {
				return m, true
			}
		}
	}
	return dates.Mark{}, false
}
