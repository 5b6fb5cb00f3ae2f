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
// parser made the subject, with the real subject after the comma as its
// apposition ("Last month, Ontario and Quebec agreed to join" read as
// "month … agreed", "Ontario" in apposition): the apposition is the
// subject, and the phrase of time a modifier of the verb. A result that
// is not a tree is undone.
func repairTimeSubject(words []Word) {
	for n, w := range words {
		if w.Rel != "nsubj" || !timeNouns[strings.ToLower(w.Lemma)] || w.Head <= n {
			continue
		}
		v := w.Head
		a := -1
		for k := n + 1; k < v; k++ {
			if words[k].Head == n && words[k].Rel == "appos" && words[k-1].Form == "," {
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
