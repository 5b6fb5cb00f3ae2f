package draft

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// commitFind is one commitment found in a sentence, before it is rendered.
type commitFind struct {
	sentence  int
	cue       int // index of the cue word
	subj      [2]int
	inherited bool // the subject came from elsewhere in the sentence
	verb      [2]int
	action    [2]int
	status    string
	past      bool
	possessor int    // index of a possessive word ("his", "Trump's"), or -1
	byActor   [2]int // the words after "by" that name the actor, or -1, -1
	passive   bool   // the subject is what was signed or promised, not who did it
	spanStart int
	spanEnd   int
	sentToks  []token
}

// findCommitments finds who signed, agreed, pledged, intends, proposed or
// refused what, clause by clause.
func findCommitments(d *document) []briefing.Commitment {
	r := newActorResolver(d)
	ds := dateMarks(d)
	var out []briefing.Commitment
	for si, s := range d.sentences {
		if s.Start < 0 || s.End > len(d.text) || s.Start >= s.End {
			continue
		}
		toks := d.clauseTokens(si)
		toks = toks[:questionFrom(toks)]
		for _, f := range scanCommitments(toks, si) {
			out = append(out, renderCommitment(d, r, ds, f))
		}
	}
	if out == nil {
		return []briefing.Commitment{}
	}
	return out
}

// scanCommitments finds the commitments of one sentence: verb cues first, then
// commitment nouns that no verb cue already covers.
func scanCommitments(toks []token, si int) []commitFind {
	found := verbCommitments(toks, si)
	for i, t := range toks {
		if !t.word || covered(found, i) {
			continue
		}
		if f, ok := nounCommitment(toks, i); ok {
			f.sentence = si
			found = append(found, f)
		}
	}
	for k := range found {
		found[k].sentToks = toks
	}
	return found
}

// covered reports whether the token at i lies in the subject, verb or
// action of a commitment already found.
func covered(found []commitFind, i int) bool {
	for _, f := range found {
		if i >= f.subj[0] && i < f.action[1] || i >= f.verb[0] && i < f.action[1] {
			return true
		}
	}
	return false
}

// verbCommitments finds the commitments of a sentence's verb cues. A cue
// without a subject of its own takes the last subject found before it,
// else the subject that opens the sentence ("Iran signed the deal and
// promised to …").
func verbCommitments(toks []token, si int) []commitFind {
	var found []commitFind
	cond := hasCondition(toks)
	last := commitFind{subj: [2]int{-1, -1}}
	for i, t := range toks {
		if !t.word || covered(found, i) {
			continue
		}
		f, ok := verbCommitment(toks, i, cond)
		if !ok {
			continue
		}
		f.sentence = si
		if onlyFunctionWords(toks[f.subj[0]:f.subj[1]]) {
			f.subj[1] = f.subj[0]
		}
		if f.subj[0] == f.subj[1] {
			inheritSubject(toks, &f, last)
		} else {
			last = f
		}
		found = append(found, f)
	}
	return found
}

// inheritSubject gives f the subject of last, the previous commitment with
// a subject of its own (and its past tense), or the sentence's subject when
// there is none (last.subj is -1, -1).
func inheritSubject(toks []token, f *commitFind, last commitFind) {
	if last.subj[0] >= 0 {
		f.subj = last.subj
		f.past = f.past || last.past
	} else {
		a, b := sentenceSubject(toks)
		f.subj = [2]int{a, b}
	}
	f.inherited = true
}

// verbCue is a verb cue that passed the checks of its own word and the
// word after it.
type verbCue struct {
	commitCue
	lemma      string // the cue with contracted modals read out ("we'll" → "will")
	contracted bool   // the subject sits in the cue word ("we'll")
	negated    bool   // "won't", "wouldn't"
	next       int    // index of the word after the cue
}

// verbCueAt returns the verb cue at i, if the word is one and the word
// after it fits ("agreed to", not "agreed that"; "signed", not "signed up").
func verbCueAt(toks []token, i int) (verbCue, bool) {
	t := toks[i]
	lw, contracted, negated := modalForm(t.lower)
	c, ok := commitVerbCues[lw]
	if !ok || t.cap && i > 0 || c.kind == commitStrong && !strongIsVerb(toks, i) {
		return verbCue{}, false
	}
	next := nextWordIdx(toks, i)
	if next < 0 || !allowsNextWord(c.next, toks[next].lower) {
		return verbCue{}, false
	}
	nw := toks[next].lower
	if nw == "with" && !cmLaterWord(toks, next, 8, "to", "on") ||
		strings.HasPrefix(lw, "sign") && (nw == "up" || nw == "in" && !isPastForm(lw)) {
		return verbCue{}, false
	}
	return verbCue{c, lw, contracted, negated, next}, true
}

// intentBlocked reports whether an intention cue + "to" states no
// intention: a passive forecast ("is expected to"), a refusal to comment,
// or a state ("hopes to be").
func intentBlocked(toks []token, c verbCue, vg int) bool {
	if c.kind != commitIntent || toks[c.next].lower != "to" {
		return false
	}
	after := ""
	if c.next+1 < len(toks) {
		after = toks[c.next+1].lower
	}
	refusal := c.status == briefing.StatusRefused
	return isPassiveForecast(toks, vg) || refusal && declineStops[after] || !refusal && cmActionStops[after]
}

// clauseStatus settles the status from negation and conditions.
func clauseStatus(c verbCue, neg, cond bool) string {
	switch {
	case c.status == briefing.StatusRefused:
		return c.status
	case neg:
		return briefing.StatusRefused
	case cond && (c.kind == commitModal || c.kind == commitIntent):
		return briefing.StatusConditional
	}
	return c.status
}

// verbCommitment checks the verb cue at i and builds its clause: subject,
// verb group, action and status.
func verbCommitment(toks []token, i int, cond bool) (commitFind, bool) {
	c, ok := verbCueAt(toks, i)
	if !ok {
		return commitFind{}, false
	}
	vg, neg := verbGroupStart(toks, i)
	actStart, negAfter, ok := cueActionStart(toks, i, c)
	if !ok || intentBlocked(toks, c, vg) {
		return commitFind{}, false
	}
	neg = neg || c.negated || negAfter
	ss, se, opener := cueSubject(toks, c, vg, i)
	end, condAfter := actionAfter(toks, actStart)
	if clauseRejected(toks, c, opener, [2]int{ss, se}, [2]int{actStart, end}, cond) {
		return commitFind{}, false
	}
	verbEnd := i + 1
	if c.kind == commitModal {
		verbEnd = actStart + 1
		actStart++
		end = max(end, actStart)
	}
	start := vg
	if ss < se {
		start = ss
	}
	group := toks[vg:i]
	f := commitFind{cue: i, subj: [2]int{ss, se}, verb: [2]int{vg, verbEnd}, action: [2]int{actStart, end},
		status: clauseStatus(c, neg, cond || condAfter), past: (isPastForm(c.lemma) || pastAux(group)) && !presentBe(group),
		possessor: -1, byActor: [2]int{-1, -1}, spanStart: start, spanEnd: end}
	if passiveCue(toks, c, i, vg) {
		f.passive = true
		f.byActor = byPhrase(toks, i+1, end)
		f.past = pastAux(group)
	}
	return f, true
}

// cueActionStart returns where the action after the cue at i starts: the
// next token, or for a modal the action verb after it ("will not sign" →
// "sign"), with whether a negation stood between; false when a modal has
// no action.
func cueActionStart(toks []token, i int, c verbCue) (start int, neg, ok bool) {
	if c.kind != commitModal {
		return i + 1, false, true
	}
	k, ok := modalAction(toks, i, c.lemma)
	if !ok {
		return 0, false, false
	}
	for m := i + 1; m < k; m++ {
		neg = neg || cmIsNegation(toks[m].lower)
	}
	return k, neg, true
}

// cueSubject returns the subject of the cue at i whose verb group starts
// at vg, and the word before it; a contracted cue ("we'll") is its own
// subject.
func cueSubject(toks []token, c verbCue, vg, i int) (start, end int, opener string) {
	if !c.contracted {
		return subjectBefore(toks, vg)
	}
	if vg > 0 {
		opener = toks[vg-1].lower
	}
	return vg, i + 1, opener
}

// clauseRejected reports whether a cue's clause commits to nothing: a
// hypothetical ("if we sign"), a weak cue with no action or a subject that
// cannot act, an action that is a conflict, or a "would" that is no
// reported speech in a sentence without a condition.
func clauseRejected(toks []token, c verbCue, opener string, subj, act [2]int, cond bool) bool {
	switch {
	case hypotheticalOpeners[opener] && !isPastForm(c.lemma),
		act[1] <= act[0] && c.kind != commitStrong,
		c.weak() && !agentive(toks[subj[0]:subj[1]]) && subj[0] < subj[1],
		c.kind != commitStrong && hasConflict(toks[act[0]:act[1]]),
		c.kind == commitModal && c.lemma == "would" && !reportedBefore(toks, subj[0]) && !cond:
		return true
	}
	return false
}

// weak reports whether a cue only states a will or a plan (a modal, or an
// intention other than a refusal), which needs an agent as its subject.
func (c verbCue) weak() bool {
	return c.kind == commitModal || c.kind == commitIntent && c.status != briefing.StatusRefused
}

// passiveCue reports whether the past-form cue at i is passive: what was
// signed or promised stands as its subject ("the treaty was signed by").
func passiveCue(toks []token, c verbCue, i, vg int) bool {
	return isPastForm(c.lemma) && c.lemma != "committed" &&
		(toks[c.next].lower == "by" || isPassiveForecast(toks, vg) && vg < i)
}

// onlyFunctionWords reports whether a subject holds nothing but words such
// as "however" or "meanwhile" ("Rebels, however, vowed").
func onlyFunctionWords(subj []token) bool {
	for _, t := range subj {
		if t.word && !cmCapFunctionWords[t.lower] {
			return false
		}
	}
	return len(subj) > 0
}

// presentBe reports whether a verb group holds a present form of "be"
// ("is committed"): a state, not a past act.
func presentBe(group []token) bool {
	for _, t := range group {
		switch t.lower {
		case "is", "are", "am", "remains", "remain":
			return true
		}
	}
	return false
}

// pastAux reports whether a verb group holds a past auxiliary ("did not
// agree", "had promised").
func pastAux(group []token) bool {
	for _, t := range group {
		switch t.lower {
		case "did", "didn't", "had", "hadn't", "was", "were", "wasn't", "weren't":
			return true
		}
	}
	return false
}

// strongIsVerb tells a verb from a noun for words that can be both
// ("pledge", "vow", "promise"): after a determiner or a possessive it is a
// noun.
func strongIsVerb(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1]
	if p.word && (cmDeterminers[p.lower] || strings.HasSuffix(p.lower, "'s")) {
		return false
	}
	if p.text == "-" || p.text == "‑" {
		return false
	}
	if i+1 < len(toks) && toks[i+1].lower == "of" {
		return false
	}
	switch toks[i].lower {
	case "pledge", "pledges", "vow", "vows", "promise", "promises", "sign", "signs":
		return p.word && (cmPronouns[p.lower] || p.cap || cmAuxiliaries[p.lower] || p.lower == "to" ||
			commitVerbCues[p.lower].kind == commitModal || cmIsAdverb(p) || p.lower == "and")
	}
	return true
}

// nextWordIdx returns the index of the word after i, past quotation marks,
// or -1 when punctuation or the end comes first.
func nextWordIdx(toks []token, i int) int {
	for k := i + 1; k < len(toks); k++ {
		if toks[k].word {
			return k
		}
		if !isQuoteTok(toks[k]) && !isCurrencyTok(toks[k]) {
			break
		}
	}
	return -1
}

// isCurrencyTok reports whether a token is a currency sign ("pledged $5m").
func isCurrencyTok(t token) bool {
	switch t.text {
	case "$", "£", "€", "¥":
		return true
	}
	return false
}

// allowsNextWord reports whether w may follow a cue; "" in the list allows
// any word.
func allowsNextWord(allowed []string, w string) bool {
	for _, a := range allowed {
		if a == "" || a == w {
			return true
		}
	}
	return false
}

// cmLaterWord reports whether one of words occurs within n tokens after i.
func cmLaterWord(toks []token, i, n int, words ...string) bool {
	for k := i + 1; k < len(toks) && k <= i+n; k++ {
		for _, w := range words {
			if toks[k].lower == w {
				return true
			}
		}
	}
	return false
}
