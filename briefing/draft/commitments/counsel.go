package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// counselled returns who a lawyer's quoted words speak for when word sub
// is a lawyer whose client the sentence names: the client, and the lawyer
// when named ("“We will appeal,” said Okoro's lawyer, Ruth Adeyemi":
// Adeyemi and Okoro); nil when sub is no lawyer or the client is unknown.
func (r *actorResolver) counselled(s *syntax.Sentence, si, sub int) []int {
	if sub < 0 || !counsel[lower(s.Words[sub].Lemma)] || s.Words[sub].UPOS != "NOUN" {
		return nil
	}
	client, ok := r.client(s)
	if !ok {
		client, ok = r.ownerPerson(s, si, sub)
	}
	if !ok {
		return nil
	}
	for _, ap := range s.ChildrenWith(sub, "appos") {
		for _, p := range r.in(s.Bytes(phrase(s, ap))) {
			if p != client && personKind(r.d.Parties[p].Kind) {
				return []int{p, client}
			}
		}
	}
	return []int{client}
}

// counselAfter returns the lawyer named after verb of saying k before any
// other verb ("…," said Okoro's lawyer, when the parser lost the
// subject), or -1.
func counselAfter(s *syntax.Sentence, k int) int {
	for j := k + 1; j < len(s.Words); j++ {
		w := s.Words[j]
		if w.UPOS == "VERB" || w.UPOS == "AUX" {
			return -1
		}
		if w.UPOS == "NOUN" && counsel[lower(w.Lemma)] {
			return j
		}
	}
	return -1
}

// ownerPerson returns the person "his" or "her" before word sub stands
// for ("said his solicitor": the man the story is about), or, before
// "client", the one the lawyer acts for: the person the story is most
// about, named before, who is no one saying the sentence's words of their
// client ("Defending, Nadia Farouk said her client had agreed"); never a
// judge or a lawyer.
func (r *actorResolver) ownerPerson(s *syntax.Sentence, si, sub int) (int, bool) {
	for _, k := range s.ChildrenWith(sub, "nmod:poss") {
		if w := lower(s.Words[k].Form); w == "his" || w == "her" {
			pronoun := map[string]string{"his": "he", "her": "she"}[w]
			client := lower(s.Words[sub].Lemma) == "client"
			if client {
				pronoun = "" // "his client": the lawyer's, of either sex
			}
			fits := func(p int) bool { return r.person(pronoun)(p) && !r.officerOfCourt(p) }
			if client {
				if p, ok := r.storyPerson(s.Words[k].Start, r.sayersIn(s), fits); ok {
					return p, true
				}
			}
			if ps := r.salientWhere(si, s.Words[k].Start, fits); len(ps) > 0 {
				return ps[0], true
			}
		}
	}
	return 0, false
}

// storyPerson returns the person fits accepts whom the story is most
// about (parties come ranked) and names before byte a, none of not.
func (r *actorResolver) storyPerson(a int, not []int, fits func(int) bool) (int, bool) {
	for p, party := range r.d.Parties {
		if personKind(party.Kind) && !hasIndex(not, p) && fits(p) && len(party.Mentions) > 0 && party.Mentions[0].Start < a {
			return p, true
		}
	}
	return 0, false
}

// sayersIn returns the parties named as the subjects of sentence s's
// verbs of saying.
func (r *actorResolver) sayersIn(s *syntax.Sentence) []int {
	var ps []int
	for k := range s.Words {
		if !sayingVerb(s, k) {
			continue
		}
		for _, c := range s.ChildrenWith(k, "nsubj") {
			ps = append(ps, r.in(s.Bytes(phrase(s, c)))...)
		}
	}
	return ps
}

// legalTeam resolves "the legal team" or "the defence team" that a lawyer
// says will act to the lawyer and the client ("his solicitor, Priya Anand,
// said the legal team would lodge the appeal": Anand and the man "his"
// stands for).
func (r *actorResolver) legalTeam(s *syntax.Sentence, si int, words []string) []int {
	team := len(words) == 3 && legalTeams[words[1]] && words[2] == "team" ||
		len(words) == 2 && defenceWords[words[1]] // "he added that the defence would apply for bail"
	if !team || words[0] != "the" {
		return nil
	}
	for k := range s.Words {
		if !sayingVerb(s, k) {
			continue
		}
		for _, sub := range s.ChildrenWith(k, "nsubj") {
			if ps := r.counselled(s, si, sub); len(ps) > 0 {
				return ps
			}
		}
	}
	if p, ok := r.speakersClient(s, si); ok { // "Okoro's lawyer, Ruth Ade, … She added that the defence would apply for bail"
		return []int{p}
	}
	return r.speakingCounsel(s, si) // whose lawyer, the text has not said: the lawyer for the side
}

// legalTeams are the words that make a team a client's lawyers.
var legalTeams = WordSet("legal defence defense")

// defenceWords name a defendant's lawyers as a side of a case.
var defenceWords = WordSet("defence defense")

// officerOfCourt reports whether person p's role or title makes them a
// judge, a prosecutor or a lawyer, who is no lawyer's client.
func (r *actorResolver) officerOfCourt(p int) bool {
	for _, w := range append(strings.Fields(strings.ToLower(r.d.Parties[p].Role)), r.titleWords(p)...) {
		if counsel[w] || courtOfficers[w] {
			return true
		}
	}
	return false
}

// courtOfficers are the offices of a court besides a lawyer's.
var courtOfficers = WordSet("judge justice magistrate prosecutor recorder coroner")

// speakersClient returns the client of the lawyer who says sentence s's
// words, named in the office set beside the lawyer's name: "Packard's
// lawyer, Michael Trent, said … He said his client would not accept a
// plea offer" is Packard's refusal, not that of another defendant.
func (r *actorResolver) speakersClient(s *syntax.Sentence, si int) (int, bool) {
	for _, l := range r.speakingCounsel(s, si) {
		if q, ok := r.officeParty(l, anyPartyKind); ok {
			return q, true
		}
	}
	return 0, false
}

// speakingCounsel returns the lawyers who say sentence s's words.
func (r *actorResolver) speakingCounsel(s *syntax.Sentence, si int) []int {
	var out []int
	for k := range s.Words {
		if !sayingVerb(s, k) {
			continue
		}
		for _, sub := range s.ChildrenWith(k, "nsubj") {
			var ps []int
			if p := lower(s.Words[sub].Form); p == "he" || p == "she" {
				ps = r.salientPerson(si, s.Words[sub].Start, p)
			} else {
				ps = r.in(s.Bytes(phrase(s, sub)))
			}
			for _, l := range ps {
				if personKind(r.d.Parties[l].Kind) && r.isCounsel(l) {
					out = appendPartyIdx(out, l)
				}
			}
		}
	}
	return out
}

// isCounsel reports whether person p's role makes them a lawyer.
func (r *actorResolver) isCounsel(p int) bool {
	for _, w := range strings.Fields(strings.ToLower(r.d.Parties[p].Role)) {
		if counsel[w] {
			return true
		}
	}
	return false
}
