package commitments

import (
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// speaker is the party that says a quoted "we": the subject of a verb of
// saying outside the quotation ("…," said Karim Alami; "…," she said: the
// person she is), else the last person quoted or named before it.
func (r *actorResolver) speaker(s *syntax.Sentence, si, before int) []int {
	for k, w := range s.Words {
		if !sayingVerb(s, k) {
			continue
		}
		for _, sub := range s.ChildrenWith(k, "nsubj") {
			if ps := r.counselled(s, si, sub); len(ps) > 0 { // "…," said Okoro's lawyer, Ruth Adeyemi
				return ps
			}
			for _, ap := range s.ChildrenWith(sub, "appos") { // "its regional secretary, Mike Doyle, said"
				if ps := r.in(s.Bytes(phrase(s, ap))); len(ps) > 0 && personKind(r.d.Parties[ps[0]].Kind) {
					return ps[:1]
				}
			}
			first, last := phrase(s, sub)
			a, b := s.Bytes(first, last)
			if ps := r.in(a, b); len(ps) > 0 {
				return ps[:1]
			}
			if p := lower(s.Words[sub].Form); p == "he" || p == "she" {
				if ps := r.unnamedOfficer(si); len(ps) > 0 {
					return ps // "Iceland's fisheries minister said … “…,” she told reporters": for Iceland
				}
				return r.salientPerson(si, a, p)
			}
			if stateOffices[s.Words[sub].Lemma] { // "…," the interior minister said: for the state
				return r.organState(s, si, a)
			}
			if spokesNouns[s.Words[sub].Lemma] { // "…," a spokesman said: for the body that spoke last
				if p, ok := r.bodyOfSpokesman(s, sub, a); ok { // "a university spokesperson said": the university
					return []int{p}
				}
				if p, ok := r.spokesmanBody(si, a); ok {
					return []int{p}
				}
			}
		}
		if firstChild(s, k, "nsubj") < 0 { // "…," said union leader Edi Lacaita: the parser lost the subject
			if ps := r.counselled(s, si, counselAfter(s, k)); len(ps) > 0 {
				return ps
			}
			for _, m := range r.picked(w.End, s.End) {
				if r.d.Parties[m.party].Kind == briefing.KindPerson {
					return []int{m.party}
				}
			}
			if p, ok := r.attributed(s, k); ok { // "…," its secretary, Mike Doyle, said
				return []int{p}
			}
		}
	}
	if ps := r.previousQuoteSpeaker(s, si); len(ps) > 0 {
		return ps // "“We have heard the criticism,” he said. “Every dollar will be traceable.”": the same he
	}
	if ps := r.blockSpeaker(si); len(ps) > 0 {
		return ps // "The Commissioner said: / “… / “I have agreed to fund …": the commissioner
	}
	if ps := r.introducedSpeaker(s, si); len(ps) > 0 {
		return ps // "She repeated her pledges. “We will hire 60 paramedics.”": she
	}
	if p, ok := r.lastSpeakerWhere(si, before, r.person("")); ok {
		return []int{p}
	}
	return r.recent(before, personKind, 1)
}

// previousQuoteSpeaker returns the speaker of a quotation that sentence si
// goes on from: when it opens with a quotation and holds no verb of
// saying, and the sentence before quotes someone it does not name ("…,”
// he said. “…”, "a spokesperson said: “…. …”"), the one who says that
// one; else nil.
func (r *actorResolver) previousQuoteSpeaker(s *syntax.Sentence, si int) []int {
	if si == 0 || len(s.Words) == 0 || !quotedWord(s, 0) && markDirection(s, 0) != opensQuote && markDirection(s, 0) != togglesQuote {
		return nil
	}
	for k := range s.Words {
		if sayingVerb(s, k) {
			return nil
		}
	}
	prev := r.sentence(si - 1)
	if prev == nil || len(prev.Words) == 0 {
		return nil
	}
	quotes, says := false, false
	for k := range prev.Words {
		quotes = quotes || quotedWord(prev, k)
		for _, sub := range sayers(prev, k) {
			if sayingVerb(prev, k) && prev.Words[sub].UPOS != "PROPN" {
				says = true // "he said:", "a university spokesperson said:"; a sayer named is found as the last one named
			}
		}
	}
	if !quotes || !says {
		return nil
	}
	return r.speaker(prev, si-1, prev.End)
}

// attributed returns the person named between the end of the quotation
// and verb of saying k, when the parser left k without a subject.
func (r *actorResolver) attributed(s *syntax.Sentence, k int) (int, bool) {
	from := s.Start
	for j := k - 1; j >= 0; j-- {
		if quotedWord(s, j) {
			from = s.Words[j].End
			break
		}
	}
	var found []int
	for _, m := range r.picked(from, s.Words[k].Start) {
		if r.d.Parties[m.party].Kind == briefing.KindPerson {
			found = append(found, m.party)
		}
	}
	if len(found) == 0 {
		return 0, false
	}
	return found[len(found)-1], true
}

// placedBefore are the words before a name that place something there:
// the name after them is where, not who.
var placedBefore = WordSet("in at from near nearby into")

// salientPerson returns the person "he" or "she" at byte a of sentence si
// stands for: in the attribution of a quotation the last person quoted
// before ("The cap is fair, Ms Kearney said. … “We will act,” she
// said"), else the salient person; never one whose title says the other
// sex ("Mr", "Ms").
func (r *actorResolver) salientPerson(si, a int, pronoun string) []int {
	if s := r.sentence(si); s != nil && (r.attributes(s, a) || continuesSaying(s, a)) {
		if p, ok := r.lastSpeakerWhere(si, a, r.person(pronoun)); ok {
			return []int{p}
		}
	}
	near := r.surnamesNear(si, a)
	other, found := r.otherSexSpeaker(si, a, pronoun)
	court := pronoun != "" && r.reportedByCourtOfficer(si, a) // "She agreed to repay it, Ms Pike said": the defendant
	inQuote := r.quotedOnly(si, a)
	bound := r.objectsOfPronoun(si, pronoun)
	return r.salientWhere(si, a, func(p int) bool {
		return (r.person(pronoun)(p) || near[p]) && !(found && p == other) && !(court && r.courtOfficer(p)) && !inQuote[p] && !bound[p]
	})
}

// objectsOfPronoun returns the parties sentence si names as the object of
// a verb whose subject is the pronoun ("If he beats Seitkali, he says
// he'll open three gyms"): the one "he" acts on is not "he", nor, most
// likely, the other "he"s of the sentence.
func (r *actorResolver) objectsOfPronoun(si int, pronoun string) map[int]bool {
	s := r.sentence(si)
	if s == nil || pronoun == "" {
		return nil
	}
	out := map[int]bool{}
	for _, w := range s.Words {
		if lower(w.Form) != pronoun || !text.RelIs(w.Rel, "nsubj") || w.Head < 0 {
			continue
		}
		for _, o := range s.ChildrenWith(w.Head, "obj", "iobj") {
			for _, p := range r.in(s.Bytes(phrase(s, o))) {
				out[p] = true
			}
		}
	}
	return out
}

// quotedOnly returns the parties that sentence si, before the pronoun at
// byte a that attributes its quotation, names only inside that quotation
// ("“I called Marcus Trethewey to congratulate him,” she said"): the
// speaker speaks of them, so "she" is none of them.
func (r *actorResolver) quotedOnly(si, a int) map[int]bool {
	s := r.sentence(si)
	if s == nil || si >= len(r.d.Sentences) || !r.attributes(s, a) {
		return nil
	}
	out, plain := map[int]bool{}, map[int]bool{}
	for _, m := range r.picked(r.d.Sentences[si].Start, a) {
		k := wordAt(s, m.start)
		if k >= 0 && quotedWord(s, k) {
			out[m.party] = true
		} else {
			plain[m.party] = true
		}
	}
	for p := range plain {
		delete(out, p)
	}
	return out
}

// otherSexSpeaker returns the person that an attribution of sentence si
// by the pronoun of the other sex stands for ("She had agreed to sell her
// home, he said"): whom "she" reports of is not the "he" who says it, the
// lawyer who spoke last.
func (r *actorResolver) otherSexSpeaker(si, a int, pronoun string) (int, bool) {
	s := r.sentence(si)
	if s == nil || pronoun != "he" && pronoun != "she" {
		return 0, false
	}
	other := map[string]string{"he": "she", "she": "he"}[pronoun]
	for k := range s.Words {
		if !sayingVerb(s, k) {
			continue
		}
		for _, sub := range s.ChildrenWith(k, "nsubj") {
			if w := s.Words[sub]; lower(w.Form) == other && w.Start != a && !quotedWord(s, sub) {
				if p, ok := r.lastSpeakerWhere(si, w.Start, r.person(other)); ok {
					return p, true
				}
				if ps := r.salientWhere(si, w.Start, r.person(other)); len(ps) > 0 { // "Tom Reeve, defending, said": a speaker the parser did not make one
					return ps[0], true
				}
			}
		}
	}
	return 0, false
}

// surnamesNear returns the parties named in sentence si before byte a or
// in the sentence before whose one-word name is unknown to the gazetteer
// and was drafted as an organisation: a surname alone ("Trump said …
// he") can be read as either, and a "he" or "his" close by says which.
func (r *actorResolver) surnamesNear(si, a int) map[int]bool {
	start := a
	if n := max(0, si-1); n < len(r.d.Sentences) {
		start = r.d.Sentences[n].Start
	}
	g := gazetteer.Load()
	out := map[int]bool{}
	for _, m := range r.picked(start, a) {
		name := r.d.Parties[m.party].Name
		before := lastWord(r.d.Text[max(0, m.start-12):m.start])
		if r.d.Parties[m.party].Kind != briefing.KindOrganisation || strings.ContainsAny(name, " -.&") ||
			gazetteer.IsAcronym(name) || g.OrgWords[name] || articles[lastWord(r.d.Text[max(0, m.start-4):m.start])] ||
			placedBefore[before] || strings.HasSuffix(r.d.Text[:m.start], "(") ||
			g.Peoples[name] || strings.HasSuffix(name, "ians") || strings.HasSuffix(name, "eans") {
			continue // "a Treasury source": a surname takes no article; "Victorians" are a people; "grew up in nearby Cheadle", "(Defra)" name no one
		}
		if _, known := g.Lookup(name); !known {
			out[m.party] = true
		}
	}
	return out
}

// person returns a test for the people "he" or "she" can be ("" for
// either).
func (r *actorResolver) person(pronoun string) func(p int) bool {
	return func(p int) bool { return r.d.Parties[p].Kind == briefing.KindPerson && r.agrees(p, pronoun) }
}

// sentence returns the parse of sentence si, or nil.
func (r *actorResolver) sentence(si int) *syntax.Sentence {
	if si < 0 || si >= len(r.d.Parsed) {
		return nil
	}
	return &r.d.Parsed[si]
}

// sentenceIndex returns the index of the sentence holding byte a, or the
// number of sentences when a lies after the last.
func (r *actorResolver) sentenceIndex(a int) int {
	return sort.Search(len(r.d.Sentences), func(n int) bool { return r.d.Sentences[n].End > a })
}

// continuesSaying reports whether the word at byte a is the subject of a
// verb that goes on with what was said before ("He added that the
// defence would apply for bail"): the one who spoke last.
func continuesSaying(s *syntax.Sentence, a int) bool {
	for _, w := range s.Words {
		if w.Start == a && w.Head >= 0 && text.RelIs(w.Rel, "nsubj") && continuingVerbs[lower(s.Words[w.Head].Lemma)] {
			return true
		}
	}
	return false
}

// continuingVerbs go on with what the subject said before.
var continuingVerbs = WordSet("add")

// attributes reports whether the word at byte a is the subject of a verb
// of saying outside quotation marks in a sentence that quotes someone.
func (r *actorResolver) attributes(s *syntax.Sentence, a int) bool {
	quotes := false
	for k := range s.Words {
		quotes = quotes || quotedWord(s, k)
	}
	for k, w := range s.Words {
		if w.Start == a && w.Head >= 0 && sayingVerb(s, w.Head) && !quotedWord(s, k) {
			return quotes
		}
	}
	return false
}

// speakerReach is how many sentences back the last one quoted can still
// be the one a "she said" or "a spokesman said" refers to.
const speakerReach = 3

// lastSpeakerWhere returns the party that fits who was last the subject
// of a verb of saying, named, before byte a of sentence si and within
// speakerReach sentences.
func (r *actorResolver) lastSpeakerWhere(si, a int, fits func(p int) bool) (int, bool) {
	for back := si; back >= 0 && si-back <= speakerReach; back-- {
		s := r.sentence(back)
		if s == nil {
			continue
		}
		best, found := 0, false
		for k, w := range s.Words {
			if !speakingVerb(s, k) || back == si && w.Start >= a {
				continue
			}
			if p, ok := r.namedAfterSaying(s, k, fits); ok { // "“…,” said Civic Union leader Tomas Brandt"
				best, found = p, true
				continue
			}
			for _, sub := range sayers(s, k) {
				for _, h := range append([]int{sub}, s.ChildrenWith(sub, "appos")...) { // "One of the bidders, LNM, said"
					first, last := phrase(s, h)
					for _, p := range r.in(s.Bytes(first, last)) {
						if fits(p) {
							best, found = p, true // the last in the sentence
						}
					}
				}
			}
		}
		if found {
			return best, true
		}
	}
	return 0, false
}

// spokesmanBody returns the body that an unnamed spokesman at byte a of
// sentence si speaks for: the last body that spoke, else the body of the
// last person who spoke ("Ms Sandhu said the council would not sell the
// site. A decision will be made in January, a spokesman said": her
// council).
func (r *actorResolver) spokesmanBody(si, a int) (int, bool) {
	if p, ok := r.lastSpeakerWhere(si, a, r.institution); ok {
		return p, true
	}
	if p, ok := r.lastSpeakerWhere(si, a, r.person("")); ok && r.bodyOf(p)[0] != p {
		return r.bodyOf(p)[0], true
	}
	return 0, false
}

// speakingVerb reports whether word k is a verb of saying or of
// speaking to an audience outside any quotation ("Ilse Brandt has spoken
// to supporters. “…,” she said").
func speakingVerb(s *syntax.Sentence, k int) bool {
	return sayingVerb(s, k) || addressVerbs[s.Words[k].Lemma] && s.Words[k].UPOS == "VERB" && !quotedWord(s, k)
}

// addressVerbs say that their subject spoke to an audience.
var addressVerbs = WordSet("speak address")

// namedAfterSaying returns the person that fits named after verb of saying
// k that the parser left without a subject, up to the sentence's end or
// its next verb: the inverted attribution of a quotation.
func (r *actorResolver) namedAfterSaying(s *syntax.Sentence, k int, fits func(p int) bool) (int, bool) {
	if firstChild(s, k, "nsubj") >= 0 || !sayingVerb(s, k) || k == 0 {
		return 0, false
	}
	end := s.End
	for j := k + 1; j < len(s.Words); j++ {
		if s.Words[j].UPOS == "VERB" || quotedWord(s, j) && s.Words[j].UPOS != "PUNCT" {
			end = s.Words[j].Start
			break
		}
	}
	for _, m := range r.picked(s.Words[k].End, end) {
		if fits(m.party) {
			return m.party, true
		}
	}
	return 0, false
}

// sayers returns the subjects of verb of saying k: its own, else the
// noun the parser hung it from ("LNM, said it welcomed": "said" a
// parataxis of "LNM").
func sayers(s *syntax.Sentence, k int) []int {
	if subj := s.ChildrenWith(k, "nsubj"); len(subj) > 0 {
		return subj
	}
	if h := s.Words[k].Head; h >= 0 && h < k && (s.Words[h].UPOS == "PROPN" || s.Words[h].UPOS == "NOUN") {
		return []int{h}
	}
	return nil
}

// agrees reports whether person p can be "he" or "she": no title before
// any of their mentions, nor their role, says the other sex.
func (r *actorResolver) agrees(p int, pronoun string) bool {
	switch sex := r.sexOf(p); pronoun {
	case "he":
		return sex != "f"
	case "she":
		return sex != "m"
	}
	return true
}

// sexOf returns "m" or "f" when a title before a mention of person p
// ("Mr", "Mrs") or their role ("spokeswoman") says it, or else the
// pronoun that follows a mention in its sentence (see pronounAfter), or
// else a given name borne almost only by one sex; else "".
func (r *actorResolver) sexOf(p int) string {
	if sex, ok := r.sexes[p]; ok {
		return sex
	}
	sex := ""
	role := strings.ToLower(r.d.Parties[p].Role)
	switch {
	case strings.Contains(role, "woman"):
		sex = "f"
	case strings.Contains(role, "spokesman"):
		sex = "m"
	}
	for _, m := range r.d.Parties[p].Mentions {
		if m.Start <= 0 || m.Start > len(r.d.Text) {
			continue
		}
		f := strings.Fields(r.d.Text[max(0, m.Start-8):m.Start])
		if len(f) == 0 {
			continue
		}
		if t := strings.TrimSuffix(f[len(f)-1], "."); maleTitles[t] {
			sex = "m"
		} else if femaleTitles[t] {
			sex = "f"
		}
	}
	if sex == "" {
		sex = r.pronounAfter(p)
	}
	if first, _, _ := strings.Cut(r.d.Parties[p].Name, " "); sex == "" {
		sex = gazetteer.Load().NameSexes[first] // "Lucinda Farrow", "Darren Farrow"
	}
	r.sexes[p] = sex
	return sex
}

var (
	maleTitles   = WordSet("Mr Sir Lord King Prince")
	femaleTitles = WordSet("Ms Mrs Miss Dame Lady Queen Princess Madam")
)

// stateOffices are the offices whose holder speaks for a state: "“We will
// reopen the crossings,” the interior minister said" is the state's word.
var stateOffices = WordSet("minister president premier chancellor ambassador envoy")

// spokenForBy returns the parties a quoted "we" stands for, given the
// speaker found: a person who holds an office of a state or
// a body speaks for it as well ("“We will reopen the crossings,” Belova's
// interior minister, Tomas Radek, said": Radek and Belova; "“We will sign
// it,” said the union's general secretary, Maureen Oyelaran"); a
// minister or a spokesman of a state organ speaks for the state ("the army spokesman,
// Brigadier Nabil Abdallah"); else a person a press release quotes speaks
// for its publisher.
func (r *actorResolver) spokenForBy(ps []int, s *syntax.Sentence, si, a int) []int {
	if len(ps) != 1 || !personKind(r.d.Parties[ps[0]].Kind) {
		return ps
	}
	if body := r.bodyOf(ps[0]); body[0] != ps[0] {
		return []int{ps[0], body[0]}
	}
	if b, ok := r.ministryOf(ps[0]); ok { // "…," said Health Minister Carla Duarte: her ministry
		return []int{ps[0], b}
	}
	if force := r.forceOf(ps[0], a); len(force) > 0 { // "…," Detective Inspector Ruth Hale said: her force
		return []int{ps[0], force[0]}
	}
	if b, ok := r.ledBody(ps[0], a); ok { // "…," council leader Margaret Fenwick said: her council
		return []int{ps[0], b}
	}
	if b, ok := r.storyFirm(); ok && corporateOffice(r.d.Parties[ps[0]].Role) { // "“We will cooperate,” said its new chief financial officer"
		return []int{ps[0], b}
	}
	if b, ok := r.bodyReportedBy(ps[0], a); ok { // "… said the trust would open two theatres. “We will clear the backlog,” she said"
		return []int{ps[0], b}
	}
	if b, ok := r.firmJustSpoke(a); ok && firmOfficer(r.d.Parties[ps[0]].Role) { // "Kennet Water said … 'We will replace it,' said operations director Ian Holt"
		return []int{ps[0], b}
	}
	if role := r.d.Parties[ps[0]].Role; hasAnyWord(role, stateOrgans) || governmentOffice(role) { // "…," said Foreign Minister Halvard Stenmo
		if state := r.officeState(ps[0], s, si, a); len(state) > 0 {
			return []int{ps[0], state[0]}
		}
	}
	if b, ok := r.publisher(); ok { // a press release "From: Ministry of Defence" quoting its minister
		return []int{ps[0], b}
	}
	if b, ok := r.commissionOf(ps[0]); ok { // "…," said Commissioner Ivana Kolar: the Commission
		return []int{ps[0], b}
	}
	if b, ok := r.ledInRole(ps[0]); ok { // "…," said Carla Benedetti, director of the Bureau of Consumer Protection
		return []int{ps[0], b}
	}
	if b, ok := r.roleBody(ps[0]); ok && (corporateOffice(r.d.Parties[ps[0]].Role) || strings.HasPrefix(strings.ToLower(r.d.Parties[ps[0]].Role), "head of ")) { // "Hendrik Voss, who runs Nordsee Wind": "we" is his firm
		return []int{ps[0], b}
	}
	return ps
}

// reportedFor returns the parties of clause c whose one actor is the
// person who reports it rather than its own subject ("De Vido said a
// contribution could be made", "his lawyer said the appeal would be
// filed"): the speaker and the body they speak for, as for a quoted "we"
// (see spokenForBy); else ps.
func (r *actorResolver) reportedFor(c clause, ps []int) []int {
	if len(c.actors) != 1 || len(ps) != 1 || !personKind(r.d.Parties[ps[0]].Kind) {
		return ps
	}
	k := attributionVerb(c.s, c.verb)
	if k < 0 || !hasIndex(c.s.ChildrenWith(k, "nsubj"), c.actors[0]) {
		return ps
	}
	if own := firstChild(c.s, c.verb, "nsubj"); own >= 0 && singularPeople[lower(c.s.Words[own].Form)] {
		return ps // "Trump said he would build a wall": his own act
	}
	return r.spokenForBy(ps, c.s, c.si, c.s.Words[c.actors[0]].Start)
}

// singularPeople are the pronouns by which one person tells or is told
// of their own act.
var singularPeople = WordSet("i he she")

// officeState returns the state an office holder p whose state the text
// does not give speaks for: the state whose name opens the sentence that
// brought them in ("Britain plans to withdraw its troops from Mali,
// Defence Secretary Helen Marsh said"), else the state of the one who
// says sentence si's words, else the state whose act the lead tells ("New
// Zealand has launched a dispute against Indonesia …"), else the state the
// story is about.
func (r *actorResolver) officeState(p int, s *syntax.Sentence, si, a int) []int {
	first := -1
	for _, m := range r.d.Parties[p].Mentions {
		if m.Start >= 0 && m.Start < a && (first < 0 || m.Start < first) {
			first = m.Start
		}
	}
	if n := r.sentenceIndex(first); first >= 0 && n < len(r.d.Sentences) {
		sent := r.d.Sentences[n]
		opening := r.picked(sent.Start, sent.End)
		if len(opening) > 0 && strings.TrimSpace(strings.TrimPrefix(r.d.Text[sent.Start:opening[0].start], "The")) == "" &&
			countryKind(r.d.Parties[opening[0].party].Kind) {
			return []int{opening[0].party}
		}
	}
	if q, ok := r.sayerState(s, si); ok {
		return []int{q}
	}
	if q, ok := r.leadSubject(); ok && countryKind(r.d.Parties[q].Kind) {
		return []int{q}
	}
	return r.storyState(a)
}

// hasAnyWord reports whether a role holds a word of the set.
func hasAnyWord(role string, set map[string]bool) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if set[w] {
			return true
		}
	}
	return false
}

// cataphor returns the person a "he" or "she" in a subordinate clause
// that opens the sentence stands for, named after it as the subject of
// the main clause ("Because he has promised to cut fuel duty, Tom Hale is
// under pressure"; "When she took office, Ana Rusu vowed …").
func (r *actorResolver) cataphor(s *syntax.Sentence, h int, pronoun string) (int, bool) {
	k := h
	for s.Words[k].Head >= 0 && !(text.RelIs(s.Words[k].Rel, "advcl") && s.Words[k].Head > k) {
		k = s.Words[k].Head
	}
	first, last := s.Subtree(k)
	if s.Words[k].Head < 0 || first > 0 || firstChild(s, k, "mark") < 0 {
		return 0, false
	}
	for _, sub := range s.ChildrenWith(s.Words[k].Head, "nsubj") {
		if sub <= last {
			continue
		}
		f, l := phrase(s, sub)
		for _, p := range r.in(s.Bytes(f, l)) {
			if r.person(pronoun)(p) {
				return p, true
			}
		}
	}
	return 0, false
}

// lastWord returns the last word of a text, lower-cased.
func lastWord(t string) string {
	f := strings.Fields(t)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// corporateOffice reports whether a role is a present office in a firm
// ("chief financial officer", "managing director").
func corporateOffice(role string) bool {
	role = strings.ToLower(role)
	if strings.Contains(role, "former") || strings.Contains(role, "ex-") {
		return false
	}
	for _, o := range []string{"chief executive", "chief financial officer", "chief operating officer", "managing director", "chairman", "chairwoman"} {
		if strings.Contains(role, o) {
			return true
		}
	}
	for _, w := range strings.Fields(role) {
		if corporateAcronyms[w] {
			return true // "CEO", "Group CFO"
		}
	}
	return false
}

// corporateAcronyms are the short forms of a firm's chief offices,
// lower-cased.
var corporateAcronyms = WordSet("ceo cfo coo cto cio")

// storyFirm returns the firm the story is about: the first of its
// leading parties when that is an organisation, one whose name says it is
// a public body aside ("Marine Accident Investigation Branch" is no
// managing director's firm), and one the text calls a public body beside
// its name ("the regulator Ofwat") too.
func (r *actorResolver) storyFirm() (int, bool) {
	for p := 0; p < len(r.d.Parties) && p < leadingParties; p++ {
		if r.d.Parties[p].Kind == briefing.KindOrganisation && !publicBodyName(strings.ToLower(r.d.Parties[p].Name)) && !r.calledPublicBody(p) {
			return p, true
		}
		if r.d.Parties[p].Kind == briefing.KindOrganisation {
			continue
		}
		if r.d.Parties[p].Kind != briefing.KindPerson {
			break
		}
	}
	return 0, false
}

// bodyOfSpokesman returns the organisation named before byte a whose
// name is headed by the common noun that qualifies spokesman sub ("a university
// spokesperson" speaks for the University of Carrick, "a council
// spokesman" for Riverton City Council), the one named last.
func (r *actorResolver) bodyOfSpokesman(s *syntax.Sentence, sub, a int) (int, bool) {
	for _, k := range s.ChildrenWith(sub, "compound") {
		w := s.Words[k]
		if k > sub || w.UPOS != "NOUN" {
			continue
		}
		noun := lower(w.Form)
		for n := len(r.mentions) - 1; n >= 0; n-- {
			m := r.mentions[n]
			if m.start >= a || !orgKind(r.d.Parties[m.party].Kind) {
				continue
			}
			if nameHead(r.d.Parties[m.party].Name) == noun {
				return m.party, true
			}
		}
	}
	return 0, false
}

// nameHead returns the lower-cased word that heads a body's name: the
// word before its first "of" ("University of Carrick"), else its last
// word ("Riverton City Council", not "University and College Union").
func nameHead(name string) string {
	words := strings.Fields(strings.ToLower(name))
	for n, w := range words {
		if w == "of" && n > 0 {
			return words[n-1]
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// roleBody returns the organisation that person p's office names after
// "of" ("head of Nordsee Wind", "chief executive of Kelvra"), else the
// one they belong to (see personParty).
func (r *actorResolver) roleBody(p int) (int, bool) {
	if _, body, ok := strings.Cut(r.d.Parties[p].Role, " of "); ok {
		if q, named := r.d.PartyNames[gazetteer.Fold(strings.TrimPrefix(body, "the "))]; named && q < len(r.d.Parties) && orgKind(r.d.Parties[q].Kind) {
			return q, true
		}
	}
	return r.personParty(p, orgKind)
}

// ledInRole returns the organisation a person's role says they lead,
// named after "of" ("director of the Bureau of Consumer Protection",
// "chair of the Kestrel Trust"), or its owner when the role names one
// ("director of the FTC's consumer bureau": the FTC): the body their
// "we" speaks for.
func (r *actorResolver) ledInRole(p int) (int, bool) {
	office, body, ok := strings.Cut(r.d.Parties[p].Role, " of ")
	if !ok || !bodyLeaders[strings.ToLower(office)] {
		return 0, false
	}
	body = strings.TrimPrefix(body, "the ")
	if owner, _, found := strings.Cut(body, "'s "); found {
		body = owner
	}
	q, named := r.d.PartyNames[gazetteer.Fold(body)]
	return q, named && q < len(r.d.Parties) && orgKind(r.d.Parties[q].Kind)
}

// bodyLeaders are the offices that lead the body named after them.
var bodyLeaders = WordSet("head director chair chairman chairwoman chairperson president chief leader secretary-general")

// commissionOf returns the commission whose member person p is, by the
// office "Commissioner" ("Commissioner for Crisis Management Ivana
// Kolar"): the organisation the text names whose name ends in
// "Commission", the one named most.
func (r *actorResolver) commissionOf(p int) (int, bool) {
	if !strings.Contains(r.d.Parties[p].Role, "Commissioner") || strings.Contains(strings.ToLower(r.d.Parties[p].Role), "former") {
		return 0, false
	}
	for q, party := range r.d.Parties {
		if orgKind(party.Kind) && strings.HasSuffix(party.Name, "Commission") {
			return q, true // parties come ranked: the first is the one named most
		}
	}
	return 0, false
}

// calledPublicBody reports whether the text describes party p as a
// public body beside one of its names ("the regulator Ofwat", "Ofwat, the
// regulator,"; see describedAs).
func (r *actorResolver) calledPublicBody(p int) bool {
	for noun := range publicBodies {
		if r.describedAs(p, noun) {
			return true
		}
	}
	return false
}
