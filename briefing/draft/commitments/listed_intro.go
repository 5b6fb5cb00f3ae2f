package commitments

import (
	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// listIntro is a sentence ending in a colon that introduces the terms of
// a commitment as the list after it: "The coalition agreement includes:",
// "The parties agreed to:", "Under the undertakings, the merged company
// will:", "Key terms of the deal:", "What is on the table:", or only who
// acts, each item opening with its own verb ("the two leaders:" over "-
// agreed to set up a dialogue"; status "" then, each item's verb giving
// its own).
type listIntro struct {
	si     int
	s      *syntax.Sentence
	status string
	pred   int  // the word that carries the commitment: its verb, modal or noun
	subj   int  // the word heading the phrase of who commits, or -1
	noun   int  // the commitment noun, or -1
	joined bool // each item completes the introducer's words ("agreed to" + "withdraw forces")
	// clauses: each item is a clause the introducer's verb takes with
	// "that" ("agreed that:" + "both campuses will remain open"), its own
	// "will" telling what was agreed, not a plan of its subject's.
	clauses bool
	end     int // the word after the introducer's words: its colon, or past its last word
}

// readIntro reads sentence s as the introducer of a list of terms.
func readIntro(s *syntax.Sentence) (listIntro, bool) {
	n := len(s.Words) - 1
	if n < 1 || s.Words[n].Form != ":" {
		return listIntro{}, false
	}
	return introTo(s, n)
}

// readHeading reads sentence s, a heading with no closing mark over a
// marked list ("What the offer includes", "Terms of the ceasefire"), as
// the introducer of the terms listed under it.
func readHeading(s *syntax.Sentence) (listIntro, bool) {
	n := len(s.Words)
	if n < 2 || s.Words[n-1].UPOS == "PUNCT" {
		return listIntro{}, false
	}
	return introTo(s, n)
}

// introTo reads the words of sentence s before word n, its colon or its
// end, as the introducer of a list of terms.
func introTo(s *syntax.Sentence, n int) (listIntro, bool) {
	if n > maxIntroWords {
		return listIntro{}, false
	}
	in := listIntro{s: s, subj: -1, noun: -1, end: n}
	for k, w := range s.Words[:n] {
		if l := lower(w.Form); l == "who" || l == "whom" || w.UPOS == "VERB" && text.ReportVerbs[w.Lemma] && commitVerbs[w.Lemma] == (predicate{}) &&
			!announcesList(s, k) && !reportsListed(s, k, n-1) {
			return listIntro{}, false // "Who signed the pledge:", "The minister said:": names or a quotation, no terms
		}
	}
	last := listCompletes(s, n-1)
	if last < 0 {
		return listIntro{}, false
	}
	w := s.Words[last]
	switch {
	case lower(w.Form) == "to" && last > 0 && verbReadAsNoun(s, last-1):
		in.joined, in.pred, in.status = true, last-1, commitVerbs[s.Words[last-1].Lemma].status
		in.subj = last - 2 // "Civic Forward promises to:", the verb read as a noun the words before it qualify
		return in, true
	case lower(w.Form) == "to" && last > 0:
		v := last - 1
		for v > 0 && last-v < maxToReach && s.Words[v].UPOS != "VERB" && !(s.Words[v].UPOS == "ADJ" && lemmaOf(s.Words[v]) == "commit") {
			v-- // "have also undertaken to:", "committed itself to:", "commits both sides to:"
		}
		return in.ofVerb(v)
	case lower(w.Form) == "that" && last > 0:
		v := last - 1
		for v > 0 && last-v < maxToReach && s.Words[v].UPOS != "VERB" {
			v-- // "Both governing bodies have agreed that:", "The two sides agreed on Monday that:"
		}
		in, ok := in.ofVerb(v)
		in.clauses = ok
		return in, ok
	case w.XPOS == "MD" && (willModals[lower(w.Form)] || lower(w.Form) == "would"):
		in.status, in.joined, in.pred = briefing.StatusIntends, true, last
		in.subj = firstChild(s, last, "nsubj")
		if in.subj < 0 {
			in.subj = nounBefore(s, last) // "The agreement will:", the modal read as an aside of the noun
		}
		if k := underNoun(s); k >= 0 {
			in.noun, in.status = k, termStatus(s.Words[k].Lemma) // "Under the agreement, the two sides will:"
			if in.status == "" {
				in.status = briefing.StatusAgreed // "Under its terms, Harrowfield will:": the terms of what was made
			}
		}
		if k := in.subj; k >= 0 && termStatus(s.Words[k].Lemma) != "" {
			in.noun, in.status, in.subj = k, termStatus(s.Words[k].Lemma), -1 // "The agreement will:": its terms
			return in, true
		}
		return in, in.subj >= 0
	case w.Lemma == "do" && hasChildLemma(s, last, WordSet("what"), "obj") && willDo(s, last):
		in.status, in.pred = briefing.StatusIntends, last // "What the City will do" over what it will do, one item each
		in.subj = firstChild(s, last, "nsubj")
		if h := w.Head; in.subj < 0 && h >= 0 {
			in.subj = firstChild(s, h, "nsubj") // "What we are going to do"
		}
		return in, in.subj >= 0
	case w.UPOS == "VERB" || w.UPOS == "ADJ" && lemmaOf(w) == "commit":
		return in.ofVerb(last)
	case w.Head < 0 && (w.UPOS == "PROPN" || w.UPOS == "NOUN" && agentNouns[w.Lemma]) && termStatus(w.Lemma) == "":
		in.subj, in.pred, in.joined = last, last, true // "According to the joint statement, the two leaders:" over items that open with their verbs
		return in, true
	}
	return in.nominal()
}

// willDo reports whether the "do" at word k is told as to come: after
// "will", "would", "shall" or "is going to" ("What we will do", "What the
// council is going to do").
func willDo(s *syntax.Sentence, k int) bool {
	if m := modalOf(s, k); willModals[m] || m == "would" {
		return true
	}
	h := s.Words[k].Head
	return h >= 0 && toMarked(s, k) && s.Words[h].Lemma == "go" && s.Words[h].XPOS == "VBG"
}

// listCompletes returns the word that the list completes, from the last word
// before the colon: the verb before words that only point at the list
// ("agreed the following:", "includes these:", "agreed on the following
// points:", "agreed to do the following:"), else that last word; -1 for
// none.
func listCompletes(s *syntax.Sentence, last int) int {
	last = beforeTrailingTime(s, last)
	for last > 0 && placeholders[lower(s.Words[last].Form)] {
		last--
		if last > 0 && lower(s.Words[last].Form) == "the" {
			last--
		}
	}
	if last > 1 && s.Words[last].Lemma == "do" && lower(s.Words[last-1].Form) == "to" {
		last-- // "agreed to do the following:" is "agreed to:"
	}
	if termNouns[s.Words[last].Lemma] && hasChildLemma(s, last, placeholders, "amod", "det") {
		last = s.Words[last].Head
		if last >= 0 && s.Words[last].UPOS != "VERB" {
			last = s.Words[last].Head // through "on" or a noun the parser put between
		}
	}
	return last
}

// beforeTrailingTime returns the word before a phrase of time that ends at
// word last and hangs on a verb ("announced the following measures | on
// Tuesday:"), else last.
func beforeTrailingTime(s *syntax.Sentence, last int) int {
	h := last
	for h >= 0 && s.Words[h].Head >= 0 && !text.RelIs(s.Words[h].Rel, "obl") && s.Words[h].Head > h {
		h = s.Words[h].Head
	}
	if h < 0 || !text.RelIs(s.Words[h].Rel, "obl") || s.Words[h].Head < 0 || s.Words[s.Words[h].Head].UPOS != "VERB" ||
		!timeWords[lower(s.Words[h].Form)] && !timeWords[s.Words[h].Lemma] {
		return last
	}
	first, end := phrase(s, h)
	for first > 0 && s.Words[first-1].Head == h && text.RelIs(s.Words[first-1].Rel, "case") {
		first-- // "on | Tuesday"
	}
	if end != last || first == 0 {
		return last
	}
	return first - 1
}

// timeWords head a phrase that says when.
var timeWords = WordSet("monday tuesday wednesday thursday friday saturday sunday today yesterday week month year morning evening night weekend")

// ofVerb reads an introducer whose verb v takes the list as its
// complement: a commitment verb ("pledged:", "agreed to:") with its
// subject, or a verb of containing whose subject is the commitment ("The
// deal includes:").
func (in listIntro) ofVerb(v int) (listIntro, bool) {
	s := in.s
	w := s.Words[v]
	in.joined, in.pred = true, v
	for k := v; k >= 0 && in.subj < 0; k = s.Words[k].Head {
		in.subj = firstChild(s, k, "nsubj")
		if !text.RelIs(s.Words[k].Rel, "xcomp", "conj") {
			break // the subject of the verb, or of the one it is joined to: "The accord, signed on Monday, commits …"
		}
	}
	if containing[phrasalLemma(s, v)] {
		k := in.subj
		in.subj = -1
		if k < 0 {
			return listIntro{}, false
		}
		if termStatus(s.Words[k].Lemma) == "" {
			k = commitmentOf(s, k) // "The terms of the deal include:"
		}
		if k < 0 || termStatus(s.Words[k].Lemma) == "" {
			return listIntro{}, false // "The victims include:", "The union's demands include:"
		}
		in.noun, in.status = k, termStatus(s.Words[k].Lemma)
		return in, true
	}
	p, ok := commitVerbs[phrasalLemma(s, v)]
	if !ok && announcesList(s, v) {
		p, ok = predicate{status: briefing.StatusIntends}, true // "The ministry announced the following measures:": measures it will take
		in.joined = false                                       // each item says a measure of its own
	}
	bound := -1
	if lemmaOf(w) == "commit" && in.subj >= 0 && termStatus(s.Words[in.subj].Lemma) != "" {
		bound = firstChild(s, v, "obj") // "The deal commits both sides to:"
	}
	if !ok || w.UPOS != "VERB" && lemmaOf(w) != "commit" || bound < 0 && firstChild(s, v, "obj") >= 0 && !objectIsPlaceholder(s, v) {
		return listIntro{}, false
	}
	in.status = p.status
	if negated(s, v) {
		if p.status == briefing.StatusRefused {
			return listIntro{}, false
		}
		in.status = briefing.StatusRefused // "The board would not agree to:"
	}
	if mayModals[modalOf(s, v)] && in.status != briefing.StatusRefused {
		in.status = briefing.StatusProposed
	}
	if bound >= 0 {
		in.subj = bound
	}
	if in.subj >= 0 && lower(s.Words[in.subj].Form) == "what" {
		in.subj = -1 // "What was agreed:" names no one
	}
	return in, true
}

// nominal reads an introducer that is a heading, with no verb of its own:
// a commitment noun at its head ("The coalition's pledges:"), after a
// noun of terms ("Key terms of the deal:"), after "under" ("Under the
// plan:") or an offer on the table ("What is on the table:").
func (in listIntro) nominal() (listIntro, bool) {
	s := in.s
	for k, w := range s.Words {
		if w.UPOS == "VERB" && w.Rel != "amod" && w.Rel != "compound" {
			return listIntro{}, false // "Countries that signed the treaty:"
		}
		if lower(w.Form) == "table" && k >= 2 && lower(s.Words[k-2].Form) == "on" && hasWhat(s) {
			in.status, in.pred = briefing.StatusProposed, k // "What is on the table:"
			return in, true
		}
	}
	r := s.Root()
	if r < 0 {
		return listIntro{}, false
	}
	k := r
	if termStatus(s.Words[r].Lemma) == "" {
		k = commitmentOf(s, r) // "Key terms of the deal:"
	}
	if k < 0 {
		k = underNoun(s) // "Under the plan:"
	}
	if k < 0 || termStatus(s.Words[k].Lemma) == "" || s.Words[k].UPOS != "NOUN" {
		return listIntro{}, false
	}
	in.noun, in.status, in.pred = k, termStatus(s.Words[k].Lemma), k
	return in, true
}

// hasWhat reports whether the sentence opens with "what".
func hasWhat(s *syntax.Sentence) bool {
	return len(s.Words) > 0 && lower(s.Words[0].Form) == "what"
}

// underNoun returns the commitment noun after "under" or "in" that a
// heading or a clause is placed in ("Under the plan", "What is in the
// deal"), or -1.
func underNoun(s *syntax.Sentence) int {
	for k, w := range s.Words {
		if (termStatus(w.Lemma) != "" || ownTerms(s, k)) && w.UPOS == "NOUN" && hasChildLemma(s, k, WordSet("under in"), "case") {
			return k
		}
	}
	return -1
}

// ownTerms reports whether noun k is "terms" owned by a pronoun or
// definite with no "of" phrase ("under its terms", "under the terms"):
// the terms of the commitment the text has just told of.
func ownTerms(s *syntax.Sentence, k int) bool {
	for _, c := range s.ChildrenWith(k, "nmod") {
		if s.Words[c].Rel != "nmod:poss" {
			return false // "under the terms of the plan": the plan's
		}
	}
	return s.Words[k].Lemma == "term" && s.Words[k].XPOS == "NNS" && hasChildLemma(s, k, WordSet("its their the"), "det", "nmod:poss")
}

// commitmentOf returns the commitment noun that a noun of terms belongs to
// ("terms of the deal", "the deal's main points", "deal highlights"), or -1.
func commitmentOf(s *syntax.Sentence, k int) int {
	if !termNouns[s.Words[k].Lemma] {
		return -1 // "Reactions to the deal:"
	}
	for _, c := range s.ChildrenWith(k, "nmod", "nmod:poss", "compound") {
		if termStatus(s.Words[c].Lemma) != "" {
			return c
		}
	}
	return -1
}

// objectIsPlaceholder reports whether the object of verb v only points at
// the list ("agreed the following", "agreed these measures", "agreed
// that:").
func objectIsPlaceholder(s *syntax.Sentence, v int) bool {
	k := firstChild(s, v, "obj")
	w := s.Words[k]
	if lower(w.Form) == "that" && k+1 < len(s.Words) && s.Words[k+1].Form == ":" {
		return true // "have agreed that:", the conjunction read as a pronoun
	}
	return placeholders[lower(w.Form)] || termNouns[w.Lemma] && hasChildLemma(s, k, placeholders, "amod", "det")
}

// announcesList reports whether verb v announces the measures listed after
// it ("announced the following measures:", "unveiled these steps:"): what
// its subject will do.
func announcesList(s *syntax.Sentence, v int) bool {
	return s.Words[v].UPOS == "VERB" && announcingVerbs[phrasalLemma(s, v)] && modalOf(s, v) == "" && !negated(s, v) &&
		firstChild(s, v, "obj") >= 0 && objectIsPlaceholder(s, v)
}

// reportsListed reports whether verb v of saying reports the clause that
// word last, the word before the colon, completes ("Flicker said it
// would:", "The ministry said both sides had agreed to:"): the list after
// it holds what the reported subject will do, not a quotation.
func reportsListed(s *syntax.Sentence, v, last int) bool {
	for _, c := range s.ChildrenWith(v, "ccomp") {
		if c <= last && (c == last || s.Dominates(c, last)) {
			return true
		}
	}
	return false
}

// announcingVerbs make measures known.
var announcingVerbs = WordSet("announce unveil outline detail set out lay out")

// termStatus returns the status a commitment noun gives the terms listed
// under it, or "".
func termStatus(lemma string) string {
	if st := listNouns[lemma]; st != "" {
		return st
	}
	if orderNouns[lemma] {
		return ""
	}
	return commitNouns[lemma]
}

// listNouns name, besides the commitment nouns, a commitment whose terms a
// list sets out.
var listNouns = map[string]string{
	"undertaking": briefing.StatusPledged, "manifesto": briefing.StatusPledged,
}

// containing verbs have a commitment as their subject and its terms as the
// list ("The deal includes:", "The plan sets out:").
var containing = WordSet("include contain comprise cover set_out lay_out provide_for list be feature")

// termNouns name the parts of a commitment ("the terms of the deal").
var termNouns = WordSet("term condition provision point measure step element detail highlight clause feature part change")

// placeholders stand for the list that follows.
var placeholders = WordSet("following these this")

// maxToReach bounds how far before a closing "to" its verb stands
// ("commits both sides to:").
const maxToReach = 5

// maxIntroWords bounds an introducer: a longer sentence ending in a colon
// is prose that quotes or lists something else.
const maxIntroWords = 30
