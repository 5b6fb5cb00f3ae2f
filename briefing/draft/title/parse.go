package title

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/summary"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// parsedClause builds a headline from the parse of a sentence: the subject
// without its relative clauses, appositions and bracketed asides, the
// verb group and what it governs, without the attribution ("…, officials
// said"), an introductory phrase or a clause hung on the verb; trailing
// phrases are then dropped while the verb stays, to at most n words
// ("A driver who was fined £95 … has won his case at the High Court" → "A
// driver has won his case at the High Court"). It returns "" when the
// parse has no verb with a subject at its root, so the caller falls back
// on the word-level rules. Unreported drops the verb of a report by its
// own subject, which a pronoun names again ("Sudan's army said it had
// agreed to a pause" → "Sudan's army had agreed to a pause").
func parsedClause(s *syntax.Sentence, text string, n int, cuts []summary.CutRange, unreported bool) string {
	root := s.Root()
	if root < 0 || !verbal(s.Words[root]) {
		return ""
	}
	sayer, pronoun := -1, -1           // "Sudan's army said it had agreed to a pause" → "Sudan's army had agreed to a pause"
	if sayVerbs[s.Words[root].Lemma] { // "Police said that a man had been arrested"
		if c := s.ChildrenWith(root, "ccomp"); len(c) > 0 && verbal(s.Words[c[0]]) {
			sub, by := s.ChildrenWith(c[0], "nsubj"), s.ChildrenWith(root, "nsubj")
			switch {
			case len(sub) > 0 && s.Words[sub[0]].UPOS != "PRON":
				root = c[0]
			case len(sub) > 0 && thirdPersons[strings.ToLower(s.Words[sub[0]].Form)] && len(by) > 0 && s.Words[by[0]].UPOS != "PRON" &&
				unreported:
				root, sayer, pronoun = c[0], by[0], sub[0]
			}
		}
	}
	subjects := s.ChildrenWith(root, "nsubj", "csubj")
	if sayer >= 0 {
		subjects = []int{sayer}
	}
	drop := make([]bool, len(s.Words))
	for k, w := range s.Words {
		for _, c := range cuts {
			if w.Start >= c.Start && w.End <= c.End && k != root {
				drop[k] = true
			}
		}
	}
	subjects = slices.DeleteFunc(subjects, func(k int) bool { return drop[k] && k != sayer }) // a dateline the parser made a subject: "Nordhavn, 13 May 2026 — …"
	if len(subjects) == 0 {
		return ""
	}
	subj := subjects[0]
	if sayer >= 0 { // the report's words may be cut as an attribution; its subject stays
		first, last := s.Subtree(sayer)
		for k := first; k <= last; k++ {
			drop[k] = false
		}
	}
	dropTree := func(i int) {
		first, last := s.Subtree(i)
		for k := first; k <= last; k++ {
			drop[k] = true
		}
	}
	for _, c := range s.ChildrenWith(subj, "acl", "appos", "parataxis") {
		dropTree(c)
	}
	for _, c := range s.Children(subj) { // an aside between commas: "Tom Baines, 34, was …"
		if f, l := wordBounds(s, c); f > 0 && l+1 < len(s.Words) && s.Words[f-1].Form == "," && s.Words[l+1].Form == "," {
			dropTree(c)
		}
	}
	for _, c := range s.ChildrenWith(root, "parataxis", "advcl", "discourse", "vocative") {
		if complementClause(s, c) {
			continue
		}
		dropTree(c)
		if first, _ := s.Subtree(c); finite(s.Words[c]) && len(s.ChildrenWith(c, "nsubj")) == 0 && first == c {
			// "… after a parking firm fined her": the phrase before a clause
			// that lacks its subject holds it
			for _, o := range s.ChildrenWith(root, "obl", "obj") {
				if _, last := s.Subtree(o); last == c-1 {
					dropTree(o)
				}
			}
		}
	}
	for k, w := range s.Words { // a relative clause or an apposition after a comma: ", which cuts spending", ", the food group"
		if f, _ := wordBounds(s, k); (w.Rel == "acl:relcl" || w.Rel == "appos" || commaAside(s, k)) && f > 0 && s.Words[f-1].Form == "," {
			dropTree(k)
		}
	}
	first, _ := s.Subtree(subj)
	for _, c := range s.Children(root) {
		if c < first && !strings.HasPrefix(s.Words[c].Rel, "aux") && s.Words[c].Rel != "mark" {
			dropTree(c) // an introductory phrase: "On Monday, …"
		}
	}
	for k, w := range s.Words {
		if w.Form == "(" {
			if _, last := s.Subtree(k); last >= k {
				for j := k; j < len(s.Words) && (j == k || s.Words[j-1].Form != ")"); j++ {
					drop[j] = true
				}
			}
		}
		if strings.Contains(",;:\"“”‘’()[]", w.Form) && w.UPOS == "PUNCT" && !listComma(s, k) {
			drop[k] = true
		}
	}
	if pronoun >= 0 {
		dropTree(pronoun)
		for _, c := range s.ChildrenWith(root, "mark") {
			dropTree(c) // "said that it had agreed": the sayer's subject takes the verb
		}
	}
	strandedAfterSubject(s, subj, root, drop, dropTree)
	for changed := true; changed; { // a word whose head went goes too
		changed = false
		for k, w := range s.Words {
			if !drop[k] && k != root && k != sayer && (w.Head < 0 || drop[w.Head] && w.UPOS != "PUNCT") {
				drop[k], changed = true, true
			}
		}
	}
	var kept []int
	for k := range s.Words {
		if !drop[k] && k >= first && (s.Dominates(root, k) || sayer >= 0 && s.Dominates(sayer, k)) {
			kept = append(kept, k)
		}
	}
	for relaxed := false; len(strings.Fields(clauseText(s, text, kept))) > n; { // drop a second clause, a partner, then the last phrase after the verb
		if shorter := dropSecondClause(s, kept, root); shorter != nil {
			kept = shorter
			continue
		}
		if shorter := dropPartner(s, kept, root); shorter != nil {
			kept = shorter
			continue
		}
		if shorter := dropLastPhrase(s, kept, root, relaxed); shorter != nil {
			kept = shorter
			continue
		}
		if !relaxed {
			relaxed = true
			continue
		}
		if shorter := dropSubjectPlace(s, kept, subj); shorter != nil {
			kept = shorter
			continue
		}
		if len(strings.Fields(clauseText(s, text, kept))) > n+headlineSlack {
			return ""
		}
		break // a whole clause a few words long rather than one cut inside a phrase
	}
	if len(kept) < 3 || !containsInt(kept, root) {
		return ""
	}
	return headCapitalise(headTrimEnd(clauseText(s, text, kept)))
}

// thirdPersons are the pronouns by which a reported clause names the one
// who reports it ("Sudan's army said it had agreed").
var thirdPersons = text.SetOf("it", "they", "he", "she")

// commaAside reports whether word k is a conjunct set off by commas on
// both sides in a coordination with no conjunction: the parser's reading
// of an apposition ("The chief constable of the force, Sarah Lund, has
// vowed").
func commaAside(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	if !summary.RelAmong(w.Rel, "conj") || w.Head < 0 {
		return false
	}
	if _, l := wordBounds(s, k); l+1 >= len(s.Words) || s.Words[l+1].Form != "," {
		return false
	}
	for _, c := range s.ChildrenWith(w.Head, "conj") {
		if len(s.ChildrenWith(c, "cc")) > 0 {
			return false
		}
	}
	return true
}

// listComma reports whether word k is a comma between the items of a
// list joined by a conjunction ("constructive, professional and
// friendly"): the conjunct after it keeps it.
func listComma(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	if w.Form != "," || k == 0 || w.Head <= k || !summary.RelAmong(s.Words[w.Head].Rel, "conj") {
		return false
	}
	for _, c := range s.ChildrenWith(s.Words[w.Head].Head, "conj") {
		if len(s.ChildrenWith(c, "cc")) > 0 {
			return true
		}
	}
	return false
}

// strandedAfterSubject drops a phrase between the subject and the verb
// that the parser hung on the verb but that stands right after a part of
// the subject being dropped: in "A manager who stole £2m from residents
// over six years was jailed", "over six years" would otherwise be left
// after "manager".
func strandedAfterSubject(s *syntax.Sentence, subj, root int, drop []bool, dropTree func(int)) {
	_, last := s.Subtree(subj)
	if last+1 >= root || !drop[last] {
		return
	}
	for k := last + 1; k < root && drop[k-1]; k++ {
		if !drop[k] && !summary.RelAmong(s.Words[k].Rel, "aux", "cop", "mark", "punct") {
			dropTree(k)
		}
	}
}

// clauseText joins the kept words of a sentence on one line, with the
// source's spacing between neighbours.
func clauseText(s *syntax.Sentence, src string, kept []int) string {
	var b strings.Builder
	for j, k := range kept {
		if j > 0 {
			if prev := kept[j-1]; prev == k-1 {
				b.WriteString(src[s.Words[prev].End:s.Words[k].Start])
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(src[s.Words[k].Start:s.Words[k].End])
	}
	return text.OneLineText(b.String())
}

// optionalRels are the relations of the phrases a headline can do without:
// modifiers of place, time and manner, nominal modifiers, clauses hung on
// a word. A conjunct is no such phrase: "aid for Ukraine, Israel and
// Taiwan" is not "aid for Ukraine".
var optionalRels = text.SetOf("obl", "nmod", "advcl", "acl", "advmod", "appos", "amod", "obl:tmod", "obl:npmod")

// phraseHead reports whether word h may lose a phrase that depends on it:
// the verb of the clause, a noun, or a verb that is not a participle
// modifying a noun ("three men suspected of …" cannot lose "of …", "plans
// to build homes by 2030" can lose "by 2030"); a
// comparative ("more than 100") keeps its complement.
func phraseHead(s *syntax.Sentence, h, root int) bool {
	w := s.Words[h]
	switch {
	case h == root:
		return true
	case w.UPOS == "NOUN" || w.UPOS == "PROPN" || w.UPOS == "NUM" || w.UPOS == "PRON":
		return true
	case verbal(w):
		base, _, _ := strings.Cut(w.Rel, ":")
		return base != "acl" && base != "amod" || w.XPOS == "VB"
	}
	return false
}

// complementMarks open a clause that completes the word before it: "banned
// from suing", "accused of blocking".
var complementMarks = text.SetOf("of", "from", "for", "into", "about", "against")

// complementClause reports whether clause k completes its head rather than
// adding to it: a clause opened by a preposition of complementMarks, a
// content clause of a noun ("concerns that banks may sell"), a gerund
// with no comma before it ("is considering raising fuel prices"), or an
// infinitive right after its verb and the verb's adverbs ("voted
// overwhelmingly to reject the offer").
func complementClause(s *syntax.Sentence, k int) bool {
	base, _, _ := strings.Cut(s.Words[k].Rel, ":")
	if base != "advcl" && base != "acl" {
		return false
	}
	first, _ := s.Subtree(k)
	marks := s.ChildrenWith(k, "mark")
	switch {
	case s.Words[k].Rel == "acl:relcl": // "that" as a mark, not a pronoun: a content clause
		return len(marks) > 0 && strings.EqualFold(s.Words[marks[0]].Form, "that")
	case len(marks) > 0 && complementMarks[strings.ToLower(s.Words[marks[0]].Form)]:
		return true
	case len(marks) > 0 && strings.EqualFold(s.Words[marks[0]].Form, "that") && base == "acl":
		return true
	case base == "advcl" && len(marks) == 0 && s.Words[k].XPOS == "VBG" && first == k && first > 0 &&
		s.Words[first-1].Form != "," && verbal(s.Words[s.Words[k].Head]):
		return true
	case base == "advcl" && len(marks) > 0 && strings.EqualFold(s.Words[marks[0]].Form, "to") && verbal(s.Words[s.Words[k].Head]) &&
		onlyAdverbsBetween(s, s.Words[k].Head, first):
		return true // "voted overwhelmingly to reject the offer": what was voted
	}
	return false
}

// onlyAdverbsBetween reports whether the words between verb v and word
// first are its adverbs only.
func onlyAdverbsBetween(s *syntax.Sentence, v, first int) bool {
	if first <= v {
		return false
	}
	for k := v + 1; k < first; k++ {
		if s.Words[k].UPOS != "ADV" || s.Words[k].Head != v {
			return false
		}
	}
	return true
}

// dropPartner returns kept without a "with" phrase of the verb that stands
// between it and its complement ("Sardova has agreed | with a committee
// of its bondholders | to restructure its debt" → "Sardova has agreed to
// restructure its debt"): a headline keeps what was done before whom it
// was done with. It returns nil when the verb has no such phrase.
func dropPartner(s *syntax.Sentence, kept []int, root int) []int {
	comp := -1
	for _, c := range s.ChildrenWith(root, "xcomp", "obj", "ccomp") {
		if c > root && containsInt(kept, c) {
			comp = c
			break
		}
	}
	if comp < 0 {
		return nil
	}
	for _, o := range s.ChildrenWith(root, "obl") {
		first, last := s.Subtree(o)
		if first <= root || last >= comp || !containsInt(kept, o) || !s.HasCase(o, "with") {
			continue
		}
		return without(kept, first, last)
	}
	return nil
}

// without returns the kept words outside first..last.
func without(kept []int, first, last int) []int {
	out := kept[:0:0]
	for _, j := range kept {
		if j < first || j > last {
			out = append(out, j)
		}
	}
	return out
}

// dropSecondClause drops the last clause joined to the verb or its
// complement with a subject of its own (", and the regulator has ordered
// the supplier to fix the plant"), or a second act joined to what was
// committed to ("pledged to cut emissions by 45% by 2030 and to reach net
// zero by 2045", ", compared with 2024 levels"): the first clause is
// the news. A report
// keeps its clauses, which parsedClause tells without the verb of saying.
// It returns nil when there is no such clause.
func dropSecondClause(s *syntax.Sentence, kept []int, root int) []int {
	if sayVerbs[s.Words[root].Lemma] && len(s.ChildrenWith(root, "ccomp")) > 0 {
		return nil // "X said it had agreed …, and Y said …"
	}
	for k := len(kept) - 1; k >= 0; k-- {
		c := kept[k]
		if c < root || s.Words[c].Rel != "conj" || !verbal(s.Words[c]) || len(s.ChildrenWith(c, "nsubj", "nsubj:pass")) == 0 && s.Words[c].Head == root && !s.ToMarked(c) && !participle(s.Words[c]) {
			continue
		}
		first, last := s.Subtree(c)
		return without(kept, first, last)
	}
	return nil
}

// strandsVerb reports whether dropping the phrase that starts at word
// first would leave its head h, a verb other than the root, as the last
// word kept before it (", compared with 2024 levels" must not leave
// "compared"): the verb's own phrase goes instead.
func strandsVerb(s *syntax.Sentence, kept []int, first, h, root int) bool {
	if h == root || !verbal(s.Words[h]) {
		return false
	}
	prev := -1
	for _, j := range kept {
		if j < first && s.Words[j].UPOS != "PUNCT" {
			prev = j
		}
	}
	return prev == h
}

// participle reports whether w is a participle with no tense of its own
// (", compared with 2024 levels").
func participle(w syntax.Word) bool { return w.XPOS == "VBN" || w.XPOS == "VBG" }

// dropSubjectPlace drops the phrase after the subject's noun that says
// where or of what it is ("More than 38,000 homes in Hexley and surrounding
// villages have been told …" → "More than 38,000 homes have been told …"),
// a phrase that opens with a preposition and holds no name the subject
// needs to be known by ("the Bank of England" keeps "of England"). It
// returns nil when the subject has no such phrase.
func dropSubjectPlace(s *syntax.Sentence, kept []int, subj int) []int {
	for _, c := range s.ChildrenWith(subj, "nmod") {
		first, last := s.Subtree(c)
		if c < subj || !containsInt(kept, c) || len(s.ChildrenWith(c, "case")) == 0 || s.HasCase(c, "of") {
			continue
		}
		return without(kept, first, last)
	}
	return nil
}

// dropLastPhrase drops the smallest whole phrase that ends the kept words
// after the verb: a dependent with an optional relation whose kept words
// run to the last one ("… with more than 100 breaches of its financial
// rules, following an investigation" loses "following an investigation",
// then "of its financial rules"), so a headline is never cut inside a
// phrase. Relaxed, it may also take a phrase opened by "of" or one hung
// on a participle. It returns nil when no such phrase is left.
func dropLastPhrase(s *syntax.Sentence, kept []int, root int, relaxed bool) []int {
	last := kept[len(kept)-1]
	for j := len(kept) - 1; j > 0 && s.Words[kept[j]].UPOS == "PUNCT"; j-- {
		last = kept[j-1]
	}
	best, bestSize := -1, len(kept)+1
	for _, k := range kept {
		w := s.Words[k]
		base, _, _ := strings.Cut(w.Rel, ":")
		if k <= root || !optionalRels[w.Rel] && !optionalRels[base] && !nounConjunct(s, k) || w.Head < 0 || complementClause(s, k) || !relaxed && !phraseHead(s, w.Head, root) ||
			w.UPOS == "PROPN" && s.Words[w.Head].UPOS == "PROPN" || // inside a name: "Reporters Without Borders"
			!relaxed && base == "nmod" && s.HasCase(k, "of") ||
			(base == "amod" || base == "nmod") && k < w.Head {
			continue
		}
		first, end := s.Subtree(k)
		if end < last || first <= root || strandsVerb(s, kept, first, w.Head, root) {
			continue
		}
		size := 0
		for _, j := range kept {
			if j >= first && j <= end {
				size++
			}
		}
		if size < bestSize {
			best, bestSize = k, size
		}
	}
	if best < 0 {
		return nil
	}
	first, _ := s.Subtree(best)
	out := kept[:0:0]
	for _, j := range kept {
		if j < first && j <= last {
			out = append(out, j)
		}
	}
	for len(out) > 1 && out[len(out)-1] > root && (headDangling[strings.ToLower(s.Words[out[len(out)-1]].Form)] ||
		s.Words[out[len(out)-1]].UPOS == "PUNCT" || bareParticiple(s, out)) {
		out = out[:len(out)-1]
	}
	return out
}

// bareParticiple reports whether the last kept word is a participle right
// after a noun, none of whose own words are kept ("emissions per container
// moved" once "by 45%" went): a reduced relative clause that says nothing
// without them.
func bareParticiple(s *syntax.Sentence, kept []int) bool {
	n := len(kept)
	last := kept[n-1]
	if n < 2 || !participle(s.Words[last]) || s.Words[kept[n-2]].UPOS != "NOUN" || kept[n-2] != last-1 {
		return false
	}
	for _, j := range kept {
		if s.Words[j].Head == last {
			return false
		}
	}
	return true
}

// nounConjunct reports whether word k is a noun the parser made a conjunct
// of a verb ("pledged … after a winter of protests by dairy and | vegetable
// farmers"): a phrase torn from the one before it, as droppable as that.
func nounConjunct(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	return w.Rel == "conj" && w.Head >= 0 && verbal(s.Words[w.Head]) && (w.UPOS == "NOUN" || w.UPOS == "PROPN")
}

// wordBounds returns the first and last word of the subtree of word i,
// punctuation at its edges left out.
func wordBounds(s *syntax.Sentence, i int) (first, last int) {
	first, last = s.Subtree(i)
	for first < last && s.Words[first].UPOS == "PUNCT" {
		first++
	}
	for last > first && s.Words[last].UPOS == "PUNCT" {
		last--
	}
	return first, last
}

// sayVerbs report speech: their clause is the news, not the saying.
var sayVerbs = text.SetOf("say", "announce", "confirm", "report", "state", "claim", "warn", "tell", "add")

// finite reports whether a word is a verb in the past or present tense.
func finite(w syntax.Word) bool { return w.XPOS == "VBD" || w.XPOS == "VBZ" || w.XPOS == "VBP" }

// verbal reports whether a word is a verb or an auxiliary (a copula).
func verbal(w syntax.Word) bool { return w.UPOS == "VERB" || w.UPOS == "AUX" }

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
