package commitments

import "github.com/briefdesk/briefdesk/briefing"

// createVerbs name the setting up of a new body: "agreed to form a joint
// force", "will set up a commission".
var createVerbs = map[string]bool{"form": true, "create": true, "establish": true, "launch": true, "found": true, "set up": true}

// noteCreated records the bodies the actors ps of clause c undertook to
// set up, by the noun that names each ("a joint force", "a review
// panel"), and the body an agreement of several makes of them ("signed a
// coalition agreement"): "the force" or "the coalition" that later acts
// is theirs when no party is it.
func (r *actorResolver) noteCreated(c clause, ps []int) {
	s := c.s
	if len(ps) == 0 || c.first < 0 || c.last >= len(s.Words) {
		return
	}
	for k := c.first; k <= c.last; k++ {
		w := s.Words[k]
		if v := withParticle(s, k); w.UPOS != "VERB" || !createVerbs[v] {
			continue
		}
		for _, o := range s.ChildrenWith(k, "obj") {
			if x := s.Words[o]; x.UPOS == "NOUN" {
				r.noteBody(lower(x.Lemma), ps)
			}
		}
	}
	if len(ps) < 2 {
		return
	}
	for _, o := range s.ChildrenWith(c.pred, "obj") { // "signed a coalition agreement": the coalition is theirs
		if commitNouns[lower(s.Words[o].Lemma)] != briefing.StatusAgreed {
			continue
		}
		for _, m := range s.ChildrenWith(o, "compound") {
			if b := lower(s.Words[m].Lemma); agreedBodies[b] {
				r.noteBody(b, ps)
			}
		}
	}
}

// agreedBodies are the bodies an agreement between several parties makes
// of them: "a coalition agreement" makes "the coalition".
var agreedBodies = WordSet("coalition alliance partnership")

// noteBody records that parties ps set up the body noun names.
func (r *actorResolver) noteBody(noun string, ps []int) {
	if r.created == nil {
		r.created = map[string][]int{}
	}
	r.created[noun] = ps
}

// createdBody returns the parties that set up the body a definite
// description names ("The force is to begin patrols in March" after
// "the three presidents agreed to form a joint force"), when no
// organisation's name holds its noun: a body that is no party acts for
// those who made it. A government formed is the state's (see
// governing). Nil otherwise.
func (r *actorResolver) createdBody(words []string) []int {
	n := len(words)
	if n < 2 || n > 3 || words[0] != "the" {
		return nil
	}
	ps := r.created[words[n-1]]
	if len(ps) == 0 || governing[words[n-1]] {
		return nil
	}
	for _, p := range r.d.Parties {
		if orgKind(p.Kind) && nameHolds(p.Name, words[n-1]) {
			return nil // "the force" when the East African Standby Force is named: the body itself
		}
	}
	return ps
}
