package syntax

import "slices"

// repairTrailingParticiple mends a participle clause set off by a comma
// at the end of a reduced passive relative ("signed a ceasefire after
// nine days of talks mediated by IGAD, agreeing to halt fighting"): the
// parser hung it on the relative's participle, which made the relative's
// agent its subject, but such a clause tells what the main clause's
// subject did, so it hangs on the verb the relative's noun depends on. A
// result that is not a tree is undone.
func repairTrailingParticiple(words []Word) {
	for p, w := range words {
		a := w.Head
		if w.XPOS != "VBG" || w.Rel != "advcl" || p < 1 || words[p-1].Form != "," || a < 0 || a >= p ||
			words[a].XPOS != "VBN" || words[a].Rel != "acl" || !hasChildWith(words, a, "obl:agent") {
			continue
		}
		v := words[a].Head
		for v >= 0 && words[v].UPOS != "VERB" && words[v].Head >= 0 && (words[v].UPOS == "NOUN" || words[v].UPOS == "PROPN") {
			v = words[v].Head // "nine days of talks mediated by": from "talks" through "days" to "signed"
		}
		if v < 0 || words[v].UPOS != "VERB" {
			continue
		}
		saved := slices.Clone(words)
		words[p].Head = v
		if !isTree(words) {
			copy(words, saved)
		}
	}
}
