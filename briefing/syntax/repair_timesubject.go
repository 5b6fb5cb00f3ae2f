package syntax

import (
	"slices"
	"strings"
)

// timeNouns name a stretch of time that opens a sentence ("Last month,
// …", "This week, …").
var timeNouns = map[string]bool{"month": true, "week": true, "year": true, "weekend": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "day": true, "summer": true, "winter": true,
	"spring": true, "autumn": true, "fall": true, "quarter": true}

// repairTimeSubject mends a phrase of time opening a sentence that the
// parser made the subject, with the real subject after the comma as an
// apposition inside it ("Last month, Ontario and Quebec agreed to join"
// read as "month … agreed", "Ontario" in apposition; "Three weeks after
// the election, the Greens have signed" with "the Greens" in apposition
// to "election"): the apposition is the subject, and the phrase of time a
// modifier of the verb. A result that is not a tree is undone.
func repairTimeSubject(words []Word) {
	for n, w := range words {
		if w.Rel != "nsubj" || !timeNouns[strings.ToLower(w.Lemma)] || w.Head <= n {
			continue
		}
		v := w.Head
		a := -1
		for k := n + 1; k < v; k++ {
			f := phraseStart(words, k) // the comma may open the phrase or come before it
			if words[k].Rel == "appos" && (words[f].Form == "," || f > 0 && words[f-1].Form == ",") && (&Sentence{Words: words}).Dominates(n, words[k].Head) {
				a = k
				break
			}
		}
		if a < 0 {
			continue
		}
		saved := slices.Clone(words)
		words[a].Head, words[a].Rel = v, "nsubj"
		words[n].Rel = "obl:tmod"
		for k := range words {
			if k > n && k < a && words[k].Head == n && words[k].Form == "," {
				words[k].Head = n // the comma closes the phrase of time
			}
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// repairRootBeforeTime mends a sentence whose subject the parser made the
// root and whose verb, after a phrase of time, it hung on that root with
// the phrase of time as the verb's subject ("Westmere City Council last
// night adopted the budget" read as "night … adopted", in apposition to
// "Council"; "Nordvik Lines, one of Europe's largest carriers, today
// pledged"): the verb heads the sentence, the name is its subject and
// the phrase of time a modifier. A result that is not a tree is undone.
func repairRootBeforeTime(words []Word) {
	h := slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	if h < 0 || words[h].UPOS != "PROPN" && words[h].UPOS != "NOUN" {
		return
	}
	sent := &Sentence{Words: words}
	for n, w := range words {
		timed := w.Rel == "nsubj" || w.Rel == "obl:unmarked" || w.Rel == "obl:tmod"
		if !timed || !timeNouns[strings.ToLower(w.Lemma)] && !deicticDays[strings.ToLower(w.Form)] || n <= h+1 {
			continue
		}
		v := w.Head
		if v <= n || words[v].Head != h || words[v].UPOS != "VERB" || hasSubjectOtherThan(words, v, n) ||
			w.Rel != "nsubj" && (words[v].Rel != "parataxis" || !finite(words[v].XPOS)) {
			return
		}
		for k := h + 1; k < n; k++ {
			if words[k].Head != n && !sent.Dominates(h, k) && words[k].UPOS != "PUNCT" {
				return // the phrase of time follows the name and what describes it ("Nordvik Lines (NCL), one of …, today pledged")
			}
		}
		saved := slices.Clone(words)
		for k := range words {
			if words[k].Head == h && k > v {
				words[k].Head = v // what follows the verb is the clause's
			}
		}
		words[v].Head, words[v].Rel = -1, "root"
		words[h].Head, words[h].Rel = v, "nsubj"
		words[n].Rel = "obl:tmod"
		if !isTree(words) {
			copy(words, saved)
		}
		return
	}
}

// hasSubjectOtherThan reports whether verb v has a subject other than
// word n.
func hasSubjectOtherThan(words []Word, v, n int) bool {
	for k, w := range words {
		if k != n && w.Head == v && strings.HasPrefix(w.Rel, "nsubj") {
			return true
		}
	}
	return false
}

// deicticDays name a day by its distance from today ("Tomorrow I will
// take the bill to Cabinet").
var deicticDays = map[string]bool{"today": true, "tomorrow": true, "yesterday": true, "tonight": true}

// repairDayVocative mends a day named by its distance from today that
// opens a sentence and that the parser read as the one spoken to
// ("Tomorrow I will take the bill to Cabinet" read as "Tomorrow" a
// vocative): it is a modifier of time of the same verb.
func repairDayVocative(words []Word) {
	for n, w := range words {
		if w.Rel == "vocative" && deicticDays[strings.ToLower(w.Form)] {
			words[n].Rel = "obl:tmod"
		}
	}
}

// repairDaySubject mends a day named by its distance from today that the
// parser made the subject with the real subject hung on it as a compound
// ("Altamira LNG Partners and Hanseong Energy Corporation today announced"
// read as "today announced", "Partners" its compound): the name is the
// subject, the day a modifier of time. A result that is not a tree is
// undone.
func repairDaySubject(words []Word) {
	for n, w := range words {
		if w.Rel != "nsubj" || !deicticDays[strings.ToLower(w.Form)] || w.Head < 0 {
			continue
		}
		c := -1
		for k := n - 1; k >= 0; k-- {
			if words[k].Head == n && words[k].Rel == "compound" && (words[k].UPOS == "PROPN" || words[k].UPOS == "NOUN") {
				c = k
				break
			}
		}
		if c < 0 {
			continue
		}
		saved := slices.Clone(words)
		words[c].Head, words[c].Rel = w.Head, "nsubj"
		words[n].Rel = "obl:tmod"
		for k := 0; k < c; k++ {
			if words[k].Head == n {
				words[k].Head = c // "The Council today approved": the article goes with the name
			}
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
