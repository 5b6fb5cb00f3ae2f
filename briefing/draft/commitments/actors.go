package commitments

import (
	"slices"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// partyMark is one mention of a party: its span and the party's index.
type partyMark struct {
	start, end, party int
}

// actorResolver maps subjects to parties: by the names mentioned in them,
// or for "the two countries", "the kingdom", "he" and "we" by the parties
// mentioned before.
type actorResolver struct {
	d        *doc.Document
	mentions []partyMark // by start
	// pairs are the two parties of each commitment made together, in
	// order, whom "both sides" and "the two countries" name next.
	pairs [][]int
	// dealt are the two sides of each deal one party made with another
	// ("entered into an agreement with Linnhe University"), whom "the
	// parties" name next (see withPartner).
	dealt [][]int
	// adjectives are the states named by their adjective ("his Ostravian
	// counterpart"), by start.
	adjectives []partyMark
	// acted are the parties of every commitment drafted so far, in
	// order, whom "the four countries" name next; actedIn the sentence
	// of each.
	acted   [][]int
	actedIn []int
	// subjects caches the parties the subjects of a sentence name.
	subjects map[int][]int
	// sexes caches what titles and roles say of a person's sex.
	sexes map[int]string
	// created are the parties that undertook to set up a body, by the
	// noun that names it (see noteCreated).
	created map[string][]int
	// state caches the one state the text names (see textState).
	state *string
	// sides, voices, termBrackets and groups cache what the whole text
	// defines: an agreement's sides (see definedSides), the voices it
	// names for itself (see selfNamed), its brackets of defined terms (see
	// definedTerm) and its terms for several parties together (see
	// definedGroup); nil until first read.
	sides        *[]int
	voices       *[]partyMark
	termBrackets *[][]int
	groups       map[string][]int // defined terms of several parties (see definedGroup); nil until first read
	// calledParty are the bodies the text has called "the four parties"
	// together: each of them is "the party".
	calledParty map[int]bool
	// sent caches the person a message's header names as its sender
	// and the body they write for (see sender); nil until first read.
	sent *messageSender
	// letters caches the letters printed in the text (see letterSigner);
	// nil until first read.
	letters *[]printedLetter
	// reporting is set while bodyReportedBy resolves the subject of a
	// reported clause, whose speaker may be looked for in turn.
	reporting bool
}

func newActorResolver(d *doc.Document) *actorResolver {
	r := &actorResolver{d: d, subjects: map[int][]int{}, sexes: map[int]string{}, calledParty: map[int]bool{}}
	for pi, p := range d.Parties {
		for _, m := range p.Mentions {
			if m.Start >= 0 && m.End <= len(d.Text) && m.Start < m.End {
				r.mentions = append(r.mentions, partyMark{m.Start, m.End, pi})
			}
		}
	}
	sort.Slice(r.mentions, func(a, b int) bool { return r.mentions[a].start < r.mentions[b].start })
	if more := unmarkedMentions(d, r.mentions); len(more) > 0 {
		r.mentions = append(r.mentions, more...)
		sort.Slice(r.mentions, func(a, b int) bool { return r.mentions[a].start < r.mentions[b].start })
	}
	r.adjectives = demonymMentions(d, r.mentions)
	return r
}

// statesNamedBy returns the states named by their adjective inside
// [start, end).
func (r *actorResolver) statesNamedBy(start, end int) []int {
	var out []int
	for _, m := range r.adjectives {
		if m.start >= start && m.end <= end {
			out = appendPartyIdx(out, m.party)
		}
	}
	return out
}

// in returns the parties mentioned inside [start, end), in order, leaving
// out a possessive modifier ("Morocco's King") when a later name heads the
// phrase, and mentions nested inside another.
func (r *actorResolver) in(start, end int) []int {
	picked := r.picked(start, end)
	var out []int
	for n, m := range picked {
		if n+1 < len(picked) && possessiveAfter(r.d.Text, m.end) {
			continue
		}
		out = appendPartyIdx(out, m.party)
	}
	return out
}

// picked returns the mentions inside [start, end), the longest of any that
// overlap, by position.
func (r *actorResolver) picked(start, end int) []partyMark {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= start })
	var picked []partyMark
	for ; k < len(r.mentions) && r.mentions[k].start < end; k++ {
		m := r.mentions[k]
		if m.end > end {
			continue
		}
		if n := len(picked); n > 0 && m.start < picked[n-1].end {
			if m.end-m.start > picked[n-1].end-picked[n-1].start {
				picked[n-1] = m
			}
			continue
		}
		picked = append(picked, m)
	}
	return picked
}

// namesIn reports whether the span [start, end) names a party other than
// as a place where something is ("the crossings at Zalambessa").
func (r *actorResolver) namesIn(start, end int) bool {
	for _, m := range r.picked(start, end) {
		if m.start == start || !r.placed(m.start) {
			return true
		}
	}
	return false
}

func possessiveAfter(text string, i int) bool {
	rest := text[i:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

func appendPartyIdx(list []int, p int) []int {
	for _, q := range list {
		if q == p {
			return list
		}
	}
	return append(list, p)
}

func personKind(kind string) bool { return kind == briefing.KindPerson }

// onlyPeople reports whether ps names parties and every one is a person.
func (r *actorResolver) onlyPeople(ps []int) bool {
	for _, p := range ps {
		if !personKind(r.d.Parties[p].Kind) {
			return false
		}
	}
	return len(ps) > 0
}
func nonPersonKind(kind string) bool {
	return kind != briefing.KindPerson && kind != briefing.KindPlace
}
func countryKind(kind string) bool { return kind == briefing.KindCountry }

// institution reports whether party p is an organisation or a state.
func (r *actorResolver) institution(p int) bool {
	kind := r.d.Parties[p].Kind
	return kind == briefing.KindCountry || kind == briefing.KindOrganisation
}
func orgKind(kind string) bool      { return kind == briefing.KindOrganisation }
func anyPartyKind(kind string) bool { return kind != briefing.KindPlace }

// resolve returns the parties the actor phrase headed by word h of
// sentence si names, and whether it only referred to them ("the two
// countries", "he", "we", "its"), so that a rendering should use their
// names.
func (r *actorResolver) resolve(s *syntax.Sentence, si, h int) (ps []int, anaphor bool) {
	if ps, ok := r.afterDateline(s, si, h); ok { // "KARVEN, 3 June – The government …": the parser's subject is the dateline
		return ps, false
	}
	if ante, ok := r.antecedent(s, h); ok { // "Varnia First, which backed the motion": the parser hung "which" elsewhere
		if ante.party >= 0 {
			return []int{ante.party}, false
		}
		h = ante.word
	}
	first, last := actorPhrase(s, h)
	if ps := r.definedGroup(phraseWords(s, first, last)); len(ps) > 1 {
		return ps, false // "the coalition partners" after `the Union for Progress, … and Green Future (hereinafter "the coalition partners")`
	}
	if f, l := knownAs(s, h); f >= 0 {
		if ps := r.in(s.Bytes(f, l)); len(ps) > 0 {
			return ps, false // "OPEC and allies led by Russia, known as OPEC+,", "a group calling itself Dunmore Fans Together": the name it goes by
		}
	}
	a, b := s.Bytes(first, last)
	a, b = r.straddled(a, b), r.hyphenated(a, b)
	if ps, ok := r.ownedPeople(s, si, h); ok { // "his fighters", "his client"
		return ps, len(ps) > 0
	}
	if ps, ok := r.personalOffice(s, si, h); ok { // "the governor's office said it would review the offer": the governor
		return ps, true
	}
	if ps := r.counselled(s, si, h); len(ps) > 0 { // "Her lawyer, Miguel Sardinha, said they would appeal": for the client
		return ps, false
	}
	if ps, ok := r.owners(s, si, h); ok {
		return ps, true
	}
	if ps, ok := r.appointed(s, h, a); ok { // "its administrators agreed": the firm appointed administrator
		return ps, true
	}
	if p, ok := r.ownManagement(s, si, h); ok { // "Management will host a presentation": the firm's release
		return []int{p}, true
	}
	if ps, ok := r.headedBody(s, si, h); ok { // "Marc, who chairs the housing committee, said his committee would": the committee, or he for it
		return ps, true
	}
	if w := s.Words[h]; w.XPOS == "NNS" && first == h-1 && last == h && lower(s.Words[first].Form) == "the" {
		if p, ok := r.sentFrom(si, w.Lemma); ok { // "the observers" after "200 observers from the Council"
			return []int{p}, true
		}
	}
	if (s.Words[h].UPOS == "NOUN" || s.Words[h].UPOS == "PROPN" && offices[lower(s.Words[h].Lemma)]) && !governing[s.Words[h].Lemma] &&
		!r.headNamed(s, h) { // "The mayor of Greater Manchester, Andy Sheridan,", "The Environment Secretary, Helen Darrow,"; not "Pennywell Stores plc, the UK's largest grocer,"
		for _, k := range s.ChildrenWith(h, "appos") {
			var ps []int
			for _, c := range append([]int{k}, s.ChildrenWith(k, "conj")...) { // "Two unions, Unite and the GMB,": both
				if n := namedBeside(s, c); n >= 0 {
					c = n // "Her boyfriend, Stockport County midfielder Jamie Okafor,": the player, not his club
				}
				f, l := phrase(s, c)
				if qs, found := r.subjectParties(s.Bytes(f, l)); found {
					ps = append(ps, qs...)
				}
			}
			if len(ps) > 0 {
				return ps, false
			}
		}
		if p, ok := r.commaNamed(b); ok { // "A smaller union, the Rail Salaried Staff Association, said": an apposition the parser broke
			return []int{p}, false
		}
		if ps := r.commaNamedPair(b); len(ps) == 2 && s.Words[h].XPOS == "NNS" { // "the two foreign ministers, Ivo Tesar and Marta Quintal."
			return ps, false
		}
	}
	if ps, ok := r.countedSet(s, si, h, first, last, a, b); ok { // "the two neighbours", though a group was drafted as "neighbours"
		return ps, true
	}
	if ps, ok := r.pluralBodies(s, h, first, last, a, b); ok { // "the unions", though a group was drafted as "unions"
		return ps, true
	}
	if kin[lower(s.Words[h].Lemma)] && s.Words[h].UPOS == "NOUN" {
		return nil, false // "the family of Jamal Osei said they would sue": the family, not the person it is named by
	}
	if formerOffice(s, h) { // "a former mayor of Castleford will appeal": not Castleford's act
		a, b = s.Bytes(first, h)
	}
	if c := placeModifier(s, h); c >= 0 { // "The libraries on Oak Street, Fairview and Lincoln Park will close": where, not who
		f, _ := s.Subtree(c)
		last = max(h, f-1)
		a, b = s.Bytes(first, last)
	}
	if words := phraseWords(s, first, last); armedSide(words) != noSide && r.groupNamed(a, b) {
		if ps := r.sideParty(s, si, a, words); len(ps) > 0 { // "rebel fighters will withdraw": the side they fight for
			return ps, true
		}
	}
	if ps, ok := r.represented(s, si, h); ok { // "its general secretary said nurses would strike": the union
		return ps, false
	}
	if ps := r.adjectivalBody(s, first, last, a, b); len(ps) > 0 { // "the Belovan government", "Estmarkian officials"
		return ps, false
	}
	if p, ok := r.namedOwnBody(s, h, a, b); ok { // "the Monetary Policy Committee (MPC) of the Central Bank voted": the committee
		return []int{p}, false
	}
	if p, ok := r.namedLeader(s, h); ok { // "The main opposition party, led by Andres Saar, has refused": its leader
		return []int{p}, false
	}
	if ps, ok := r.numberedList(phraseWords(s, first, h), a); ok {
		return ps, false
	}
	if p, ok := r.regionGoverned(s, h); ok { // "the regional government of Castile and León will give": the region
		return []int{p}, false
	}
	if ps := r.ownedBody(s, h, first, a); len(ps) > 0 { // "Bekora's main opposition party said it would": the party, not Bekora
		return ps, true
	}
	if ps := r.writtenOfficeHolder(phraseWords(s, first, last)); len(ps) > 0 { // "The chief constable of West Midlands Police has refused to resign": Craig Guildford
		if qs, _ := r.subjectParties(a, b); !leavesOffice(s, h) {
			ps = append(ps, qs...) // "The commander of the Lubwezi Patriotic Movement agreed to a ceasefire": he, for the movement
		}
		return ps, false
	}
	if ps := r.laterHolder(si, phraseWords(s, first, last), a); len(ps) > 0 { // "Harbridge's mayor has promised …. Mayor Julie Ashcombe made the pledge"
		return ps, false
	}
	if words := phraseWords(s, first, last); len(words) == 2 && words[0] == "the" && offices[words[1]] {
		if ps := r.unnamedOfficerAs(si, words[1]); len(ps) > 0 { // "Brazil's president said …. In Belem, the president said": Brazil
			return ps, false
		}
	}
	ps, named := r.subjectParties(a, b)
	if named && len(ps) > 0 {
		if governing[s.Words[h].Lemma] {
			return r.governedAnd(ps, a), false
		}
		return ps, false
	}
	// a description named in apposition: "Russian energy giant Gazprom"
	for _, k := range s.ChildrenWith(h, "appos", "flat") {
		if s.Words[h].UPOS == "PROPN" && s.Words[k].UPOS == "NOUN" && text.RelIs(s.Words[k].Rel, "appos") {
			continue // "Vestlink, a joint venture between A and B,": the names describe the name, they do not act
		}
		f, l := phrase(s, k)
		if ps, found := r.subjectParties(s.Bytes(f, l)); found && len(ps) > 0 {
			return ps, false
		}
	}
	if named {
		return r.described(phraseWords(s, first, h), a), true
	}
	if ps, ok := r.stateOrgan(s, si, h, first); ok { // "the health ministry plans", "ministers will meet"
		return ps, false
	}
	words := phraseWords(s, first, last)
	if n := len(words); n > 2 && (placeAdverbs[words[n-1]] || reflexives[words[n-1]]) {
		words = words[:n-1] // "the government there" is the government of the place spoken of, "the company itself" the company
	}
	if ps := r.staff(words, a); len(ps) > 0 { // "officers would apply": the police force's
		return ps, true
	}
	if quotedStaff(s, h) { // "“Our crews will plant the first 8,000 trees,” said the council leader"
		return r.pronoun(s, si, h, "we")
	}
	if ps, ok := r.documentIssuer(s, si, h); ok { // "Last year's budget had pledged …" after "Aldoria presented its budget"
		return ps, true
	}
	if bodyMembers(words) { // "the union's secretary said members would not accept it", "member companies had agreed": the body's members
		if p, ok := r.sayerParty(s, si, orgKind); ok {
			return []int{p}, true
		}
		if ps := r.inFocus(a, r.membershipBody); len(ps) > 0 && !memberPlural(words[0]) {
			return ps, true // "At an extraordinary general meeting, members voted not to sign": the association's
		}
		if ps := r.inFocus(a, r.house); len(ps) > 0 {
			return ps, true // "Members agreed" after the Monetary Policy Committee; "Deputies rejected an amendment": the assembly's, not a party's
		}
	}
	if ps := r.legalTeam(s, si, words); len(ps) > 0 { // "his solicitor said the legal team would"
		return ps, true
	}
	if agedPerson(words) { // "The 24-year-old will sign": the person the text is about, as "he" or "she" would be
		if ps := r.salientPerson(si, a, ""); len(ps) > 0 {
			return ps, true
		}
	}
	if w := s.Words[h]; len(words) == 2 && words[0] == "the" && text.FirstRuneUpper(w.Form) {
		if p, ok := r.definedTerm(w.Form); ok {
			return []int{p}, true // "The Company intends to apply for a listing": the name the release defined so
		}
		if issuerTerms[w.Form] {
			for _, term := range []string{"Company", "Group"} {
				if p, ok := r.definedTerm(term); ok {
					return []int{p}, true // "The Board has ruled out an equity raise": the board of the company the release defined
				}
			}
			if ps := r.namedAs(lower(w.Form), a); len(ps) > 0 {
				return ps, true // "The Board also awarded …" after "The FIH Executive Board": the body named so
			}
			if ps := r.mostNamed(a, func(p int) bool { return orgKind(r.d.Parties[p].Kind) }); len(ps) > 0 {
				return ps, true // "The Group intends to close nine stores": the issuer a filing tells of
			}
		}
	}
	if ps := r.createdBody(words); len(ps) > 0 { // "The force is to begin patrols": those who agreed to form it
		return ps, false
	}
	switch len(words) {
	case 0:
		return nil, false
	case 1:
		if words[0] == "each" || words[0] == "both" {
			return r.collective(s, words, si, a) // "Each will open a consulate": each of those that acted together
		}
		if sideTerms[words[0]] && len(r.definedSides()) > 0 {
			return r.definedSides(), true // "Either Party shall notify the other", the parse leaving "either" out
		}
		if singleNouns[words[0]] != nil {
			return r.collective(s, []string{"the", words[0]}, si, a)
		}
		return r.pronoun(s, si, h, words[0])
	}
	if v := s.Words[h].Head; len(words) == 2 && words[0] == "the" && bodyNouns[words[1]] && v >= 0 && reportedClause(s, v) {
		if p, ok := r.sayerParty(s, si, orgKind); ok {
			return []int{p}, true // "The LSC secretary-general, Amina Dalowe, said the bloc would": the sayer's own body
		}
	}
	if ps, ok := r.collective(s, words, si, a); ok {
		return ps, ok
	}
	if ps := r.spokenFor(words, a); len(ps) > 0 {
		return ps, true
	}
	if len(words) == 2 && (words[0] == "a" || words[0] == "the") && spokespeople[words[1]] {
		if p, ok := r.spokesmanBody(si, a); ok { // "A decision will be made in January, a spokesman said"
			return []int{p}, true
		}
	}
	if ps := r.described(phraseWords(s, first, h), a); len(ps) > 0 {
		return ps, true
	}
	if ps := r.namedNext(si, words); len(ps) > 0 {
		return ps, true
	}
	if ps := r.officeHolder(words, a); len(ps) > 0 {
		return ps, true
	}
	if len(words) == 2 && words[0] == "the" && townNouns[words[1]] {
		return r.town(s, si, a, words[1]) // "the town would not bid": Vellano, whose mayor speaks
	}
	return nil, false
}

// ourStaff are the people through whom a body acts: a quoted "our
// crews" is as the speaker's "we".
var ourStaff = WordSet("staff crews crew officers inspectors engineers teams team colleagues members workers employees volunteers doctors nurses teachers")

// knownAs returns the first and last word of the name after "known as"
// or "called", or after "calling itself", in a participle on the subject
// phrase headed by h ("The Organization of the Petroleum Exporting
// Countries and allies led by Russia, known as OPEC+", "a group calling
// itself Dunmore Fans Together"): the name of the whole, or -1, -1.
func knownAs(s *syntax.Sentence, h int) (first, last int) {
	if hw := s.Words[h]; hw.UPOS != "PROPN" && !agentNouns[hw.Lemma] && !bodyWord(lower(hw.Lemma)) {
		return -1, -1 // "The site, known locally as Stoke Quarry,": a place's name, no one who acts
	}
	for k, w := range s.Words {
		if !s.Dominates(h, k) || !text.RelIs(w.Rel, "acl") || w.Lemma != "know" && w.Lemma != "call" {
			continue
		}
		if w.XPOS == "VBG" && k+2 < len(s.Words) && reflexives[lower(s.Words[k+1].Form)] && s.Words[k+2].UPOS == "PROPN" {
			last = k + 2
			for last+1 < len(s.Words) && s.Words[last+1].UPOS == "PROPN" {
				last++
			}
			return k + 2, last
		}
		for _, c := range s.ChildrenWith(k, "obl", "xcomp") {
			if w.XPOS == "VBN" && c > k && s.Words[c].UPOS == "PROPN" && (w.Lemma == "call" || hasChildLemma(s, c, WordSet("as"), "case")) {
				return phrase(s, c)
			}
		}
	}
	return -1, -1
}

// quotedStaff reports whether noun h is a quoted "our" with such people
// ("“Our crews will plant the first trees”"): the speaker's body acting
// through them.
func quotedStaff(s *syntax.Sentence, h int) bool {
	if !ourStaff[lower(s.Words[h].Form)] || !quotedWord(s, h) {
		return false
	}
	for _, k := range s.ChildrenWith(h, "nmod:poss") {
		if lower(s.Words[k].Form) == "our" {
			return true
		}
	}
	return false
}

// spokespeople are the words for one who speaks for a body.
var spokespeople = WordSet("spokesman spokeswoman spokesperson")

// ownedBody returns the organisation that a description headed by the
// common noun h for a body, opening with the possessive of a name or of
// "the country" ("Chile's largest retail union", "Bekora's main
// opposition party", "the country's main port employers' association"),
// stands for: the party drafted for the words after the last possessive
// ("France's foreign ministry"), or else those words read as a
// description ("the largest retail union", "the association"), see
// described. The possessives only say whose the body is.
func (r *actorResolver) ownedBody(s *syntax.Sentence, h, first, a int) []int {
	if lower(s.Words[first].Form) == "the" {
		first++
	}
	if first+2 > h || s.Words[h].UPOS != "NOUN" || !bodyWord(s.Words[h].Lemma) || governing[s.Words[h].Lemma] ||
		s.Words[first].UPOS != "PROPN" && !stateNouns[pluralOf(s.Words[first].Lemma)] || !possessiveMark(s.Words[first+1]) {
		return nil
	}
	last := first + 1
	for k := last + 1; k < h; k++ {
		if possessiveMark(s.Words[k]) {
			last = k // "dockworkers'" in "The Netherlands' biggest dockworkers' union"
		}
	}
	if ps := r.in(s.Bytes(last+1, h)); len(ps) > 0 {
		return ps // "France's foreign ministry", drafted as a party of its own: that one, not another state's
	}
	return r.described(append([]string{"the"}, phraseWords(s, last+1, h)...), a)
}

// possessiveMark reports whether w is the "'s" or the bare apostrophe of a
// possessive.
func possessiveMark(w syntax.Word) bool {
	return w.XPOS == "POS" || w.Form == "'" || w.Form == "’"
}

// reportedClause reports whether verb v heads what a verb of saying
// reports ("said the bloc would set up").
func reportedClause(s *syntax.Sentence, v int) bool {
	h := s.Words[v].Head
	return h >= 0 && text.RelIs(s.Words[v].Rel, "ccomp") && text.ReportVerbs[s.Words[h].Lemma]
}

// commaNamed returns the party named in a phrase set off by commas right
// after byte b, the end of a description ("A smaller union, the Rail
// Salaried Staff Association, said"), read from the text when the parser
// lost the apposition.
func (r *actorResolver) commaNamed(b int) (int, bool) {
	m, ok := r.nameAt(r.afterComma(b))
	if !ok {
		return 0, false
	}
	after := strings.TrimLeft(r.d.Text[m.end:], " ")
	if strings.HasPrefix(after, "(") { // "the Rail Salaried Staff Association (RSSA),"
		if end := strings.IndexByte(after, ')'); end >= 0 {
			after = strings.TrimLeft(after[end+1:], " ")
		}
	}
	if !strings.HasPrefix(after, ",") || r.d.Parties[m.party].Kind == briefing.KindPlace {
		return 0, false
	}
	return m.party, true
}

// commaNamedPair returns the two people named, joined by "and", right
// after a comma at byte b, the end of a plural description, up to the
// end of the phrase ("signed by the two foreign ministers, Ivo Tesar and
// Marta Quintal."), read from the text when the parser lost the
// apposition; else nil.
func (r *actorResolver) commaNamedPair(b int) []int {
	first, ok := r.nameAt(r.afterComma(b))
	if !ok || !strings.HasPrefix(r.d.Text[first.end:], " and ") {
		return nil
	}
	second, ok := r.nameAt(first.end + len(" and "))
	if !ok || first.party == second.party || !personKind(r.d.Parties[first.party].Kind) || !personKind(r.d.Parties[second.party].Kind) {
		return nil
	}
	if rest := r.d.Text[second.end:]; rest != "" && !strings.ContainsAny(rest[:1], ",.;") {
		return nil
	}
	return []int{first.party, second.party}
}

// afterComma returns the byte where the phrase after a comma at byte b
// starts, past its article ("the", "a", "an"), or -1 when no comma stands
// at b.
func (r *actorResolver) afterComma(b int) int {
	rest, ok := strings.CutPrefix(r.d.Text[b:], ",")
	if !ok {
		return -1
	}
	at := b + 1 + len(rest) - len(strings.TrimLeft(rest, " "))
	for _, art := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(r.d.Text[at:], art) {
			return at + len(art)
		}
	}
	return at
}

// nameAt returns the longest party mention that starts at byte at.
func (r *actorResolver) nameAt(at int) (partyMark, bool) {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= at })
	if at < 0 || k == len(r.mentions) || r.mentions[k].start != at {
		return partyMark{}, false
	}
	m := r.mentions[k]
	for n := k + 1; n < len(r.mentions) && r.mentions[n].start == at; n++ {
		if r.mentions[n].end > m.end {
			m = r.mentions[n] // the longest name that starts there
		}
	}
	return m, true
}

// formerOffice reports whether word h is an office that its holder no
// longer holds ("a former mayor of Castleford"): the body or place named
// after it is not the actor.
func formerOffice(s *syntax.Sentence, h int) bool {
	if s.Words[h].UPOS != "NOUN" || !offices[lower(s.Words[h].Lemma)] {
		return false
	}
	for _, k := range s.ChildrenWith(h, "amod") {
		if w := lower(s.Words[k].Form); w == "former" || strings.HasPrefix(w, "ex-") {
			return true
		}
	}
	return false
}

// agedPerson reports whether a subject's words describe one person by
// age: "the 24-year-old", "the 61-year-old former mayor".
func agedPerson(words []string) bool {
	if len(words) < 3 || words[0] != "the" {
		return false
	}
	for n := 1; n+1 < len(words); n++ {
		if (words[n] == "year" || words[n] == "years") && words[n+1] == "old" {
			return n == 2 && isNumber(words[1])
		}
	}
	return false
}

// isNumber reports whether a word is written in digits.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// kin are people named by the person they belong to, who act for
// themselves.
var kin = WordSet("family relative parent widow widower wife husband son daughter mother father brother sister " +
	"child friend neighbour neighbor")

// placeAdverbs after a noun say where the body it names sits ("the
// government there").
var placeAdverbs = WordSet("there here")

// namedNext returns the person an indefinite description of an office in
// sentence si introduces, named as the subject of the next sentence: "A
// former transport minister has agreed to repay £40,000. Graham Pellow,
// who stood down at the last election, said …".
func (r *actorResolver) namedNext(si int, words []string) []int {
	if len(words) < 2 || words[0] != "a" && words[0] != "an" || !offices[words[len(words)-1]] {
		return nil
	}
	for _, p := range r.sentenceSubjects(si + 1) {
		if r.d.Parties[p].Kind == briefing.KindPerson {
			return []int{p}
		}
	}
	if si+1 < len(r.d.Sentences) { // "Derek Moss, 61, was found guilty …": a passive's subject opens the sentence
		next := r.d.Sentences[si+1]
		for _, m := range r.picked(next.Start, next.End) {
			if m.start == next.Start && r.d.Parties[m.party].Kind == briefing.KindPerson {
				return []int{m.party}
			}
		}
	}
	return nil
}

// offices are the posts a news lead describes a person by before naming
// them.
var offices = WordSet("minister secretary president chancellor governor mayor senator lawmaker legislator " +
	"mp ambassador envoy diplomat official chief executive chairman chairwoman director judge general commander " +
	"leader councillor spokesman spokeswoman commissioner chair vice-chair clerk treasurer " +
	"master constable administrator superintendent inspector headteacher principal coroner ombudsman registrar speaker")

// actorPhrase returns the first and last word of the actor phrase headed
// by h: its noun phrase up to a modifier of time that follows h ("196
// nations after World War II, and several UN resolutions"), whose names
// say when, not who, or up to an aside ("Prosecutors in turn agreed").
func actorPhrase(s *syntax.Sentence, h int) (first, last int) {
	first, last = phrase(s, h)
	for _, c := range s.ChildrenWith(h, "nmod", "obl") {
		if c > h && c <= last && (hasChildLemma(s, c, timeCases, "case") || aside(s, c)) {
			f, _ := s.Subtree(c)
			for last = f - 1; last > h && s.Words[last].UPOS == "PUNCT"; last-- {
			}
			break
		}
	}
	return first, last
}

// namedBeside returns the proper name set in apposition to the common
// noun c, itself an apposition ("midfielder Jamie Okafor"), or -1.
func namedBeside(s *syntax.Sentence, c int) int {
	if s.Words[c].UPOS != "NOUN" {
		return -1
	}
	for _, k := range s.ChildrenWith(c, "appos") {
		if k == c+1 && s.Words[k].UPOS == "PROPN" {
			return k
		}
	}
	return -1
}

// asides are the nouns of set phrases that link a clause to what came
// before ("in turn", "in return", "for their part"), which the parser may
// hang on the subject: they say how, not who.
var asides = WordSet("turn return response part addition exchange")

// asideCases introduce an aside (see asides).
var asideCases = WordSet("in for")

// aside reports whether word c heads a set phrase of asides with nothing
// after it: "in turn", "for its part", not "in return for help".
func aside(s *syntax.Sentence, c int) bool {
	if !asides[lower(s.Words[c].Lemma)] || !hasChildLemma(s, c, asideCases, "case") {
		return false
	}
	for _, k := range s.ChildrenWith(c, "nmod", "acl", "obl") {
		if k > c {
			return false
		}
	}
	return true
}

// placeModifier returns the phrase after common noun h that says where
// the things it names are ("the libraries on Oak Street", "militias in
// northern Kundara"), whom those it
// names deal with ("creditors of Halden Steel", "investors in the firm")
// or where a body's members work ("the union at the plant"), or -1: the
// names in it are no actors.
func placeModifier(s *syntax.Sentence, h int) int {
	if s.Words[h].UPOS != "NOUN" {
		return -1
	}
	lemma := lower(s.Words[h].Lemma)
	dealer := counterparts[lemma] || holders[lemma]
	for _, c := range s.ChildrenWith(h, "nmod") {
		if c > h && (hasChildLemma(s, c, placeCases, "case") && !timeWord(s.Words[c]) || dealer && hasChildLemma(s, c, dealtCases, "case") ||
			hasChildLemma(s, c, regionCases, "case") && hasChildLemma(s, c, regionWords, "amod") ||
			workplaceBodies[lemma] && hasChildLemma(s, c, workplaceCases, "case")) {
			return c
		}
	}
	return -1
}

// chiefWords make an owned office the title of an officer ("chief
// executive").
var chiefWords = WordSet("chief")

// regionWords name a region of a place ("militias in northern Kundara"):
// a phrase of place, not the state that acts.
var regionCases, regionWords = WordSet("in"), WordSet("northern southern eastern western central north-eastern north-western south-eastern south-western northeastern northwestern southeastern southwestern rural coastal remote")

// workplaceBodies are bodies named by where their members work ("the
// largest staff union at both institutions", "truck drivers'
// associations in both countries"): the place does not act.
var workplaceBodies = WordSet("union association federation confederation guild")

// workplaceCases introduce where a body's members work ("at the plant",
// "in both countries").
var workplaceCases = WordSet("at in")

// holders are those who hold a stake in a body, or its goods, and act
// for themselves ("shareholders of Kestrel Bank will vote").
var holders = WordSet("holder shareholder stakeholder bondholder noteholder policyholder investor owner operator depositor subscriber passenger")

// dealtCases introduce the body those a counterpart or holder noun names
// deal with ("creditors of", "investors in").
var dealtCases = WordSet("of in")

// placeCases introduce a modifier of place that names no one who acts.
var placeCases = WordSet("on near along across around outside inside behind beside")

// timeCases introduce a modifier of time.
var timeCases = WordSet("after before since during until following")

// owners resolves a subject owned by "its", "their" or "our"
// ("its observers would monitor", "their troops will withdraw", "its
// foreign ministry said", "“our members will strike”"), or a body owned
// by a body named by its kind ("the council's cabinet"), to the body the
// owner stands for: a body acts through its people and offices.
func (r *actorResolver) owners(s *syntax.Sentence, si, h int) ([]int, bool) {
	if k := ownerPronoun(s, h); k >= 0 {
		if ps := r.bodyWithin(s, h); len(ps) > 0 {
			return ps, false // "Our coalition partners in the Farmers' Party have agreed": the party they form
		}
		if ps := r.namedAside(s, h); len(ps) > 0 {
			return ps, false // "by its owners, Aldgate Infrastructure Partners,": the owners named
		}
		if ps, _ := r.pronoun(s, si, k, lower(s.Words[k].Form)); len(ps) > 0 {
			return ps, true
		}
	}
	if !ownedBodies[lower(s.Words[h].Lemma)] && !envoyNouns[lower(s.Words[h].Lemma)] || hasChildLemma(s, h, chiefWords, "amod", "compound") {
		return nil, false // "the board's chief executive, Dr Meirion Pugh,": an officer, named
	}
	for _, k := range s.ChildrenWith(h, "nmod:poss") {
		if s.Words[k].UPOS != "NOUN" || !hasChildLemma(s, k, WordSet("the"), "det") {
			continue
		}
		words := []string{"the", lower(s.Words[k].Lemma)}
		if n := firstChild(s, k, "nummod"); n >= 0 && s.Words[k].XPOS == "NNS" {
			words = []string{"the", lower(s.Words[n].Form), lower(s.Words[k].Form)} // "the two countries' ministers"
		}
		if ps, ok := r.collective(s, words, si, s.Words[k].Start); ok && len(ps) > 0 {
			return ps, true // "the council's cabinet agreed": the council acts through it
		}
	}
	return nil, false
}

// headNamed reports whether head noun h is the last word of a party's
// name ("plc" in "Pennywell Stores plc"), not of a group's description
// ("the club's American owners"): an apposition after a name describes
// the party, it does not name who acts.
func (r *actorResolver) headNamed(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start > w.Start })
	for k--; k >= 0 && w.Start-r.mentions[k].start < maxNameBytes; k-- {
		if r.mentions[k].end == w.End && r.d.Parties[r.mentions[k].party].Kind != briefing.KindGroup {
			return true
		}
	}
	return false
}

// bodyWithin returns the organisations named after "in" or "from" on the
// plural noun h ("partners in the Farmers' Party", "colleagues from the
// union"): those people act as that body.
func (r *actorResolver) bodyWithin(s *syntax.Sentence, h int) []int {
	var out []int
	for _, k := range s.ChildrenWith(h, "nmod") {
		if !s.HasCase(k, "in", "from") {
			continue
		}
		if ps, found := r.subjectParties(s.Bytes(phrase(s, k))); found {
			for _, p := range ps {
				if orgKind(r.d.Parties[p].Kind) {
					out = appendPartyIdx(out, p)
				}
			}
		}
	}
	return out
}

// namedAside returns the parties named between commas right after noun
// h, in apposition or in a conjunct with no "and" of its own, as the
// parser may read it ("its owners, Aldgate Infrastructure Partners,").
func (r *actorResolver) namedAside(s *syntax.Sentence, h int) []int {
	for _, k := range s.ChildrenWith(h, "appos", "conj") {
		f, l := phrase(s, k)
		if f == 0 || s.Words[f-1].Form != "," || hasChildLemma(s, k, WordSet("and or"), "cc") {
			continue
		}
		if ps, found := r.subjectParties(s.Bytes(f, l)); found && len(ps) > 0 {
			return ps
		}
	}
	return nil
}

// envoyNouns are the people a body owned by its kind acts through ("the
// two countries' interior ministers signed").
var envoyNouns = WordSet("minister envoy negotiator representative delegate")

// ownerPronoun returns the "its", "their" or "our" that owns noun h, a plural
// ("its observers") or a body a state or organisation acts through ("its
// foreign ministry"), or -1.
func ownerPronoun(s *syntax.Sentence, h int) int {
	if w := s.Words[h]; w.UPOS != "NOUN" || w.XPOS != "NNS" && !ownedBodies[lower(w.Lemma)] || counterparts[lower(w.Lemma)] {
		return -1 // "its lenders refused": others who deal with it, not the body
	}
	for _, k := range s.ChildrenWith(h, "nmod:poss") {
		if f := lower(s.Words[k].Form); f == "its" || f == "their" || f == "our" {
			return k // "“Our members will not accept it,” said its secretary": the body the speaker or the page speaks for
		}
		if lower(s.Words[k].Form) == "my" && quotedWord(s, k) && (agents[lower(s.Words[h].Lemma)] || counsel[lower(s.Words[h].Lemma)]) {
			return k // "“My lawyers will take this to the tribunal,” she said": the speaker acts through them
		}
	}
	return -1
}

// bodyMembers reports whether a phrase names the members of a body
// without naming it: "members", "member companies", "member firms" (not
// "member states", who act as states).
func bodyMembers(words []string) bool {
	switch len(words) {
	case 1:
		return words[0] == "members" || memberPlural(words[0]) // "Deputies rejected an amendment"
	case 2:
		return words[0] == "member" && strings.HasSuffix(words[1], "s") && !stateNouns[words[1]]
	}
	return false
}

// memberPlural reports whether a lower-cased word is the plural of a
// noun of memberNouns for one who sits in a house ("deputies",
// "councillors"), not "members" of any body.
func memberPlural(w string) bool {
	if w == "members" {
		return false
	}
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		return memberNouns[stem+"y"]
	}
	return w != singular(w) && memberNouns[singular(w)]
}

// membershipBody reports whether party p is an organisation whose name
// says it is a body made of members ("Greater Rivermouth Landlords'
// Association").
func (r *actorResolver) membershipBody(p int) bool {
	return r.namedKindOf(p, memberBodies)
}

// house reports whether party p is an organisation whose name says it
// is a deliberative body, where deputies, councillors or senators sit.
func (r *actorResolver) house(p int) bool {
	return r.namedKindOf(p, houses)
}

// namedKindOf reports whether party p is an organisation whose name holds a
// word of kinds for its kind.
func (r *actorResolver) namedKindOf(p int, kinds []string) bool {
	name := strings.ToLower(r.d.Parties[p].Name)
	return orgKind(r.d.Parties[p].Kind) && slices.ContainsFunc(kinds, func(w string) bool { return kindInName(name, w) })
}

// memberBodies are the words that name a body made of members in its
// name ("Greater Rivermouth Landlords' Association").
var memberBodies = []string{"association", "union", "federation", "party", "club", "league", "alliance", "guild", "society", "chamber"}

// houses are the words that name a deliberative body ("Monetary Policy
// Committee", "National Assembly").
var houses = []string{"committee", "council", "assembly", "parliament", "senate", "congress", "board"}

// agents are the people besides counsel a speaker acts through: "my
// team will appeal" is the speaker's act.
var agents = WordSet("team agent adviser advisor representative")

// issuerTerms are the words a filing or a release capitalises for the
// company that issues it ("the Group", "the Company", "the Board").
var issuerTerms = WordSet("Group Company Board")

// ownedBodies are the bodies through which a state or an organisation
// acts: "its foreign ministry said" is the state speaking.
var ownedBodies = WordSet(organWords + " office department delegation spokesman spokeswoman spokesperson board executive leadership management team council committee")

// pronoun resolves a one-word actor h that is a pronoun or an owner ("his
// vow"): a quoted "we" or "I" is the speaker, "he" and "she" a person,
// "it" and "they" another party.
func (r *actorResolver) pronoun(s *syntax.Sentence, si, h int, w string) ([]int, bool) {
	if p, ok := possessiveSubject[w]; ok {
		if ps, bound := r.boundOwner(s, si, h); bound { // "the operator improved its pay offer": the operator's
			return ps, true
		}
		w = p
	}
	a := s.Words[h].Start
	switch {
	case w == "we" && r.quoted(s, h):
		if p, ok := r.labelledQuote(s, si); ok { // "Brandt: 'We will not govern with them'"
			return []int{p}, true
		}
		ps := r.spokenForBy(r.speaker(s, si, a), s, si, a)
		if v := s.Words[h].Head; v >= 0 && jointVerbs[s.Words[v].Lemma] && (s.Words[v].XPOS == "VBN" || s.Words[v].XPOS == "VBD") {
			if set := r.sidesOf(ps); len(set) > 0 {
				return set, true // "“We have agreed …,” Norway's minister told reporters": the sides that agreed
			}
		}
		return ps, true
	case (w == "i" || w == "'ll") && r.quoted(s, h):
		return r.speaker(s, si, a), true
	case w == "we" || w == "i":
		if p, ok := r.letterSigner(a); ok && w == "i" && !r.openQuotation(a) { // "Dear Prime Minister, … I will vote for the Budget … Yours ever, Helen"
			return []int{p}, true
		}
		if p, ok := r.turnSpeaker(si); ok { // "Lidia Varga: … We will not accept": the speaker of a transcript's turn
			if b, ok := r.turnBody(si); ok && w == "we" {
				return []int{p, b}, true // "Elena Sorokina, CFO: We will keep the dividend": her company's act
			}
			if w == "we" {
				return r.spokenForBy([]int{p}, s, si, a), true // and the government or body they speak for
			}
			return []int{p}, true
		}
		if m, ok := r.sender(); ok && w == "i" && !r.openQuotation(a) {
			return []int{m.person}, true // "I will host an open Q&A": the one the message is from
		}
		if p, ok := r.selfNamed(a); ok && w == "we" && r.inNamedVoice(a) { // "We, the undersigned chief executives, … We will publish our data"
			return []int{p}, true
		}
		if ps := r.authorsWe(a); len(ps) > 0 && w == "we" { // "I said we would fix 10,000 potholes": the speech's author and the body they serve
			return ps, true
		}
		if p, ok := r.ownVoice(si); ok && w == "we" { // "We will publish the result on this website": the page's own voice
			return []int{p}, true
		}
		if p, ok := r.announcerBefore(si); ok && w == "we" && !r.openQuotation(a) { // "The Department for Transport thanks the petitioners … we have decided"
			return []int{p}, true
		}
	case w == "you" && !r.quoted(s, h) && !willModals[modalOf(s, s.Words[h].Head)]: // "You will serve half of that term": told what will befall them
		if p, ok := r.addressee(si, a); ok { // "Mr Ashworth, you declined to answer any questions": the one spoken to
			return []int{p}, true
		}
	case w == "he" || w == "she":
		if p, ok := r.cataphor(s, h, w); ok { // "Because he has promised …, Tom Hale is under pressure"
			return []int{p}, true
		}
		if p, ok := r.sayersOwner(s, h); ok { // "Morovets's employer said he would take several weeks off": Morovets
			return []int{p}, true
		}
		if ps := r.unnamedOfficer(si); len(ps) > 0 && saysIt(s, h) { // "Iceland's fisheries minister said … “…,” she told reporters": Iceland
			return ps, true
		}
		return r.salientPerson(si, a, w), true
	case w == "it" && quotedWord(s, h):
		if p, ok := r.quotedIt(si); ok {
			return []int{p}, true
		}
		ps := r.speaker(s, si, a)
		if body := r.subjectBefore(si, r.institution); r.onlyPeople(ps) && len(body) > 0 {
			return body, true // "“The bank told us … Today it agreed to pay them back,” Raman said"
		}
		return ps, true
	case w == "it":
		if ps, ok := r.officeSaid(s, si, h); ok { // "the governor's office said it would review the offer": the governor
			return ps, true
		}
		if ps, ok := r.governorOf(s, si, h); ok { // "The Kestrel dairy company said it would close": the reporter
			return ps, true
		}
		if ps, ok := r.parallelSubject(s, si, h); ok { // "said the carrier would not seek new equity, and that it planned …": the carrier
			return ps, true
		}
		return r.salientWhere(si, a, r.institution), true // a group is "they"
	case w == "they":
		if ps, ok := r.conjoinedSubject(s, si, h); ok { // "Our members do not want to strike, but they will not accept a cut": the members
			return ps, true
		}
		if ps, ok := r.governorOf(s, si, h); ok { // "Newspapers run such headlines because they want to sell": the newspapers
			return ps, true
		}
		if ps, ok := r.setBefore(s, si, h); ok { // "The two sides decided to upgrade relations. They agreed to hold talks"
			return ps, true
		}
		if _, _, ok := r.unnamedAntecedent(s, si, h); ok { // "Prosecutors said … They have promised": the prosecutors
			return nil, false
		}
		return r.salient(si, a, nonPersonKind), true
	}
	return nil, false
}

// speakersFor are those who speak for the person who owns them: "X's
// employer said he would …" tells of X.
var speakersFor = WordSet("employer club team agent manager spokesman spokeswoman spokesperson representative publisher family")

// sayersOwner resolves "he" or "she" at word h, the subject of a clause
// reported by a verb whose subject is one who speaks for a person named
// as its owner ("Morovets's employer, the daily Dravski Glas, said he
// would take several weeks off"), to that person.
func (r *actorResolver) sayersOwner(s *syntax.Sentence, h int) (int, bool) {
	v := s.Words[h].Head
	if v < 0 || !reportedClause(s, v) {
		return 0, false
	}
	say := s.Words[v].Head
	sub := firstChild(s, say, "nsubj")
	if sub < 0 || s.Words[sub].UPOS != "NOUN" || !speakersFor[lower(s.Words[sub].Lemma)] {
		return 0, false
	}
	for _, k := range s.ChildrenWith(sub, "nmod:poss") {
		a, b := s.Bytes(phrase(s, k))
		for _, p := range r.in(a, b) {
			if personKind(r.d.Parties[p].Kind) {
				return p, true
			}
		}
		if p, ok := r.surnamed(s.Words[k].Form); ok {
			return p, true
		}
	}
	return 0, false
}

// conjoinedSubject resolves "they" at word h, the subject of a clause
// joined to one before it whose subject is a plural noun, to what that
// noun stands for: "Our members do not want to ruin anyone's holiday, but
// they will not accept a pay cut".
func (r *actorResolver) conjoinedSubject(s *syntax.Sentence, si, h int) ([]int, bool) {
	v := s.Words[h].Head
	if v < 0 || !text.RelIs(s.Words[v].Rel, "conj") || s.Words[v].Head < 0 {
		return nil, false
	}
	n := firstChild(s, s.Words[v].Head, "nsubj")
	if n < 0 || n > h || s.Words[n].XPOS != "NNS" {
		return nil, false
	}
	ps, _ := r.resolve(s, si, n)
	return ps, len(ps) > 0
}

// parallelSubject resolves "it" at word h, the subject of a clause
// reported beside an earlier one by the same verb of saying, or joined to
// an earlier clause, whose subject is a singular common noun ("said the
// carrier would not seek new equity, and that it planned to keep net debt
// low"), to what that noun stands for.
func (r *actorResolver) parallelSubject(s *syntax.Sentence, si, h int) ([]int, bool) {
	v := s.Words[h].Head
	if v < 0 || s.Words[v].Head < 0 {
		return nil, false
	}
	u := s.Words[v].Head
	var before []int // the clauses beside v
	switch {
	case text.RelIs(s.Words[v].Rel, "conj") && text.ReportVerbs[s.Words[u].Lemma]: // "said X would …, and that it planned", the parse joining the second to "said"
		before = s.ChildrenWith(u, "ccomp")
	case text.RelIs(s.Words[v].Rel, "conj"):
		before = []int{u}
	default:
		return nil, false
	}
	for _, c := range before {
		n := firstChild(s, c, "nsubj")
		if c < v && n >= 0 && n < h && s.Words[n].XPOS == "NN" && firstChild(s, n, "det") >= 0 {
			ps, _ := r.resolve(s, si, n)
			return ps, len(ps) > 0
		}
	}
	return nil, false
}

// setBefore returns the parties that acted together in a commitment of
// the sentence before sentence si when "they" opens si (word h) outside
// any quotation: "The two sides decided to upgrade relations. They agreed
// to hold annual consultations" — both sides, not the last one named.
func (r *actorResolver) setBefore(s *syntax.Sentence, si, h int) ([]int, bool) {
	if !opensSentence(s, h) || quotedWord(s, h) || len(r.acted) == 0 {
		return nil, false
	}
	k := len(r.acted) - 1
	for k >= 0 && r.actedIn[k] == si {
		k-- // what this sentence has drafted already: "They agreed to hold talks and to convene the committee"
	}
	if k >= 0 && r.actedIn[k] == si-1 && len(r.acted[k]) > 1 && (r.allOfKind(r.acted[k], nonPersonKind) || r.allOfKind(r.acted[k], personKind)) {
		return r.acted[k], true // "The ministers agreed … They also agreed": the two ministers
	}
	return nil, false
}

// quoted reports whether word h of s stands inside a quotation: marks
// around it in its sentence, or a quotation its paragraph opened before
// it and left open ("“This report makes uncomfortable reading. I will
// hold him to that.").
func (r *actorResolver) quoted(s *syntax.Sentence, h int) bool {
	return quotedWord(s, h) || r.openQuotation(s.Words[h].Start)
}

// jointVerbs name acts that sides do together: told as done ("we have
// agreed", "we signed"), the act of all of them.
var jointVerbs = WordSet("agree sign")

// sidesOf returns the parties of the last commitment several made
// together when one of ps is among them: a speaker of one side says "we"
// for all the sides of the agreement.
func (r *actorResolver) sidesOf(ps []int) []int {
	for k := len(r.acted) - 1; k >= 0; k-- {
		if set := r.acted[k]; len(set) > 1 {
			for _, p := range ps {
				if hasIndex(set, p) && !personKind(r.d.Parties[p].Kind) {
					return set
				}
			}
			return nil
		}
	}
	return nil
}

// quotedIt resolves an "it" inside a quotation in sentence si to the
// organisation or state named in the same sentence, quotation and
// attribution ("“It will close the plant,” Acme said"). Else the quoted
// "it" stands for a thing the speaker speaks of ("“It will provide every
// tool,” Mr Bush said of his budget") and is no party.
func (r *actorResolver) quotedIt(si int) (int, bool) {
	if si >= len(r.d.Sentences) {
		return 0, false
	}
	sent := r.d.Sentences[si]
	return r.firstIn(sent.Start, sent.End, r.institution)
}

// phraseWords returns the lower-cased words of s from first to last,
// without punctuation and particles.
func phraseWords(s *syntax.Sentence, first, last int) []string {
	var words []string
	for k := first; k <= last; k++ {
		if s.Words[k].UPOS != "PUNCT" && s.Words[k].UPOS != "PART" {
			words = append(words, lower(s.Words[k].Form))
		}
	}
	return words
}

// claimAboutOther reports whether a will-clause is a person's claim about
// another party rather than that party's commitment: it is reported by a
// named person who is not among its actors, and who is known to be of
// another party ("US President Trump said Mexico would pay") or speaks of
// other people ("Trump said Clinton would raise taxes").
func (r *actorResolver) claimAboutOther(c clause) bool {
	s := c.s
	w := s.Words[c.verb]
	if c.strong || commitVerbs[lemmaOf(s.Words[c.pred])] != (predicate{}) || w.Head < 0 ||
		!text.RelIs(w.Rel, "ccomp") || !text.ReportVerbs[s.Words[w.Head].Lemma] {
		return false
	}
	sub := firstChild(s, w.Head, "nsubj")
	if sub < 0 || len(c.actors) == 1 && ownedPerson(s, c.actors[0]) >= 0 {
		return false // "Dawson's lawyer, Ravi Mehta, said his client would appeal": he speaks for his client
	}
	if speakersFor[lower(s.Words[sub].Lemma)] && firstChild(s, sub, "nmod:poss") >= 0 {
		return false // "Morovets's employer, the daily Dravski Glas, said he would take weeks off": it speaks for him
	}
	sayers, _ := r.resolve(s, c.si, sub)
	actors, _ := r.clauseParties(c)
	if len(sayers) != 1 || len(actors) == 0 || r.d.Parties[sayers[0]].Kind != briefing.KindPerson {
		return false
	}
	p := sayers[0]
	if r.isCounsel(p) {
		return false // "Its barrister, Joanna Pike, said the US Department of Justice had given assurances": counsel put their client's case
	}
	if speaksForOffice(r.d.Parties[p].Role, s, c.actors) {
		return false // "A ministry spokesman said the minister would meet the leaders on Thursday"
	}
	if o := firstChild(s, sub, "nmod:poss"); o >= 0 && s.Words[o].UPOS == "PRON" {
		return false // "its parliamentary leader, Ines Lobo, said the party would abstain": an officer speaks for the body she serves
	}
	home, known := r.personParty(p, nonPersonKind)
	people := true
	for _, a := range actors {
		if a == p || known && a == home {
			return false
		}
		people = people && r.d.Parties[a].Kind == briefing.KindPerson
	}
	return known || people // whose side an unplaced speaker is on is unknown: "he said Manila would …"
}

// straddled returns the start of a name that begins before byte a and
// ends inside [a, b) — a name the parser split from its phrase
// ("President Susilo | Bambang Yudhoyono's government") — or a.
func (r *actorResolver) straddled(a, b int) int {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for k--; k >= 0 && a-r.mentions[k].start < maxNameBytes; k-- {
		if m := r.mentions[k]; m.end > a && m.end <= b {
			return m.start
		}
	}
	return a
}

// hyphenated returns the end of a name that starts inside [a, b) and
// runs on past b across a hyphen the parser split it at ("Dr. Anja
// Petrović | -Lind"), or b.
func (r *actorResolver) hyphenated(a, b int) int {
	if b >= len(r.d.Text) || r.d.Text[b] != '-' {
		return b
	}
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for ; k < len(r.mentions) && r.mentions[k].start < b; k++ {
		if m := r.mentions[k]; m.end > b && m.end-b < maxNameBytes {
			return m.end
		}
	}
	return b
}

// maxNameBytes bounds how far back a split name may start.
const maxNameBytes = 120

// subjectParties returns the parties a subject names as its heads, and
// whether it names any: a name before another with no "and" between is a
// modifier ("Morocco's King Mohammed VI", "Italian Prime Minister Silvio
// Berlusconi"), and a name before a common noun makes the whole subject a
// description, not the party ("the Italian liqueur maker").
func (r *actorResolver) subjectParties(start, end int) ([]int, bool) {
	ms := r.picked(start, end)
	if len(ms) == 0 {
		return nil, false
	}
	var out []int
	for n, m := range ms {
		if n+1 < len(ms) && personKind(r.d.Parties[m.party].Kind) && personOf[strings.TrimSuffix(strings.TrimSpace(r.d.Text[m.end:ms[n+1].start]), " the")] {
			return []int{m.party}, true // "Greta Lindqvist of Germany said she would resign", "Ana Duarte of the Public Law Project": the person, not her state or body
		}
		if n+1 < len(ms) && ms[n+1].party != m.party && !joinedNames(r.d.Text[m.end:ms[n+1].start]) ||
			locative(r.d.Text[start:m.start]) || m.start > start && r.placed(m.start) {
			continue // "the crossings at Zalambessa and Bure": where, not who
		}
		if genericName(r.d.Parties[m.party].Name) {
			continue // "her Government", "the Administration": a description with a capital, not a name
		}
		if r.d.Parties[m.party].Kind != briefing.KindPlace { // "the mayor of Greater Manchester": a place acts through someone
			out = appendPartyIdx(out, m.party)
		}
	}
	if len(out) == 0 {
		return nil, false
	}
	lastParty := r.d.Parties[ms[len(ms)-1].party]
	if tail := r.d.Text[ms[len(ms)-1].end:end]; describes(tail) && !(familyOf(tail) && !personKind(lastParty.Kind)) &&
		!(lastParty.Kind == briefing.KindOrganisation && namesKind(tail)) && !(orgKind(lastParty.Kind) && actsThrough(tail)) { // "the Georgian Dream party" is Georgian Dream; "UN staff" the UN
		return nil, true
	}
	return out, true
}

// actsThrough reports whether the words after a body's name name the
// people or the team it acts through ("UN staff", "an IMF mission", "EU
// negotiators"): the body acts.
func actsThrough(tail string) bool {
	words := strings.Fields(strings.ToLower(strings.Trim(tail, " ,.")))
	return len(words) == 1 && sentAgents[words[0]]
}

// sentAgents are the people and teams a body sends to act for it.
var sentAgents = WordSet("staff mission missions officials negotiators monitors observers inspectors personnel envoys delegation delegates teams")

// personOf joins a person's name to the state or body they come from.
var personOf = WordSet("of from")

// genericName reports whether a party's name is only a word for a body
// of government, as texts that capitalise it write it ("the Government").
func genericName(name string) bool {
	return governing[strings.ToLower(name)]
}

// joinedNames reports whether the text between two names joins them as
// two actors.
func joinedNames(between string) bool {
	for _, j := range []string{" and ", ",", "&", " or ", "/", " with "} {
		if strings.Contains(between, j) {
			return true
		}
	}
	return false
}

// governmentNouns after a name keep the name as the actor ("the Chinese
// government" is China, "the Sudanese army" Sudan, "a senior Serbian
// official" Serbia); so do the words for the members of a bloc acting
// together ("NATO allies", "OPEC+ producers", "EU member states") and
// for the people or the organ a body acts through ("the Halden board",
// "Kestrel negotiators", "the JSDF contingent").
var governmentNouns = WordSet("government governments authorities administration official officials leadership side " +
	"delegation cabinet ministry regime state leaders army military navy embassy consulate " +
	"allies members producers states countries nations partners " +
	"board negotiators contingent team management executives spokesman spokeswoman spokesperson troops forces personnel bosses lawyers")

// describes reports whether the words after the last name hold a common
// noun that heads the subject ("liqueur maker").
func describes(tail string) bool {
	if strings.HasPrefix(tail, "'s") || strings.HasPrefix(tail, "’s") {
		return false
	}
	if strings.HasPrefix(strings.TrimLeft(tail, " "), ",") {
		return false // "Councillor Jess Lennon, executive member for communities,": the office set off by commas describes the name
	}
	for _, w := range strings.Fields(tail) {
		w = strings.Trim(w, "()[]\"“”'’,.")
		if w == "" || w == "s" || strings.HasPrefix(w, "'") || strings.HasPrefix(w, "’") {
			continue
		}
		if governmentNouns[strings.ToLower(w)] || armedPeople[strings.ToLower(w)] || Prepositions[w] {
			return false // "the Chinese government", "the Black Ridge Front rebels", "Ecuador on Tuesday"
		}
		if r := w[0]; r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

// familyOf reports whether the words after a name only say that the
// name is a family's ("the Delaney family"): the family is the party
// its name names, unless that is one person of it.
func familyOf(tail string) bool {
	words := strings.Fields(strings.Trim(tail, " ,."))
	return len(words) == 1 && (words[0] == "family" || words[0] == "families")
}

// namesKind reports whether the words after an organisation's name only
// say what kind of body it is ("party", "group"), or what it does and
// then what kind of body it is ("the Kestrel dairy company", "the Orvane
// software group"): the name qualifies its own kind. A word that makes
// the body another one ("the Kestrel parent company", "its rival
// group") or a maker of the name's goods ("the Ford parts maker") keeps
// the subject a description.
func namesKind(tail string) bool {
	words := strings.Fields(strings.Trim(tail, " ,."))
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	allKinds := len(words) <= 2
	for _, w := range words {
		allKinds = allKinds && (bodyNouns[strings.ToLower(w)] || ownKinds[strings.ToLower(w)])
	}
	if allKinds {
		return true
	}
	if !ownKinds[words[len(words)-1]] {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if otherBody[w] || closedWords[w] || strings.IndexFunc(w, func(c rune) bool { return (c < 'a' || c > 'z') && c != '-' }) >= 0 {
			return false
		}
	}
	return true
}

// ownKinds are the nouns for a kind of body that a name and a word for
// its trade qualify ("the Kestrel dairy company", "the Unite trade
// union").
var ownKinds = WordSet("company group firm corporation conglomerate bank party union")

// closedWords are the articles, owners, conjunctions and prepositions
// that join a name to another phrase rather than to its own kind ("the
// ministry and the company").
var closedWords = WordSet("and or but nor the a an its their his her our this that these those of for to in on at by with from as")

// otherBody are the words that, between a name and a kind of body, make
// the body another one than the name's.
var otherBody = WordSet("parent rival sister subsidiary partner holding former successor breakaway splinter")

// possessiveSubject reads an owner ("his vow", "our commitment") as the
// pronoun that would be the subject.
var possessiveSubject = map[string]string{"his": "he", "her": "she", "its": "it", "their": "they", "our": "we", "my": "i"}

// names returns the names of parties.
func (r *actorResolver) names(ps []int) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		out = append(out, r.d.Parties[p].Name)
	}
	return out
}

// namedOwnBody returns the organisation whose name the head word h of a
// subject in bytes [a, b) ends, when an "of" phrase on h names the body
// it belongs to ("the Monetary Policy Committee (MPC) of the Central Bank
// of Varessa"): the named committee acts, the bank only places it.
func (r *actorResolver) namedOwnBody(s *syntax.Sentence, h, a, b int) (int, bool) {
	w := s.Words[h]
	if w.UPOS != "PROPN" || len(caseChildren(s, h, "of")) == 0 {
		return 0, false
	}
	for _, m := range r.picked(a, b) {
		if m.start <= w.Start && w.End <= m.end && m.end <= s.Words[caseChildren(s, h, "of")[0]].Start && orgKind(r.d.Parties[m.party].Kind) {
			return m.party, true
		}
	}
	return 0, false
}
