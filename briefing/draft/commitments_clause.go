package draft

import "strings"

// cmClauseStops end an action: the words that open another clause.
var cmClauseStops = cmSet("while whereas but although though because which who whom whose where unless until " +
	"according saying adding as after before when since if whether however meanwhile despite")

// isBoundaryPunct reports whether a punctuation token ends a clause.
func isBoundaryPunct(t token) bool {
	if t.word {
		return false
	}
	switch t.text {
	case "(", ")", "'", "’", "‘", "-", "‑", "/", "&", "%", "$", "£", "€":
		return false
	}
	return true
}

// isQuoteTok reports whether a token is a quotation mark.
func isQuoteTok(t token) bool {
	switch t.text {
	case "\"", "“", "”", "‘", "’", "'", "«", "»":
		return true
	}
	return false
}

// verbGroupStart returns the index of the first auxiliary or adverb that
// belongs to the verb at i ("has never officially signed" → "has"), and
// whether the group holds a negation.
func verbGroupStart(toks []token, i int) (int, bool) {
	neg := false
	j := i
	for j > 0 {
		p := toks[j-1]
		if !p.word || !(cmAuxiliaries[p.lower] || cmIsAdverb(p) || strings.HasSuffix(p.lower, "n't")) {
			break
		}
		if cmIsNegation(p.lower) {
			neg = true
		}
		j--
	}
	return j, neg
}

func cmIsNegation(w string) bool {
	return w == "not" || w == "never" || w == "n't" || strings.HasSuffix(w, "n't") || w == "no"
}

func cmIsAdverb(t token) bool {
	return !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !cmAgentNouns[t.lower]
}

// subjectBefore returns the subject tokens toks[start:end] that end just
// before index j, and the word that bounds the subject on the left ("" at
// the start of the sentence or at punctuation).
func subjectBefore(toks []token, j int) (start, end int, opener string) {
	if j > 0 && toks[j-1].word && cmPronouns[strings.TrimSuffix(toks[j-1].lower, "'ll")] {
		return j - 1, j, wordBefore(toks, j-1)
	}
	start, opener = subjectStart(toks, j)
	for start < j && isQuoteTok(toks[start]) {
		start++
	}
	if opener == "" {
		opener = wordBefore(toks, start)
	}
	return start, j, opener
}

// wordBefore returns the word just before index k, or "" when k opens the
// sentence or punctuation stands before it.
func wordBefore(toks []token, k int) string {
	if k > 0 && toks[k-1].word {
		return toks[k-1].lower
	}
	return ""
}

// subjectStart walks left from index j over at most 16 tokens to where the
// subject that ends at j starts, and returns that index with the word that
// stopped the walk ("" when punctuation, a new noun phrase or the limit
// did).
func subjectStart(toks []token, j int) (start int, opener string) {
	start = j
	for start > 0 && j-start < 16 {
		p := toks[start-1]
		if isBoundaryPunct(p) && !isQuoteTok(p) {
			break
		}
		if p.word && boundsSubject(p, start == j) {
			return start, p.lower
		}
		if start < j && cmDeterminers[toks[start].lower] && p.word && !cmNPJoiners[p.lower] {
			break
		}
		start--
	}
	return start, ""
}

// boundsSubject reports whether the word p, just left of a subject, ends it:
// a clause opener, an auxiliary, a modal, "to" or a lower-case past form;
// "and", "or" and a preposition end it only while it is still empty.
func boundsSubject(p token, empty bool) bool {
	w := p.lower
	if cmClauseOpeners[w] || cmAuxiliaries[w] && !cmQuantifiers[w] || commitVerbCues[w].kind == commitModal ||
		w == "to" || !p.cap && strings.HasSuffix(w, "ed") {
		return true
	}
	return empty && (w == "and" || w == "or" || cmPrepositions[w])
}

// cmQuantifiers are words in the cmAuxiliaries list that may also sit inside
// a subject ("both sides", "all parties").
var cmQuantifiers = cmSet("both all")

// cmNPJoiners may stand before a determiner inside one subject ("the
// leaders of the two countries", "institutions in the fields of").
var cmNPJoiners = cmSet("of and from in for with at on or")

// sentenceSubject returns the noun phrase that opens a sentence, skipping an
// introductory phrase that ends in a comma.
func sentenceSubject(toks []token) (int, int) {
	i := 0
	if len(toks) > 0 && toks[0].word && (cmPrepositions[toks[0].lower] || cmClauseOpeners[toks[0].lower]) {
		for i < len(toks) && toks[i].text != "," {
			i++
		}
		i++
	}
	j := i
	for j < len(toks) && j-i < 8 {
		t := toks[j]
		if isBoundaryPunct(t) || t.word && (cmAuxiliaries[t.lower] && !cmQuantifiers[t.lower] || cmClauseOpeners[t.lower] || t.lower == "to" ||
			commitVerbCues[t.lower].kind != 0 || (!t.cap && strings.HasSuffix(t.lower, "ed"))) {
			break
		}
		j++
	}
	if i >= len(toks) {
		return 0, 0
	}
	return i, j
}

var cmPrepositions = cmSet("in on at after before during since following with for from under by over as amid " +
	"despite about against among between into through throughout within without")

// actionAfter returns the end (exclusive) of the action that starts at
// index i, stopping at clause boundaries, and whether an "if" or "unless"
// opened the boundary.
func actionAfter(toks []token, i int) (end int, cond bool) {
	j := i
	for j < len(toks) && j-i < 40 {
		t := toks[j]
		if !t.word {
			if isBoundaryPunct(t) && !isQuoteTok(t) || t.text == "-" && j > i {
				break
			}
			j++
			continue
		}
		if j > i && cmClauseStops[t.lower] {
			cond = cmConditionWords[t.lower]
			break
		}
		if j > i+1 && (t.lower == "that" || t.lower == "and" && j+1 < len(toks) && commitVerbCues[toks[j+1].lower].kind == commitStrong) {
			break
		}
		j++
	}
	for j > i && !toks[j-1].word && !isClosingMark(toks[j-1]) {
		j--
	}
	return j, cond
}

func isClosingMark(t token) bool {
	return t.text == ")" || t.text == "”" || t.text == "\"" || t.text == "’"
}

// hasCondition reports whether a sentence holds an if/unless clause.
func hasCondition(toks []token) bool {
	for _, t := range toks {
		if t.word && cmConditionWords[t.lower] {
			return true
		}
	}
	return false
}

// questionFrom returns the index of the first token of a closing question
// ("…: Had he ever lied?"), or len(toks) when the sentence asks nothing.
// A question runs back to the last colon, semicolon or dash before it.
func questionFrom(toks []token) int {
	k := len(toks) - 1
	for k >= 0 && (isQuoteTok(toks[k]) || toks[k].text == ")") {
		k--
	}
	if k < 0 || toks[k].text != "?" {
		return len(toks)
	}
	for k > 0 {
		switch toks[k-1].text {
		case ":", ";", "—", "–":
			return k
		}
		k--
	}
	return 0
}
