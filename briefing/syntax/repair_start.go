package syntax

import "strings"

// startLemmas are the verbs of a participle that says when an act starts
// ("starting on Monday", "beginning next week").
var startLemmas = map[string]bool{"start": true, "begin": true, "commence": true}

// repairStartAfterRelative mends a participle of starting that the parser
// hung on a relative clause closed by a comma before it: in "we will
// distribute the doses, which arrived yesterday, starting on Monday" the
// distributing starts on Monday, not the arriving. The participle goes to
// the clause the relative clause's noun belongs to (to the verb itself
// when the parse hung the relative clause there). A result that is not a
// tree is undone.
func repairStartAfterRelative(words []Word) {
	for p, w := range words {
		if w.XPOS != "VBG" || !startLemmas[strings.ToLower(w.Lemma)] || !strings.HasPrefix(w.Rel, "advcl") || p == 0 ||
			words[p-1].Form != "," {
			continue
		}
		r := w.Head
		if r < 0 || r > p || !strings.HasSuffix(words[r].Rel, ":relcl") || !relativeOpened(words, r) {
			continue
		}
		h := words[r].Head // the main verb, or the noun the clause describes
		if h >= 0 && words[r].Rel == "acl:relcl" {
			h = words[h].Head
		}
		if h < 0 || words[h].UPOS != "VERB" && words[h].UPOS != "AUX" {
			continue
		}
		words[p].Head = h
		if !isTree(words) {
			words[p].Head = r
		}
	}
}

// relativeOpened reports whether the relative clause headed by r opens
// with a comma and a relative word (", which arrived yesterday").
func relativeOpened(words []Word, r int) bool {
	for k := r - 1; k > 0; k-- {
		if isRelative(words[k]) {
			return words[k-1].Form == ","
		}
		if words[k].Form == "," {
			return false
		}
	}
	return false
}
