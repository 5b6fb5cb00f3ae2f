package draft

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// cmNounComplements may follow a commitment noun and belong to it
// ("agreement with Ukraine", "pledge to build", "oath of office").
var cmNounComplements = cmSet("to with between by among that on of for over")

// cmGovParticles stand between a governing verb and its noun ("withdraw from
// the treaty", "living up to an agreement").
var cmGovParticles = cmSet("from of out up to into on")

// cmPossessives mark the owner of a commitment noun ("his vow").
var cmPossessives = cmSet("his her its their our my your whose")

// nounCommitment builds the commitment named by the noun at i ("a peace
// treaty", "his vow to bar", "Putin's decision to withdraw from the
// treaty"). A bare "the agreement" that only refers back is skipped.
func nounCommitment(toks []token, i int) (commitFind, bool) {
	c, ok := commitNounCues[toks[i].lower]
	if !ok || nounIsVerb(toks, i) {
		return commitFind{}, false
	}
	np, possessor, mods := nounPhraseStart(toks, i)
	gov, status := governingVerb(toks, np, i, c.status)
	comp := nounComplement(toks, i, c.status, status)
	if gov < 0 && !comp.found && onlyRefersBack(toks, np, i, possessor, mods) {
		return commitFind{}, false
	}
	if (c.status == briefing.StatusRefused || c.status == briefing.StatusProposed) && hasConflict(toks[i+1:comp.end]) {
		return commitFind{}, false
	}
	f := commitFind{cue: i, subj: [2]int{np, np}, verb: [2]int{np, np}, action: [2]int{np, comp.end}, status: comp.status,
		possessor: possessor, byActor: comp.byActor, spanStart: np, spanEnd: comp.end}
	if gov >= 0 {
		attachGoverningVerb(toks, &f, gov)
	}
	return f, true
}

// governingVerb finds the verb that governs the noun phrase that starts at
// np and ends in the noun at i ("signed the treaty", "withdraw from the
// accord"), past any particles between them; it returns the verb's index
// (or -1) and the status, which the verb changes unless it only says
// "agreed".
func governingVerb(toks []token, np, i int, status string) (int, string) {
	g := np - 1
	for g >= 0 && toks[g].word && cmGovParticles[toks[g].lower] {
		g--
	}
	if g < 0 || !toks[g].word || participleModifier(toks, g, np, i) {
		return -1, status
	}
	st, ok := governingVerbs[toks[g].lower]
	if !ok {
		return -1, status
	}
	if st != briefing.StatusAgreed {
		status = st
	}
	return g, status
}

// nounTail is what follows a commitment noun: the end of the commitment,
// whether a complement made it longer, the actor named after "by" (or -1,
// -1), and the status.
type nounTail struct {
	end     int
	found   bool
	byActor [2]int
	status  string
}

// nounComplement reads the complement after the commitment noun at i ("vow
// to bar", "agreement with Ukraine", "treaty ratified by 196 nations"); a
// past participle with "by" sets the status. cueStatus is the noun's own
// status, status the one found so far.
func nounComplement(toks []token, i int, cueStatus, status string) nounTail {
	tail := nounTail{end: i + 1, byActor: [2]int{-1, -1}, status: status}
	k := i + 1
	if k >= len(toks) || !toks[k].word {
		return tail
	}
	st, participle := participleBy(toks, k)
	if participle && st != briefing.StatusAgreed {
		tail.status = st
	}
	w := toks[k].lower
	if !(cmNounComplements[w] && (w != "that" || cueStatus == briefing.StatusPledged) || participle && st != "") {
		return tail
	}
	if e, _ := actionAfter(toks, k); e > k+1 {
		tail.end, tail.found = e, true
		tail.byActor = byPhrase(toks, i+1, e)
	}
	return tail
}

// participleBy reports whether the word at k is the past participle of a
// governing verb followed by "by" ("signed by"), with the verb's status.
func participleBy(toks []token, k int) (string, bool) {
	w := toks[k].lower
	st, ok := governingVerbs[w]
	return st, ok && strings.HasSuffix(w, "ed") && k+1 < len(toks) && toks[k+1].lower == "by"
}

// onlyRefersBack reports whether the noun at i, with no governing verb or
// complement, names no commitment of its own: a generic noun without a pact
// modifier ("the deal"), or a noun with neither owner nor modifier ("the
// agreement"), unless it is "under oath".
func onlyRefersBack(toks []token, np, i, possessor, mods int) bool {
	noun := toks[i].lower
	if np > 0 && toks[np-1].lower == "under" && strings.HasPrefix(noun, "oath") {
		return false
	}
	generic := cmGenericNouns[noun] && !hasPactModifier(toks[np:i])
	return generic || possessor < 0 && mods == 0
}

// attachGoverningVerb gives a noun commitment the clause of its governing
// verb at gov: the verb group, its subject (or the sentence's, marked
// inherited), the tense and a negation, which makes it a refusal.
func attachGoverningVerb(toks []token, f *commitFind, gov int) {
	vg, neg := verbGroupStart(toks, gov)
	ss, se, _ := subjectBefore(toks, vg)
	if se <= ss {
		ss, se = sentenceSubject(toks)
		f.inherited = true
	} else {
		f.spanStart = ss
	}
	f.subj = [2]int{ss, se}
	f.verb = [2]int{vg, gov + 1}
	f.past = isPastForm(toks[gov].lower) || pastAux(toks[vg:gov])
	if neg {
		f.status = briefing.StatusRefused
	}
	if gov < f.spanStart {
		f.spanStart = vg
	}
}

// cmGenericNouns name a commitment only with a verb, owner or complement:
// "the Iran deal" alone records nothing.
var cmGenericNouns = cmSet("deal deals assurance assurances guarantee guarantees proposal proposals contract contracts")

// cmPactModifiers make a generic noun a pact between parties on their own
// ("a peace deal", "the nuclear deal").
var cmPactModifiers = cmSet("peace trade nuclear arms ceasefire climate debt bailout aid security defence defense " +
	"partnership cooperation free-trade power-sharing border gas oil supply")

// hasPactModifier reports whether a modifier in toks names a pact.
func hasPactModifier(toks []token) bool {
	for _, t := range toks {
		if cmPactModifiers[t.lower] {
			return true
		}
	}
	return false
}

// participleModifier reports whether the verb at g only describes the noun
// ("a US-brokered ceasefire", "the internationally brokered truce").
func participleModifier(toks []token, g, np, i int) bool {
	if np != i || g != np-1 || !strings.HasSuffix(toks[g].lower, "ed") || g == 0 {
		return false
	}
	p := toks[g-1]
	return !p.word || cmDeterminers[p.lower] || cmIsAdverb(p) || g >= 2 && !toks[g-2].word
}

// nounIsVerb tells the verb "deal" (deal with), "promise" after "to" and
// "a great deal" from commitment nouns.
func nounIsVerb(toks []token, i int) bool {
	if i > 0 {
		p := toks[i-1]
		if p.word && (p.lower == "to" || commitVerbCues[p.lower].kind == commitModal || cmPronouns[p.lower] ||
			p.lower == "great" || p.lower == "good") {
			return true
		}
	}
	if i+1 < len(toks) && toks[i+1].lower == "with" && (strings.HasPrefix(toks[i].lower, "deal") ||
		toks[i].lower == "accord" && i > 0 && toks[i-1].lower == "in") {
		return true
	}
	if i > 0 && toks[i-1].lower == "own" && toks[i].lower == "accord" {
		return true
	}
	return false
}

// nounPhraseStart walks left from the noun at i over its modifiers to the
// determiner or possessive that opens the phrase; it returns the start, the
// index of a possessive (or -1) and the number of modifiers.
func nounPhraseStart(toks []token, i int) (start, possessor, mods int) {
	start, possessor = i, -1
	for start > 0 && mods < 5 {
		p := toks[start-1]
		if !p.word {
			if p.text == "-" || p.text == "‑" {
				start--
				continue
			}
			break
		}
		if cmDeterminers[p.lower] {
			start--
			if cmPossessives[p.lower] {
				possessor = start
			}
			break
		}
		if strings.HasSuffix(p.lower, "'s") {
			start--
			possessor = start
			break
		}
		if governingVerbs[p.lower] != "" || cmPrepositions[p.lower] || cmAuxiliaries[p.lower] || cmClauseOpeners[p.lower] ||
			commitVerbCues[p.lower].kind != 0 || p.lower == "and" || p.lower == "or" || p.lower == "of" || cmIsAdverb(p) {
			break
		}
		start--
		mods++
	}
	return start, possessor, mods
}

// byPhrase returns the tokens after "by" in toks[from:to] up to the next
// preposition or clause word ("ratified by 196 nations after …").
func byPhrase(toks []token, from, to int) [2]int {
	for k := from; k < to; k++ {
		if toks[k].lower != "by" {
			continue
		}
		e := k + 1
		for e < to && toks[e].word && !cmPrepositions[toks[e].lower] && !cmNounComplements[toks[e].lower] {
			e++
		}
		if e > k+1 {
			return [2]int{k + 1, e}
		}
	}
	return [2]int{-1, -1}
}
