package commitments

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

var deadlineCue = regexp.MustCompile(`(?i)\b(by|before|until|till|no later than|in time for|deadline of)(\s+at\s+(least|the\s+latest))?(\s+the)?(\s+(end|start|middle|beginning) of)?(\s+the)?(\s+(mid|early|late)-)?\s*$`)

// isDeadlineDate reports whether the words before a date make it a deadline
// ("by the end of March", "before 2025").
func isDeadlineDate(text string, sentStart int, m dates.Mark) bool {
	if rest := text[m.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return false // "before Saturday's home game": the cue bounds the event, the act is on its day
	}
	from := max(sentStart, m.Start-40)
	return deadlineCue.MatchString(text[from:m.Start]) || deadlineLead.MatchString(m.Text)
}

// deadlineLead matches a date whose own words open with a deadline cue
// ("by March", "before the end of 2025").
var deadlineLead = regexp.MustCompile(`(?i)^(by|before|until|till|no later than|within)\s`)

// commitmentTiming finds the date of a commitment and its deadline: the
// dates inside the clause's span or attached to its verb ("On August 20,
// Morocco signed"); one after "by", "before" or "until" is the deadline,
// the nearest other one the date of the act. An act in the present
// perfect with no date of its own took place on the day of publication; a
// past act takes the date the sentence before gives to the noun that
// names it ("a meeting on 15 December 1953 … they met and agreed"), the
// year of the event its "after" phrase names when a sentence just before
// dates that event in the same words, or the year of publication when a
// present-tense verb says the news comes after it, else no date: the text
// does not say when, and a date of another act (one coordinated with it,
// its condition, the sentence before) is not its. Words of a speaker with
// no date of their own
// take the date on which the story says the speaker spoke (stated, called
// with how many sentences back to look); an act still to come with no date
// of its own takes the date of the occasion at which the sentences before
// said the same actor will act (occasion). label is how the date reads in
// the rendered text, "" when the text already holds it.
func commitmentTiming(d *doc.Document, ds []dates.Mark, c clause, body string, stated func(back int) (dates.Mark, bool),
	occasion func() (dates.Mark, bool)) (when, deadline, label string) {
	s := c.s
	spanStart, spanEnd := s.Bytes(c.first, c.last)
	best, bestRank := -1, 0
	in := dates.Within(ds, s.Start, s.End)
	sayer := reportingVerb(s, c.verb)
	joint := -1 // the clause this one is joined to: "walked out on Tuesday after the authority rejected the offer"
	if w := s.Words[c.verb]; w.Head >= 0 && (text.RelIs(w.Rel, "conj", "advcl") && c.past && !aheadOf(s, w.Head) || text.RelIs(w.Rel, "acl:relcl")) {
		joint = w.Head // or the noun a relative clause describes: "its bid in December, which was turned down"
	}
	shared := ""                   // a deadline that closes the last of coordinated acts
	link := linkingVerb(s, c.verb) // "remained committed to ending coal extraction by 2030", the date hung on "remained"
	dateline, filed := s.Start+text.LeadDateline(d.Text[s.Start:s.End]), -1
	for k, m := range in {
		inside := m.Start >= spanStart && m.End <= spanEnd
		if c.cond >= 0 && sanctioning(s, c.cond) && inCondition(s, wordAt(s, m.Start), c) {
			continue // "gave the junta until March 31 to …, failing which": the demand's time, not the sanction's
		}
		if otherConjunct(s, m.Start, c) || anotherAct(s, wordAt(s, m.Start), c) {
			if m.Start >= spanEnd && isDeadlineDate(d.Text, s.Start, m) && closesClause(s, m) && bareConjunct(s, dates.ClauseVerb(s, wordAt(s, m.Start)), c) {
				shared = m.Value // "pledged to build no new plants and to close all existing ones by 2035"
			}
			continue // a date of another act: "would pay a third … and offered to host the summit in 2028"
		}
		if inside && limitDate(s, m) {
			if deadline == "" {
				deadline = m.Value // "will meet the 2035 target"
			}
			continue
		}
		if m.Start >= spanStart && boundEvent(d.Text, s, m) {
			if deadline == "" {
				deadline = m.Value // "before her hearing, which is scheduled for 18 March"
			}
			continue
		}
		own := attachedTo(s, m.Start, c.verb) || link >= 0 && attachedTo(s, m.Start, link)
		if !inside && !own && !sinceClause(s, m.Start, governingVerb(s, c.verb)) && (sayer < 0 || !attachedTo(s, m.Start, sayer)) &&
			(joint < 0 || !attachedTo(s, m.Start, joint)) ||
			inAside(s, m.Start, c) || dates.QualifiesNoun(s, m) && !datesAntecedent(d, s, m, c) && !qualifiesPeriod(s, m) || withinTie(d.Text, s.Start, m) || acrossConjunction(s, m.Start, c.verb) {
			continue
		}
		if isDeadlineDate(d.Text, s.Start, m) && !dates.DoneBy(d, m) {
			if deadline == "" && (inside || own) {
				deadline = m.Value
			}
			continue
		}
		if inOtherClause(s, m.Start, c) || inCondition(s, wordAt(s, m.Start), c) || dates.SinceNotPerfect(s, m) || describesOtherNoun(s, m.Start, c) ||
			!c.past && !c.recent && strings.HasPrefix(lower(m.Text), "since ") {
			continue // "ruled out a deal, although one was struck in 2024": that clause's time; an act to come has no since
		}
		if m.End <= dateline {
			filed = k // the day the story was filed: the act's only when the sentence gives no date of its own
			continue
		}
		if r := actRank(s, m, c.verb, sayer); best < 0 || r < bestRank ||
			r == bestRank && spanDistance(m, spanStart, spanEnd) < spanDistance(in[best], spanStart, spanEnd) {
			best, bestRank = k, r
		}
	}
	if deadline == "" {
		deadline = shared
	}
	if best < 0 && filed >= 0 {
		best, bestRank = filed, datelineRank // "GENEVA, 14 March — … signed a truce."; not "… agreed on Thursday"
	}
	if e := effectDate(d.Text, in, c); e >= 0 && (best < 0 || bestRank > 0) {
		best = e // "agreed to a ceasefire that will take effect on Monday", said on Saturday
	}
	if best < 0 {
		best = dayOfWhen(s, c.verb, in)
	}
	if best < 0 {
		if m, ok := sameDay(d, ds, c); ok {
			return m.Value, deadline, absoluteLabel(m) // "… said Wednesday. Mexico rejected the demand hours later."
		}
	}
	if best < 0 && !c.past && (attributionVerb(s, c.verb) >= 0 || quotedWord(s, c.verb)) {
		if m, ok := stated(statementReach); ok {
			return m.Value, deadline, absoluteLabel(m) // "On Wednesday she said … . \"We will return …\""
		}
	}
	if best < 0 && !c.past && !c.recent && deadline == "" && !eventTimed(c) && !withinRe.MatchString(d.Text[spanStart:spanEnd]) {
		if m, ok := occasion(); ok { // not "will drop its complaint within 30 days": a term counted from the deal
			return m.Value, deadline, absoluteLabel(m) // "He will unveil plans on Thursday. … He is expected to table reforms."
		}
		if m, ok := thingDate(d, ds, c); ok {
			return m.Value, deadline, absoluteLabel(m) // "Bush is to send his budget to Congress. … The budget, presented on Monday, …"
		}
	}
	made, own := "", false
	if best >= 0 {
		made, own = in[best].Value, hangsOn(s, in[best].Start, c.verb) || hangsOn(s, in[best].Start, c.pred)
	}
	if m, ok := nextStart(d, ds, c, made); ok && !own {
		return m.Value, deadline, absoluteLabel(m) // "Under the deal, announced on Wednesday, both sides agreed to halt fighting. The pause began this morning."
	}
	if best >= 0 {
		when = in[best].Value
		if !strings.Contains(body, in[best].Text) {
			label = in[best].Text
		}
	} else if c.recent && !d.Published.IsZero() {
		when = d.Published.Format("2006-01-02") // "has agreed": the news of the day it was published
	} else if c.past {
		pub := d.Published.Format("2006")
		if comesAfter(s, c.verb) {
			when, label = pub, pub // "the call comes after they agreed": the news the present story follows
		}
		if m, ok := namedEvent(d, ds, c); ok {
			when, label = m.Value, absoluteLabel(m) // "a meeting on 15 December 1953 … they met and agreed"
		} else if y, ok := followedEvent(d, ds, c); ok {
			when, label = y, y // "… during the King's trip to Beijing in 2016. After the King's visit to Beijing, they vowed"
		} else if m, ok := newsDay(d, ds, c); ok && when == "" {
			when, label = m.Value, absoluteLabel(m) // "The leaders agreed on Thursday … Thailand signed the communiqué"
		}
	}
	if deadline == "" {
		deadline = withinDeadline(d, ds, c, when)
	}
	return when, deadline, label
}

// aheadOf reports whether verb v is set ahead by a modal ("will suspend
// the strike from Monday after the ministry promised …"): the date of
// that act is not the past act's joined to it.
func aheadOf(s *syntax.Sentence, v int) bool {
	m := modalOf(s, v)
	return m != "" && m != "would" && m != "could" && m != "might"
}

// datelineRank ranks the date of a dateline below every date the
// sentence's words give an act (see actRank).
const datelineRank = 1 << 10

// closesClause reports whether date m ends its clause: only punctuation,
// or nothing, follows it in the sentence before the next clause break. A
// deadline told once after coordinated acts bounds each of them that has
// none of its own ("will cut emissions and close the mines by 2035").
func closesClause(s *syntax.Sentence, m dates.Mark) bool {
	for _, w := range s.Words {
		if w.Start >= m.End {
			return w.UPOS == "PUNCT"
		}
	}
	return true
}

// bareConjunct reports whether verb v is coordinated with an act of
// clause c with no subject or auxiliary of its own: the same pledge goes
// on ("to build no new plants and to close all existing ones"), where
// "and would hire 500 staff" or "and it will be finished" tells another.
func bareConjunct(s *syntax.Sentence, v int, c clause) bool {
	if v < 0 || !text.RelIs(s.Words[v].Rel, "conj") || len(s.ChildrenWith(v, "nsubj", "nsubj:pass", "aux", "aux:pass")) > 0 {
		return false
	}
	h := s.Words[v].Head
	return h == c.verb || h == c.pred || h >= c.first && h <= c.last
}

// limitNouns name a time limit.
var limitNouns = WordSet("deadline target date goal timetable")

// limitDate reports whether date m qualifies a noun that names a time
// limit ("will meet the 2035 date", "missed the 2030 target"): the
// commitment's deadline.
func limitDate(s *syntax.Sentence, m dates.Mark) bool {
	k := wordAt(s, m.Start)
	return k >= 0 && dates.QualifiesNoun(s, m) && limitNouns[lower(s.Words[s.Words[k].Head].Lemma)]
}

// datesAntecedent reports whether date m, behind publication, qualifies
// the noun that clause c, a relative clause, describes ("the district's
// 2022 local plan, which commits the council to building homes"): the
// document or act the noun names carries the commitment, so its date is
// the commitment's. A limit ("the 2030 target, which commits") dates no
// act.
func datesAntecedent(d *doc.Document, s *syntax.Sentence, m dates.Mark, c clause) bool {
	k, w := wordAt(s, m.Start), s.Words[c.verb]
	if k < 0 || !text.RelIs(w.Rel, "acl:relcl") || s.Words[k].Head != w.Head || limitDate(s, m) {
		return false
	}
	pub := dates.ISODay(d.Published)
	return m.Value <= pub[:min(len(m.Value), len(pub))]
}

// actRank ranks a date of the sentence of verb v by whose time it is: 0
// for the act's own (below v, not on the verb of saying that reports it),
// 1 for another: "said on Tuesday it would vote against the bill next
// month" commits to a vote next month.
func actRank(s *syntax.Sentence, m dates.Mark, v, sayer int) int {
	k := wordAt(s, m.Start)
	if k >= 0 && s.Dominates(v, k) && (sayer < 0 || !attachedTo(s, m.Start, sayer)) {
		return 0
	}
	return 1
}

// comesAfter reports whether past verb v is what a present-tense verb
// says the news follows: "the call comes after Morocco and China agreed",
// "the move follows …after it signed". The parser may attach "after" to
// the subject rather than the clause, so the word is sought between the
// two verbs.
func comesAfter(s *syntax.Sentence, v int) bool {
	h := s.Words[v].Head
	if h < 0 || h > v || !text.RelIs(s.Words[v].Rel, "advcl", "ccomp") {
		return false
	}
	if x := s.Words[h].XPOS; x != "VBZ" && x != "VBP" {
		return false
	}
	for k := h + 1; k < v; k++ {
		if lower(s.Words[k].Form) == "after" {
			return true
		}
	}
	return false
}

// statementReach is how many sentences before a speaker's words the date
// on which the speaker spoke may be told.
const statementReach = 3

// statementDate returns the date on which the speaker of clause c spoke,
// from the sentences before it: the first date attached to a verb of
// saying (or to the verbs it hangs from) whose subject is one of the
// actors ps ("On Wednesday Ms Tymoshenko said …"). An undated statement of
// the same speaker continues the search back from itself: it goes on
// telling what was said on that day.
func (r *actorResolver) statementDate(d *doc.Document, ds []dates.Mark, c clause, back int, ps []int) (dates.Mark, bool) {
	limit := c.si - back
	for si := c.si - 1; si >= 0 && si >= limit && len(ps) > 0; si-- {
		s := &d.Parsed[si]
		in := dates.Within(ds, s.Start, s.End)
		for v := range s.Words {
			if s.Words[v].UPOS != "VERB" || !sayingVerb(s, v) {
				continue
			}
			m, spoke, dated := r.spokeOn(s, si, v, notDeadlines(d.Text, s.Start, in), ps)
			if dated && longBefore(m.Value, d.Published) {
				return dates.Mark{}, false // "Streamora said in March that it had looked at …": an earlier statement, not this story's
			}
			if dated {
				return m, true
			}
			if spoke {
				limit = si - back
			}
		}
	}
	return dates.Mark{}, false
}

// statementAge is how long before publication a statement may have been
// made and still be the one the story goes on reporting.
const statementAge = 14 * 24 * time.Hour

// longBefore reports whether date value v (a year, a month or a day) ends
// more than statementAge before publication.
func longBefore(v string, published time.Time) bool {
	if published.IsZero() || v == "" {
		return false
	}
	cut := published.Add(-statementAge).Format("2006-01-02")
	return v < cut[:min(len(v), len(cut))]
}

// occasionReach is how many sentences before an undated act to come the
// occasion it belongs to may be dated.
const occasionReach = 2

// occasionDate returns the date of the occasion at which clause c's actors
// ps are to act, from the sentences before it: a date not before
// publication that hangs on a verb whose subject is one of ps ("Mr
// Berlusconi will unveil plans on Thursday night").
func (r *actorResolver) occasionDate(d *doc.Document, ds []dates.Mark, c clause, ps []int) (dates.Mark, bool) {
	pub := d.Published.Format("2006-01-02")
	for si := c.si - 1; si >= 0 && si >= c.si-occasionReach && len(ps) > 0 && !d.Published.IsZero(); si-- {
		s := &d.Parsed[si]
		for _, m := range dates.Within(ds, s.Start, s.End) {
			if len(m.Value) != len(pub) || m.Value < pub || isDeadlineDate(d.Text, s.Start, m) {
				continue
			}
			if r.actorsVerbAbove(s, si, wordAt(s, m.Start), ps) {
				return m, true
			}
		}
	}
	return dates.Mark{}, false
}

// actorsVerbAbove reports whether the first verb with a subject above
// word k is an act to come whose subject resolves to one of ps ("will unveil plans
// aimed at kickstarting the economy on Thursday": the date hangs on
// "kickstarting", the act is "unveil"; in "told parliament the cap would
// take effect on 1 July" the date is the cap's, not the teller's).
func (r *actorResolver) actorsVerbAbove(s *syntax.Sentence, si, k int, ps []int) bool {
	for steps := 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		switch {
		case s.Words[k].UPOS != "VERB":
		case passiveVerb(s, k):
			return false // "would not be delayed": what befalls a thing, whoever the parse makes its subject
		case len(s.ChildrenWith(k, "nsubj")) > 0:
			return !pastClause(s, k) && r.actsFor(s, si, k, ps) // "agreed on Saturday" sets no occasion for what is to come
		}
	}
	return false
}

// actsFor reports whether a subject of verb v of sentence si resolves to
// one of the parties ps.
func (r *actorResolver) actsFor(s *syntax.Sentence, si, v int, ps []int) bool {
	for _, subj := range s.ChildrenWith(v, "nsubj") {
		got, _ := r.resolve(s, si, subj)
		if slices.ContainsFunc(got, func(p int) bool { return slices.Contains(ps, p) }) {
			return true
		}
	}
	return false
}

// notDeadlines returns the marks of a sentence starting at byte sentStart
// that are not deadlines: "by the end of the month" never dates a saying.
func notDeadlines(text string, sentStart int, in []dates.Mark) []dates.Mark {
	var out []dates.Mark
	for _, m := range in {
		if !isDeadlineDate(text, sentStart, m) {
			out = append(out, m)
		}
	}
	return out
}

// spokeOn reports whether verb of saying v of sentence si has one of the
// parties ps for its subject, and returns the date that dates the saying:
// one that hangs on v, or on a verb v hangs from, with no other verb
// between ("on Wednesday she said", not "pledged to act next year").
func (r *actorResolver) spokeOn(s *syntax.Sentence, si, v int, in []dates.Mark, ps []int) (m dates.Mark, spoke, dated bool) {
	var when []dates.Mark
	if s.Words[v].XPOS == "VBN" && firstChild(s, v, "aux") < 0 {
		return dates.Mark{}, false, false // "the $15bn promised to it in 2022" describes the money
	}
	if pluperfect(s, v) {
		return dates.Mark{}, false, false // "staff had warned athletes … between 2022 and 2024": earlier times, not the day of the news
	}
	if text.RelIs(s.Words[v].Rel, "acl") {
		return dates.Mark{}, false, false // "a smaller share than the 16.5% it claimed last year": a claim that describes a thing, no statement of the news
	}
	for k, steps := v, 0; k >= 0 && steps < 3; k, steps = s.Words[k].Head, steps+1 {
		spoke = spoke || r.actsFor(s, si, k, ps)
		for _, m := range in {
			if hangsOn(s, m.Start, k) {
				when = append(when, m)
			}
		}
		if firstChild(s, k, "nsubj") >= 0 {
			break // "\"Marston made £84m last year,\" Doyle said": what was said is not the saying
		}
	}
	if !spoke || len(when) == 0 {
		return dates.Mark{}, spoke, false
	}
	return when[0], true, true
}

// pluperfect reports whether verb v is told in the past perfect ("had
// warned").
func pluperfect(s *syntax.Sentence, v int) bool {
	return s.Words[v].XPOS == "VBN" && slices.ContainsFunc(s.ChildrenWith(v, "aux"), func(k int) bool { return lower(s.Words[k].Form) == "had" })
}

// sinceClause reports whether the word at byte offset at lies in a clause
// opened by "since" that hangs on verb v ("Since it came to power in
// October, it has said …"): the time from which v holds.
func sinceClause(s *syntax.Sentence, at, v int) bool {
	for k, steps := wordAt(s, at), 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		if s.Words[k].Head == v && text.RelIs(s.Words[k].Rel, "advcl") {
			return hasChildLemma(s, k, WordSet("since"), "mark")
		}
	}
	return false
}

// governingVerb returns the verb that governs clause v: v itself, or the verb
// whose object or subject the commitment noun v is ("has indicated its
// intention").
func governingVerb(s *syntax.Sentence, v int) int {
	if w := s.Words[v]; w.UPOS == "NOUN" && w.Head >= 0 && text.RelIs(w.Rel, "obj", "nsubj") {
		return w.Head
	}
	return v
}

// hangsOn reports whether the word at byte offset at depends on verb v
// with no other verb or clause between ("'Sales have been up on last
// year,' she said": the year is in what was said).
func hangsOn(s *syntax.Sentence, at, v int) bool {
	for k, steps := wordAt(s, at), 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		if k == v {
			return true
		}
		if s.Words[k].UPOS == "VERB" || text.RelIs(s.Words[k].Rel, "ccomp", "parataxis") {
			return false
		}
	}
	return false
}

// dayOfWhen returns the date that a clause opened by "when" describes
// ("ahead of 17 December, when the EU will decide"), the mark that ends
// right before it, or -1. The clause may be that of the verb of saying
// that reports the act, or the one that verb is joined to ("began in May,
// when the union rejected an offer and the company said it would press
// ahead").
func dayOfWhen(s *syntax.Sentence, v int, in []dates.Mark) int {
	k := whenOpener(s, v)
	for _, h := range joinedReport(s, v) {
		if k < 1 {
			k = whenOpener(s, h)
		}
	}
	if k < 1 {
		return -1
	}
	p := k - 1
	if s.Words[p].Form == "," && p > 0 {
		p--
	}
	for n, m := range in {
		if m.End == s.Words[p].End {
			return n
		}
	}
	return -1
}

// joinedReport returns the verb of saying that reports verb v and the
// verb that one is joined to by a conjunction, those that exist.
func joinedReport(s *syntax.Sentence, v int) []int {
	r := reportingVerb(s, v)
	if r < 0 {
		return nil
	}
	if w := s.Words[r]; w.Head >= 0 && text.RelIs(w.Rel, "conj") {
		return []int{r, w.Head}
	}
	return []int{r}
}

// whenOpener returns the "when" that opens the clause of verb v, or -1.
func whenOpener(s *syntax.Sentence, v int) int {
	for _, k := range s.ChildrenWith(v, "advmod", "mark") {
		if k < v && lower(s.Words[k].Form) == "when" {
			return k
		}
	}
	return -1
}

// inAside reports whether the date at byte offset at lies in a relative
// clause or an apposition that describes an actor rather than the
// commitment ("The government, which won the 2019 election, has promised
// …"); an act to come that the parse joined to a past relative clause is
// the commitment's partner, not the clause's.
func inAside(s *syntax.Sentence, at int, c clause) bool {
	for k, steps := wordAt(s, at), 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		if k == c.verb || k == c.pred {
			return false
		}
		if j := dates.JoinedHost(s, k); j >= 0 {
			k = j // "would review every contract Hale had approved and would publish … by March"
			if k == c.verb || k == c.pred {
				return false
			}
		}
		if text.RelIs(s.Words[k].Rel, "acl:relcl", "appos") {
			return !s.Dominates(k, c.verb) && !s.Dominates(k, c.pred)
		}
	}
	return false
}

// inOtherClause reports whether the date at byte offset at lies below
// clause c's verb in a clause of another time: an adverbial clause not
// opened by "when" ("ruled out a deal, although one was struck with Norway
// in 2024", "…, having lost power in 2024") or a clause on a noun.
func inOtherClause(s *syntax.Sentence, at int, c clause) bool {
	k := wordAt(s, at)
	own := -1
	if s.Words[c.pred].UPOS == "NOUN" {
		own = c.pred
	}
	return k >= 0 && s.Dominates(c.verb, k) && crossesClause(s, k, c.verb, own)
}

// describesOtherNoun reports whether the date at byte offset at lies in
// an aside on a noun other than the commitment noun ("Ms Kaur, home
// secretary since July, will set out her plans"), however the parse hung
// it.
func describesOtherNoun(s *syntax.Sentence, at int, c clause) bool {
	k := wordAt(s, at)
	switch {
	case k < 0 || s.Words[c.pred].UPOS == "NOUN" && s.Dominates(c.pred, k):
		return false
	case s.Dominates(c.verb, k):
		return dates.BetweenCommas(s, k) && !onDealOver(s, k, c.verb) // the parse's clauses below the verb are read by inOtherClause
	}
	return dates.InNounAside(s, k)
}

// otherTimeMarks open an adverbial clause whose time is not that of the
// clause it hangs on.
var otherTimeMarks = WordSet("although though after before because since as if unless whereas until")

// crossesClause reports whether the walk up the parse from word k to word
// top (or to the root, top -1) meets, as its first clause on a noun or
// adverbial clause, one that tells an event of its own time: an
// apposition, a relative clause, a clause with a subject or a finite
// verb, a perfect participle ("having lost power in 2024"), a clause
// opened by "although", "after" and the like, or a past participle on a
// noun ("two men arrested in 2021"). A bare participle or infinitive of
// aim ("plans aimed at kickstarting the economy on Thursday") is most
// often where the parse hung the main act's date. A clause on own (the
// commitment noun: "an agreement, reached in 1992") dates the commitment,
// and a verb of saying that lost its subject reports it.
func crossesClause(s *syntax.Sentence, k, top, own int) bool {
	from, prev := k, -1
	for steps := 0; k >= 0 && k != top && steps <= len(s.Words); prev, k, steps = k, s.Words[k].Head, steps+1 {
		w := s.Words[k]
		if !text.RelIs(w.Rel, "acl", "advcl", "appos") || dates.LostReport(s, k) || beforeItsMark(s, from, k) || dateAsSubject(s, from, prev, k) {
			continue // a date before the mark is the clause's the parser hung it from
		}
		if w.Head == own || whenClause(s, k) || dealOver(s, w.Head, top) {
			return false // "when it returns to parliament next month": the time of the act
		}
		return text.RelIs(w.Rel, "appos", "acl:relcl") || finiteClause(s, k) ||
			hasChildLemma(s, k, otherTimeMarks, "mark") || w.XPOS == "VBN" && text.RelIs(w.Rel, "acl")
	}
	return false
}

// dateAsSubject reports whether word k, a participle in -ing, has for its
// subject prev, the date that starts at word from or its head ("will
// introduce legislation this spring | raising the fine", "spring" read as
// the subject of "raising"): a time is no doer, so the date is the clause's
// above.
func dateAsSubject(s *syntax.Sentence, from, prev, k int) bool {
	return prev >= 0 && (prev == from || s.Words[from].Head == prev) && s.Words[k].XPOS == "VBG" &&
		text.RelIs(s.Words[prev].Rel, "nsubj") && s.Words[prev].Head == k
}

// finiteClause reports whether clause head k has a subject, a finite
// auxiliary or copula, or the "having" of a perfect participle.
func finiteClause(s *syntax.Sentence, k int) bool {
	if firstChild(s, k, "nsubj", "expl") >= 0 || s.Words[k].Lemma == "have" && s.Words[k].XPOS == "VBG" {
		return true // "having lost power": the parse may make "having" the head
	}
	for _, c := range s.ChildrenWith(k, "aux", "cop") {
		switch s.Words[c].XPOS {
		case "VBD", "VBZ", "VBP", "MD", "VBG":
			return true
		}
	}
	return false
}

// absoluteLabel is how a date from another sentence reads in a
// commitment's text: its own words when they hold a year or a day
// ("15 December 1953"), else its value ("last year" reads 2003).
func absoluteLabel(m dates.Mark) string {
	if strings.ContainsAny(m.Text, "0123456789") {
		return m.Text
	}
	return m.Value
}

// reportingVerb returns the verb of saying that reports the clause of verb
// v ("said on Tuesday that it would …"), whose date is when the
// commitment was made, or -1.
func reportingVerb(s *syntax.Sentence, v int) int {
	for _, k := range s.ChildrenWith(v, "parataxis") {
		if text.ReportVerbs[s.Words[k].Lemma] {
			return k
		}
	}
	for k, steps := v, 0; k >= 0 && steps < 3; k, steps = s.Words[k].Head, steps+1 {
		w := s.Words[k]
		if w.Head >= 0 && text.RelIs(w.Rel, "ccomp", "parataxis") && text.ReportVerbs[s.Words[w.Head].Lemma] {
			return w.Head
		}
	}
	return -1
}

// attachedTo reports whether the word at byte offset at depends on verb v
// within its own clause: no other verb with a subject stands between,
// unless it opens a clause of time with "when".
func attachedTo(s *syntax.Sentence, at, v int) bool {
	k := wordAt(s, at)
	for steps := 0; k >= 0 && steps <= len(s.Words); steps++ {
		if k == v {
			return true
		}
		if s.Words[k].UPOS == "VERB" && (firstChild(s, k, "nsubj") >= 0 || lostSubject(s, k)) && !whenClause(s, k) ||
			conjoinedVerb(s, k) && !s.Dominates(k, v) {
			return false // "would pay a third of the costs and offered to host the summit in 2028"
		}
		k = s.Words[k].Head
	}
	return false
}

// whenClause reports whether verb k heads a clause of time opened by
// "when" ("will vote against the bill when it returns to parliament next
// month"): its date is the time of the clause it hangs on.
func whenClause(s *syntax.Sentence, k int) bool {
	return text.RelIs(s.Words[k].Rel, "advcl") && hasChildLemma(s, k, WordSet("when"), "mark", "advmod")
}

// lostSubject reports whether finite verb k follows right after a noun
// or a gerund that the parser hung elsewhere ("closed since fighting |
// broke out in April"): the subject of a clause of its own.
func lostSubject(s *syntax.Sentence, k int) bool {
	switch s.Words[k].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	if k == 0 {
		return false
	}
	p := s.Words[k-1]
	return (p.UPOS == "NOUN" || p.UPOS == "PROPN" || p.UPOS == "PRON" || p.XPOS == "VBG") && !s.Dominates(k, k-1)
}

// wordAt returns the word of s at byte offset at, or -1.
func wordAt(s *syntax.Sentence, at int) int { return dates.WordAt(s, at) }

func spanDistance(m dates.Mark, start, end int) int {
	switch {
	case m.End <= start:
		return start - m.End
	case m.Start >= end:
		return m.Start - end
	}
	return 0
}

// previousStart is the start of the sentence n sentences before si.
func previousStart(d *doc.Document, si, n int) int {
	k := max(0, si-n)
	if k < len(d.Sentences) {
		return d.Sentences[k].Start
	}
	return 0
}

// otherConjunct reports whether the date at byte at lies in another
// conjunct than the one commitment c was split off as ("agreed to hire
// staff by the end of March and to review rotas within 60 days": March is
// the hiring's deadline, not the review's): between the words the
// conjuncts share and c's own "to".
func otherConjunct(s *syntax.Sentence, at int, c clause) bool {
	k := wordAt(s, at)
	return c.joinAt > 0 && k > c.lead && k < c.joinAt
}

// conjoinedVerb reports whether word k is a verb coordinated with another
// ("agreed to close the plants by 2030 and to raise the wage from
// January"): an act of its own, whose dates are not the other's.
func conjoinedVerb(s *syntax.Sentence, k int) bool {
	return s.Words[k].UPOS == "VERB" && text.RelIs(s.Words[k].Rel, "conj")
}

// anotherAct reports whether word k lies in a verb phrase coordinated
// with clause c's own ("has agreed to give evidence and will be sentenced
// in October", "would not publish the contract but offered to brief the
// committee next week") and left out of c's span; one inside the span is
// part of what c commits to ("is to cut 1,400 jobs and close its plant by
// the end of next year").
func anotherAct(s *syntax.Sentence, k int, c clause) bool {
	for steps := 0; k >= 0 && steps <= len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		if k == c.verb || k == c.pred {
			return false
		}
		if conjoinedVerb(s, k) && (k < c.first || k > c.last) && !s.Dominates(k, c.verb) {
			return true
		}
	}
	return false
}

// inCondition reports whether word k lies in clause c's condition ("signed
// on the condition that rich countries deliver the money promised in
// 2022"): the time of what must happen, not of the commitment.
func inCondition(s *syntax.Sentence, k int, c clause) bool {
	if c.cond < 0 || k < 0 || beforeItsMark(s, k, c.cond) {
		return false
	}
	if sanctioning(s, c.cond) {
		return k >= demandStart(s, c.cond) && k < c.cond // the demand's own dates, not the sanction's
	}
	f, l := s.Subtree(c.cond)
	return k >= f && k <= max(l, conditionEnd(s, l))
}

// beforeItsMark reports whether word k stands before the mark that opens
// the clause headed by h, though the parser hung it inside that clause
// ("will block the road on 25 April | if allocations are cut"): a clause
// opens with its mark, so k belongs to the clause before. An adverb may
// lead the mark ("only if", "even if").
func beforeItsMark(s *syntax.Sentence, k, h int) bool {
	f, _ := s.Subtree(h)
	m := firstChild(s, h, "mark")
	return m > f && k < m && s.Words[k].UPOS != "ADV"
}

// linkingVerb returns the verb that links a commitment told by an
// adjective to its subject ("remained committed", "stays determined"),
// or -1.
func linkingVerb(s *syntax.Sentence, v int) int {
	w := s.Words[v]
	if w.UPOS != "ADJ" || w.Head < 0 || !text.RelIs(w.Rel, "xcomp") || !adjectiveLinks[s.Words[w.Head].Lemma] {
		return -1
	}
	return w.Head
}

// adjectiveLinks link an adjective to the subject it describes.
var adjectiveLinks = WordSet("remain stay become")
