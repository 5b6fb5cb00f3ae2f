package draft

import "strings"

// modalForm reads contracted modals: "we'll" is "will" with its subject in
// the same word, "won't" is a negated "will".
func modalForm(w string) (lemma string, contracted, negated bool) {
	switch {
	case w == "won't":
		return "will", false, true
	case w == "wouldn't":
		return "would", false, true
	case w == "shan't":
		return "shall", false, true
	case strings.HasSuffix(w, "'ll") && len(w) > 3:
		return "will", true, false
	}
	return w, false, false
}

// modalAction returns the index of the action verb after the modal at i
// ("will not sign" → "sign"), or false when what follows is no action.
func modalAction(toks []token, i int, modal string) (int, bool) {
	k := i + 1
	for k < len(toks) && toks[k].word && modalFiller(toks[k]) {
		k++
	}
	if k >= len(toks) || !toks[k].word || toks[k].cap {
		return 0, false
	}
	w := toks[k].lower
	if notAnAction(w) || !modalTakes(modal, w) {
		return 0, false
	}
	return k, true
}

// modalFiller reports whether a word may stand between a modal and its
// verb: a negation, a filler such as "also" or "jointly", or an adverb.
func modalFiller(t token) bool {
	return cmIsNegation(t.lower) || cmModalFillers[t.lower] || cmIsAdverb(t)
}

// notAnAction reports whether the word after a modal opens no action: a
// stop word, a determiner, a preposition, "to", a number or a past form.
func notAnAction(w string) bool {
	return cmActionStops[w] || cmDeterminers[w] || cmPrepositions[w] || w == "to" || cmStartsWithDigit(w) ||
		strings.HasSuffix(w, "ed")
}

// modalTakes reports whether the modal commits to the verb w: w must be a
// volitional verb, and after "may", "might" or "could" one of the few that
// still commit.
func modalTakes(modal, w string) bool {
	if !volitionalVerbs[w] {
		return false
	}
	switch modal {
	case "may", "might", "could":
		return modalActionsMay[w]
	}
	return true
}

var cmModalFillers = cmSet("also now soon then still jointly formally officially first together both all each however " +
	"eventually immediately quickly gradually initially subsequently further")

func cmStartsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

var cmBeForms = cmSet("is are was were be been being am 's")

// isPassiveForecast reports whether the verb group toks[vg:...] before an
// intention cue is passive ("is expected to", "were planned to"): a
// forecast, not an intention.
func isPassiveForecast(toks []token, vg int) bool {
	for k := vg; k < len(toks) && toks[k].word && (cmAuxiliaries[toks[k].lower] || cmIsAdverb(toks[k])); k++ {
		if cmBeForms[toks[k].lower] {
			return true
		}
	}
	return false
}

// reportedBefore reports whether a reporting verb stands just before the
// subject that starts at ss ("said it would", "announced that it would").
func reportedBefore(toks []token, ss int) bool {
	for k := ss - 1; k >= 0 && k >= ss-4; k-- {
		if toks[k].word && cmReportVerbs[toks[k].lower] {
			return true
		}
	}
	return false
}

// agentive reports whether a subject can make a commitment: a name, a
// personal pronoun, or a noun for an actor (government, company, leaders).
func agentive(subj []token) bool {
	for k, t := range subj {
		if !t.word {
			continue
		}
		w := strings.TrimSuffix(t.bare(), "'ll")
		if cmPronouns[w] || cmAgentNouns[w] {
			return true
		}
		if t.cap && !(k == 0 && (cmDeterminers[w] || cmCapFunctionWords[w])) {
			return true
		}
	}
	return false
}

// cmCapFunctionWords are capitalised at a sentence start without being names.
var cmCapFunctionWords = cmSet("and but or so yet if when while as after before since because although though " +
	"in on at for from with by of to into over under about eventually perhaps meanwhile however also then there " +
	"here many most some several few other others people however moreover meanwhile instead still yet " +
	"aiming hoping planning seeking")

// hasConflict reports whether an action names a violent, judicial or
// movement event before any commitment word ("strike a deal" and "refused
// to pledge to defend allies if invaded" are not one).
func hasConflict(toks []token) bool {
	for k, t := range toks {
		if !t.word {
			continue
		}
		if commitVerbCues[t.lower].kind == commitStrong || commitNounCues[t.lower].kind == commitNoun {
			return false
		}
		if !isConflictWord(t.lower) {
			continue
		}
		if strings.HasPrefix(t.lower, "str") && dealFollows(toks, k) {
			continue
		}
		return true
	}
	return false
}

// dealFollows reports whether a commitment noun follows within three words.
func dealFollows(toks []token, k int) bool {
	for m := k + 1; m < len(toks) && m <= k+3; m++ {
		if commitNounCues[toks[m].lower].kind == commitNoun {
			return true
		}
	}
	return false
}

// isPastForm reports whether a cue word reports a past act.
func isPastForm(w string) bool {
	switch w {
	case "swore", "sworn", "undertook", "struck", "made", "took", "broke", "sought", "inked":
		return true
	}
	return strings.HasSuffix(w, "ed")
}
