package background

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// A sentence whose main clause tells an act in the simple past with no
// date of its own, while the narrative stands at the day of the news
// (dates.NewsDay), tells the news: its dates all in asides on its nouns
// ("Vietnam signed on the condition that rich countries deliver the $15bn
// promised to it in 2022") date those things, not an earlier event.

// toldAsNews reports whether sentence si tells the news so.
func toldAsNews(d *doc.Document, ds []dates.Mark, si int) bool {
	if si >= len(d.Parsed) || len(d.Parsed[si].Words) == 0 {
		return false
	}
	s := &d.Parsed[si]
	r := mainPredicate(s)
	if r < 0 || s.Words[r].XPOS != "VBD" || s.Words[r].UPOS != "VERB" || dates.Pluperfect(s, r) {
		return false
	}
	in := dates.Within(ds, s.Start, s.End)
	if len(in) == 0 {
		return false
	}
	for _, m := range in {
		if !asideDate(s, m) {
			return false
		}
	}
	_, ok := dates.NewsDay(d, ds, si, s.Start, s.End, func(sentStart int, m dates.Mark) bool { return aheadDeadline(d, m) })
	return ok
}

// asideDate reports whether date m of s lies in an aside on a noun that
// tells no event of the sentence: a parenthesis set off by commas ("…
// barrels, up 10% on 2003, …") or a past participle on a noun ("the $15bn
// promised to it in 2022"). A relative clause may date the event its
// noun names ("fought a war that ended in May 2024"), and a year before
// a noun dates the thing the sentence tells of ("The 2000 deal resulted
// from …").
func asideDate(s *syntax.Sentence, m dates.Mark) bool {
	k := dates.WordAt(s, m.Start)
	if k < 0 {
		return false
	}
	if dates.BetweenCommas(s, k) {
		return true
	}
	v := dates.ClauseVerb(s, k)
	return v > 0 && s.Words[v].XPOS == "VBN" && len(s.ChildrenWith(v, "nsubj", "nsubj:pass", "aux", "aux:pass")) == 0 &&
		(s.Words[v].Rel == "acl" || isNominal(s.Words[v-1]))
}

// isNominal reports whether w is a noun, a name or a figure.
func isNominal(w syntax.Word) bool {
	switch w.UPOS {
	case "NOUN", "PROPN", "NUM":
		return true
	}
	return false
}

// aheadDeadline reports whether date m is a deadline ("by", "before",
// "until" …).
func aheadDeadline(d *doc.Document, m dates.Mark) bool {
	return deadlineWords[strings.ToLower(text.FirstWord(m.Text))] || deadlineWords[strings.ToLower(text.LastWord(d.Text[max(0, m.Start-12):m.Start]))]
}
