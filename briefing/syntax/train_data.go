package syntax

import "sort"

// example is one treebank sentence prepared for training: word forms and the
// indices of their gold tags, heads (-1 = root) and relations.
type example struct {
	forms []string
	infos []wordInfo
	tags  []int
	heads []int
	rels  []int
}

// labels numbers a closed set of strings in sorted order, so that a model
// built from the same data always numbers them the same way.
type labels struct {
	names []string
	index map[string]int
}

func newLabels(set map[string]bool) labels {
	l := labels{index: make(map[string]int, len(set))}
	for s := range set {
		l.names = append(l.names, s)
	}
	sort.Strings(l.names)
	for k, s := range l.names {
		l.index[s] = k
	}
	return l
}

// jointTag is the tagger's class for a word: UPOS and XPOS together.
func jointTag(t Token) string { return t.UPOS + " " + t.XPOS }

// examplesOf prepares treebank blocks for training, numbering tags and
// relations in sorted order; lex gives the words' dictionary classes.
func examplesOf(blocks []Block, lex Lexicon) ([]example, labels, labels) {
	tagSet, relSet := map[string]bool{}, map[string]bool{}
	for _, b := range blocks {
		for _, t := range b.Words() {
			tagSet[jointTag(t)] = true
			relSet[t.Deprel] = true
		}
	}
	tags, rels := newLabels(tagSet), newLabels(relSet)
	out := make([]example, 0, len(blocks))
	for _, b := range blocks {
		ws := b.Words()
		if len(ws) == 0 {
			continue
		}
		e := example{}
		for _, t := range ws {
			e.forms = append(e.forms, t.Form)
			e.tags = append(e.tags, tags.index[jointTag(t)])
			e.heads = append(e.heads, t.Head-1)
			e.rels = append(e.rels, rels.index[t.Deprel])
		}
		e.infos = infosOf(e.forms, lex)
		out = append(out, e)
	}
	return out, tags, rels
}
