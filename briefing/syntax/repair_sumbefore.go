package syntax

// repairSumBeforeNoun mends a sum before the noun it measures that the
// parser read as a phrase of its own ("said the £95m project could not be
// funded", with "£" the object of "said" and "project" the subject after
// it): as the treebank writes it, the sign is a compound of the noun,
// which takes the article. A result that is not a tree is undone.
func repairSumBeforeNoun(words []Word) {
	for s, w := range words {
		if w.XPOS != "$" || s == 0 || words[s-1].Head != s || words[s-1].Rel != "det" {
			continue
		}
		n := s + 1
		for n < len(words) && words[n].UPOS == "NUM" && (words[n].Head == s || words[n].Head > s && words[n].Head < len(words) && words[words[n].Head].UPOS == "NUM") {
			n++
		}
		if n == s+1 || n >= len(words) || words[n].UPOS != "NOUN" || words[n].Head == s || !coreArgument(words[n].Rel) {
			continue
		}
		saved := []Word{words[s-1], words[s]}
		words[s-1].Head = n
		words[s].Head, words[s].Rel = n, "compound"
		if !isTree(words) {
			words[s-1], words[s] = saved[0], saved[1]
		}
	}
}

// coreArgument reports whether rel makes a word a subject or an object.
func coreArgument(rel string) bool {
	switch rel {
	case "nsubj", "nsubj:pass", "obj", "iobj":
		return true
	}
	return false
}
