package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// looseCondition returns the head of a condition after verb i that opens
// with words no other reading shares, wherever the parser hung it:
//   - "as long as", "so long as" ("would respect the truce \"as long as
//     the other side does\"", read as a clause of the sayer);
//   - "on (the) condition that" ("pledged A$600m …, on condition that
//     other donors match it", read as a conjunct of a noun);
//   - a "should" put before its subject ("will cover the costs should they
//     need to travel");
//   - "unless" or "only if", or "once" or "until" opening a clause ("would drop the
//     complaint once the envoys were back"). An "until" or "before" bounds
//     what is denied only ("would not release the sailors detained in
//     March until the charges were dropped", "would not act before the
//     inquiry is complete"): after an act it may tell how long the act
//     goes on ("will publish a report each year until the undertaking
//     expires"), but after an act that halts one it tells what the halt
//     waits on ("would suspend its work until security improves");
//   - "without" and a consent or approval, after a denied act ("will not
//     pay any fine without the government's consent": only with it).
//
// The search stops at a later verb of another clause, whose condition it
// would be; -1 when there is none. Conditions of resolve, which hold
// whatever happens ("as long as it takes", "as long as necessary"), are
// none.
func looseCondition(s *syntax.Sentence, i int) int {
	for k := i + 1; k < len(s.Words); k++ {
		w := s.Words[k]
		if w.UPOS == "VERB" && (!s.Dominates(i, k) && !s.Dominates(k, i) || viaConjunct(s, i, k) || reportsOwn(s, i, k) || concedes(s, i, k)) {
			return -1 // another clause: "… and will sue as long as …" is the suing's
		}
		if h := looseOpener(s, k, negated(s, i)); h >= 0 {
			return h
		}
		if h := subjectClause(s, k); lower(w.Form) == "until" && haltVerbs[s.Words[i].Lemma] && h >= 0 {
			return h
		}
	}
	return -1
}

// reportsOwn reports whether verb k, in a clause below verb i, reports
// what a subject of its own says ("agreed to dredge the channel, after two customers said
// they would move elsewhere unless …"): what follows is that report's.
func reportsOwn(s *syntax.Sentence, i, k int) bool {
	return k != i && s.Dominates(i, k) && text.RelIs(s.Words[k].Rel, "advcl") && text.ReportVerbs[s.Words[k].Lemma] && firstChild(s, k, "nsubj") >= 0
}

// concedes reports whether verb k, in a clause below verb i, heads a
// clause of its own opened by "although", "though" or "whereas" ("agreed
// to convert 150 posts by July, although the conversions beyond the first
// 60 will go ahead only if enrolment stays up"): what follows is that
// clause's.
func concedes(s *syntax.Sentence, i, k int) bool {
	return k != i && s.Dominates(i, k) && firstChild(s, k, "nsubj", "nsubj:pass") >= 0 && hasChildLemma(s, k, WordSet("although though whereas"), "mark")
}

// haltVerbs stop or hold back an act, so what bounds them with "until"
// is what the act waits on, as after a denied act ("would suspend its
// work until security improves": it resumes only then).
var haltVerbs = WordSet("suspend halt freeze stop pause withhold postpone defer delay")

// looseOpener returns the head of the condition that word k opens, as
// looseCondition lists them; denied tells whether the act it would bound
// is denied. -1 when it opens none.
func looseOpener(s *syntax.Sentence, k int, denied bool) int {
	switch f := lower(s.Words[k].Form); {
	case f == "as" && k >= 2 && (lower(s.Words[k-2].Form) == "as" || lower(s.Words[k-2].Form) == "so") && lower(s.Words[k-1].Form) == "long":
		if resolveIdiom(s, k+1) || forAsLong(s, k) {
			return -1
		}
		return clauseAfter(s, k, k-1)
	case f == "that" && k >= 2 && lower(s.Words[k-1].Form) == "condition" && onWord(s, k-2):
		return clauseAfter(s, k, k-1)
	case f == "should" && invertedShould(s, k):
		return clauseAfter(s, k, k)
	case f == "unless" && k+1 < len(s.Words) && s.Words[k+1].UPOS != "PUNCT",
		f == "if" && k > 0 && lower(s.Words[k-1].Form) == "only": // "only if" never asks whether
		return clauseAfter(s, k, k)
	case f == "once" || denied && (f == "until" || f == "before"):
		if h := subjectClause(s, k); h < 0 || !hasChildLemma(s, h, WordSet("even"), "advmod") {
			return h
		} // "will not let it bring the government down before it has even started": a time, stressed, no condition
	case f == "without" && denied:
		if n := s.Words[k].Head; n > k && approvals[s.Words[n].Lemma] {
			return n
		}
	}
	return -1
}

// subjectClause returns the verb of the clause that word k opens when a
// noun phrase follows it at once and a verb in a tense of its own right
// after that ("once | the envoys | were back", "until | an audit of the
// plant | had been completed"); -1 when k opens no clause ("once again",
// "until 2026", "until the end of the year").
func subjectClause(s *syntax.Sentence, k int) int {
	v := k + 1
	for v < len(s.Words) && nominalWords[s.Words[v].UPOS] && !tensed(s.Words[v]) {
		v++
	}
	if v == k+1 || v >= len(s.Words) || !tensed(s.Words[v]) {
		return -1
	}
	if h := s.Words[v].Head; s.Words[v].UPOS == "AUX" && h > v {
		return h
	}
	return v
}

// nominalWords are the parts of speech a noun phrase is made of.
var nominalWords = WordSet("DET ADJ NOUN PROPN PRON NUM ADP")

// tensed reports whether a word is a verb or auxiliary in a tense of its
// own.
func tensed(w syntax.Word) bool {
	return (w.UPOS == "VERB" || w.UPOS == "AUX") && (w.XPOS == "VBD" || w.XPOS == "VBZ" || w.XPOS == "VBP" || w.XPOS == "MD")
}

// onWord reports whether word j is "on", or "the" after "on" ("on the
// condition that").
func onWord(s *syntax.Sentence, j int) bool {
	f := lower(s.Words[j].Form)
	return f == "on" || f == "the" && j > 0 && lower(s.Words[j-1].Form) == "on"
}

// clauseAfter returns the verb that the word at k opens a clause for when
// the parser made it its mark or auxiliary, else the first verb after k
// with a subject of its own, else fallback.
func clauseAfter(s *syntax.Sentence, k, fallback int) int {
	if h := s.Words[k].Head; h > k {
		return h
	}
	for v := k + 1; v < len(s.Words); v++ {
		if u := s.Words[v].UPOS; (u == "VERB" || u == "AUX") && firstChild(s, v, "nsubj", "nsubj:pass", "expl") >= 0 {
			return v
		}
	}
	return fallback
}

// invertedShould reports whether "should" at k stands before its subject
// inside a sentence ("will pay the costs should they need to travel",
// "should the talks fail"): a condition, not an obligation, which puts
// its subject first. A "should" opening the sentence is left to
// invertedCondition, since it may ask a question.
func invertedShould(s *syntax.Sentence, k int) bool {
	if k == 0 || k+2 >= len(s.Words) || s.Words[k].XPOS != "MD" {
		return false
	}
	if p := s.Words[k-1]; p.UPOS == "PRON" || p.UPOS == "ADV" || p.UPOS == "PUNCT" && p.Form != "," || lower(p.Form) == "nor" {
		return false // "why should they pay?", "what should the board do?": a question; "nor should it": a denial
	}
	switch n := s.Words[k+1]; {
	case n.UPOS == "PRON" && subjectPronouns[lower(n.Form)]:
		return true
	case n.UPOS == "DET" && lower(n.Form) == "the":
		return true
	}
	return false
}

// subjectPronouns are the pronouns that can be a subject.
var subjectPronouns = WordSet("i we you he she it they")

// resolveIdiom reports whether the words from k state no condition but
// the resolve to go on whatever it costs ("as long as it takes", "as long
// as necessary", "as long as we have to").
func resolveIdiom(s *syntax.Sentence, k int) bool {
	if k >= len(s.Words) {
		return false
	}
	f := lower(s.Words[k].Form)
	if resolveWords[f] {
		return true
	}
	if k+1 < len(s.Words) && subjectPronouns[f] {
		switch lower(s.Words[k+1].Form) {
		case "takes", "take", "need", "needs", "must":
			return true
		case "have", "has":
			return k+2 < len(s.Words) && lower(s.Words[k+2].Form) == "to"
		}
	}
	return false
}

// resolveWords follow "as long as" in a condition of resolve.
var resolveWords = WordSet("necessary needed possible required")
