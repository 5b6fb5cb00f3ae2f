package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// publishedMeasure builds the clause of a measure a publisher tells in its
// own voice with no one named to take it. One it denies to everyone or
// everything ("From: Ministry of Defence … no civilian post will be cut before
// 2030", "None of the fund will be spent on consultants"): the
// publisher's pledge not to take it, as a sayer's is when it is reported
// ("the company said no jobs would be cut", see deniedPassive). What
// befalls no one ("no homes will be lost") is a forecast; a quotation or
// a transcript's turn is a speaker's, not the page's. What it says will be
// done with a thing it runs, not denied, is its intention (see
// noticeMeasure).
func (r *actorResolver) publishedMeasure(s *syntax.Sentence, si, i int) (clause, bool) {
	w := s.Words[i]
	if w.UPOS != "VERB" || !willModals[modalOf(s, i)] || !passiveVerb(s, i) || befallVerbs[w.Lemma] ||
		aspectAux(s, i) || attributionVerb(s, i) >= 0 || quotedWord(s, i) || len(agentOf(s, i)) > 0 {
		return clause{}, false
	}
	denied := deniedSubject(s, i)
	if !denied && !r.noticeMeasure(s, i) || denied && !measureVerbs[w.Lemma] {
		return clause{}, false
	}
	if _, _, turn := text.TurnLabel(r.d, si); turn || r.openQuotation(s.Start) {
		return clause{}, false
	}
	p, ok := r.publisher()
	if !ok || !r.institution(p) {
		return clause{}, false
	}
	c := clause{s: s, pred: i, verb: i, action: i, cond: -1, status: briefing.StatusPledged, given: []int{p}} // the publisher, given: no word of the clause names it
	if !denied {
		c.status = briefing.StatusIntends
	}
	if c.cond = conditionOf(s, i); c.cond >= 0 {
		c.status = briefing.StatusConditional
	}
	c.first, c.last = clauseBounds(s, &c)
	f, _ := phrase(s, firstChild(s, i, "nsubj:pass", "nsubj"))
	c.first = min(c.first, f)
	return c, true
}

// noticeMeasure reports whether passive verb i, after will, is what a
// notice or a release says will be done with a thing it runs or rules,
// no party named for its subject ("Berth 4 will be closed to all vessels
// from 2 June", "Applications will be accepted only by appointment",
// "Retroactive pay will be paid within 60 days"): the publisher's own
// measure, told without its name.
func (r *actorResolver) noticeMeasure(s *syntax.Sentence, i int) bool {
	if !measureVerbs[s.Words[i].Lemma] && !noticeVerbs[s.Words[i].Lemma] || modalOf(s, i) != "will" {
		return false
	}
	subj := firstChild(s, i, "nsubj:pass")
	if subj < 0 || s.Words[subj].UPOS == "PRON" {
		return false
	}
	f, l := phrase(s, subj)
	a, b := s.Bytes(f, l)
	return len(r.in(a, b)) == 0
}

// noticeVerbs are the acts a notice tells its readers will be done with
// what it runs, besides the measures of measureVerbs.
var noticeVerbs = WordSet("accept cancel process notify reallocate charge reopen publish refund issue suspend resume require " +
	"divert reschedule apply")
