package syntax

import (
	"slices"
	"strings"
)

// repairDescribedName mends a subject made of a description and the name
// it describes with nothing between them ("The environmental agency
// Ambiente has refused to …", "The US firm Boeing said …"). The parser
// takes the name for the subject of a relative clause on the description,
// which it makes the root, or takes both for subjects of the verb. The
// description becomes a compound of the name, the name the verb's subject
// and the verb the root. A description that is the subject of another verb
// ("the report Smith wrote was leaked") is left alone, and a result that
// is not a tree is undone.
func repairDescribedName(words []Word) {
	for n := 0; n+1 < len(words); n++ {
		if words[n].UPOS != "NOUN" || words[n+1].UPOS != "PROPN" {
			continue
		}
		j := nameHead(words, n+1)
		v := words[j].Head
		if !strings.HasPrefix(words[j].Rel, "nsubj") || v <= j || words[v].UPOS != "VERB" {
			continue
		}
		rootDescription := words[n].Head < 0 && words[v].Head == n && words[v].Rel == "acl:relcl"
		twoSubjects := words[n].Head == v && strings.HasPrefix(words[n].Rel, "nsubj")
		if !rootDescription && !twoSubjects {
			continue
		}
		saved := slices.Clone(words)
		if rootDescription {
			for x := n + 1; x < len(words); x++ {
				if words[x].Head == n && x != v && x != j {
					words[x].Head = v // the final stop and what follows the verb
				}
			}
			words[v].Head, words[v].Rel = -1, "root"
		}
		words[n].Head, words[n].Rel = j, "compound"
		if !isTree(words) {
			copy(words, saved)
		}
	}
}

// nameHead is the head of the proper name that starts at word i: the last
// word of a chain of compounds ("Delan Court"), or i itself.
func nameHead(words []Word, i int) int {
	for words[i].Rel == "compound" && words[i].Head > i && words[words[i].Head].UPOS == "PROPN" {
		i = words[i].Head
	}
	return i
}
