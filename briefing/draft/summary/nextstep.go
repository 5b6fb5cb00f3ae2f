package summary

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// A bottom line says what happens next: the court date, the vote, the
// hearing, the deadline. A sentence that tells of it ranks higher than one
// that adds colour to what happened.
const (
	datedAheadWeight = 2.0 // rank gained by a sentence naming a day after the article's
	futureWeight     = 2.0 // rank gained by a sentence whose main verb is in the future tense
)

// nextStepWeight is the factor by which sentence si's rank grows when it
// tells what comes next: it names a date after the article's day ("He will
// appear at Leeds Crown Court on 2 December") or its main clause is in the
// future tense ("The bill now goes … peers will debate it", "The bank will
// cut 300 jobs").
func nextStepWeight(d *doc.Document, si int, ds []dates.Mark) float64 {
	w := 1.0
	if datedAhead(d, si, ds) {
		w *= datedAheadWeight
	}
	if futureTense(d, si) {
		w *= futureWeight
	}
	return w
}

// datedAhead reports whether sentence si names a date later than the
// article's day, compared at the date's own precision: "2 December" after
// a November article, "next year", but not "this month".
func datedAhead(d *doc.Document, si int, ds []dates.Mark) bool {
	sp := d.Sentences[si]
	day := d.Published.Format("2006-01-02")
	for _, m := range dates.Within(ds, sp.Start, sp.End) {
		if len(m.Value) >= 4 && m.Value > day[:min(len(m.Value), len(day))] {
			return true
		}
	}
	return false
}

// futureTense reports whether the main clause of sentence si states what
// is to happen: its verb takes "will" or "shall", or it is one of the
// periphrases of an arranged future, "be" with a verb to come ("The
// Senate is due to vote", "The hearing is scheduled to begin", "The firm
// is about to launch").
func futureTense(d *doc.Document, si int) bool {
	p, rel := rootChildren(d, si, "aux", "aux:pass", "cop", "xcomp")
	if p == nil {
		return false
	}
	be, xcomp := false, false
	for _, c := range rel {
		w := p.Words[c]
		switch {
		case w.Lemma == "will" || w.Lemma == "shall":
			return true
		case w.Lemma == "be" && w.UPOS == "AUX":
			be = true
		case RelAmong(w.Rel, "xcomp") && w.UPOS == "VERB":
			xcomp = true
		}
	}
	return be && xcomp && futurePeriphrases[strings.ToLower(p.Words[p.Root()].Lemma)]
}

// futurePeriphrases are the heads of "be … to" that put the verb after them
// in the future as a thing arranged: "due to", "scheduled to", "about to".
// A forecast ("is expected to grow", "is set to rise") or a guess ("fans
// are going to have to wait") is not a next step.
var futurePeriphrases = text.SetOf("due", "schedule", "about")
