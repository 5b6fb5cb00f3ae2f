package syntax

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// repairAsideSubject mends the greedy parser's commonest error on news
// leads: a subject set off by an aside between commas, a relative clause
// or an apposition, before a bare finite verb ("Bolivia, which holds the
// largest reserves, declined to join", "Mr Smith, the party leader,
// promised to cut taxes"). Reading left to right, the parser takes the
// subject for the aside's own verb or makes the name the root, and tags
// the main verb as a participle. The repair makes the verb after the
// second comma the root with the name as its subject and hangs the aside
// on the name. It changes nothing unless the sentence opens with a noun
// phrase (after an optional "But" or "However,"), the aside has one head,
// and a finite verb group follows it; a result that is not a tree is
// undone.
func repairAsideSubject(words []Word) {
	c1, c2, n := asideCommas(words)
	if c1 < 0 {
		return
	}
	m, auxes := verbGroupAfter(words, c2+1)
	if m < 0 || words[m].Head < 0 && words[n].Head == m && relIn(words[n].Rel, []string{"nsubj"}) {
		return
	}
	h, strays := asideHead(words, c1, c2)
	if h < 0 || !asideFits(words, c1, c2, h) {
		return
	}
	saved := slices.Clone(words)
	ps := phraseStart(words, n)
	for x := range words {
		if x == m || x >= ps && x <= c2 {
			continue
		}
		if hd := words[x].Head; hd < 0 || hd >= ps && hd <= c2 {
			words[x].Head = m // the final stop, an opening "But", the verb's own dependents
			if words[x].Rel == "root" {
				words[x].Rel = "dep"
			}
		}
	}
	words[m].Head, words[m].Rel = -1, "root"
	passive := attachVerbGroup(words, m, auxes)
	if words[n].UPOS != "NOUN" && words[n].UPOS != "PROPN" {
		words[n].UPOS, words[n].XPOS, words[n].Lemma = "PROPN", "NNP", words[n].Form
	}
	words[n].Head, words[n].Rel = m, "nsubj"
	if passive {
		words[n].Rel = "nsubj:pass"
	}
	words[h].Head = n
	if isRelative(words[c1+1]) || words[c1+1].XPOS == "WP$" {
		words[h].Head, words[h].Rel = nearestNominal(words, ps, c1), "acl:relcl"
	} else if participleAside(words, c1, c2, h) {
		words[h].Head, words[h].Rel, words[h].XPOS = nearestNominal(words, ps, c1), "acl", "VBN" // "The accord, signed in Lomaru by …, commits"
	} else if prepositionAside(words, c1) {
		words[h].Rel = "nmod" // "The Bekoran Greens, with four seats, said …"
	} else if k := nearestNominal(words, ps, c1); words[h].UPOS == "NOUN" && words[k].UPOS == "PROPN" {
		words[h].Head, words[h].Rel = k, "appos" // "Shares in Borussia Dortmund, Germany's only listed club, …"
	} else {
		words[h].Rel = "appos" // "Head of the division, Andrew Burke, …"
	}
	for _, x := range strays {
		words[x].Head = h
		if !keptOnStray[words[x].Rel] {
			words[x].Rel = "dep"
		}
	}
	words[c1].Head, words[c1].Rel = h, "punct"
	words[c2].Head, words[c2].Rel = h, "punct"
	if !isTree(words) {
		copy(words, saved)
	}
}

// attachVerbGroup hangs auxiliaries on main verb m, and reports whether
// they make it a passive; a bare participle becomes a past tense.
func attachVerbGroup(words []Word, m int, auxes []int) (passive bool) {
	for _, a := range auxes {
		words[a].Head, words[a].Rel = m, "aux"
		if words[a].Lemma == "be" && words[m].XPOS == "VBN" {
			words[a].Rel, passive = "aux:pass", true
		}
	}
	if len(auxes) == 0 && words[m].XPOS == "VBN" {
		words[m].XPOS = "VBD" // "promised" with no auxiliary is a past tense
	}
	return passive
}

// asideClose maps the marks that open an aside to the marks that close it.
var asideClose = map[string]string{",": ",", "-": "-", "–": "–", "—": "—", "--": "--", "(": ")"}

// asideCommas finds a sentence-opening noun phrase (head n) and the two
// marks that set off an aside after it (commas, dashes or brackets), or
// c1 = -1. A capitalised first word that the tagger took for something
// else is a name there ("Federated - owner of Macy's - will assume").
func asideCommas(words []Word) (c1, c2, n int) {
	start := 0
	if len(words) > 0 && words[0].UPOS == "CCONJ" {
		start = 1 // "But the council, …"
	}
	if start+1 < len(words) && words[start].UPOS == "ADV" && words[start+1].Form == "," {
		start += 2 // "However, the council, …"
	}
	c1 = -1
	for i := start + 1; i < len(words) && c1 < 0; i++ {
		if _, ok := asideClose[words[i].Form]; ok {
			c1 = i
		}
	}
	if c1 < 0 || c1 > start+8 {
		return -1, -1, -1
	}
	n = topBefore(words, start, c1)
	if n < 0 || words[start].UPOS == "ADP" || words[n].UPOS != "NOUN" && words[n].UPOS != "PROPN" && !(n == start && c1 == start+1 && startsUpper(words[n].Form)) {
		return -1, -1, -1
	}
	closing := asideClose[words[c1].Form]
	for i := c1 + 2; i < len(words)-1; i++ {
		if words[i].Form == closing {
			return c1, i, n
		}
		if words[i].Form == ";" || words[i].Form == ":" || words[i].UPOS == "CCONJ" && i == c1+1 {
			break
		}
	}
	return -1, -1, -1
}

// nearestNominal returns the noun phrase head nearest before comma c1
// within the subject starting at ps, which a relative clause after the
// comma describes ("a spokesman for Reporters Without Borders, which
// tracks …"): the word before the comma, or the head of the name it ends.
func nearestNominal(words []Word, ps, c1 int) int {
	k := c1 - 1
	for words[k].Head >= ps && words[k].Head < k && (words[k].Rel == "flat" || words[k].Rel == "compound") {
		k = words[k].Head
	}
	if words[k].UPOS != "NOUN" && words[k].UPOS != "PROPN" {
		return topBefore(words, ps, c1)
	}
	return k
}

// startsUpper reports whether a word begins with a capital letter.
func startsUpper(form string) bool {
	r, _ := utf8.DecodeRuneInString(form)
	return unicode.IsUpper(r)
}

// topBefore returns the one word of words[from:to] whose head lies outside
// that stretch, or -1 when there is not exactly one.
func topBefore(words []Word, from, to int) int {
	top := -1
	for i := from; i < to; i++ {
		if h := words[i].Head; h < from || h >= to {
			if top >= 0 {
				return -1
			}
			top = i
		}
	}
	return top
}

// asideHead returns the head of the aside between the marks c1 and c2:
// its one word, punctuation aside, whose head lies outside it. Between
// dashes or brackets, where the parse inside is often broken, it is the
// first noun among several such words, and the others (strays) are hung
// on it; between commas several mean no repair.
func asideHead(words []Word, c1, c2 int) (h int, strays []int) {
	h = -1
	for i := c1 + 1; i < c2; i++ {
		if hd := words[i].Head; words[i].UPOS != "PUNCT" && (hd <= c1 || hd >= c2) {
			strays = append(strays, i)
		}
	}
	if len(strays) == 1 {
		return strays[0], nil
	}
	if words[c1].Form == "," {
		return -1, nil
	}
	for k, i := range strays {
		if words[i].UPOS == "NOUN" || words[i].UPOS == "PROPN" {
			return i, slices.Delete(slices.Clone(strays), k, k+1)
		}
	}
	return -1, nil
}

// keptOnStray are relations a stray word of an aside keeps when it is hung
// on the aside's head; others become "dep".
var keptOnStray = map[string]bool{"nmod": true, "nmod:poss": true, "amod": true, "compound": true, "conj": true, "appos": true}

// asideFits reports whether the aside between c1 and c2 with head h is a
// relative clause ("which holds …", "whose members voted …") or a noun
// phrase in apposition ("the party leader") of at most maxApposWords
// words whose finite verbs stand in a relative clause of its own ("European
// co-ordinator for the foundation which campaigns …").
func asideFits(words []Word, c1, c2, h int) bool {
	first := words[c1+1]
	if isRelative(first) || first.XPOS == "WP$" || participleAside(words, c1, c2, h) {
		return true
	}
	if words[h].UPOS != "NOUN" && words[h].UPOS != "PROPN" || c2-c1-1 > maxApposWords {
		return false
	}
	if first.UPOS != "DET" && first.UPOS != "ADJ" && first.UPOS != "NOUN" && first.UPOS != "PROPN" && first.UPOS != "NUM" && !prepositionAside(words, c1) {
		return false
	}
	relative := false
	for i := c1 + 1; i < c2; i++ {
		relative = relative || isRelative(words[i]) || words[i].XPOS == "WP$"
		if finite(words[i].XPOS) && !relative {
			return false // "For the BBC, revenue-generating activity will be …"
		}
	}
	return true
}

// participleAside reports whether the aside between c1 and c2 opens with
// its head h, a past participle followed by a preposition or an adverb
// and holding no subject or other finite verb ("signed in the chamber by
// the party leaders"): a reduced relative clause.
func participleAside(words []Word, c1, c2, h int) bool {
	w := words[h]
	if h != c1+1 || h+1 >= c2 || w.UPOS != "VERB" || w.XPOS != "VBN" && !(w.XPOS == "VBD" && (strings.HasSuffix(w.Form, "ed") || sharedPastForms[strings.ToLower(w.Form)])) ||
		words[h+1].UPOS != "ADP" && words[h+1].UPOS != "ADV" {
		return false
	}
	for i := h + 1; i < c2; i++ {
		if finite(words[i].XPOS) || words[i].Head == h && strings.HasPrefix(words[i].Rel, "nsubj") {
			return false
		}
	}
	return true
}

// prepositionAside reports whether the aside after the mark at c1 is a
// phrase opened by a preposition ("with four seats", "in a statement").
func prepositionAside(words []Word, c1 int) bool {
	w := words[c1+1]
	return w.UPOS == "ADP" || w.UPOS == "SCONJ" && w.XPOS == "IN" && c1+2 < len(words) && words[c1+2].UPOS != "PRON" && words[c1+2].UPOS != "VERB"
}

// maxApposWords is the longest apposition the repair hangs on a subject.
const maxApposWords = 16

// isRelative reports whether w is a relative pronoun that opens a clause.
func isRelative(w Word) bool {
	return w.XPOS == "WDT" || w.XPOS == "WP"
}

// verbGroupAfter returns the main verb of a finite verb group starting at
// i ("declined", "has agreed", "will not close") and its auxiliaries, or
// -1 when none starts there. A bare participle counts (the tagger's usual
// mistake here); a verb after "to" or "be" alone does not.
func verbGroupAfter(words []Word, i int) (int, []int) {
	for i < len(words) && words[i].UPOS == "ADV" {
		i++
	}
	var auxes []int
	for ; i < len(words); i++ {
		w := words[i]
		switch {
		case w.UPOS == "AUX" && (len(auxes) > 0 || finite(w.XPOS)):
			auxes = append(auxes, i)
		case w.UPOS == "PART" && len(auxes) > 0, w.UPOS == "ADV" && len(auxes) > 0:
		case w.UPOS == "VERB" && (len(auxes) > 0 || finite(w.XPOS) || w.XPOS == "VBN"):
			return i, auxes
		default:
			return -1, nil
		}
	}
	return -1, nil
}

// finite reports whether a Penn tag is a finite verb form.
func finite(xpos string) bool {
	return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD"
}

// phraseStart returns the first word of the noun phrase headed by n.
func phraseStart(words []Word, n int) int {
	first := n
	for i := n - 1; i >= 0 && (&Sentence{Words: words}).Dominates(n, i); i-- {
		first = i
	}
	return first
}

// isTree reports whether the heads make one tree: one root that every
// word reaches.
func isTree(words []Word) bool {
	roots := 0
	for k, w := range words {
		if w.Head < 0 {
			roots++
		}
		if w.Head >= len(words) || !reachesRoot(words, k) {
			return false
		}
	}
	return roots == 1
}

// reachesRoot reports whether following heads from k ends at the root.
func reachesRoot(words []Word, k int) bool {
	for steps := 0; steps <= len(words); steps++ {
		if words[k].Head < 0 {
			return true
		}
		k = words[k].Head
	}
	return false
}

// repairNounVerb retags a root that the tagger read as a plural noun but
// the parser gave a singular subject, no copula and an object ("The deal …
// commits both sides to publish") or a to-infinitive right after it ("The
// agency plans to register"): it is a verb in the present. A plural
// subject ("The two men faced charges") says the verb is elsewhere.
func repairNounVerb(words []Word) {
	r := (&Sentence{Words: words}).Root()
	if r < 0 || words[r].XPOS != "NNS" {
		return
	}
	s := Sentence{Words: words}
	subj := s.ChildrenWith(r, "nsubj")
	if len(subj) != 1 || !singular(words[subj[0]]) || len(s.ChildrenWith(r, "cop")) > 0 {
		return
	}
	inf := infinitiveAfter(words, r)
	said := saidAfter(words, r)
	if len(s.ChildrenWith(r, "obj", "xcomp", "ccomp")) == 0 && inf < 0 && said < 0 {
		return
	}
	words[r].UPOS, words[r].XPOS = "VERB", "VBZ"
	if inf >= 0 {
		words[inf].Rel = "xcomp"
	}
	if said >= 0 {
		words[said].Rel = "ccomp" // "The Royal Thai Government announces that it has agreed …"
		words[r+1].UPOS, words[r+1].XPOS, words[r+1].Head, words[r+1].Rel = "SCONJ", "IN", said, "mark"
	}
}

// saidAfter returns the clause that the word "that" right after word r
// opens, hung on r as a relative clause with a subject of its own ("The
// Government announces that it has agreed"), or -1.
func saidAfter(words []Word, r int) int {
	if r+1 >= len(words) || !strings.EqualFold(words[r+1].Form, "that") {
		return -1
	}
	v := words[r+1].Head
	if v <= r+1 || words[v].Head != r || words[v].Rel != "acl:relcl" || !hasSubjectOtherThan(words, v, r+1) {
		return -1
	}
	return v
}

// infinitiveAfter returns the bare verb of a to-infinitive that opens right
// after word r and hangs on it as a clause ("The International Organization
// for Migration (IOM) plans to register all displaced families"), or -1.
func infinitiveAfter(words []Word, r int) int {
	if r+2 >= len(words) || strings.ToLower(words[r+1].Form) != "to" || words[r+1].Rel != "mark" {
		return -1
	}
	k := words[r+1].Head
	if k != r+2 || words[k].Head != r || words[k].XPOS != "VB" || words[k].Rel != "acl" {
		return -1
	}
	return k
}

// singular reports whether w is a singular noun or name, which a verb in
// -s agrees with.
func singular(w Word) bool { return w.XPOS == "NN" || w.XPOS == "NNP" }

// repairParticipleTense retags a past participle in -ed that has a subject
// of its own and no auxiliary ("Both sides agreed to a truce" tagged VBN):
// it is a past tense. A form that is only a participle ("drawn") says the
// parse, not the tag, is wrong.
func repairParticipleTense(words []Word) {
	s := Sentence{Words: words}
	for i, w := range words {
		if w.XPOS == "VBN" && strings.HasSuffix(strings.ToLower(w.Form), "ed") && len(s.ChildrenWith(i, "aux", "cop")) == 0 && hasActiveSubject(&s, i) {
			words[i].XPOS = "VBD"
		}
	}
}

// hasActiveSubject reports whether word i has an nsubj (not a passive
// subject) among its dependents.
func hasActiveSubject(s *Sentence, i int) bool {
	for _, k := range s.ChildrenWith(i, "nsubj") {
		if s.Words[k].Rel == "nsubj" {
			return true
		}
	}
	return false
}

// infinitiveVerbs take a to-infinitive and seldom a phrase after "to":
// the word after their "to" is a verb.
var infinitiveVerbs = map[string]bool{"expect": true, "plan": true, "intend": true, "aim": true, "hope": true,
	"want": true, "promise": true, "pledge": true, "vow": true, "decide": true, "refuse": true, "decline": true,
	"threaten": true, "seek": true, "fail": true, "try": true, "attempt": true, "wish": true, "undertake": true, "vote": true}

// repairInfinitive mends an infinitive the tagger read as a modifier of
// the noun after it ("is expected to table reforms" with "table" an
// adjective, "plans to back the bid" with "back" an adverb): after a verb
// that takes an infinitive and its "to", a bare word with a noun phrase
// after it is a verb, and the noun its object. It reports the word it
// retagged, or -1; a result that is not a tree is undone.
func repairInfinitive(words []Word) int {
	for w := 2; w+1 < len(words); w++ {
		to, gov := w-1, w-2
		x := words[w]
		if !strings.EqualFold(words[to].Form, "to") || words[gov].UPOS != "VERB" || !infinitiveVerbs[words[gov].Lemma] ||
			x.UPOS != "ADJ" && x.UPOS != "NOUN" && x.UPOS != "ADV" || x.XPOS == "NNS" || x.XPOS == "JJR" || x.XPOS == "JJS" {
			continue
		}
		n := x.Head
		if n <= w || words[n].UPOS != "NOUN" && words[n].UPOS != "PROPN" {
			n = nounAfter(words, w)
		}
		if n < 0 {
			continue
		}
		saved := slices.Clone(words)
		words[to].UPOS, words[to].XPOS, words[to].Rel, words[to].Head = "PART", "TO", "mark", w
		words[w].UPOS, words[w].XPOS, words[w].Rel, words[w].Head = "VERB", "VB", "xcomp", gov
		words[n].Rel, words[n].Head = "obj", w
		if !isTree(words) {
			copy(words, saved)
			continue
		}
		return w
	}
	return -1
}

// nounAfter returns the head noun of the noun phrase that opens right
// after word w (a determiner, possessive or adjectives may lead it), or -1.
func nounAfter(words []Word, w int) int {
	for k := w + 1; k < len(words); k++ {
		switch words[k].UPOS {
		case "DET", "ADJ", "NUM":
			continue
		case "PRON":
			if words[k].XPOS == "PRP$" {
				continue
			}
			return k
		case "NOUN", "PROPN":
			for k+1 < len(words) && (words[k+1].UPOS == "NOUN" || words[k+1].UPOS == "PROPN") && words[k].Head == k+1 {
				k++
			}
			return k
		}
		return -1
	}
	return -1
}

// rootVerbOver makes verb v the root of a sentence whose root was the
// noun r, with r its subject: what hung on r after v, the full stop
// among it, now hangs on v.
func rootVerbOver(words []Word, r, v int) {
	for k := range words {
		if words[k].Head == r && k > v {
			words[k].Head = v // the full stop and what follows the verb are the clause's
		}
	}
	words[v].Head, words[v].Rel = -1, "root"
	words[r].Head, words[r].Rel = v, "nsubj"
}
