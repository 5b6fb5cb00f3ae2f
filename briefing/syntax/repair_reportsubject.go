package syntax

import "slices"

// reportNameTags are the tags of the words a plain noun phrase of speakers
// is made of ("Saudi Arabia and the United States", "the two mediators").
var reportNameTags = map[string]bool{"DET": true, "PROPN": true, "NOUN": true, "ADJ": true, "NUM": true, "CCONJ": true}

// repairReportSubject mends a report that closes a sentence after a comma
// whose speakers the parser did not make its subject: in "Both sides
// agreed to a truce, Saudi Arabia and the United States said" the parse
// joins "Saudi Arabia" to "truce" and "said" to "agreed", so that the truce
// takes in a state and the report has no speaker. When a finite verb of
// saying with no subject before the comma follows it and a plain noun phrase (names,
// nouns, determiners, adjectives, numbers, joined by "and" or "or"),
// everything after it is its own or punctuation, and the root lies before
// the comma, the phrase's last noun of each conjunct is a speaker: the
// first its subject, the others conjuncts of the first; the verb hangs on
// the root as parataxis, as the treebank writes such a report. A result
// that is not a tree, or that leaves a word before the comma hanging on
// the phrase, is undone.
func repairReportSubject(words []Word) {
	root := slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	for v, w := range words {
		if w.UPOS != "VERB" || !sayingLemmas[w.Lemma] || (w.XPOS != "VBD" && w.XPOS != "VBZ" && w.XPOS != "VBP") || v == root {
			continue
		}
		comma := v - 1
		for comma >= 0 && reportNameTags[words[comma].UPOS] {
			comma--
		}
		if comma <= root || comma == v-1 || words[comma].Form != "," || !ownAfter(words, v) || subjectBefore(words, v, comma) {
			continue
		}
		heads := conjunctHeads(words, comma+1, v)
		if heads == nil {
			continue
		}
		saved := slices.Clone(words)
		words[v].Head, words[v].Rel = root, "parataxis"
		words[comma].Head = v
		hangPhrase(words, comma+1, heads)
		words[heads[0]].Head, words[heads[0]].Rel = v, "nsubj"
		for _, h := range heads[1:] {
			words[h].Head, words[h].Rel = heads[0], "conj"
		}
		if !isTree(words) || hangsOnStretch(words, comma, v) {
			copy(words, saved)
		}
	}
}

// conjunctHeads returns the last noun or name of each stretch of words
// from..to-1 between "and"/"or", or nil when a stretch has none.
func conjunctHeads(words []Word, from, to int) []int {
	var heads []int
	h := -1
	for k := from; k <= to; k++ {
		if k == to || words[k].UPOS == "CCONJ" {
			if h < 0 {
				return nil
			}
			heads, h = append(heads, h), -1
			continue
		}
		if words[k].UPOS == "NOUN" || words[k].UPOS == "PROPN" {
			h = k
		}
	}
	return heads
}

// hangPhrase hangs every word of the phrase from from on the head of its
// own conjunct (heads, in order): determiners, adjectives, numbers and
// nouns before the head modify it, "and"/"or" marks the conjunct after it.
func hangPhrase(words []Word, from int, heads []int) {
	c := 0
	for k := from; k < len(words) && words[k].UPOS != "VERB"; k++ {
		if k > heads[c] && c+1 < len(heads) {
			c++
		}
		h := heads[c]
		if k == h {
			continue
		}
		words[k].Head = h
		switch words[k].UPOS {
		case "CCONJ":
			words[k].Rel = "cc"
		case "DET":
			words[k].Rel = "det"
		case "ADJ":
			words[k].Rel = "amod"
		case "NUM":
			words[k].Rel = "nummod"
		default:
			words[k].Rel = "compound"
		}
	}
}

// subjectBefore reports whether verb v has a subject before the word at
// index comma.
func subjectBefore(words []Word, v, comma int) bool {
	for k := 0; k < comma; k++ {
		if words[k].Head == v && (words[k].Rel == "nsubj" || words[k].Rel == "nsubj:pass") {
			return true
		}
	}
	return false
}

// ownAfter reports whether every word after v is punctuation or a word
// of v's own phrase.
func ownAfter(words []Word, v int) bool {
	s := &Sentence{Words: words}
	for k := v + 1; k < len(words); k++ {
		if words[k].UPOS != "PUNCT" && !s.Dominates(v, k) {
			return false
		}
	}
	return true
}

// hangsOnStretch reports whether a word before the comma at index comma
// hangs on a word from the comma to the verb v.
func hangsOnStretch(words []Word, comma, v int) bool {
	for k := 0; k < comma; k++ {
		if h := words[k].Head; h >= comma && h <= v {
			return true
		}
	}
	return false
}
