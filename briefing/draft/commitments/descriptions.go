package commitments

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// described returns the party a definite description at byte a stands
// for: for "the" and a noun, the last one named before it that the text
// described by that noun ("the developer, Corran Homes,"); else the last
// organisation named before it whose name holds every word of it after
// the article ("the London exchange", "the exchange" after the
// London Stock Exchange); else, when the description is headed by a noun
// for a body ("the Paris-based exchange", "the paramilitary group"), the
// organisation that is the subject of a sentence shortly before, nearest
// first, when the description says more than its noun and its own
// sentence names no organisation before it ("the department store
// group" after "Pennant & Gray has agreed to buy the chain Hollis Home"),
// or else the last organisation named shortly before, that no place in
// the description rules out (a "Paris-based" exchange is not the London
// Stock Exchange).
func (r *actorResolver) described(words []string, a int) []int {
	if len(words) > 2 && (words[0] == "a" || words[0] == "an") || len(words) == 2 && words[0] == "one" && namedBodies[words[1]] != nil {
		return r.introduced(words[1:], a) // "one council has already said it will not pay" before "Dunmore Borough Council said"
	}
	if len(words) < 2 || words[0] != "the" && words[0] != "this" {
		return nil
	}
	if p, ok := r.describedBy(words, a); ok { // "the port operator" after or before "Harbour Logistics, which runs the port"
		return []int{p}
	}
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for n := k - 1; n >= 0 && len(words) == 2; n-- { // "the developer" after "the developer, Corran Homes": the party the text called so
		if p := r.mentions[n].party; nonPersonKind(r.d.Parties[p].Kind) && r.describedAs(p, words[len(words)-1]) {
			return []int{p}
		}
	}
	for n := k - 1; n >= 0; n-- {
		p := r.mentions[n].party
		if r.d.Parties[p].Kind != briefing.KindOrganisation {
			continue
		}
		name := WordSet(strings.ToLower(r.d.Parties[p].Name))
		all := true
		for _, w := range words[1:] {
			all = all && name[w]
		}
		if all {
			return []int{p}
		}
	}
	if p, ok := r.namedSoonAfter(words[1:], a); ok { // "the central bank will stop lending … The Central Bank of Lumeria said"
		return []int{p}
	}
	if last := words[len(words)-1]; !bodyNouns[last] && !tradeNouns[last] {
		return nil // not "the London-listed miner", a business by its trade
	}
	if p, named := r.partyOfGroup(words, a); named { // "the Conservative group on the council": the Conservatives
		if p < 0 {
			return nil // not the last body named before it
		}
		return []int{p}
	}
	homes := placesOf(words[1 : len(words)-1])
	si, back := r.sentenceIndex(a), -1
	if len(words) > 2 && !r.bodyNamedBefore(a) {
		back = si - 1
	}
	for ; back >= 0 && si-back <= descriptionReach; back-- {
		for _, p := range r.sentenceSubjects(back) {
			if r.d.Parties[p].Kind == briefing.KindOrganisation && !r.placedElsewhere(p, homes) {
				return []int{p} // "Pennant & Gray has agreed to buy the chain Hollis Home … The department store group will pay £46m": the buyer the story is about
			}
		}
	}
	reach := r.sentenceStart(a, descriptionReach)
	for n := k - 1; n >= 0 && r.mentions[n].start >= reach; n-- {
		p := r.mentions[n].party
		if r.d.Parties[p].Kind == briefing.KindOrganisation && !r.placedElsewhere(p, homes) && !r.modifierName(r.mentions[n]) {
			return []int{p}
		}
	}
	return nil
}

// bodyNamedBefore reports whether an organisation is named in the
// sentence of byte a before it ("OHI's director said the charity
// would …").
func (r *actorResolver) bodyNamedBefore(a int) bool {
	from := r.sentenceStart(a, 0)
	for _, m := range r.mentions {
		if m.start >= from && m.start < a && r.d.Parties[m.party].Kind == briefing.KindOrganisation {
			return true
		}
	}
	return false
}

// modifierName reports whether mention m is a name that only modifies the
// common noun after it ("all five of its platforms in the Fenwick
// field"): it names a thing or a place there, not a body that acts.
func (r *actorResolver) modifierName(m partyMark) bool {
	s := r.sentence(r.sentenceIndex(m.start))
	if s == nil {
		return false
	}
	k := wordAt(s, m.end-1)
	if k < 0 || !text.RelIs(s.Words[k].Rel, "compound") {
		return false
	}
	h := s.Words[k].Head
	return h > k && s.Words[h].UPOS == "NOUN"
}

// namedSoonAfter returns the organisation first named in the
// descriptionReach sentences after the one of byte a whose name
// holds every one of two or more words of a description ("the central
// bank" before "the Central Bank of Lumeria"), or the one word for a body
// that names its kind ("council"), else the only one named
// there that is a body of the kind the description's last word names
// ("the main employers' federation" before "the Federation of Retail and
// Distribution Employers"): a text may describe a body before it names
// it.
func (r *actorResolver) namedSoonAfter(words []string, a int) (int, bool) {
	if len(words) == 0 || len(words) == 1 && namedBodies[words[0]] == nil {
		return 0, false
	}
	si := r.sentenceIndex(a)
	if si >= len(r.d.Sentences) {
		return 0, false
	}
	from, end := r.d.Sentences[si].End, len(r.d.Text)
	if n := si + descriptionReach; n < len(r.d.Sentences) {
		end = r.d.Sentences[n].End
	}
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= from })
	fit, fits := -1, 0
	for ; k < len(r.mentions) && r.mentions[k].start < end; k++ {
		p := r.mentions[k].party
		if r.d.Parties[p].Kind != briefing.KindOrganisation {
			continue
		}
		if nameHolds(r.d.Parties[p].Name, words...) {
			return p, true
		}
		if head := words[len(words)-1]; p != fit && nameSaysBody(r.d.Parties[p].Name, head) {
			fit, fits = p, fits+1
		}
	}
	return max(fit, 0), fits == 1 // "the main employers' federation … the Federation of Retail and Distribution Employers": the one body of its kind named
}

// nameSaysBody reports whether an organisation's name says it is a body
// of the kind noun names ("Leeds City Council" a council; see kindInName).
func nameSaysBody(name, noun string) bool {
	name = strings.ToLower(name)
	return slices.ContainsFunc(namedBodies[noun], func(w string) bool { return kindInName(name, w) })
}

// kindInName reports whether the lower-cased name of a body holds the
// word w for its kind ("kessington police"). A whole word that only says
// what the body deals with ("independent office for police conduct"), or
// a word for a force that qualifies a body joining or overseeing its
// officers ("police federation"), does not tell its kind; part of a word
// ("regulat" in "office of water regulation") tells what the body does,
// which is its kind. A place's word before one of those nouns still does:
// a port authority runs the port.
func kindInName(name, w string) bool {
	for from := 0; ; {
		k := strings.Index(name[from:], w)
		if k < 0 {
			return false
		}
		k += from
		from = k + len(w)
		if before, _ := utf8.DecodeLastRuneInString(name[:k]); k > 0 && !notWordRune(before) {
			continue
		}
		if after, _ := utf8.DecodeRuneInString(name[from:]); from < len(name) && !notWordRune(after) {
			return true // part of a word: "regulat" in "regulation", "hospital" in "hospitals"
		}
		if !dealtWith(name[:k]) && !(forceWords[w] && qualifies(name[from:])) {
			return true
		}
	}
}

// dealtWith reports whether the words of a body's name before a word
// hold one that opens what the body deals with ("office for", "commission
// on").
func dealtWith(before string) bool {
	return slices.ContainsFunc(strings.FieldsFunc(before, notWordRune), func(w string) bool { return topicCases[w] })
}

// topicCases open the part of a body's name that says what it deals with.
var topicCases = WordSet("for on against into")

// qualifies reports whether the words of a body's name after a word
// begin with a noun for a body that joins, speaks for or oversees those
// the word names ("police federation", "police complaints authority"),
// not one of the services through which they act ("police department").
func qualifies(after string) bool {
	words := strings.FieldsFunc(after, notWordRune)
	return len(words) > 0 && overseeingHeads[strings.TrimSuffix(words[0], "s")]
}

// forceWords name a police force and its officers.
var forceWords = WordSet("police constabulary")

// overseeingHeads are nouns for bodies that join, speak for or oversee
// the people or things a word before them names.
var overseeingHeads = WordSet("federation association union council commission authority committee board complaint " +
	"conduct commissioner ombudsman inspectorate")

// introduced returns the organisation that an indefinite description at
// byte a brings into the story before the text names it ("A hospital
// trust rated \"inadequate\" has promised … Wyvern Valley Hospitals NHS
// Trust published its plan"): one whose name holds the description's
// words, named soon after it and not before.
func (r *actorResolver) introduced(words []string, a int) []int {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for n := k - 1; n >= 0; n-- {
		if p := r.mentions[n].party; r.d.Parties[p].Kind == briefing.KindOrganisation && nameHolds(r.d.Parties[p].Name, words...) {
			return nil // one was named before: this is another
		}
	}
	if p, ok := r.namedSoonAfter(words, a); ok {
		return []int{p}
	}
	if p, ok := r.firmNamedSoonAfter(words[len(words)-1], a); ok {
		return []int{p} // "A chemical manufacturer … has agreed to remove the sediment. Corvane Chemicals signed"
	}
	return nil
}

// firmNamedSoonAfter returns the first organisation named in the
// descriptionReach sentences after the one holding byte a, when noun is a
// word for a business ("manufacturer", "carmaker") and that organisation
// is no body of another kind and was not named before a, save in the
// headline: a business's name seldom holds its trade. What the
// description's own sentence names is what the business acts on ("has
// signed an agreement that will give Traditional Owners a share").
func (r *actorResolver) firmNamedSoonAfter(noun string, a int) (int, bool) {
	si := r.sentenceIndex(a)
	if !firmNouns[noun] || si >= len(r.d.Sentences) {
		return 0, false
	}
	end := len(r.d.Text)
	if n := si + descriptionReach; n < len(r.d.Sentences) {
		end = r.d.Sentences[n].End
	}
	from := r.d.Sentences[si].End
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= from })
	for ; k < len(r.mentions) && r.mentions[k].start < end; k++ {
		p := r.mentions[k].party
		if r.d.Parties[p].Kind != briefing.KindOrganisation {
			continue
		}
		if r.otherBody(p, "company") || r.namedInBodyBefore(p, a) {
			return 0, false
		}
		return p, true
	}
	return 0, false
}

// namedInBodyBefore reports whether party p is named before byte a
// outside the headline, which names what the body then tells.
func (r *actorResolver) namedInBodyBefore(p, a int) bool {
	for _, m := range r.mentions {
		if m.party == p && m.start < a && !headerLine(r.d, r.sentenceIndex(m.start)) {
			return true
		}
	}
	return false
}

// bodyNouns head descriptions of an organisation named before.
var bodyNouns = WordSet("group company firm bank exchange bourse carrier airline maker giant retailer operator " +
	"insurer lender broadcaster network agency movement militia alliance coalition faction organisation organization bloc charity")

// bodyWord reports whether a noun names a body that acts for itself ("the
// police", "the council", "the army"), not people who act for one.
func bodyWord(lemma string) bool {
	return bodyNouns[lemma] || namedBodies[lemma] != nil || governing[lemma] || singleNouns[lemma] != nil
}

// descriptionReach is how many sentences back, besides its own, the
// organisation a description stands for may have been named.
const descriptionReach = 2

// sentenceStart returns the start of the sentence back sentences before
// the one holding byte a.
func (r *actorResolver) sentenceStart(a, back int) int {
	n := r.sentenceIndex(a)
	n = max(0, min(n, len(r.d.Sentences)-1)-back)
	if n >= len(r.d.Sentences) {
		return a
	}
	return r.d.Sentences[n].Start
}

// placesOf returns the countries the words of a description place it in:
// "Paris-based" France, "German" Germany, "Anglo-Dutch" none it can tell.
func placesOf(words []string) map[string]bool {
	g := gazetteer.Load()
	out := map[string]bool{}
	for _, w := range words {
		w, _, _ = strings.Cut(w, "-based")
		if c := countryOf(g, w); c != "" {
			out[c] = true
		}
	}
	return out
}

// countryOf returns the country a word names, is the demonym or capital
// of, or lies in; "" when it is none.
func countryOf(g *gazetteer.Gazetteer, w string) string {
	ref, ok := g.LookupFolded(w)
	if !ok {
		return ""
	}
	e := g.Entities[ref.Entity]
	switch e.Kind {
	case briefing.KindCountry:
		return e.Name
	case briefing.KindPlace:
		return e.Country
	}
	return ""
}

// placedElsewhere reports whether party p's name places it in a country
// other than all of homes ("London Stock Exchange" for a "Paris-based"
// exchange).
func (r *actorResolver) placedElsewhere(p int, homes map[string]bool) bool {
	if len(homes) == 0 {
		return false
	}
	g := gazetteer.Load()
	for _, w := range strings.Fields(r.d.Parties[p].Name) {
		if c := countryOf(g, w); c != "" && !homes[c] {
			return true
		}
	}
	return false
}

// officeHolder returns the person named before byte a whose role is the
// office a definite description names: "the prime minister" after Prime
// Minister Ruta Kairiene, "the senator" after Senator Ray Castellano.
func (r *actorResolver) officeHolder(words []string, a int) []int {
	if len(words) < 2 || words[0] != "the" || !offices[words[len(words)-1]] {
		return nil
	}
	office := strings.Join(words[1:], " ")
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for k--; k >= 0; k-- {
		p := r.d.Parties[r.mentions[k].party]
		if p.Kind == briefing.KindPerson && strings.Contains(" "+strings.ToLower(p.Role)+" ", " "+office+" ") &&
			!strings.Contains(strings.ToLower(p.Role), "former") {
			return []int{r.mentions[k].party}
		}
	}
	return nil
}

// writtenOfficeHolder returns the one person whose role is the whole
// office a definite description writes with its body, wherever the text
// names them: "the chief constable of West Midlands Police" for the person
// drafted as "chief constable of West Midlands Police".
func (r *actorResolver) writtenOfficeHolder(words []string) []int {
	if len(words) < 4 || words[0] != "the" || !slices.Contains(words, "of") || !offices[words[1]] && !offices[words[slices.Index(words, "of")-1]] {
		return nil
	}
	office := strings.Join(words[1:], " ")
	var ps []int
	for p, party := range r.d.Parties {
		if party.Kind == briefing.KindPerson && strings.ToLower(party.Role) == office {
			ps = append(ps, p)
		}
	}
	if len(ps) != 1 {
		return nil
	}
	return ps
}

// laterHolder returns the person that a definite description of an
// office in sentence si stands for when no holder of that office is named
// before byte a: the first person named in the next two sentences whose
// role holds the office ("Harbridge's mayor has promised to build 1,500
// homes. Mayor Julie Ashcombe made the pledge …", "The Speaker of the
// House of Commons has turned down a request … Speaker Laurent Desrochers
// told …"). An indefinite description is namedNext's.
func (r *actorResolver) laterHolder(si int, words []string, a int) []int {
	office := officeWord(words)
	if office == "" || words[0] == "a" || words[0] == "an" {
		return nil
	}
	holds := func(p int) bool {
		q := r.d.Parties[p]
		return q.Kind == briefing.KindPerson && slices.Contains(strings.Fields(strings.ToLower(q.Role)), office)
	}
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for n := k - 1; n >= 0; n-- {
		if holds(r.mentions[n].party) {
			return nil // named before: officeHolder's
		}
	}
	for n := si + 1; n <= si+2 && n < len(r.d.Sentences); n++ {
		for _, m := range r.picked(r.d.Sentences[n].Start, r.d.Sentences[n].End) {
			if holds(m.party) {
				return []int{m.party}
			}
		}
	}
	return nil
}

// officeWord returns the office a description names ("mayor" in
// "harbridge mayor", "speaker" in "the speaker of the house of commons"),
// or "" when it names none.
func officeWord(words []string) string {
	w := ""
	if k := slices.Index(words, "of"); k > 0 {
		w = words[k-1]
	} else if len(words) > 1 {
		w = words[len(words)-1]
	}
	if !offices[w] {
		return ""
	}
	return w
}

// leavesOffice reports whether the verb whose subject is word h, or a
// verb it governs, is about holding the office itself ("has refused to
// resign", "will step down", "would stay in post"): the holder's own act,
// not the body's.
func leavesOffice(s *syntax.Sentence, h int) bool {
	for v := s.Words[h].Head; v >= 0; {
		if officeExits[s.Words[v].Lemma] {
			return true
		}
		xs := s.ChildrenWith(v, "xcomp")
		if len(xs) == 0 {
			return false
		}
		v = xs[0]
	}
	return false
}

// officeExits are the verbs of leaving or keeping an office.
var officeExits = WordSet("resign quit retire step stand stay remain")

// localBodies are bodies that serve a place, named by the place when the
// text gives no name of their own: "the council" of the town its
// councillors sit for.
var localBodies = WordSet("council police")

// unnamedActors renders actor heads that name no known party from their
// own words (see actorWords), a local body by the place the text ties it
// to ("Councillors in Northbridge voted … The Labour-run council said":
// "Northbridge council"), a government and its unnamed ministers or
// officials by the one state the text names (see textState), members
// with no owner by the union the text names.
func (r *actorResolver) unnamedActors(s *syntax.Sentence, si int, heads []int) []string {
	var out []string
	for _, h := range heads {
		if distributive(s, h) || s.Words[h].XPOS == "WP" && opensSentence(s, h) || wordingNouns[lower(s.Words[h].Lemma)] {
			continue // "each player" when no set was named: anyone, no actor; "Who pledged what": a question; "language that guarantees 20%": a text
		}
		h = governedPronounHead(s, h) // "the website Vexleaks said it would publish": the website
		body := lower(s.Words[h].Lemma)
		if state := r.textState(); (governing[body] && theOne(s, h) || stateAgents[body] && bare(s, h)) && state != "" {
			out = appendName(out, state) // "Health Minister Ana Reti said the government would not intervene" in a text set in one state
			continue
		}
		if body == "member" && bare(s, h) {
			if ps := r.body("union", s.Words[h].Start); len(ps) > 0 {
				out = appendName(out, r.d.Parties[ps[0]].Name) // "Members will stage 48-hour strikes": the union's
				continue
			}
		}
		if localBodies[body] && s.Words[h].UPOS == "NOUN" {
			if place := r.placeOf(si, body); place != "" {
				out = append(out, place+" "+body)
				continue
			}
		}
		from, k := s, h
		if prev, sub, ok := r.unnamedAntecedent(s, si, h); ok { // "They have promised …": the group the sentence before named
			from, k = prev, sub
		}
		for _, w := range actorWords(r.d.Text, from, []int{k}) {
			out = appendName(out, r.canonical(w))
		}
	}
	return out
}

// wordingNouns name a text or a piece of one, which binds no one by itself
// ("won language that guarantees 20% of spending", "a clause that
// guarantees the right to strike").
var wordingNouns = WordSet("language wording clause provision text paragraph passage sentence")

// stateAgents are the people through whom a government acts, named as a
// body of them ("Ministers will not legislate", "Officials will discuss
// this").
var stateAgents = WordSet("minister official")

// bare reports whether noun h is a plural with no word of its own to say
// whose or which ones it is: "Ministers", not "EU ministers" or "the
// ministers of both states".
func bare(s *syntax.Sentence, h int) bool {
	if s.Words[h].XPOS != "NNS" {
		return false
	}
	for _, k := range s.Children(h) {
		if s.Words[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// theOne reports whether noun h names one body as the one known: "the
// government", not "governments" or "a Labour government".
func theOne(s *syntax.Sentence, h int) bool {
	if w := s.Words[h]; w.UPOS != "NOUN" || w.XPOS != "NN" {
		return false
	}
	for _, k := range s.ChildrenWith(h, "det") {
		if !definite[lower(s.Words[k].Form)] {
			return false
		}
	}
	return true
}

// canonical returns the name of the party whose name or alias the words
// of an actor are ("IMF" of "an IMF spokesperson" is the International
// Monetary Fund), else the words as they are.
func (r *actorResolver) canonical(words string) string {
	folded := gazetteer.Fold(words)
	if k, ok := r.d.PartyNames[folded]; ok && k < len(r.d.Parties) {
		return r.d.Parties[k].Name
	}
	for _, m := range r.mentions { // the names the text gives a party that no alias records
		if gazetteer.Fold(r.d.Text[m.start:m.end]) == folded {
			return r.d.Parties[m.party].Name
		}
	}
	return words
}

// appendName adds name to names unless it is there.
func appendName(names []string, name string) []string {
	for _, n := range names {
		if n == name {
			return names
		}
	}
	return append(names, name)
}

// placeOf returns the name of the place that a word for a local body
// ("councillors", "council", "police") is tied to in sentence si or the
// descriptionReach sentences before it, nearest first: "councillors in
// Northbridge", "Northbridge's council", "Northbridge police"; else "".
func (r *actorResolver) placeOf(si int, body string) string {
	for back := si; back >= 0 && si-back <= descriptionReach; back-- {
		s := r.sentence(back)
		if s == nil {
			continue
		}
		for k, w := range s.Words {
			if !strings.HasPrefix(lower(w.Lemma), body) || w.UPOS != "NOUN" && w.UPOS != "PROPN" {
				continue
			}
			for _, c := range s.Children(k) {
				if s.Words[c].UPOS != "PROPN" || !text.FirstRuneUpper(s.Words[c].Form) {
					continue
				}
				if c < k && text.RelIs(s.Words[c].Rel, "compound", "nmod") ||
					c > k && text.RelIs(s.Words[c].Rel, "nmod") && hasChildLemma(s, c, WordSet("in of for"), "case") {
					first, last := nameWords(s, c)
					a, b := s.Bytes(first, last)
					return r.d.Text[a:b]
				}
			}
		}
	}
	return ""
}

// nameWords returns the first and last word of the proper name headed by
// word c: c with the flat and compound names joined to it.
func nameWords(s *syntax.Sentence, c int) (first, last int) {
	first, last = c, c
	for _, k := range s.Children(c) {
		if text.RelIs(s.Words[k].Rel, "flat", "compound") && s.Words[k].UPOS == "PROPN" {
			first, last = min(first, k), max(last, k)
		}
	}
	return first, last
}

// sentFrom returns the body or state that the people a definite noun
// names came from when the text introduced them, in sentence si or any
// before it, nearest first: "the observers" after "a mission of 200
// observers from the Council of Northern States".
func (r *actorResolver) sentFrom(si int, lemma string) (int, bool) {
	for back := si; back >= 0; back-- {
		s := r.sentence(back)
		if s == nil {
			continue
		}
		for k, w := range s.Words {
			if w.UPOS != "NOUN" || w.Lemma != lemma {
				continue
			}
			for _, c := range s.ChildrenWith(k, "nmod") {
				if c < k || !hasChildLemma(s, c, WordSet("from"), "case") {
					continue
				}
				f, l := phrase(s, c)
				for _, p := range r.in(s.Bytes(f, l)) {
					if kind := r.d.Parties[p].Kind; orgKind(kind) || countryKind(kind) && followers[lemma] {
						return p, true // "troops from Chad" are Chad's, "workers from Poland" not
					}
				}
			}
		}
	}
	return 0, false
}

// partyOfGroup returns the organisation whose name holds, singular or
// plural, every capitalised word before the noun for a body in a
// description at byte a: "the Conservative group" is the Conservatives
// (or the Conservative Party), "the Liberal Democrat opposition group"
// the Liberal Democrats, "the Green bloc" the Greens. The last such
// named before a is taken, else the first named after it; -1 when no
// party drafted fits. named reports whether the description names a
// party's group at all: then no other body is meant, whoever was named
// last.
func (r *actorResolver) partyOfGroup(words []string, a int) (p int, named bool) {
	mods := words[1 : len(words)-1]
	if len(mods) == 0 || len(mods) > 3 || !groupHeads[words[len(words)-1]] {
		return -1, false
	}
	g := gazetteer.Load()
	var names []string
	for _, w := range mods {
		if countryOf(g, w) != "" {
			return -1, false // "the US company", "the Dutch group": where it is from, not a party's name
		}
		if r.capitalisedAfter(a, w) {
			names = append(names, w)
		}
	}
	if len(names) == 0 {
		return -1, false
	}
	fits := func(p int) bool {
		if r.d.Parties[p].Kind != briefing.KindOrganisation {
			return false
		}
		return nameHolds(r.d.Parties[p].Name, names...)
	}
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for n := k - 1; n >= 0; n-- {
		if p := r.mentions[n].party; fits(p) {
			return p, true
		}
	}
	for n := k; n < len(r.mentions); n++ {
		if p := r.mentions[n].party; fits(p) {
			return p, true
		}
	}
	return -1, true
}

// groupHeads are the nouns for the members of one party acting together
// in a council or parliament.
var groupHeads = WordSet("group bloc faction caucus")

// capitalisedAfter reports whether the word w (lower-cased) is written
// with a capital in the phrase that starts at byte a.
func (r *actorResolver) capitalisedAfter(a int, w string) bool {
	for _, f := range strings.FieldsFunc(r.d.Text[a:min(len(r.d.Text), a+120)], notWordRune) {
		if strings.ToLower(f) == w {
			return text.FirstRuneUpper(f)
		}
	}
	return false
}

// singular returns a lower-cased word without a plural "s" ("greens",
// "conservatives").
func singular(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// nameHolds reports whether a party's name holds every one of the words,
// singular or plural ("the association" and the Association of Air
// Traffic Officers, "the Green bloc" and the Greens).
func nameHolds(name string, words ...string) bool {
	held := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(name), notWordRune) {
		held[singular(w)] = true
	}
	for _, w := range words {
		if !held[singular(w)] {
			return false
		}
	}
	return true
}
