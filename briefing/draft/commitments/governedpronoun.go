package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// governorOf resolves an "it" or "they" h that is the subject of a clause
// another clause governs to the subject of the governing clause, which
// it agrees with: "The Kestrel company said it would close the plant",
// "Her campaign announced that it will launch a website", "Newspapers
// run such headlines because they want to sell copies", "Young boys
// practise a routine that they will perform". A body reports its own
// conduct, so the pronoun is that subject, not a party the sentence
// before named. A governing "it" headed by a word for a body ("campaign",
// "website Vexleaks") and any plural one is the pronoun's referent even
// when it names no party, and then no party is the actor; another
// singular name holds only when it resolves to parties none of which is
// a person ("The minister said it would …" speaks of something else).
func (r *actorResolver) governorOf(s *syntax.Sentence, si, h int) ([]int, bool) {
	sub := governingSubject(s, h)
	if sub < 0 {
		return nil, false
	}
	ps, _ := r.resolve(s, si, sub)
	for _, c := range s.ChildrenWith(sub, "conj") { // "Altamira LNG Partners and Hanseong Energy Corporation announced that they have signed": both
		qs, _ := r.resolve(s, si, c)
		for _, q := range qs {
			ps = appendPartyIdx(ps, q)
		}
	}
	if len(ps) == 0 && actsForOthers(lower(s.Words[sub].Lemma)) {
		return nil, false // "Government lawyers said they would appeal": the body they act for, named before
	}
	if pluralNoun(s.Words[sub]) || bodyHeaded(s, sub) {
		return ps, true
	}
	if len(ps) == 0 {
		return nil, false
	}
	for _, p := range ps {
		if personKind(r.d.Parties[p].Kind) {
			return nil, false
		}
	}
	return ps, true
}

// governingSubject returns the subject of the clause that governs the
// clause whose subject is the "it" or "they" h (a clause it reports, a
// clause of reason or time, or a relative clause on its object; through a
// participle, the clause the participle hangs on), when
// that subject is a name or noun that agrees with the pronoun; else -1.
// An "its" or "their" that owns the clause's subject stands as "it" or
// "they" would.
func governingSubject(s *syntax.Sentence, h int) int {
	form := lower(s.Words[h].Form)
	if n := s.Words[h].Head; (form == "its" || form == "their") && text.RelIs(s.Words[h].Rel, "nmod:poss") && n >= 0 && text.RelIs(s.Words[n].Rel, "nsubj") {
		form, h = possessiveSubject[form], n // "the association said its members would not comply": the subject it owns
	}
	if form != "it" && form != "they" || !text.RelIs(s.Words[h].Rel, "nsubj") {
		return -1
	}
	v := s.Words[h].Head
	if v < 0 || !text.RelIs(s.Words[v].Rel, "ccomp", "advcl", "acl:relcl") && !subordinateParataxis(s, v, h) {
		return -1
	}
	u := s.Words[v].Head
	if u >= 0 && s.Words[v].Rel == "acl:relcl" {
		u = s.Words[u].Head // "a routine that they will perform": the clause the routine is in
	}
	if u < 0 || s.Words[u].UPOS != "VERB" {
		return -1
	}
	for firstChild(s, u, "nsubj") < 0 && s.Words[u].XPOS == "VBG" && text.RelIs(s.Words[u].Rel, "advcl", "xcomp") && s.Words[u].Head >= 0 {
		u = s.Words[u].Head // "The government rejected the idea, saying it would not legislate": the subject of the clause the participle hangs on
	}
	for _, sub := range s.ChildrenWith(u, "nsubj") {
		w := s.Words[sub]
		if sub == h || w.UPOS != "NOUN" && w.UPOS != "PROPN" {
			continue
		}
		if form == "they" && pluralNoun(w) || form == "it" && (w.XPOS == "NN" || w.XPOS == "NNP") {
			return sub
		}
	}
	return -1
}

// subordinateParataxis reports whether verb v, whose subject is h, is a
// clause the parser hung loose on another though a word of time or reason
// opens it (", when it promised to run every route").
func subordinateParataxis(s *syntax.Sentence, v, h int) bool {
	if s.Words[v].Rel != "parataxis" {
		return false
	}
	for _, c := range s.ChildrenWith(v, "advmod", "mark") {
		if c < h && subordinators[lower(s.Words[c].Form)] {
			return true
		}
	}
	return false
}

// subordinators open a clause of time or reason.
var subordinators = WordSet("when while because as after before since")

// actsForOthers reports whether a noun names people who act or speak for
// a body or a client ("lawyers", "officials", "negotiators").
func actsForOthers(lemma string) bool {
	return counsel[lemma] || spokesNouns[lemma] || offices[lemma] || agents[lemma] || staffBodies[lemma+"s"] != nil
}

// pluralNoun reports whether a word is a plural common noun or name.
func pluralNoun(w syntax.Word) bool { return w.XPOS == "NNS" || w.XPOS == "NNPS" }

// bodyHeaded reports whether the subject headed by word k is a body by its
// noun: the head itself ("the campaign", "the company") or, for a name,
// the noun that describes it ("the website Vexleaks").
func bodyHeaded(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	if w.UPOS == "NOUN" {
		return reportingBody(lower(w.Lemma))
	}
	for _, c := range s.ChildrenWith(k, "compound", "appos") {
		if s.Words[c].UPOS == "NOUN" && reportingBody(lower(s.Words[c].Lemma)) {
			return true
		}
	}
	return false
}

// reportingBody reports whether a noun names a body that speaks of
// itself as "it".
func reportingBody(lemma string) bool {
	return bodyWord(lemma) || ledBodies[lemma] || publishers[lemma]
}

// publishers are bodies that publish and announce as themselves.
var publishers = WordSet("website site newspaper paper magazine channel publisher charity foundation")

// governedPronounHead returns, for an "it" or "they" head h whose
// governing subject is its referent even when it names no party (see
// governorOf), that subject's head, whose words then name the actor, or
// the name set beside it ("the website Vexleaks"); else h.
func governedPronounHead(s *syntax.Sentence, h int) int {
	sub := governingSubject(s, h)
	if sub < 0 || actsForOthers(lower(s.Words[sub].Lemma)) || !pluralNoun(s.Words[sub]) && !bodyHeaded(s, sub) {
		return h
	}
	for _, c := range s.ChildrenWith(sub, "appos") {
		if s.Words[c].UPOS == "PROPN" {
			return c
		}
	}
	return sub
}
