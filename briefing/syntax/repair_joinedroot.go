package syntax

import "slices"

// repairJoinedNameRoot mends a sentence that opens with two names joined
// by "and" where the parser made the first name the root and the verb a
// relative clause on it, with the second name alone for its subject:
// "Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk signed
// a declaration" hangs "signed" on "Chancellor" with "Donald" its
// subject. A relative clause does not take a subject that a
// conjunction opens; when the root is a proper noun that opens the
// sentence, everything between it and the "and" belongs to its name, and
// the verb's subject is the name right after the "and", the verb is the
// root, the first name its subject and the second a conjunct of the
// first. So it is when the verb hangs on the root as a parataxis and the
// word after "and", a people's adjective before an office ("and Dutch
// Prime Minister Dick Schoof"), was read as the conjunct: that word
// modifies the office. A result that is not a tree is undone.
func repairJoinedNameRoot(words []Word) {
	r := slices.IndexFunc(words, func(w Word) bool { return w.Head < 0 })
	if r != 0 || words[r].UPOS != "PROPN" {
		return
	}
	v := slices.IndexFunc(words, func(w Word) bool {
		return w.Head == r && w.UPOS == "VERB" && (w.Rel == "acl:relcl" || w.Rel == "parataxis")
	})
	if v < 0 {
		return
	}
	s := slices.IndexFunc(words, func(w Word) bool { return w.Head == v && w.Rel == "nsubj" })
	if s < 0 || s > v {
		return
	}
	and, people := -1, -1
	for k := r + 1; k < s; k++ {
		switch {
		case words[k].Lemma == "and" && and < 0 && k+1 < s && words[k].Head == k+1 && words[k+1].Head == r && words[k+1].Rel == "conj" &&
			words[k+2].Head > k+1 && words[k+2].Head <= s:
			and, people = k, k+1 // "and Dutch Prime Minister Dick Schoof": the people's word read as the conjunct
		case words[k].Lemma == "and" && words[k].Head == s && and < 0:
			and = k
		case k == people:
		case and < 0 && (words[k].Head != r || words[k].UPOS != "PROPN"):
			return // "Chancellor Merz, who …": more than a name before the conjunction
		case and >= 0 && !nominalWord(words[k]):
			return
		}
	}
	if and < 0 {
		return
	}
	saved := slices.Clone(words)
	rootVerbOver(words, r, v)
	words[s].Head, words[s].Rel = r, "conj"
	if people >= 0 {
		words[and].Head = s
		words[people].Head, words[people].Rel = words[people+1].Head, "amod"
	}
	if !isTree(words) {
		copy(words, saved)
	}
}
