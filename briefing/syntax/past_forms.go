package syntax

import "strings"

// pastForms are past tenses of common verbs whose form is also a noun or
// the present of a rare verb, which the tagger, trained on web text, often
// takes them for ("Consumer borrowing rose at a near-record pace" with
// "rose" a noun, "Shares fell 1%" with "fell" the present of "to fell"):
// the form and the lemma of the verb.
var pastForms = map[string]string{"rose": "rise", "fell": "fall", "found": "find", "saw": "see", "met": "meet"}

// pastFormAsOther returns the first word of pastForms tagged as anything
// but a verb (a noun; an adverb in "Shipments rose by almost 11%") that
// follows no determiner, preposition, conjunction, auxiliary or
// punctuation (adverbs aside; a comma closing an aside after the
// subject, see closesAside, is no bar) and comes before no noun ("Sales rose 5%",
// "the jobless total fell", not "a rose garden", "with a rose"), in a
// sentence that ends with a full stop, a question or an exclamation mark;
// or -1. The word before may be mistagged too ("Consumer borrowing rose"
// with "borrowing" a gerund).
func pastFormAsOther(words []Word) int {
	if !endsSentence(words) {
		return -1
	}
	for k, w := range words {
		if _, ok := pastForms[strings.ToLower(w.Form)]; !ok || k == 0 || w.UPOS == "VERB" || w.UPOS == "AUX" {
			continue
		}
		if k+1 < len(words) && (words[k+1].UPOS == "NOUN" || words[k+1].UPOS == "PROPN") {
			continue
		}
		p := k - 1
		for p > 0 && words[p].UPOS == "ADV" {
			p--
		}
		if closesAside(words, p) {
			return k // "Shares in Voltaris, the Swedish maker of batteries, rose 18%"
		}
		switch words[p].UPOS {
		case "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PUNCT":
			continue
		}
		if words[p].XPOS != "PRP$" {
			return k
		}
	}
	return -1
}

// repairPastForm retags a word of pastForms that the tagger read as a
// verb in the present or the base form as a past tense, unless an
// auxiliary, a modal or "to" governs it ("will find", "to see").
func repairPastForm(words []Word) {
	for k, w := range words {
		lemma, ok := pastForms[strings.ToLower(w.Form)]
		if !ok || w.UPOS != "VERB" || w.XPOS != "VBP" && w.XPOS != "VB" || hasChildWith(words, k, "aux", "aux:pass") || infinitive(words, k) {
			continue
		}
		if k > 0 && (words[k-1].XPOS == "MD" || words[k-1].XPOS == "TO" || words[k-1].UPOS == "AUX") {
			continue
		}
		words[k].XPOS, words[k].Lemma = "VBD", lemma
	}
}

// infinitive reports whether "to" marks word k.
func infinitive(words []Word, k int) bool { return (&Sentence{Words: words}).ToMarked(k) }

// closesAside reports whether word p is a comma after a noun that closes
// an aside opened by an earlier comma, itself right after a noun or a name
// ("Shares in Voltaris, the Swedish maker of batteries,").
func closesAside(words []Word, p int) bool {
	if p < 1 || words[p].Form != "," || !nounLike(words[p-1]) {
		return false
	}
	for k := p - 2; k > 0; k-- {
		switch {
		case words[k].Form == ",":
			return nounLike(words[k-1])
		case words[k].UPOS == "VERB" || words[k].UPOS == "AUX" || words[k].UPOS == "SCONJ":
			return false
		}
	}
	return false
}

// nounLike reports whether w is a common noun or a name.
func nounLike(w Word) bool { return w.UPOS == "NOUN" || w.UPOS == "PROPN" }
