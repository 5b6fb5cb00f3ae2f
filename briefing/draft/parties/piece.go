package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// piece records the name in ts[i:j], a run without words that are never
// parties; start is where the run began (before dropped words).
func (sc *scanner) piece(i, j, start int) {
	jEnd := j
	for j > i && !nameWord(sc.ts[j-1]) && !sc.unitNumber(j-1) { // connectors left before a dropped word
		j--
	}
	if i >= j || sc.addKnown(i, j) {
		return
	}
	if k := sc.skipPeoples(i, j); k > i {
		i, start = k, k
	}
	affil := sc.possessor(i, start)
	i, affil, done := sc.splitLeading(i, j, affil)
	if done {
		return
	}
	sc.titledPiece(i, j, jEnd, start, affil)
}

// addKnown records ts[i:j] when the gazetteer knows it whole, when it
// names a country's government (see addState) or a political party by its
// members (see addCamp), or when it holds only
// describers ("Moslems", "Iraqi Kurds"), and reports whether it did.
func (sc *scanner) addKnown(i, j int) bool {
	if sc.addState(i, j) || sc.addCamp(i, j) {
		return true
	}
	if k, ref, ok := sc.longestEntity(i, j); ok && k == j {
		sc.addEntity(i, k, ref)
		return true
	}
	if sc.onlyDescribers(i, j) {
		sc.addDemonyms(i, j)
		return true
	}
	return false
}

// addState records a country's name or demonym followed by "Government",
// "State" or "Administration" ("the US Government", "the Argentine State")
// as a mention of the country, or a demonym alone before a lower-case
// "government" ("the Irish government" is Ireland), and reports whether
// ts[i:j] was one.
func (sc *scanner) addState(i, j int) bool {
	ts := sc.ts
	name := j - 1 // where the country's name ends
	if j-i < 2 || !stateNouns[ts[j-1].Text] {
		if j >= len(ts) || ts[j].Sent != ts[i].Sent || !governmentWords[ts[j].Text] {
			return false
		}
		name = j
	}
	k, ref, ok := sc.longestEntity(i, name)
	if !ok || k != name || sc.g.Entities[ref.Entity].Kind != briefing.KindCountry {
		return false
	}
	m := sc.entityMention(briefing.Span{Start: ts[i].Start, End: text.NameEnd(ts[j-1])}, ts[i].Sent, j-i, ref)
	m.how = gazetteer.RefName // the state itself, even when named by a demonym
	sc.out = append(sc.out, m)
	return true
}

// stateNouns name a state's government after its name ("the US Government").
var stateNouns = text.SetOf("Government", "State", "Administration")

// governmentWords after a country's name or demonym in lower case name its
// government ("the Irish government", "the US administration", "the
// Gambian authorities").
var governmentWords = text.SetOf("government", "administration", "authorities")

// possessor returns the index of the mention that owns, with a possessive,
// the title starting the run at i ("Morocco’s King …"), or -1.
func (sc *scanner) possessor(i, start int) int {
	ts := sc.ts
	if i <= 0 || !ts[i-1].Poss || i != start || len(sc.out) == 0 || !sc.titleAt(i) {
		return -1
	}
	if prev := sc.out[len(sc.out)-1]; prev.span.End <= ts[i-1].End && prev.span.Start >= ts[0].Start && prev.entity >= 0 {
		return len(sc.out) - 1
	}
	return -1
}

// splitLeading records a known name starting ts[i:j] that is followed by a
// title or, after a demonym, a person's name ("Chinese President …",
// "Mexican Ana Robles"), and returns where the rest starts and its
// affiliation. done reports that the run was two known names ("U.S. Gulf"),
// both recorded; a name national bodies share after a state's name stays
// with it as one ("Kenya Red Cross").
func (sc *scanner) splitLeading(i, j, affil int) (rest, restAffil int, done bool) {
	k, ref, ok := sc.longestEntity(i, i+1)
	if !ok || k >= j {
		return i, affil, false
	}
	if e, ref2, ok2 := sc.longestEntity(k, j); ok2 && e == j {
		if sc.sharedName(k, j) {
			return i, affil, false // "American Red Cross": a national body of its own
		}
		sc.addEntity(i, k, ref)
		sc.addEntity(k, j, ref2)
		return i, affil, true
	}
	if n, _, _ := sc.title(k); n > 0 && !sc.holdsOrgWord(k+n, j) || ref.How == gazetteer.RefDemonym && sc.personAfterDemonym(k, j) {
		sc.addEntity(i, k, ref)
		return k, len(sc.out) - 1, false
	}
	return i, affil, false
}

// titledPiece records the name in ts[i:j] after an optional title,
// splitting off a second name after "of"; jEnd is where the piece ended
// before trailing connectors were dropped and affil the mention naming its
// affiliation, or -1.
func (sc *scanner) titledPiece(i, j, jEnd, start, affil int) {
	ts := sc.ts
	titleStart := i
	n, role, affil := sc.takeTitle(i, j, affil)
	i += n
	if n > 0 && sc.officeOf(i, j) {
		fielded := portfolioOffice(role) && sc.fieldedOffice(role) && j-i == 2 && !portfolio(sc.g, ts[i+1].Text)
		if portfolioOffice(role) && !sc.placeFrom(i+1, j) && !fielded {
			return // "the Minister of Infrastructure": the office's field, no place
		}
		before := len(sc.out)
		sc.piece(i+1, jEnd, i+1) // "the Mayor of Tallow Shire": the place the office is of, not its holder
		if len(sc.out) == before+1 && j-i == 2 && (stateHeads[gazetteer.Fold(role)] || fielded) && sc.out[before].entity < 0 {
			sc.out[before].kind, sc.out[before].cue = briefing.KindCountry, cueWeak // "the President of Montaraz", "the Foreign Minister of Orsova"
		}
		return
	}
	for i < j && !nameWord(ts[i]) { // connectors left after a title
		i++
	}
	for n > 0 && i+1 < j && honorifics[strings.TrimSuffix(ts[i].Text, ".")] {
		i++ // "Minister of Finance Mr. Ousman Jallow": the form of address is no part of the name
	}
	if i >= j {
		return
	}
	j, tail, done := sc.splitAtOf(i, j, n > 0)
	if sc.productCode(i, j) {
		j-- // the maker of "Airbus A380"
	}
	if done || n == 0 && (sc.notAName(i, j) || sc.workTitle(start, j) || sc.officeField(i, j) || sc.constituency(i, j) || sc.bareOffice(i, j)) {
		return
	}
	if n > 0 && j-i == 1 && officeNouns[ts[i].Lower] {
		return // "Daniel Reyes, Deputy Administrator, Federal Aviation Administration": an office, no one's name
	}
	sp := briefing.Span{Start: ts[i].Start, End: ts[j-1].Start + len(ts[j-1].Text)}
	m := sc.nameMention(i, j, sp, n > 0)
	if n > 0 {
		if !honorifics[strings.TrimSuffix(role, ".")] {
			m.role = spelledTitle(role) // "Mr." says the name is a person's, and is no office
		}
		if q := sc.qualifierAhead(titleStart); q != "" && m.role != "" {
			m.role = q + " " + m.role // "former Namibian Prime Minister Saara Nangolo"
		}
		m.titled = collapse(sc.d.Text[ts[titleStart].Start:sp.End])
		_, shared := sc.pluralTitle(titleStart)
		m.shared = shared > 0
	}
	m.affil = affil
	sc.out = append(sc.out, m)
	if tail >= 0 {
		sc.piece(tail, jEnd, tail)
	}
}

// qualifierAhead returns the qualifier of time written in lower case
// before the title that starts at token i, past a people's adjective
// ("former" of "former Namibian Prime Minister"), or "".
func (sc *scanner) qualifierAhead(i int) string {
	k := i - 1
	if k >= 0 {
		if r, ok := sc.g.Lookup(sc.ts[k].Text); ok && r.How == gazetteer.RefDemonym {
			k--
		}
	}
	if k < 0 || sc.ts[k].Cap && k != sc.first || !timeQualifiers[sc.ts[k].Lower] {
		return "" // "Former" only opening the sentence
	}
	return sc.ts[k].Lower
}

// timeQualifiers say when or for how long an office is held.
var timeQualifiers = text.SetOf("former", "acting", "interim", "outgoing", "incoming", "caretaker")

// officeOf reports whether the words ts[i:j] left after a title are "of"
// and the place or body the office is of, with no given name among them
// to start its holder's name ("Mayor of Tallow Shire", not "Mayor of
// Kelmar Ana Roth").
func (sc *scanner) officeOf(i, j int) bool {
	if i+1 >= j || sc.ts[i].Text != "of" {
		return false
	}
	for _, t := range sc.ts[i+1 : j] {
		if sc.g.FirstNames[t.Text] {
			return false
		}
	}
	return true
}

// portfolioOffice reports whether an office is of a field of government
// ("Minister of Infrastructure", "Secretary of Health"), not of a place.
func portfolioOffice(role string) bool {
	f := strings.Fields(strings.ToLower(role))
	return len(f) > 0 && portfolioHeads[f[len(f)-1]]
}

// fieldedOffice reports whether an office held over a field names its
// field before its head ("Foreign Minister", "Defence Secretary"): what
// "of" adds after it is whose office it is.
func (sc *scanner) fieldedOffice(role string) bool {
	f := strings.Fields(role)
	return len(f) >= 2 && portfolio(sc.g, f[len(f)-2])
}

// portfolioHeads end the names of offices held over a field.
var portfolioHeads = text.SetOf("minister", "secretary", "commissioner", "director")

// stateHeads are the offices that head a state or its government: the one
// word such an office is of names a country ("the President of Montaraz").
var stateHeads = text.SetOf("president", "prime minister", "premier", "king", "queen", "emir", "sultan", "head of state")

// takeTitle returns the number of words of the title starting ts[i:j] and
// its role, or 0 when there is none or its words belong to an organisation's
// name ("Major League Baseball", "General Motors"); it records the entity
// the title names and returns it as the affiliation, or affil unchanged.
func (sc *scanner) takeTitle(i, j, affil int) (n int, role string, newAffil int) {
	n, role, te := sc.title(i)
	if n <= 0 || sc.holdsOrgWord(i+n, j) || i+n > j {
		return 0, role, affil
	}
	if a := sc.addTitleEntity(te); a >= 0 {
		affil = a
	}
	return n, role, affil
}

// splitAtOf splits ts[i:j] at an "of" joining two names ("Greta Lindqvist of
// Germany"). Without a title both names are recorded as pieces and done is
// true; after a title it returns the end of the first name and tail, where
// the second starts (-1 when none does).
func (sc *scanner) splitAtOf(i, j int, titled bool) (end, tail int, done bool) {
	of := sc.splitOf(i, j)
	if of <= 0 {
		return j, -1, false
	}
	k := of + 1
	for k < j && !sc.ts[k].Cap {
		k++
	}
	if !titled {
		sc.piece(i, of, of)
		if k < j {
			sc.piece(k, j, k)
		}
		return j, -1, true
	}
	if k < j {
		return of, k, false
	}
	return of, -1, false
}

// listedWithName reports whether the name that ends before token j is
// listed with another right after it ("Toyota and Denso declined", "Toyota,
// Denso and Honda"): a word listed with a name is a name, though it opens
// the sentence.
func (sc *scanner) listedWithName(j int) bool {
	ts := sc.ts
	return j+1 < len(ts) && (ts[j].Lower == "and" || ts[j].Text == ",") && ts[j+1].Cap && ts[j+1].Sent == ts[j].Sent && !sc.common(ts[j+1])
}

// properNoun reports whether the parse reads token i as a proper noun, not
// a common word capitalised to open the sentence ("Commentators and
// Yukos itself claim").
func (sc *scanner) properNoun(i int) bool {
	s, k, ok := sc.d.wordOf(sc.ts[i])
	return ok && s.Words[k].UPOS == "PROPN"
}

// nameMention returns the mention of the name ts[i:j] (span sp): the
// gazetteer's entity when it knows the name, else a mention with the kind
// classify guesses; titled says a title stood before it.
func (sc *scanner) nameMention(i, j int, sp briefing.Span, titled bool) mention {
	ts := sc.ts
	m := newMention(sc.d, sp, ts[i].Sent, j-i)
	m.initial = sc.sentenceStart(i) && !(j == i+1 && sc.listedWithName(j) && sc.properNoun(i))
	if k, ref, ok := sc.longestEntity(i, j); ok && k == j {
		sc.addEntity(i, k, ref)
		m = sc.out[len(sc.out)-1]
		sc.out = sc.out[:len(sc.out)-1]
		return m
	}
	m.kind, m.cue = sc.classify(i, j, titled)
	m.plain = sc.plainWord(i, j, m.kind) || sc.label(j, m)
	return m
}

// plainWord reports whether the unclassified name ts[i:j] is one ordinary
// word (not after "the") or a word with digits: nothing says what it names.
func (sc *scanner) plainWord(i, j int, kind string) bool {
	ts := sc.ts
	return kind == "" && j-i == 1 && (sc.ordinary(ts[i]) && (i == 0 || !strings.EqualFold(ts[i-1].Text, "the")) ||
		strings.ContainsAny(ts[i].Text, "0123456789"))
}

// personAfterDemonym reports whether ts[k:j], after a demonym, is a
// person's name: "Mexican Ana Robles", "American Delaney" (one word that is
// not ordinary and not an organisation word, nor one before a body's
// officer: "Deutsche Bahn chief executive Richard Lutz").
func (sc *scanner) personAfterDemonym(k, j int) bool {
	if j-k > 1 {
		return sc.g.FirstNames[sc.ts[k].Text] || sc.nameShaped(sc.ts[k:j])
	}
	t := sc.ts[k]
	return !sc.ordinary(t) && !sc.g.OrgWords[t.Text] && !gazetteer.IsAcronym(t.Text) && sc.nameShaped(sc.ts[k:j]) && !sc.officerAfter(k, j)
}

// holdsOrgWord reports whether one of the words ts[i:j] ends
// organisation names.
func (sc *scanner) holdsOrgWord(i, j int) bool {
	for k := i; k < j; k++ {
		if sc.g.OrgWords[sc.ts[k].Text] {
			return true
		}
	}
	return false
}

// placeFrom reports whether ts[i:j], after an optional "the", is a
// country or place the gazetteer knows.
func (sc *scanner) placeFrom(i, j int) bool {
	if i < j && sc.ts[i].Text == "the" {
		i++
	}
	k, ref, ok := sc.longestEntity(i, j)
	return ok && k == j && sc.g.Entities[ref.Entity].Kind != briefing.KindOrganisation
}

// organsOf are the plural words for the organs of a body, which before
// "of" and a name are no part of it.
var organsOf = text.SetOf("Boards", "Directors", "Shareholders", "Members")

// splitOf returns the index of an "of" that joins two names in ts[i:j]
// ("Rahul of Delhi"), or 0 when "of" belongs to the name ("Bank of
// England", "Ministry of Health").
func (sc *scanner) splitOf(i, j int) int {
	for k := i + 2; k < j-1; k++ {
		if n := k + 1; sc.ts[k].Text == "of" && n+1 < j && (formalStates[sc.ts[n].Text] || sc.ts[n].Text == "the" && formalStates[sc.ts[n+1].Text]) {
			return k // "Ministers of Energy of the Republic of Calvera": the office, then the state
		}
	}
	for k := i + 1; k < j-1; k++ {
		if sc.ts[k].Text != "of" {
			continue
		}
		head := sc.ts[k-1].Text
		if companyForms[head] && sc.placeFrom(k+1, j) {
			return k // "Hanseong Motor Corp of South Korea"
		}
		if k-1 == i && organsOf[head] {
			return k // "The Boards of Harcourt Lithium plc": the body's organs, then its name
		}
		if sc.g.OrgHeads[gazetteer.Fold(head)] || sc.g.OrgWords[head] || placeWords[head] || formalStates[head] || sc.ordinary(sc.ts[k-1]) || sc.ordinaryPlural(head) || abstractNoun(head) {
			return 0 // "Movement for the Liberation of Upper Talmara": a body named for a cause of a place; "Kingdom of Ostrand"
		}
		return k
	}
	return 0
}

// ordinaryPlural reports whether a capitalised word is the plural of a
// word the text's language writes in lower case ("Voices" of "Voices of
// Ellerby"): no one is named by it, so a name it starts goes on after
// "of".
func (sc *scanner) ordinaryPlural(w string) bool {
	one, ok := strings.CutSuffix(strings.ToLower(w), "s")
	return ok && len(one) > 2 && sc.p.Ortho[one]&text.OrthoMidLc != 0
}

// abstractNoun reports whether a capitalised word is a noun made from a
// verb or an adjective ("Liberation", "Development", "Unity"), which no
// one is named: a name it ends goes on after "of".
func abstractNoun(w string) bool {
	for _, suf := range abstractEndings {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// abstractEndings end nouns made from verbs and adjectives.
var abstractEndings = []string{"tion", "sion", "ment", "ness", "ism", "ity"}
