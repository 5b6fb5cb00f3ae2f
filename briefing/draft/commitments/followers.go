package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// followers are the people a leader commands or speaks for: "his fighters
// would respect the truce" is the leader's movement committing.
var followers = WordSet("fighter troop force soldier man militiaman supporter follower member officer")

// leaders are the descriptions of a person who leads a body, when the
// text gives no name: "the rebel commander said".
var leaders = WordSet("commander leader chief head chairman chairwoman")

// counsel are the people who speak for a client.
var counsel = WordSet("lawyer attorney solicitor barrister counsel advocate")

// ownedPerson returns the owner pronoun ("his", "her", "their") of a noun
// h for people who act for someone else — a leader's followers ("his
// fighters") or a lawyer's client ("his client", and "my client" in the
// lawyer's own words) — or -1.
func ownedPerson(s *syntax.Sentence, h int) int {
	w := s.Words[h]
	if w.UPOS != "NOUN" || !followers[lower(w.Lemma)] && lower(w.Lemma) != "client" {
		return -1
	}
	for _, k := range s.ChildrenWith(h, "nmod:poss") {
		switch lower(s.Words[k].Form) {
		case "his", "her", "their":
			return k
		case "my", "our": // "My client will cooperate," the lawyer said
			if lower(w.Lemma) == "client" {
				return k
			}
		}
	}
	return -1
}

// ownedPeople resolves a subject that is a leader's followers or a
// lawyer's client: the followers act as the body their leader leads, the
// client is the one the lawyers speak for.
func (r *actorResolver) ownedPeople(s *syntax.Sentence, si, h int) ([]int, bool) {
	k := ownedPerson(s, h)
	if k < 0 {
		return nil, false
	}
	if lower(s.Words[h].Lemma) == "client" {
		if p, ok := r.client(s); ok {
			return []int{p}, true
		}
		if p, ok := r.speakersClient(s, si); ok { // "Packard's lawyer, Michael Trent, … He said his client would not"
			return []int{p}, true
		}
		if p, ok := r.ownerPerson(s, si, h); ok { // "Defense attorney Michael Santos said his client would appeal": the one on trial
			return []int{p}, true
		}
		return nil, false
	}
	return r.ledBy(s, si, k), true
}

// client returns the person the lawyers in sentence s act for: "Price's
// lawyer", "lawyers for Mr Price".
func (r *actorResolver) client(s *syntax.Sentence) (int, bool) {
	for k, w := range s.Words {
		if !counsel[lower(w.Lemma)] || w.UPOS != "NOUN" {
			continue
		}
		for _, c := range s.Children(k) {
			if !text.RelIs(s.Words[c].Rel, "nmod") || c > k && !hasChildLemma(s, c, WordSet("for of"), "case") {
				continue
			}
			f, l := phrase(s, c)
			for _, p := range r.in(s.Bytes(f, l)) {
				if personKind(r.d.Parties[p].Kind) {
					return p, true
				}
			}
			if p, ok := r.surnamed(s.Words[c].Form); ok { // "Price's lawyer": a surname the parties did not link
				return p, true
			}
		}
		if p, ok := r.personAfter(s, k); ok {
			return p, true
		}
	}
	return 0, false
}

// personAfter returns the person named within a few words after "for" or
// "of" that follows word k, when the parser tore the phrase apart
// ("Lawyers for | Mr Price said").
func (r *actorResolver) personAfter(s *syntax.Sentence, k int) (int, bool) {
	if k+2 >= len(s.Words) || !WordSet("for of")[lower(s.Words[k+1].Form)] {
		return 0, false
	}
	for _, m := range r.picked(s.Words[k+2].Start, s.End) {
		if m.start-s.Words[k+1].End > len(" Mr ") {
			break
		}
		if personKind(r.d.Parties[m.party].Kind) {
			return m.party, true
		}
	}
	return 0, false
}

// ledBy returns the body whose leader owner pronoun k of sentence si
// stands for: the leader is the one who says the sentence's words, named
// ("Ali Dirir said his fighters") or described ("the rebel commander
// said": the organisation named last), else the person the pronoun
// refers to; the body is the leader's organisation or state when it is
// known, else the leader.
func (r *actorResolver) ledBy(s *syntax.Sentence, si, k int) []int {
	a := s.Words[k].Start
	for v := range s.Words {
		if !sayingVerb(s, v) {
			continue
		}
		for _, sub := range s.ChildrenWith(v, "nsubj") {
			f, l := phrase(s, sub)
			for _, p := range r.in(s.Bytes(f, l)) {
				if personKind(r.d.Parties[p].Kind) {
					return r.bodyOf(p)
				}
			}
			if leaders[lower(s.Words[sub].Lemma)] {
				if ps := r.leaderOwner(s, si, sub); len(ps) > 0 {
					return ps // "The army's commander, Gen. Burhan, said his forces would": the army
				}
				reach := r.sentenceStart(a, descriptionReach)
				if ps := r.recent(a, orgKind, 1); len(ps) > 0 && r.mentionedSince(ps[0], reach) {
					return ps
				}
			}
		}
	}
	pronoun := possessiveSubject[lower(s.Words[k].Form)]
	if pronoun == "they" {
		return r.salient(si, a, nonPersonKind)
	}
	for _, p := range r.salientPerson(si, a, pronoun) {
		return r.bodyOf(p)
	}
	return nil
}

// leaderOwner returns the body or state that owns the leader noun sub
// with a possessive or an "of" phrase ("the army's commander", "the
// leader of the group"), or nothing.
func (r *actorResolver) leaderOwner(s *syntax.Sentence, si, sub int) []int {
	for _, o := range s.ChildrenWith(sub, "nmod:poss", "nmod") {
		if o > sub && !hasChildLemma(s, o, WordSet("of"), "case") {
			continue
		}
		if ps, _ := r.resolve(s, si, o); len(ps) > 0 && nonPersonKind(r.d.Parties[ps[0]].Kind) {
			return ps
		}
	}
	return nil
}

// bodyOf returns the organisation or state person p belongs to, else p.
func (r *actorResolver) bodyOf(p int) []int {
	if q, ok := r.personParty(p, func(kind string) bool {
		return kind == briefing.KindOrganisation || kind == briefing.KindCountry
	}); ok {
		return []int{q}
	}
	return []int{p}
}

// mentionedSince reports whether party p is named at or after byte a.
func (r *actorResolver) mentionedSince(p, a int) bool {
	for _, m := range r.d.Parties[p].Mentions {
		if m.Start >= a {
			return true
		}
	}
	return false
}

// surnamed returns the one person whose name ends in a capitalised word.
func (r *actorResolver) surnamed(form string) (int, bool) {
	found, n := 0, 0
	for p, party := range r.d.Parties {
		if f := strings.Fields(party.Name); personKind(party.Kind) && len(f) > 1 && f[len(f)-1] == form && text.FirstRuneUpper(form) {
			found, n = p, n+1
		}
	}
	return found, n == 1
}
