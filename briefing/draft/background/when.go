package background

import (
	"regexp"
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Which dates of a sentence date an earlier event: not the baseline a
// figure is compared with, and, within the year of publication, a date
// more than a week before it in a past clause.

// backgroundAge is how long before publication an event of the same year
// must lie to be background rather than the news itself.
const backgroundAgeDays = 7

// earlierThisYear reports whether date mark m dates a past clause more
// than a week before publication ("the clashes began on 21 February" in a
// story of 14 March); a date known only to the month counts when its month
// is over, unless it names a week ("at the weekend" on 2 March).
func earlierThisYear(d *doc.Document, m dates.Mark) bool {
	if !dates.PastClauseDate(d, m) {
		return false
	}
	cutoff := d.Published.AddDate(0, 0, -backgroundAgeDays)
	switch len(m.Value) {
	case len("2006-01-02"):
		return m.Value < dates.ISODay(cutoff)
	case len("2006-01"):
		return m.Value < d.Published.Format("2006-01") && !weekWords.MatchString(m.Text)
	}
	return false
}

// weekWords mark a date given to its month that names a week ("last
// week", "at the weekend"): it lies within days of publication, whatever
// its month.
var weekWords = regexp.MustCompile(`(?i)\bweek(?:end)?s?\b`)

// thisWeek reports whether when is a day in the week before publication,
// publication day included: the time of the news itself.
func thisWeek(d *doc.Document, when string) bool {
	return len(when) == len("2006-01-02") && when <= dates.ISODay(d.Published) &&
		when >= dates.ISODay(d.Published.AddDate(0, 0, -backgroundAgeDays))
}

// weekOfNews reports whether the date when of the sentence at sp is one
// that names a week around publication ("said last week it would
// review …", "this week"): the time of the news, given to its month.
func weekOfNews(ds []dates.Mark, sp briefing.Span, when string) bool {
	for _, m := range dates.Within(ds, sp.Start, sp.End) {
		if m.Value == when && weekWords.MatchString(m.Text) && !strings.Contains(strings.ToLower(m.Text), "ago") {
			return true
		}
	}
	return false
}

// reportingPeriodEnd matches the words before a date that ends the period
// a result covers ("in the year to 28 February", "the six months ended
// June"): the date dates the period, not an event.
var reportingPeriodEnd = regexp.MustCompile(`(?i)\b(?:year|months|quarter|weeks|period|half)\s+(?:to|ended|ending)\s*$`)

// figureBefore matches text that ends with a figure: a number, a
// percentage or an amount with its scale.
var figureBefore = regexp.MustCompile(`(?i)\d(?:%| ?per ?cent| ?(?:m|bn|mn|million|billion|trillion|p))?\s*$`)

// levelBefore matches a level a figure stood at right before a date
// ("inflation, at 3.1% in February, was …", "slowed to 2.4% in November
// from a peak of 3.1% in June"): the date dates the level, not an event.
var levelBefore = regexp.MustCompile(`(?i)\b(?:at|from(?: an? (?:peak|high|low|record|level) of)?)\s+\S*\d(?:%| ?per ?cent| ?(?:m|bn|mn|million|billion|trillion|p))?\s*$`)

// comparedBefore matches the words before a date that make it the
// baseline of a comparison ("up on the same time last year", "higher than
// in 2019", "compared with last year").
var comparedBefore = regexp.MustCompile(`(?i)\b(?:up|down|higher|lower|more|less|better|worse|compared)\s+(?:on|than|from|with)\s+(?:in\s+)?(?:the\s+same\s+(?:time|period|day|week|month|quarter)\s+(?:of\s+)?)?$`)

// eventDates leaves out of the marks of sentence si the baselines that
// figures are compared with ("profit fell to £38.6m from £66.5m a year
// earlier", "down from 3.1% a year ago", "their lowest level since 2024",
// "2% up on the same time last year"), the times of levels ("inflation,
// at 3.1% in February") and the ends of reporting periods: they date no event of the sentence.
func eventDates(d *doc.Document, si int, marks []dates.Mark) []dates.Mark {
	var out []dates.Mark
	for _, m := range marks {
		before := d.Text[max(0, m.Start-24):m.Start]
		if figureBefore.MatchString(before) && (!strings.HasPrefix(strings.ToLower(m.Text), "in ") || levelBefore.MatchString(before)) || comparedBefore.MatchString(d.Text[max(0, m.Start-48):m.Start]) ||
			reportingPeriodEnd.MatchString(before) || si < len(d.Parsed) && dates.SinceBaseline(&d.Parsed[si], dates.WordAt(&d.Parsed[si], m.Start)) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// continuesPast reports whether sentence si, undated, goes on telling the
// past event of the sentence before it: its main verb is in a past tense
// and does not report what someone says ("After the visit, exporters
// doubled their shipments", "the two countries vowed to act", "She was
// told to finish the file", but not
// "The prosecutor said she had repaid £12,000", "'We have cut costs,' she
// said" nor "Mostly I feel tired"). Without a parse the past-tense
// words of text decide.
func continuesPast(d *doc.Document, si int, src string) bool {
	if si >= len(d.Parsed) || len(d.Parsed[si].Words) == 0 {
		return pastRe.MatchString(src) && !presentRe.MatchString(src)
	}
	s := &d.Parsed[si]
	r := s.Root()
	if r < 0 || dates.HasReportingParataxis(s, r) || text.ReportVerbs[strings.ToLower(s.Words[r].Lemma)] && len(s.ChildrenWith(r, "ccomp", "parataxis", "iobj")) > 0 {
		return false // what someone says ("told the men they had caused …"), not what happened
	}
	return pastMain(s, r)
}

// stanceVerbs are acts of saying, asking or taking a stand: told in the
// simple past with no date of their own, they are the news of the day
// ("urged both sides", "did not respond", "refused to reverse its
// decision", "found the case could not be brought"), while other acts
// may be an earlier event ("Storm Darragh, which struck in December 2024,
// left 400,000 homes without power").
var stanceVerbs = text.SetOf(strings.Fields("urge call respond reply react comment welcome criticise criticize condemn " +
	"deny ask appeal decline refuse find rule")...)

// newsStance reports whether the main clause of sentence si is an act of
// saying or taking a stand (text.ReportVerbs, stanceVerbs) told in the
// simple past, active or passive, or with "did" ("urged", "did not
// respond"), not the pluperfect.
func newsStance(d *doc.Document, si int) bool {
	if si >= len(d.Parsed) {
		return false
	}
	s := &d.Parsed[si]
	r := mainPredicate(s)
	if r < 0 {
		return false
	}
	if lemma := strings.ToLower(s.Words[r].Lemma); !text.ReportVerbs[lemma] && !stanceVerbs[lemma] {
		return false
	}
	past := s.Words[r].XPOS == "VBD"
	for _, c := range s.ChildrenWith(r, "aux", "aux:pass") {
		switch aux := s.Words[c]; {
		case aux.Lemma == "have" || aux.XPOS == "MD":
			return false
		case aux.XPOS == "VBD":
			past = true // "did not respond", "was arrested"
		}
	}
	return past
}

// forecastVerbs tell what someone expects to come.
var forecastVerbs = text.SetOf("expect", "forecast", "predict", "anticipate", "project", "estimate")

// forecast reports whether the main clause of sentence si tells in the
// present what its subject expects ("The Board now expects full-year
// profit to be … below the £118 million reported last year"): a view of
// what is to come, whose past dates only compare, no event of the past.
func forecast(d *doc.Document, si int) bool {
	if si >= len(d.Parsed) {
		return false
	}
	s := &d.Parsed[si]
	r := mainPredicate(s)
	return r >= 0 && forecastVerbs[strings.ToLower(s.Words[r].Lemma)] && (s.Words[r].XPOS == "VBZ" || s.Words[r].XPOS == "VBP") &&
		len(s.ChildrenWith(r, "aux", "aux:pass")) == 0
}

// counterfactual reports whether sentence si tells what would have been
// had the past been otherwise ("If they had spent the money five years
// ago, we would not be here"): its main clause has "would", "could" or
// "might" and a clause with "if" in the pluperfect hangs on it; nothing
// it names happened.
func counterfactual(d *doc.Document, si int) bool {
	if si >= len(d.Parsed) {
		return false
	}
	s := &d.Parsed[si]
	r := mainPredicate(s)
	if r < 0 || !hasChildForm(s, r, unreal, "aux") {
		return false
	}
	return slices.ContainsFunc(s.ChildrenWith(r, "advcl"), func(c int) bool {
		return hasChildForm(s, c, ifMark, "mark") && hasChildForm(s, c, hadAux, "aux")
	})
}

// unreal are the modals of a main clause that says what would have been;
// ifMark opens a clause of condition; hadAux makes it the pluperfect.
var (
	unreal = text.SetOf("would", "could", "might", "'d")
	ifMark = text.SetOf("if")
	hadAux = text.SetOf("had", "'d")
)

// imperative reports whether the main clause of sentence si tells the
// reader to act ("Ask them whether they stood on a platform last year"):
// it opens with its verb in the base form, with no subject and no
// auxiliary.
func imperative(d *doc.Document, si int) bool {
	if si >= len(d.Parsed) {
		return false
	}
	s := &d.Parsed[si]
	r := mainPredicate(s)
	first := slices.IndexFunc(s.Words, func(w syntax.Word) bool { return w.UPOS != "PUNCT" })
	return r >= 0 && r == first && s.Words[r].XPOS == "VB" && len(s.ChildrenWith(r, "nsubj", "nsubj:pass", "aux", "aux:pass", "expl", "mark")) == 0
}

// pastMain reports whether root r of s tells its event in a past tense:
// the simple past or the pluperfect, not the present perfect ("has
// protected": the present's perfect, not the story's past).
func pastMain(s *syntax.Sentence, r int) bool {
	for _, c := range s.ChildrenWith(r, "aux") {
		switch aux := s.Words[c]; {
		case aux.Lemma == "have" && aux.XPOS != "VBD":
			return false
		case aux.Lemma == "do" && aux.XPOS == "VBD":
			return true // "did agree"
		}
	}
	return dates.PredicateTense(s, r, 0) == dates.TensePast
}

// modifiesNoun reports whether date mark m of sentence si belongs to a
// clause on a noun: walking up the parse from the date, a relative or
// participle clause comes before any other kind of clause ("the party,
// which governed until 2024", "the fund, set up in 2012", "Ms Fyfe, who
// has been co-leader since 2023").
func modifiesNoun(d *doc.Document, si int, m dates.Mark) bool {
	if si >= len(d.Parsed) {
		return false
	}
	s := &d.Parsed[si]
	for k, w := range s.Words {
		if w.Start > m.Start || m.Start >= w.End {
			continue
		}
		for h, steps := k, 0; h >= 0 && steps <= len(s.Words); h, steps = s.Words[h].Head, steps+1 {
			switch rel, _, _ := strings.Cut(s.Words[h].Rel, ":"); rel {
			case "acl":
				return true
			case "root", "ccomp", "advcl", "xcomp", "parataxis", "csubj":
				return false
			}
		}
		return false
	}
	return false
}
