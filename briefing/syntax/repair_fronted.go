package syntax

// repairFrontedClause mends a word of a subordinate clause that opens the
// sentence and ends at a comma, which the parser hung on the main verb
// after the comma: in "As announced on 14 January, the chair will step
// down" the date is the announcing's, not the stepping down's; in "When
// the minister arrived in Kabul on Monday, talks began" the day is the
// arriving's. A fronted clause is one phrase, so every word inside it but
// its verb hangs inside it. A result that is not a tree is undone.
func repairFrontedClause(words []Word) {
	if len(words) < 4 || words[0].UPOS != "SCONJ" || words[0].Rel != "mark" {
		return
	}
	v := words[0].Head
	comma := commaFrom(words, 1)
	if v <= 0 || comma < 0 || v > comma || words[v].UPOS != "VERB" || words[v].Head <= comma {
		return
	}
	for k := 1; k < comma; k++ {
		if k == v || words[k].Head <= comma || words[k].UPOS == "PUNCT" {
			continue
		}
		old := words[k].Head
		words[k].Head = v
		if !isTree(words) {
			words[k].Head = old
		}
	}
}

// commaFrom returns the first comma at or after word k, or -1.
func commaFrom(words []Word, k int) int {
	for ; k < len(words); k++ {
		if words[k].Form == "," {
			return k
		}
	}
	return -1
}
