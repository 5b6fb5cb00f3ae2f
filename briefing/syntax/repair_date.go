package syntax

import (
	"slices"
	"strings"
)

// dateWords name months and days, which head a date and never do an act.
var dateWords = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// datePrepositions open a phrase of time before a date.
var datePrepositions = map[string]bool{"by": true, "on": true, "in": true, "until": true, "before": true,
	"after": true, "from": true, "since": true}

// repairDateSubject mends a date after a preposition that the parser made
// the subject of the verb coordinated after it ("will withdraw heavy
// weapons by 15 December and allow aid convoys" read as "December … allow"):
// the date is a phrase of time of the verb before it, and the verb after
// the conjunction is that verb's conjunct. A result that is not a tree is
// undone.
func repairDateSubject(words []Word) {
	for d, w := range words {
		if !strings.HasPrefix(w.Rel, "nsubj") || !dateWords[strings.ToLower(w.Form)] || w.Head <= d {
			continue
		}
		first := d
		for first > 0 && words[first-1].UPOS == "NUM" {
			first-- // "15 December"
		}
		p, v := first-1, w.Head
		if p < 1 || !datePrepositions[strings.ToLower(words[p].Form)] {
			continue
		}
		h := words[v].Head
		if h < 0 || h >= p || words[h].UPOS != "VERB" {
			continue
		}
		hangDate(words, p, d, h, func() {
			for k := first; k < d; k++ {
				words[k].Head, words[k].Rel = d, "nummod"
			}
			if hasCC(words, d, v) {
				words[v].Rel = "conj" // "… by 15 December and allow …"
			}
		})
	}
}

// hangDate makes date word d a phrase of time of word h, with word p
// (unless it is -1) its preposition, after which more, unless nil, moves
// what else the date takes; a result that is not a tree is undone.
func hangDate(words []Word, p, d, h int, more func()) {
	saved := slices.Clone(words)
	if p >= 0 {
		words[p].Head, words[p].Rel = d, "case"
	}
	words[d].Head, words[d].Rel = h, "obl"
	if more != nil {
		more()
	}
	if !isTree(words) {
		copy(words, saved)
	}
}

// hasCC reports whether a coordinating conjunction stands between words a
// and b.
func hasCC(words []Word, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if words[k].UPOS == "CCONJ" {
			return true
		}
	}
	return false
}

// repairDayOnObject mends a weekday after "on" that the parser hung on the
// object of the verb before it ("passed a resolution on Monday demanding
// …" read as a resolution of Monday): a day after the object tells when
// the verb's act happened, so it becomes a phrase of time of the verb. A
// result that is not a tree is undone.
func repairDayOnObject(words []Word) {
	for d, w := range words {
		if w.Rel != "nmod" || !dateWords[strings.ToLower(w.Form)] || monthWord(w.Form) || d < 2 {
			continue
		}
		p, n := d-1, w.Head
		if strings.ToLower(words[p].Form) != "on" || words[p].Head != d || n < 0 || n >= p || words[n].Rel != "obj" {
			continue
		}
		if v := words[n].Head; v >= 0 && words[v].UPOS == "VERB" {
			hangDate(words, p, d, v, nil)
		}
	}
}

// repairDateCompound mends a date after a preposition that the parser
// hung as a compound on a noun phrase that opens after it with its own
// determiner or possessive ("said on Thursday his government would put"
// read as "Thursday government"): the date is a phrase of time of the
// nearest word before it that governs the noun, else of the noun's own
// head. A result that is not a tree is undone.
func repairDateCompound(words []Word) {
	for d, w := range words {
		if w.Rel != "compound" || !dateWords[strings.ToLower(w.Form)] || w.Head <= d+1 || d < 1 {
			continue
		}
		p, n := d-1, w.Head
		if !datePrepositions[strings.ToLower(words[p].Form)] || !ownOpening(words, d+1, n) {
			continue
		}
		h := words[n].Head
		for a := h; a >= 0; a = words[a].Head {
			if a < p {
				h = a
				break
			}
		}
		if h < 0 {
			continue
		}
		hangDate(words, p, d, h, nil)
	}
}

// ownOpening reports whether a determiner or a possessive pronoun of noun n
// stands between words from and n: the noun phrase opens after them.
func ownOpening(words []Word, from, n int) bool {
	for k := from; k < n; k++ {
		if words[k].Head == n && (words[k].UPOS == "DET" || words[k].XPOS == "PRP$") {
			return true
		}
	}
	return false
}

// repairDateOnPunct mends a day and month closing a sentence that the
// parser hung on the full stop ("promised to resume talks on 24 March."
// read with "24" a compound of "."): the month heads the date, the day is
// its number, the preposition before it its case, and the date a phrase
// of time of the last verb before it. A result that is not a tree is
// undone.
func repairDateOnPunct(words []Word) {
	for m, w := range words {
		if !monthWord(w.Form) || m < 1 {
			continue
		}
		first, day := m, -1
		switch {
		case words[m-1].UPOS == "NUM":
			first, day = m-1, m-1 // "24 March"
		case m+1 < len(words) && words[m+1].UPOS == "NUM":
			day = m + 1 // "March 24"
		default:
			continue
		}
		if !onPunct(words, m) && !onPunct(words, day) {
			continue
		}
		v := lastVerbBefore(words, first)
		if v < 0 {
			continue
		}
		p := first - 1 // at least the verb stands before the date
		if !datePrepositions[strings.ToLower(words[p].Form)] {
			p = -1
		}
		hangDate(words, p, m, v, func() {
			words[day].Head, words[day].Rel = m, "nummod"
			for k := range words {
				if words[k].Head >= 0 && words[words[k].Head].UPOS == "PUNCT" && k != m && k != day {
					words[k].Head = m // "on 24 March next year": what hung on the stop goes with the date
				}
			}
		})
	}
}

// monthWord reports whether form names a month.
func monthWord(form string) bool {
	l := strings.ToLower(form)
	return dateWords[l] && !strings.HasSuffix(l, "day")
}

// onPunct reports whether word k hangs on a punctuation mark, which
// heads nothing in a sound parse.
func onPunct(words []Word, k int) bool {
	h := words[k].Head
	return h >= 0 && words[h].UPOS == "PUNCT"
}
