package syntax

import (
	"slices"
	"strings"
)

// sharedPastForms are irregular verbs whose past tense and past
// participle are one form, so that the form alone does not say which it is.
var sharedPastForms = map[string]bool{"held": true, "sent": true, "found": true, "made": true, "brought": true,
	"caught": true, "sold": true, "built": true, "paid": true, "told": true, "kept": true, "led": true,
	"shot": true, "struck": true, "bought": true, "hit": true, "cut": true, "put": true, "set": true, "left": true}

// repairReducedRelative mends a participle that opens a relative clause
// without "who"/"which" on the subject but that the parser made the
// sentence's verb, so that the real verb is left without a subject: in "A
// man accused of fraud should be extradited" the parse makes "accused" the
// root and hangs "should be extradited" on it. The later verb becomes the
// root with the subject (a passive one when it has a passive auxiliary),
// the participle modifies the subject and keeps what lies before the later
// verb, and what came after goes to the later verb; the same holds in a
// reported clause ("Police said a man arrested in Leeds would appear in
// court"). It mends a verb heading the sentence or a clausal complement
// when it
//   - is a verb in the past with a form a participle can have (in -ed, or
//     one of sharedPastForms) and no auxiliary of its own,
//   - comes right after a noun or a name (not a pronoun) that is its subject,
//     or after it and a comma, when a comma closes the aside right before
//     the later verb group ("The two guards, arrested on 14 October, would
//     stand trial in April"),
//   - is followed by a preposition or an adverb, not by an object or a
//     clause ("warned that …"),
//   - and is followed, with no other comma, colon, dash, conjunction or relative
//     word between, by a finite verb, or a modal or finite auxiliary and
//     its verb, that hangs on it (or, after an aside, on the verb r hangs
//     on, as a second verb of that one) and has no subject of its own.
//
// A sentence without a full stop, question or exclamation mark at its end
// (a headline) is left alone, and a result that is not a tree is undone.
func repairReducedRelative(words []Word) {
	r, v := reducedRelative(words)
	if r < 0 {
		return
	}
	saved := slices.Clone(words)
	subj := participleSubject(words, r)
	words[v].Head, words[v].Rel = words[r].Head, words[r].Rel
	words[subj].Head, words[subj].Rel = v, "nsubj"
	if hasChildWith(words, v, "aux:pass") {
		words[subj].Rel = "nsubj:pass"
	}
	for k := v + 1; k < len(words); k++ {
		if words[k].Head == r {
			words[k].Head = v
		}
	}
	for k := r + 1; k < v && !finite(words[k].XPOS); k++ {
		if words[k].Head == v {
			words[k].Head = r // "arrested on 14 October,": the date is the arrest's
		}
	}
	words[r].Head, words[r].Rel, words[r].XPOS = subj, "acl", "VBN"
	if !isTree(words) {
		copy(words, saved)
	}
}

// reducedRelative returns the first verb heading the sentence or a
// clausal complement that repairReducedRelative mends, and the verb after
// it that takes its place, or -1, -1.
func reducedRelative(words []Word) (int, int) {
	if !endsSentence(words) {
		return -1, -1
	}
	for r := range words {
		if v := laterVerb(words, r); v >= 0 {
			return r, v
		}
	}
	return -1, -1
}

// laterVerb returns the verb after word r that takes r's place when r is
// a participle on the subject before it (see repairReducedRelative), or -1.
func laterVerb(words []Word, r int) int {
	if r < 1 || r+1 >= len(words) || words[r].Rel != "root" && words[r].Rel != "ccomp" ||
		words[r].XPOS != "VBD" && words[r].XPOS != "VBN" || !participleForm(words[r].Form) ||
		hasChildWith(words, r, "aux", "aux:pass", "cop") {
		return -1
	}
	subj := participleSubject(words, r)
	if subj < 0 {
		return -1
	}
	if next := words[r+1]; next.UPOS != "ADP" && next.UPOS != "ADV" && !of(next) {
		return -1 // an object or a clause: "warned that …"
	}
	aside := words[r-1].Form == "," // "the two guards, arrested on 14 October, would stand trial"
	for k := r + 1; k < len(words); k++ {
		w := words[k]
		if aside && w.Form == "," && k+1 < len(words) && finite(words[k+1].XPOS) && words[k+1].UPOS != "NOUN" {
			aside = false // the comma closing the aside, right before the verb group
			continue
		}
		if clauseBoundary(w) && !of(w) || w.UPOS == "CCONJ" || w.XPOS == "WDT" || w.XPOS == "WP" {
			return -1
		}
		v := k // a finite verb: "A man arrested in May appeared in court"
		if w.XPOS == "MD" || w.UPOS == "AUX" && finite(w.XPOS) {
			v = w.Head // "should be extradited"
		} else if w.UPOS != "VERB" || !finite(w.XPOS) {
			continue
		}
		onR := words[v].Head == r || words[r-1].Form == "," && words[v].Head == words[r].Head && words[v].Rel == "conj"
		if v < k || words[v].UPOS != "VERB" || !onR || hasChildWith(words, v, "nsubj", "expl") {
			return -1
		}
		return v
	}
	return -1
}

// participleSubject returns the noun or name that the parse made the
// subject of verb r, right before it or before a comma that opens an
// aside ("A man arrested in May", "The two guards, arrested in May,"),
// or heading a phrase that ends right before a participle with its agent
// ("Members of the United Transport Workers' Union (UTWU) employed by
// Redline Buses"), or -1.
func participleSubject(words []Word, r int) int {
	subj := r - 1
	if words[subj].Form == "," {
		subj--
	}
	if subj >= 0 && words[subj].Head != r && r+1 < len(words) && strings.EqualFold(words[r+1].Form, "by") {
		s := &Sentence{Words: words}
		for _, c := range s.ChildrenWith(r, "nsubj") {
			if _, last := s.Subtree(c); c < subj && last == subj {
				subj = c
			}
		}
	}
	if subj < 0 || words[subj].UPOS != "NOUN" && words[subj].UPOS != "PROPN" || words[subj].Head != r || !relIn(words[subj].Rel, []string{"nsubj"}) {
		return -1
	}
	return subj
}

// of reports whether w is "of", which the tagger may read as the
// conjunction opening a gerund ("accused of running").
func of(w Word) bool { return strings.EqualFold(w.Form, "of") }

// participleForm reports whether a verb form may be a past participle as
// well as a past tense.
func participleForm(form string) bool {
	f := strings.ToLower(form)
	return strings.HasSuffix(f, "ed") || sharedPastForms[f]
}
