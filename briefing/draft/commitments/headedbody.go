package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// servedBodies are the bodies a person heads or sits on and speaks for:
// "his committee would hold hearings", "her office would investigate".
var servedBodies = WordSet("group committee office party team campaign board department ministry council " +
	"union caucus faction commission panel agency")

// headedBody resolves a subject "his" or "her" and a noun for a body
// (word h) that the person the pronoun stands for is described as
// heading or serving — "Senator Jean Marc, who chairs the Senate
// committee on housing, said his committee would", "The leader of the
// council's opposition group, Cllr Gwen Pryce, said her group would" —
// to the organisation of that kind the description names, else to the
// person, who speaks for a body the text gives no name of its own.
// False when the person is not so described.
func (r *actorResolver) headedBody(s *syntax.Sentence, si, h int) ([]int, bool) {
	w := s.Words[h]
	noun := lower(w.Lemma)
	if w.UPOS != "NOUN" || w.XPOS != "NN" || !servedBodies[noun] {
		return nil, false
	}
	k := firstChild(s, h, "nmod:poss")
	if k < 0 {
		return nil, false
	}
	pron := lower(s.Words[k].Form)
	if pron != "his" && pron != "her" || len(s.Children(h)) > 1 {
		return nil, false // "his former party": not simply the body he heads
	}
	for _, p := range r.salientPerson(si, s.Words[k].Start, possessiveSubject[pron]) {
		if !personKind(r.d.Parties[p].Kind) {
			continue
		}
		if q, ok := r.describedHeading(p, noun); ok {
			if q >= 0 {
				return []int{q}, true
			}
			return []int{p}, true
		}
	}
	return nil, false
}

// describedHeading reports whether the text describes person p by a
// body of the kind noun names — in the person's role ("leader of the
// council's opposition group"), in a relative clause after a mention
// ("who chairs the Senate committee") or in the phrase the name is in
// apposition to — and returns the organisation of that kind the
// description names ("who chairs the Housing Committee"), or -1.
func (r *actorResolver) describedHeading(p int, noun string) (int, bool) {
	found := strings.Contains(" "+strings.ToLower(r.d.Parties[p].Role)+" ", " "+noun+" ")
	body := -1
	for _, n := range r.namesOf(p) {
		s, k := n.s, n.head
		for _, c := range append(s.ChildrenWith(k, "acl:relcl"), introducingOffices(s, k)...) {
			f, l := s.Subtree(c)
			if c < k {
				l = k - 1
			}
			at := -1
			for x := f; x <= l; x++ {
				if lower(s.Words[x].Lemma) == noun && s.Words[x].UPOS == "NOUN" {
					at = x
					break
				}
			}
			if at < 0 {
				continue
			}
			found = true
			a, b := s.Bytes(phrase(s, at))
			for _, q := range r.in(a, b) {
				if q != p && r.d.Parties[q].Kind == briefing.KindOrganisation && (nameHolds(r.d.Parties[q].Name, noun) || noun == "party" && r.calledA(q, noun)) { // not the Senate of "the Senate committee"; "the Democratic Renewal party"
					body = q
				}
			}
		}
	}
	if found && body < 0 {
		for q, party := range r.d.Parties {
			if orgKind(party.Kind) && nameHolds(party.Name, noun) && endsWithWord(r.d.Parties[p].Role, party.Name) {
				body = q // "leader of the opposition National Renewal Party": the party the role names
				break
			}
		}
	}
	return body, found
}

// endsWithWord reports whether s ends with name as whole words.
func endsWithWord(s, name string) bool {
	rest, ok := strings.CutSuffix(s, name)
	return ok && name != "" && (rest == "" || strings.HasSuffix(rest, " "))
}
