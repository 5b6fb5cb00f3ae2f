package commitments

import (
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// affiliation returns the party of an accepted kind that the person "his"
// or "her" refers to in sentence si belongs to ("his country", "her
// government").
func (r *actorResolver) affiliation(si, a int, ok func(string) bool) (int, bool) {
	for _, p := range r.salient(si, a, personKind) {
		if k, found := r.personParty(p, ok); found {
			return k, true
		}
	}
	return 0, false
}

// ownState returns the party of an accepted kind that the person "his"
// or "her" at byte a of sentence si stands for belongs to (see
// affiliation); for a state, a place or a body named as the person's own
// will do when no state is ("Vaiora's President Teuila Mase said her
// country would not sign": Vaiora, drafted as a place or a body, not the
// state named last).
func (r *actorResolver) ownState(si, a int, ok func(string) bool) (int, bool) {
	if p, found := r.affiliation(si, a, ok); found {
		return p, true
	}
	if !ok(briefing.KindCountry) {
		return 0, false
	}
	if p, found := r.affiliation(si, a, placeKind); found {
		return p, true
	}
	return r.affiliation(si, a, orgKind)
}

// personParty returns the party of an accepted kind that person p
// belongs to: the one named in the office they are set beside (see
// officeParty), else the affiliation drafted for them, else a party named right
// before one of their mentions ("Venezuelan president Hugo Chavez", "US
// President George W Bush").
func (r *actorResolver) personParty(p int, ok func(string) bool) (int, bool) {
	if q, found := r.officeParty(p, ok); found {
		return q, true
	}
	if q, found := r.bodyAfterOffice(p); found && ok(r.d.Parties[q].Kind) {
		return q, true
	}
	if q, found := r.roleOwner(p); found && q != p && ok(r.d.Parties[q].Kind) {
		return q, true
	}
	name := r.d.Parties[p].Affiliation
	if k, found := r.d.PartyNames[gazetteer.Fold(name)]; found && name != "" && k < len(r.d.Parties) && ok(r.d.Parties[k].Kind) {
		return k, true
	}
	for _, m := range r.d.Parties[p].Mentions {
		k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= m.Start })
		if k == 0 {
			continue
		}
		prev := r.mentions[k-1]
		if q := prev.party; q != p && ok(r.d.Parties[q].Kind) && m.Start-prev.end <= titleGap &&
			!strings.ContainsAny(r.d.Text[prev.end:m.Start], ",;.()?!:\n") { // no body names a person across a line or a question
			return q, true
		}
	}
	return 0, false
}

// officeParty returns the party of an accepted kind that owns or names
// the office one of person p's mentions is introduced by (see
// introducingOffices): the owner first ("its UK managing director, Tom
// Reddy" is the firm's, not the UK's; "Mexico's economy minister, Rodrigo
// Salcedo"; "the party's co-chair, Hanna Berg"), else a party that
// qualifies the office ("Graham Tully, Northline chief executive").
func (r *actorResolver) officeParty(p int, ok func(string) bool) (int, bool) {
	for _, n := range r.namesOf(p) {
		s, si := n.s, n.si
		for _, o := range introducingOffices(s, n.head) {
			if q, found := r.officeOwnerIn(s, si, o); found && q != p && ok(r.d.Parties[q].Kind) {
				return q, true
			}
			f, _ := phrase(s, o)
			a, b := s.Bytes(f, o)
			for _, q := range append(r.in(a, b), r.statesNamedBy(a, b)...) { // the office's qualifiers, not "an adviser to the World Bank"
				if q != p && ok(r.d.Parties[q].Kind) {
					return q, true
				}
			}
		}
	}
	return 0, false
}

// bodyAfterOffice returns the organisation named right after person p's
// office when the two follow the name set off by a comma, as a hearing's
// record or a press release introduces a witness or a contact ("Anders
// Holm, Chief Executive, Kerrow Valley Rail Ltd.", "Hiroshi Tanabe,
// Representative Director and President of Kosei"), whatever the parser
// made of the commas and the offices.
func (r *actorResolver) bodyAfterOffice(p int) (int, bool) {
	role := r.d.Parties[p].Role
	if role == "" {
		return 0, false
	}
	for _, m := range r.d.Parties[p].Mentions {
		rest, ok := strings.CutPrefix(r.d.Text[m.End:], ", "+role)
		if !ok {
			continue
		}
		after, found := "", false
		for _, joint := range []string{", ", " of ", " at "} {
			if strings.HasPrefix(rest, joint) {
				after, found = ", "+role+joint, true
			}
		}
		if !found {
			continue
		}
		at := m.End + len(after)
		for k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= at }); k < len(r.mentions) && r.mentions[k].start == at; k++ {
			if q := r.mentions[k].party; r.d.Parties[q].Kind == briefing.KindOrganisation {
				return q, true
			}
		}
	}
	return 0, false
}

// roleOwner returns the party that person p's role names after "of",
// "at" or "for" as the body of the office ("chief executive of Halvorsen
// Shipping").
func (r *actorResolver) roleOwner(p int) (int, bool) {
	role := r.d.Parties[p].Role
	for _, joint := range []string{" of ", " at ", " for "} {
		k := strings.LastIndex(role, joint)
		if k < 0 {
			continue
		}
		name := gazetteer.Fold(strings.TrimPrefix(role[k+len(joint):], "the "))
		for q, party := range r.d.Parties {
			if gazetteer.Fold(party.Name) == name {
				return q, true
			}
		}
	}
	return 0, false
}

// titleHeaded reports whether word k, the first of a name that starts at
// byte start, hangs on the word before it as the parse hangs a name on its
// title ("Cllr | Diane Foley"), the title left out of the name.
// nameInSentence is a mention of a party in a parsed sentence: the
// sentence, its index and the word that heads the name.
type nameInSentence struct {
	s        *syntax.Sentence
	si, head int
}

// namesOf returns the mentions of party p in the parsed sentences.
func (r *actorResolver) namesOf(p int) []nameInSentence {
	var out []nameInSentence
	for _, m := range r.d.Parties[p].Mentions {
		si := r.sentenceIndex(m.Start)
		s := r.sentence(si)
		if s == nil {
			continue
		}
		if k := wordAt(s, m.Start); k >= 0 {
			out = append(out, nameInSentence{s, si, nameWordHead(s, k, m.Start, m.End)})
		}
	}
	return out
}

// nameWordHead returns the head of the name in [start, end) of which word k
// is part ("Rodrigo | Salcedo"), or the title the parser hung it on
// ("Cllr | Nia Roberts").
func nameWordHead(s *syntax.Sentence, k, start, end int) int {
	for h := s.Words[k].Head; h >= 0 && (s.Words[h].Start >= start && s.Words[h].End <= end || h == k-1 && titleHeaded(s, k, start)); h = s.Words[k].Head {
		k = h
	}
	return k
}

func titleHeaded(s *syntax.Sentence, k, start int) bool {
	return k > 0 && s.Words[k].Start == start && text.RelIs(s.Words[k].Rel, "flat") && s.Words[k].Head == k-1
}

// introducingOffices returns the heads of the phrases set beside name k
// of sentence s that say what the person is: its appositions, the phrase
// it stands in apposition to, and a noun phrase that ends in a comma
// right before the name and shares its place in the clause, where the
// parser gave the verb two subjects ("Wessex County Council's cabinet
// member for highways, Cllr Diane Foley, said"), or modifies the name
// ("Its chief executive, Owen Pryce": "executive" read as an adjective).
func introducingOffices(s *syntax.Sentence, k int) []int {
	offices := s.ChildrenWith(k, "appos")
	if w := s.Words[k]; w.Head >= 0 && text.RelIs(w.Rel, "appos") {
		offices = append(offices, w.Head)
	}
	first := k
	for first > 0 && s.Words[first-1].Head == k && text.RelIs(s.Words[first-1].Rel, "flat", "compound") {
		first-- // "Cllr Diane | Foley"
	}
	if first < 2 || s.Words[first-1].Form != "," {
		return offices
	}
	o := first - 2
	for h := s.Words[o].Head; h >= 0 && h < o && text.RelIs(s.Words[o].Rel, "nmod", "compound", "flat", "amod"); h = s.Words[o].Head {
		o = h // "member for | highways": up to the head of the phrase
	}
	w := s.Words[o]
	switch {
	case w.Head == k && (w.UPOS == "NOUN" || w.UPOS == "ADJ"): // "Its chief executive, | Owen Pryce": the office hung on the name
		offices = append(offices, o)
	case w.UPOS == "NOUN" && w.Head == s.Words[k].Head && w.Head >= 0 && !timeWord(w) &&
		!text.RelIs(w.Rel, "obl", "advcl", "nmod", "obj", "iobj"): // not "On Tuesday, Tom Reddy said"
		offices = append(offices, o)
	}
	return offices
}

// officeOwnerIn returns the body that owns office o of sentence si: the
// institution "its" or "their" stands for ("its chairwoman"), the party
// a possessive names ("Wessex County Council's cabinet member"), or the
// body a definite noun owning it stands for ("the union's general
// secretary": the last body named before whose name says it is one, or
// the last organisation for a company).
func (r *actorResolver) officeOwnerIn(s *syntax.Sentence, si, o int) (int, bool) {
	for _, k := range s.ChildrenWith(o, "nmod:poss") {
		w := s.Words[k]
		if f := lower(w.Form); f == "its" || f == "their" {
			fits := r.institution
			if f == "their" {
				fits = r.collectiveOwner // "Opposition councillors said … Their leader": the councillors', no body named before
			}
			fits = r.unquotedBefore(s, fits, w.Start)
			if ps := r.salientWhere(si, w.Start, fits); len(ps) > 0 {
				return ps[0], true
			}
			continue
		}
		if ps := r.in(s.Bytes(phrase(s, k))); len(ps) > 0 {
			return ps[0], true
		}
		if w.UPOS != "NOUN" || !hasChildLemma(s, k, WordSet("the"), "det") {
			continue
		}
		noun := lower(w.Lemma)
		var ps []int
		switch {
		case namedBodies[noun] != nil:
			ps = r.body(noun, w.Start)
		case singleNouns[noun] != nil && singleNouns[noun](briefing.KindOrganisation):
			if ps = r.subjectOfKind(w.Start, noun); len(ps) == 0 { // "The firm's managing director": the firm the text tells of, not a regulator named since
				ps = r.recent(w.Start, singleNouns[noun], 1)
			}
		default: // "the association's president": the Association of Air Traffic Officers
			ps = r.inFocus(w.Start, func(p int) bool {
				return orgKind(r.d.Parties[p].Kind) && nameHolds(r.d.Parties[p].Name, noun)
			})
		}
		if len(ps) == 1 {
			return ps[0], true
		}
	}
	return 0, false
}

// unquotedBefore narrows fits to the parties not named in sentence s only
// inside a quotation that closes before byte at: "“We will take this to
// the High Court,” said its chair" is the chair of the speaker's body.
func (r *actorResolver) unquotedBefore(s *syntax.Sentence, fits func(p int) bool, at int) func(p int) bool {
	return func(p int) bool {
		if !fits(p) {
			return false
		}
		quoted := false
		for _, m := range r.d.Parties[p].Mentions {
			if m.Start >= s.Start && m.End <= at {
				if !text.QuotedBefore(r.d.Text, s.Start, m.Start, m.End, at) {
					return true
				}
				quoted = true
			}
		}
		return !quoted
	}
}

// collectiveOwner reports whether party p may own what "their" names: an
// organisation, a state or a group of people.
func (r *actorResolver) collectiveOwner(p int) bool {
	return r.institution(p) || r.d.Parties[p].Kind == briefing.KindGroup
}

// titleGap bounds the words between a country and the name it qualifies
// ("US President George W Bush").
const titleGap = 30

// sayerState returns the state of the one who says sentence si's words
// (see sayerParty).
func (r *actorResolver) sayerState(s *syntax.Sentence, si int) (int, bool) {
	return r.sayerParty(s, si, countryKind)
}

// sayerParty returns the party of an accepted kind that the one who says
// sentence s's words belongs to: the subject of its verb of saying, when
// it is a person whose state or body is known or an office a party's name
// qualifies ("Ethiopia's defence minister said", "Northline's chief
// executive, Graham Tully, said").
func (r *actorResolver) sayerParty(s *syntax.Sentence, si int, ok func(string) bool) (int, bool) {
	for k, w := range s.Words {
		if !text.ReportVerbs[w.Lemma] || w.UPOS != "VERB" {
			continue
		}
		for _, sub := range s.ChildrenWith(k, "nsubj") {
			if c, found := r.subjectBody(s, si, sub, ok); found {
				return c, true
			}
		}
	}
	return 0, false
}

// subjectBody returns the party of an accepted kind of the speaker whose
// phrase is headed by word sub of sentence si: that of a person in it,
// in apposition to it or whom its "he" or "she" stands for, else one
// named in it ("Ethiopia's defence minister").
func (r *actorResolver) subjectBody(s *syntax.Sentence, si, sub int, ok func(string) bool) (int, bool) {
	body, found := 0, false
	for _, h := range append([]int{sub}, s.ChildrenWith(sub, "appos")...) {
		f, l := phrase(s, h)
		ps := r.in(s.Bytes(f, l))
		if p := lower(s.Words[h].Form); p == "he" || p == "she" { // "He said the government would": the one he is
			ps = nil
			for _, q := range r.salientPerson(si, s.Words[h].Start, p) {
				if personKind(r.d.Parties[q].Kind) {
					ps = append(ps, q)
				}
			}
		}
		for _, p := range ps {
			switch kind := r.d.Parties[p].Kind; {
			case personKind(kind):
				if c, known := r.personParty(p, ok); known {
					return c, true
				}
				if c, known := r.ledBody(p, s.Words[sub].Start); known && ok(r.d.Parties[c].Kind) { // "party leader Anton Ferrec … Ferrec said the party"
					return c, true
				}
			case ok(kind) && !found:
				body, found = p, true
			}
		}
	}
	return body, found
}

// ministerSaying returns the person who says sentence s's words when
// their role is an office of government ("The transport secretary, Rhys
// Kendrick, said"): in a text that names no state, the one who speaks for
// the government.
func (r *actorResolver) ministerSaying(s *syntax.Sentence, si int) (int, bool) {
	for k, w := range s.Words {
		if !sayingVerb(s, k) || w.UPOS != "VERB" {
			continue
		}
		v := k
		if firstChild(s, v, "nsubj") < 0 && text.RelIs(w.Rel, "conj") {
			v = w.Head // "welcomed the agreement but said": the subject of both
		}
		for _, sub := range s.ChildrenWith(v, "nsubj") {
			for _, h := range append([]int{sub}, s.ChildrenWith(sub, "appos")...) {
				ps := r.in(s.Bytes(phrase(s, h)))
				if p := lower(s.Words[h].Form); p == "he" || p == "she" { // "Minister Thandi Mokoena … She said the government would not"
					ps = r.salientPerson(si, s.Words[h].Start, p)
				}
				for _, p := range ps {
					if personKind(r.d.Parties[p].Kind) && governmentOffice(r.d.Parties[p].Role) {
						return p, true
					}
				}
			}
		}
	}
	return 0, false
}

// governmentOffice reports whether a role is a present office in a
// government ("transport secretary", "finance minister").
func governmentOffice(role string) bool {
	words := strings.Fields(strings.ToLower(role))
	for _, w := range words {
		if w == "former" || w == "shadow" || strings.HasPrefix(w, "ex-") {
			return false
		}
	}
	for _, w := range words {
		if w == "minister" || w == "chancellor" {
			return true
		}
	}
	n := len(words) // "transport secretary", not "general secretary" or "secretary"
	return n > 1 && words[n-1] == "secretary" && words[0] != "general"
}

// stateOrgans are the bodies through which a state acts: "the army would
// not pull back, the defence minister said" is the state speaking of what
// it will do.
var stateOrgans = WordSet(organWords + " consulate")

// organWords are the organs that both a state's and an owner's bodies
// name (see stateOrgans and ownedBodies).
const organWords = "army military navy embassy ministry government cabinet administration"

// organState returns the state a state organ with no name of its own at
// byte a of sentence si stands for: the state of the one who reports its
// act, else the state the story is about.
func (r *actorResolver) organState(s *syntax.Sentence, si, a int) []int {
	if p, ok := r.sayerState(s, si); ok {
		return []int{p}
	}
	return r.storyState(a)
}

// storyState returns the state "the government" or "the country" stands
// for: the state whose government the text names (see namedGovernment),
// else the leading state of the story, or the state of its leading
// person, among its first parties; else the state named last before
// byte a.
func (r *actorResolver) storyState(a int) []int {
	if q, ok := r.namedGovernment(); ok {
		return []int{q}
	}
	for p := 0; p < len(r.d.Parties) && p < leadingParties; p++ {
		switch r.d.Parties[p].Kind {
		case briefing.KindCountry:
			if r.setting(p) {
				continue
			}
			return []int{p}
		case briefing.KindPerson:
			if k, ok := r.personParty(p, countryKind); ok {
				return []int{k}
			}
		}
	}
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for k--; k >= 0; k-- {
		if p := r.mentions[k].party; r.d.Parties[p].Kind == briefing.KindCountry && !r.setting(p) {
			return []int{p}
		}
	}
	if ps := r.recentWhere(a, func(p int) bool { return countryKind(r.d.Parties[p].Kind) && !r.originOnly(p) }, 1); len(ps) > 0 {
		return ps
	}
	return r.calledGovernment(a) // "the Tamarind government" when Tamarind was not drafted as a state
}

// setting reports whether every mention of party p follows a preposition
// of place ("the wars in Iraq") or says where a firm comes from ("the US
// fund Elliott Management"): the story happens there, or its firm is from
// there, but no government of it acts.
func (r *actorResolver) setting(p int) bool {
	for _, m := range r.d.Parties[p].Mentions {
		if m.Start < 0 || m.End > len(r.d.Text) || !r.placed(m.Start) && !r.firmOrigin(m) {
			return false
		}
	}
	return true
}

// originOnly reports whether every mention of party p says where a firm
// comes from (see firmOrigin).
func (r *actorResolver) originOnly(p int) bool {
	for _, m := range r.d.Parties[p].Mentions {
		if m.Start < 0 || m.End > len(r.d.Text) || !r.firmOrigin(m) {
			return false
		}
	}
	return true
}

// originHeads are the nouns of a firm or an investor that a state's name
// before them says the origin of.
var originHeads = WordSet("fund investor investors firm company bank group conglomerate " + businessTrades)

// phraseBreaks are the words that end the noun phrase a state's name
// opens.
var phraseBreaks = WordSet("and or of to in on for with has have had is are was were will would said")

// firmOrigin reports whether mention m opens a noun phrase that names a
// firm or an investor ("the US fund", "a Canadian pension fund"), or says
// where a firm's site lies (see facilitySite).
func (r *actorResolver) firmOrigin(m briefing.Span) bool {
	if r.facilitySite(m) {
		return true
	}
	before := strings.Fields(strings.ToLower(r.d.Text[max(0, m.Start-8):m.Start]))
	if len(before) == 0 || !articles[before[len(before)-1]] {
		return false
	}
	after := strings.Fields(strings.ToLower(r.d.Text[m.End:min(len(r.d.Text), m.End+40)]))
	for k := 0; k < len(after) && k < 3; k++ {
		w := strings.Trim(after[k], ",.;:")
		if originHeads[w] {
			return true
		}
		if w != after[k] || articles[w] || phraseBreaks[w] {
			return false // "the UK, the company said", "the UK and the company"
		}
	}
	return false
}

// facilities are the sites a firm has in a place.
var facilities = WordSet("factory factories plant plants site sites mine mines office offices warehouse warehouses " +
	"subsidiary subsidiaries headquarters refinery smelter mill depot hub")

// facilitySite reports whether mention m says where a site lies, after
// "in" or "at" and an optional town ("its factory in Zaragoza, Spain",
// "a plant in Mexico"): the state hosts the firm's site, its government
// does not act in the story.
func (r *actorResolver) facilitySite(m briefing.Span) bool {
	f := strings.Fields(strings.ToLower(r.d.Text[max(0, m.Start-48):m.Start]))
	for n := 1; n <= 3 && n < len(f); n++ {
		if w := f[len(f)-n]; w == "in" || w == "at" {
			return facilities[f[len(f)-n-1]]
		}
	}
	return false
}

// placed reports whether the name at byte a follows a preposition of
// place, directly or as the last of a list ("in Iraq and Afghanistan").
func (r *actorResolver) placed(a int) bool {
	for {
		before := r.d.Text[max(0, a-16):a]
		if locative(before) || locative(r.articled(before, a)) {
			return true
		}
		link := strings.TrimRight(before, " ")
		if !strings.HasSuffix(link, " and") && !strings.HasSuffix(link, ",") {
			return false
		}
		k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a }) - 1
		if k < 0 || a-r.mentions[k].end > len(" and ") {
			return false
		}
		a = r.mentions[k].start
	}
}

// articled returns the text before the article that opens the name at
// byte a when the name ends its noun phrase ("seats in the Scottish
// Parliament", not "rose in the US budget"), else "".
func (r *actorResolver) articled(before string, a int) string {
	rest, ok := strings.CutSuffix(before, " ")
	if rest, ok = strings.CutSuffix(rest, "the"); !ok {
		return ""
	}
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	if k == len(r.mentions) || r.mentions[k].start != a {
		return ""
	}
	after := strings.Fields(r.d.Text[r.mentions[k].end:min(len(r.d.Text), r.mentions[k].end+20)])
	if len(after) > 0 && after[0] != "" && after[0][0] >= 'a' && after[0][0] <= 'z' && !Prepositions[after[0]] &&
		after[0] != "and" && after[0] != "or" && !r.verbAfter(r.mentions[k].end) {
		return "" // the name modifies a noun
	}
	return rest
}

// verbAfter reports whether the word after byte end is a verb the parse
// gives a clause of its own ("people in the UK using its hotspots"), not a
// noun the name before it modifies.
func (r *actorResolver) verbAfter(end int) bool {
	s := r.sentence(r.sentenceIndex(end))
	if s == nil {
		return false
	}
	for _, w := range s.Words {
		if w.Start >= end {
			return w.UPOS == "VERB" && w.XPOS == "VBG" && text.RelIs(w.Rel, "acl", "advcl")
		}
	}
	return false
}

// leadingParties is how many of the most salient parties can be the
// story's own state.
const leadingParties = 2

// governing nouns head a subject that is a state acting through its
// government ("Indonesia's government", "President Yudhoyono's
// administration", "the French authorities").
var governing = WordSet("government administration regime cabinet authorities")

// governed returns the state a governing subject at byte offset a names:
// the country among ps, else the country of the leader among them (his
// affiliation, or the country named last before), else ps itself.
func (r *actorResolver) governed(ps []int, a int) []int {
	for _, p := range ps {
		if r.d.Parties[p].Kind == briefing.KindCountry {
			return []int{p}
		}
	}
	for _, p := range ps {
		if r.d.Parties[p].Kind != briefing.KindPerson {
			continue
		}
		if k, ok := r.d.PartyNames[gazetteer.Fold(r.d.Parties[p].Affiliation)]; ok && k < len(r.d.Parties) &&
			r.d.Parties[k].Kind == briefing.KindCountry {
			return []int{k}
		}
		if c := r.recent(a, countryKind, 1); len(c) > 0 {
			return c
		}
	}
	return ps
}

// governedAnd returns the state a governing subject names (see governed)
// and the organisations coordinated with the state's name inside it,
// which the parser hung under "of": "The government of Kavran and the
// Delmar Liberation Army signed" is both sides.
func (r *actorResolver) governedAnd(ps []int, a int) []int {
	out := r.governed(ps, a)
	if len(out) != 1 || !countryKind(r.d.Parties[out[0]].Kind) {
		return out
	}
	for _, p := range ps {
		if orgKind(r.d.Parties[p].Kind) {
			out = appendPartyIdx(out, p)
		}
	}
	return out
}

// regionGoverned returns the region that a governing noun h governs by
// "of" or as its owner ("the regional government of Castile and León",
// "Alberta's government"): a place drafted as no party of its own, which
// acts through its government.
func (r *actorResolver) regionGoverned(s *syntax.Sentence, h int) (int, bool) {
	if !governing[lower(s.Words[h].Lemma)] || s.Words[h].UPOS != "NOUN" {
		return 0, false
	}
	for _, k := range s.ChildrenWith(h, "nmod") {
		if s.Words[k].Rel != "nmod:poss" && !s.HasCase(k, "of") {
			continue
		}
		a, b := s.Bytes(s.Subtree(k)) // the whole name, "and" inside it
		for _, m := range r.picked(a, b) {
			if r.d.Parties[m.party].Kind == briefing.KindPlace {
				return m.party, true
			}
		}
	}
	return 0, false
}

// locative reports whether the text before a name ends in a preposition of
// place ("a meeting in Geneva"): the name is where, not who.
func locative(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	return placePrepositions[strings.ToLower(f[len(f)-1])]
}
