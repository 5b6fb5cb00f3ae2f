package syntax

import (
	"regexp"
	"slices"
)

// sectionNumberRe matches the number of a clause or a paragraph that
// opens it: "4.2", "6.1.3".
var sectionNumberRe = regexp.MustCompile(`^\d{1,3}(?:\.\d{1,3})+$`)

// repairSectionNumber mends the number that opens a numbered clause of an
// agreement or a report ("4.2 The Parties shall negotiate …"), which the
// parser may read as a number counting the subject ("4.2 Parties"): it is
// a list mark, hung on the sentence's root as list numbers are. A result
// that is not a tree is undone.
func repairSectionNumber(words []Word) {
	if len(words) < 3 || !sectionNumberRe.MatchString(words[0].Form) || words[0].Rel == "discourse" {
		return
	}
	r := slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	if r <= 0 {
		return
	}
	saved := slices.Clone(words)
	words[0].Head, words[0].Rel, words[0].XPOS = r, "discourse", "LS"
	if !isTree(words) {
		copy(words, saved)
	}
}
