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
	t := toks[i]
	c, ok := commitNounCues[t.lower]
	if !ok || nounIsVerb(toks, i) {
		return commitFind{}, false
	}
	np, possessor, mods := nounPhraseStart(toks, i)
	status := c.status
	gov := -1
	g := np - 1
	for g >= 0 && toks[g].word && cmGovParticles[toks[g].lower] {
		g--
	}
	if g >= 0 && toks[g].word && !participleModifier(toks, g, np, i) {
		if st, ok := governingVerbs[toks[g].lower]; ok {
			gov = g
			if st != briefing.StatusAgreed {
				status = st
			}
		}
	}
	end := i + 1
	comp := false
	byActor := [2]int{-1, -1}
	if end < len(toks) && toks[end].word {
		w := toks[end].lower
		if st, ok := governingVerbs[w]; ok && strings.HasSuffix(w, "ed") && st != briefing.StatusAgreed &&
			end+1 < len(toks) && toks[end+1].lower == "by" {
			status = st
		}
		participle := governingVerbs[w] != "" && strings.HasSuffix(w, "ed") && end+1 < len(toks) && toks[end+1].lower == "by"
		if cmNounComplements[w] && (w != "that" || c.status == briefing.StatusPledged) || participle {
			if e, _ := actionAfter(toks, end); e > end+1 {
				end, comp = e, true
				byActor = byPhrase(toks, i+1, end)
			}
		}
	}
	under := np > 0 && toks[np-1].lower == "under" && strings.HasPrefix(t.lower, "oath")
	generic := cmGenericNouns[t.lower] && !hasPactModifier(toks[np:i])
	if gov < 0 && !comp && !under && (generic || possessor < 0 && mods == 0) {
		return commitFind{}, false
	}
	if (c.status == briefing.StatusRefused || c.status == briefing.StatusProposed) && hasConflict(toks[i+1:end]) {
		return commitFind{}, false
	}
	f := commitFind{cue: i, subj: [2]int{np, np}, verb: [2]int{np, np}, action: [2]int{np, end}, status: status,
		possessor: possessor, byActor: byActor, spanStart: np, spanEnd: end}
	if gov >= 0 {
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
	return f, true
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
