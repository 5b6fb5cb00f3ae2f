package syntax

import "slices"

// periodNouns name a stretch of time that a participle after them may
// date ("the week beginning 23 March").
var periodNouns = map[string]bool{"week": true, "fortnight": true, "month": true, "period": true, "weekend": true,
	"season": true, "term": true, "quarter": true, "year": true, "day": true}

// periodEdges are the participles that date a period by its first or last
// day.
var periodEdges = map[string]bool{"begin": true, "start": true, "commence": true, "end": true, "finish": true}

// repairPeriodStart mends a participle that dates the period right
// before it, which the parser hung on a verb further off: in "will call a
// walkout in the week beginning 23 March, she said" the date is the
// week's, not a circumstance of "said". The participle becomes a clause
// on the noun. A result that is not a tree is undone.
func repairPeriodStart(words []Word) {
	for k, w := range words {
		if k == 0 || w.XPOS != "VBG" || !periodEdges[w.Lemma] || !periodNouns[words[k-1].Lemma] || w.Head == k-1 {
			continue
		}
		saved := slices.Clone(words)
		words[k].Head, words[k].Rel = k-1, "acl"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
