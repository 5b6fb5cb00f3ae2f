package syntax

import "strings"

// verblessParticiple finds the tagger's commonest mistake on news text: a
// finite past tense right after its subject read as a participle, so that
// the parser hangs the verb on the noun and the clause is left without a
// verb ("Exports fell by a fifth last year", "Both sides agreed to a
// truce", "The economy expanded at a rate of 3.7%, the department said").
// It returns the first word tagged VBN that
//   - has a form a past tense can have ("agreed", "fell", "made"; not
//     "fallen", "drawn"),
//   - has no auxiliary or copula of its own,
//   - follows a noun, a name, a pronoun or a number, with nothing but
//     adverbs between,
//   - is the first verb of its clause (no verb but a gerund, and no
//     auxiliary, since the sentence start, a comma, a colon, a dash or a
//     conjunction like "that"),
//   - stands in a clause that does not open with a preposition ("with
//     the numbers helped by …"),
//   - has no finite verb after it in its clause,
//   - has no agent after it ("by the Liberians") unless its clause opens
//     the sentence (a measure after "by" is no agent: "by 0.2%"),
//   - and hangs, without a verb in between, on a word that heads a clause
//     (the root, a clausal complement or a parenthetical) or, in the
//     sentence's first clause, on punctuation;
//
// or -1. A sentence without a full stop, question or exclamation mark at
// its end (a headline: "Man jailed for fraud") is left alone.
func verblessParticiple(words []Word) int {
	if !endsSentence(words) {
		return -1
	}
	clauseStart := 0
	for w, x := range words {
		if clauseBoundary(x) {
			clauseStart = w + 1
			continue
		}
		if x.UPOS != "AUX" && (x.UPOS != "VERB" || x.XPOS == "VBG") {
			continue // "Firms including Sony raised …"
		}
		if x.XPOS == "VBN" && w > clauseStart && words[clauseStart].UPOS != "ADP" && canBePast(x.Form) &&
			afterNominal(words, clauseStart, w) && !hasChildWith(words, w, "aux", "aux:pass", "cop") &&
			!finiteLaterInClause(words, w) && (clauseStart == 0 || !agentAfter(words, w)) &&
			hangsOnVerblessClause(words, w, clauseStart == 0) {
			return w
		}
		clauseStart = len(words) // a verb earlier in the clause: none until the next boundary
	}
	return -1
}

// clauseBoundary reports whether a word may end one clause and start
// another.
func clauseBoundary(w Word) bool {
	switch w.Form {
	case ",", ";", ":", "-", "–", "—", "--":
		return true
	}
	return w.UPOS == "SCONJ"
}

// endsSentence reports whether the last word, closing quotes and brackets
// aside, is a full stop, a question or an exclamation mark.
func endsSentence(words []Word) bool {
	for k := len(words) - 1; k >= 0; k-- {
		switch words[k].Form {
		case ".", "!", "?", "...", "…":
			return true
		case "\"", "'", "”", "’", ")":
			continue
		}
		return false
	}
	return false
}

// afterNominal reports whether the word before w, adverbs aside, is a
// noun, a name, a pronoun or a number within the clause starting at from.
func afterNominal(words []Word, from, w int) bool {
	k := w - 1
	for k > from && words[k].UPOS == "ADV" {
		k--
	}
	switch words[k].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	}
	return false
}

// participleOnly are past participles that are never a past tense.
var participleOnly = map[string]bool{"done": true, "gone": true, "begun": true, "been": true, "sung": true,
	"rung": true, "swum": true, "drunk": true, "sunk": true, "shrunk": true, "sprung": true, "stunk": true}

// canBePast reports whether a verb form tagged as a past participle can be
// a past tense: forms in -en, -wn and -rn ("fallen", "drawn", "torn") and a
// few others are participles only.
func canBePast(form string) bool {
	f := strings.ToLower(form)
	if participleOnly[f] {
		return false
	}
	return !strings.HasSuffix(f, "en") && !strings.HasSuffix(f, "wn") && !strings.HasSuffix(f, "rn")
}

// hasChildWith reports whether word i has a dependent with one of rels.
func hasChildWith(words []Word, i int, rels ...string) bool {
	for _, w := range words {
		if w.Head == i && relIn(w.Rel, rels) {
			return true
		}
	}
	return false
}

// clausalRels are the relations of a word that heads a clause of its own.
var clausalRels = []string{"root", "ccomp", "parataxis", "advcl", "csubj", "xcomp"}

// hangsOnVerblessClause reports whether following the heads up from word
// w reaches a word that is not a verb but heads a clause before it
// reaches any verb. With opening (the clause opens the sentence),
// punctuation on the way counts as such a word: the parse has broken down.
func hangsOnVerblessClause(words []Word, w int, opening bool) bool {
	k := words[w].Head
	for steps := 0; k >= 0 && steps < len(words); steps++ {
		x := words[k]
		if x.UPOS == "VERB" || x.UPOS == "AUX" || hasChildWith(words, k, "cop") {
			return false
		}
		if opening && x.UPOS == "PUNCT" || relIn(x.Rel, clausalRels) {
			return true
		}
		k = x.Head
	}
	return false
}

// finiteLaterInClause reports whether a finite verb follows word w before
// the clause ends: then w is more likely a participle on its subject
// ("Figures released by the office showed …").
func finiteLaterInClause(words []Word, w int) bool {
	for k := w + 1; k < len(words) && !clauseBoundary(words[k]); k++ {
		if finite(words[k].XPOS) {
			return true
		}
	}
	return false
}

// measureWords open a measure after "by" ("by a fifth", "by almost 4%").
var measureWords = map[string]bool{"a": true, "an": true, "about": true, "almost": true, "nearly": true,
	"just": true, "some": true, "more": true, "less": true, "over": true, "around": true, "up": true, "only": true}

// agentAfter reports whether word w is followed by "by" and a phrase that
// is not a measure: the agent of a participle.
func agentAfter(words []Word, w int) bool {
	if w+2 >= len(words) || !strings.EqualFold(words[w+1].Form, "by") {
		return false
	}
	next := words[w+2]
	return next.UPOS != "NUM" && next.UPOS != "SYM" && !measureWords[strings.ToLower(next.Form)]
}
