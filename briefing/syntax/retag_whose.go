package syntax

import "strings"

// whoseVerbAsOther returns the word that may be the verb of a relative
// clause opened by "whose" and its noun, read by the tagger as an
// adjective or a common noun after names listed in apposition to that
// noun ("The Aurora Shipping Alliance, whose members Corliss Line,
// Oristano Container Lines and Kaibo Shipping operate about 640 ships,
// pledged"): the first word after the noun that is not part of a name, a
// bracket or a list's punctuation, in lower case, and in the form a verb
// takes with that noun for its subject. It returns that word, the class to
// try and the noun, or -1.
func whoseVerbAsOther(words []Word) (w int, class string, noun int) {
	for k := 0; k+2 < len(words); k++ {
		if !strings.EqualFold(words[k].Form, "whose") || words[k+1].UPOS != "NOUN" || words[k+2].UPOS != "PROPN" {
			continue
		}
		noun = k + 1
		for w = k + 2; w < len(words); w++ {
			switch f := words[w].Form; words[w].UPOS {
			case "PROPN", "PUNCT", "CCONJ":
				if f == "," && w+1 < len(words) && words[w+1].UPOS != "PROPN" {
					return -1, "", 0 // the clause ends before any verb
				}
				continue
			case "ADJ", "NOUN":
				switch {
				case f != strings.ToLower(f):
				case words[noun].XPOS == "NNS" && !strings.HasSuffix(f, "s"):
					return w, "VERB VBP", noun
				case words[noun].XPOS == "NN" && strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss"):
					return w, "VERB VBZ", noun
				}
			}
			return -1, "", 0
		}
	}
	return -1, "", 0
}

// whoseClauseRooted mends a parse that made the verb w of a "whose" clause
// (its noun at word noun) the root: the name before the clause, set off by
// a comma, becomes the subject of the first verb w governs after the
// comma that closes the clause, that verb the root, and the clause a
// relative clause on the name; what w governed after the closing comma
// goes to the new root. It reports whether the words make a tree.
func whoseClauseRooted(words []Word, w, noun int) bool {
	if words[w].Head >= 0 {
		return true
	}
	ante := noun - 3
	if ante < 0 || words[noun-2].Form != "," || words[ante].Head != w {
		return false
	}
	closing, v := -1, -1
	for k := w + 1; k < len(words) && v < 0; k++ {
		switch {
		case words[k].Form == "," && closing < 0:
			closing = k
		case closing > 0 && words[k].Head == w && words[k].UPOS == "VERB":
			v = k
		}
	}
	if v < 0 {
		return false
	}
	for k := closing; k < len(words); k++ {
		if words[k].Head == w && k != v {
			words[k].Head = v
		}
	}
	words[v].Head, words[v].Rel = -1, "root"
	words[w].Head, words[w].Rel = ante, "acl:relcl"
	words[ante].Head, words[ante].Rel = v, "nsubj"
	return isTree(words)
}
