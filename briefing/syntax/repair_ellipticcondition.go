package syntax

import (
	"slices"
	"strings"
)

// conditionMarks open a condition.
var conditionMarks = map[string]bool{"if": true, "unless": true}

// repairEllipticCondition mends a condition whose verb is left out ("If it
// doesn't, we will hand the site back"): the parser hangs "if" and the
// subject on the main verb and reads the auxiliary that stands for the
// condition's verb as a clause of its own. When a condition's mark hangs
// on a verb after an auxiliary that heads a clause on that verb, the mark
// and the words between it and the auxiliary belong to the auxiliary's
// clause. A result that is not a tree is undone.
func repairEllipticCondition(words []Word) {
	for m, w := range words {
		if w.Rel != "mark" || !conditionMarks[strings.ToLower(w.Form)] || w.Head <= m {
			continue
		}
		v := w.Head
		a := -1
		for k := m + 1; k < v; k++ {
			if words[k].Head == v && words[k].UPOS == "AUX" && words[k].Rel == "advcl" {
				a = k
				break
			}
		}
		if a < 0 {
			continue
		}
		saved := slices.Clone(words)
		for k := m; k < a; k++ {
			if words[k].Head == v {
				words[k].Head = a
				if strings.HasPrefix(words[k].Rel, "nsubj") {
					words[k].Rel = "nsubj"
				}
			}
		}
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
