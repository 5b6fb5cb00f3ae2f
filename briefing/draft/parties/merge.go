package parties

import (
	"regexp"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// group is one party being assembled from its mentions.
type group struct {
	members []int           // indexes into the mentions
	votes   map[string]int  // kind → weight of evidence
	strong  map[string]bool // kinds a strong cue gave
	entity  int             // gazetteer entity, or -1
	place   bool            // a capital named as a place, not as its government
	state   bool            // an unknown name given a state's institutions (see markStates)
	body    bool            // a mention shows a body named like a person (see markBodies)
	person  bool            // a mention shows a person named like a body (see markPeople)
}

// merger merges mentions into parties.
type merger struct {
	d      *document
	g      *gazetteer.Gazetteer
	ms     []mention
	groups []*group
	key    map[string]int // merge key → group
	owner  []int          // mention → group
}

// mergeMentions merges the mentions into parties and returns them ranked by
// salience, with the party index of every mention (-1 when dropped).
func mergeMentions(d *document, ms []mention) ([]briefing.Party, []int) {
	mg := &merger{d: d, g: gazetteer.Load(), ms: ms, key: map[string]int{}, owner: make([]int, len(ms))}
	stateGovernments(mg.g, ms)
	named := map[int]ref{} // how entities are named other than by their capital
	for _, m := range ms {
		if m.entity >= 0 && m.how == gazetteer.RefName {
			named[m.entity] = byName
		} else if m.entity >= 0 && m.how == gazetteer.RefDemonym && named[m.entity] != byName {
			named[m.entity] = byPeople
		}
	}
	cities := mg.knownPlaces(false)
	keys := make([]string, len(ms))
	acronyms := map[string]string{}
	for i, m := range ms {
		keys[i] = mg.keyOf(m, named, cities)
		if m.acr != "" {
			acronyms[m.acr] = keys[i] // "(IWC)" joins the name it follows, however that name is keyed
		}
	}
	unknownStateGovernments(ms, keys)
	definedOnNextLine(mg.d.Text, ms, keys)
	shorts := map[string]string{}
	for i, m := range ms {
		if m.short != "" {
			shorts[m.short] = keys[i] // `("Harcourt" or the "Company")` joins the name it follows
		}
	}
	for i, m := range ms {
		k := keys[i]
		if acronyms[m.name] != "" && (gazetteer.DefinedAcronym(m.name) || acronymShaped(m.name) || titleCased(m.name)) { // defined in the text: "(IWC)", "(PenCom)", "(Defra)"
			k = acronyms[m.name]
			mg.ms[i].entity, mg.ms[i].kind = -1, ""
		}
		if shorts[m.name] != "" && m.entity < 0 {
			k = shorts[m.name]
		}
		mg.owner[i] = mg.join(k, i)
	}
	mg.markBodies()
	mg.markPeople()
	mg.markPlaces()
	mg.markStates()
	mg.mergePeoples()
	mg.mergeShortNames()
	mg.mergeFormalStates()
	mg.mergeContainedNames()
	mg.mergeMisspellings()
	mg.mergeVariants()
	mg.mergeSeats()
	return mg.parties()
}

// keyOf returns the key that merges mention m with the other mentions of
// its party: its gazetteer entity, a capital named as a place, or its
// folded name. A capital stands for its state only when the text names
// the state and uses the capital for its government (see capitalAsPlace;
// cities are the mentions of known places that are no capitals), or
// names only its people and makes the capital a subject ("German
// Chancellor Markus Weber says Berlin is ready"; not "the storm hit
// Beijing").
func (mg *merger) keyOf(m mention, named map[int]ref, cities []briefing.Span) string {
	switch {
	case m.entity >= 0 && m.how == gazetteer.RefCapital && (named[m.entity] == unnamed || named[m.entity] == byPeople && !capitalSubject(mg.d, m.span) ||
		capitalAsPlace(mg.d, m.span, cities)):
		return "p:" + gazetteer.Fold(m.name)
	case m.entity >= 0:
		return "e:" + mg.g.Entities[m.entity].Name
	}
	return "n:" + withoutNickname(withoutCommaForm(withoutArticle(m.name))) // "The Football Association" and "THE FOOTBALL ASSOCIATION" read without its article
}

// withoutCommaForm drops a legal form set off by a comma from the end of a
// folded name: "Kinwell Vision Systems, Inc." is "Kinwell Vision Systems".
func withoutCommaForm(key string) string {
	if k := strings.LastIndex(key, ", "); k > 0 {
		form := strings.TrimSuffix(key[k+2:], ".")
		for f := range companyForms {
			if strings.EqualFold(strings.TrimSuffix(f, "."), form) {
				return key[:k]
			}
		}
	}
	return key
}

// withoutForm drops a legal or a club's form from the end of the words
// of a name of three words or more: "Lunsenga Lions FC" is shortened as
// "Lunsenga Lions" is ("the Lions", "Lunsenga"), "Halden Foods Ltd" as
// "Halden Foods".
func withoutForm(words []string) []string {
	if n := len(words); n > 2 && (companyForms[words[n-1]] || clubForms[words[n-1]]) {
		return words[:n-1]
	}
	return words
}

// clubForms end the names of football clubs as a legal form ends a
// company's.
var clubForms = text.SetOf("FC", "AFC", "F.C.")

// join adds mention i to the group with key k and returns the group.
func (mg *merger) join(k string, i int) int {
	gi, ok := mg.key[k]
	if !ok {
		gi = len(mg.groups)
		mg.groups = append(mg.groups, &group{votes: map[string]int{}, strong: map[string]bool{}, entity: -1})
		mg.key[k] = gi
	}
	g := mg.groups[gi]
	m := mg.ms[i]
	g.members = append(g.members, i)
	if m.entity >= 0 {
		if strings.HasPrefix(k, "p:") {
			g.place = true
		} else {
			g.entity = m.entity
		}
	}
	if m.kind != "" {
		g.votes[m.kind] += []int{0, 1, 3}[m.cue]
		g.strong[m.kind] = g.strong[m.kind] || m.cue == cueStrong
	}
	return gi
}

// kind returns a group's kind so far ("" when nothing says).
func (mg *merger) kind(gi int) string {
	g := mg.groups[gi]
	if g.state && g.entity < 0 {
		return briefing.KindCountry
	}
	if g.place {
		return briefing.KindPlace
	}
	if g.entity >= 0 {
		return mg.g.Entities[g.entity].Kind
	}
	if g.body {
		return briefing.KindOrganisation
	}
	if g.person {
		return briefing.KindPerson
	}
	best, bestW := "", 0
	for _, k := range briefing.PartyKinds {
		if w := g.votes[k]; w > bestW || w == bestW && w > 0 && g.strong[k] && !g.strong[best] { // a strong cue outweighs as many weak ones: "administrators Crane Whitlow" before three "Crane Whitlow said"
			best, bestW = k, w
		}
	}
	return best
}

// givenNamed reports whether group gi names a person by a given name the
// gazetteer knows and a family name ("Marco Bellini"), not a club shaped
// like one ("Estrela do Tejo").
func (mg *merger) givenNamed(gi int) bool {
	for _, i := range mg.groups[gi].members {
		if m := mg.ms[i]; m.kind == briefing.KindPerson && m.words == 2 && mg.g.FirstNames[firstWord(m.name)] {
			return true
		}
	}
	return false
}

// move merges group from into group to.
func (mg *merger) move(from, to int) {
	if from == to {
		return
	}
	f, t := mg.groups[from], mg.groups[to]
	for _, i := range f.members {
		mg.owner[i] = to
	}
	t.members = append(t.members, f.members...)
	for k, w := range f.votes {
		t.votes[k] += w
	}
	for k := range f.strong {
		t.strong[k] = true
	}
	t.body, t.person = (t.body || f.body) && (t.body == f.body || !mg.givenNamed(to)), t.person || f.person // "Bellini's Kitchen" makes no body of "TV chef Marco Bellini"
	f.members, f.votes, f.strong = nil, map[string]int{}, map[string]bool{}
}

// mergeShortNames merges one-word names into the longer person or
// organisation names they shorten: "Whitcombe" into "Dara Whitcombe", "Xi" into
// "Xi Jinping" (after a title), "CNBG" into the name it abbreviates.
func (mg *merger) mergeShortNames() {
	long := longNameIndex{lastWord: map[string]int{}, orgLast: map[string]int{}, orgFirst: map[string]int{}, headsOf: map[string]bool{},
		firstWord: map[string]int{}, paternal: map[string]int{}, initials: map[string]int{}}
	mg.indexLongNames(&long)
	for gi, g := range mg.groups {
		if len(g.members) == 0 {
			continue
		}
		if g.entity >= 0 {
			if to, ok := mg.givenNameInUse(gi, &long); ok && mg.g.Entities[g.entity].Kind != briefing.KindCountry {
				mg.moveAsGivenName(gi, to) // what a list knows the word for does not count
			}
			continue
		}
		if to, ok := mg.shortens(gi, &long); ok && mg.kind(gi) == briefing.KindPlace {
			mg.moveAsGivenName(gi, to) // "closer to Kerry's" made a place of the name "Kerry said" uses as a person's
		} else if ok {
			mg.move(gi, to)
		}
	}
}

// givenNameInUse returns the group of the one person the text names with
// the given name that group gi, a name a list knows for a place or a
// body, is, when a mention uses it as a person's ("Kerry said last night",
// "Kerry's fiancé" after "Harbour Lane star Kerry Dunmore"): a tabloid
// calls its subject by a given name, whatever place or body else the word
// names (a state's name is left to be the state's).
func (mg *merger) givenNameInUse(gi int, long *longNameIndex) (int, bool) {
	m := mg.ms[mg.groups[gi].members[0]]
	to, ok := long.firstWord[m.name]
	return to, ok && to >= 0 && m.words == 1 && mg.kind(to) == briefing.KindPerson && mg.usedAsPerson(gi)
}

// moveAsGivenName merges group from, a given name, into the person's
// group to, dropping what made it a place or a body.
func (mg *merger) moveAsGivenName(from, to int) {
	mg.groups[from].votes, mg.groups[from].strong = map[string]int{}, map[string]bool{}
	mg.move(from, to)
}

// usedAsPerson reports whether a mention of group gi is used as a
// person's name (see personalUse).
func (mg *merger) usedAsPerson(gi int) bool {
	for _, i := range mg.groups[gi].members {
		if personalUse.MatchString(mg.d.Text[mg.ms[i].span.End:]) {
			return true
		}
	}
	return false
}

// personalUse matches what follows a name used as a person's: a verb of
// saying, or the possessive before a relation ("Kerry said", "Kerry's
// fiancé").
var personalUse = regexp.MustCompile(`^(?:\s+(?:said|says|added|told|wrote|admitted|revealed|insisted|explained)\b|['’]s\s+(?:fiancée?|husband|wife|partner|boyfriend|girlfriend|mother|father|son|daughter|agent|manager|lawyer|spokesman|spokeswoman|spokesperson)\b)`)

// longNameIndex indexes the names of several words a one-word name may
// shorten, each key pointing at the first group that gives it.
type longNameIndex struct {
	lastWord  map[string]int  // a person's last word ("Whitcombe")
	orgLast   map[string]int  // an organisation's last word, no word for a body ("Rover" of "MG Rover")
	orgFirst  map[string]int  // an organisation's first word, no ordinary word, before a word for a body or an ordinary word ("Northline" of "Northline Trains")
	headsOf   map[string]bool // the first word of a name before "of" or "for" ("City" of "City of Grand Rapids")
	firstWord map[string]int  // a person's first word ("Xi", "Hugo"), -1 when two people share it
	paternal  map[string]int  // the middle word of a person's three-word name, a first surname ("Quispe" of "Rosa Quispe Mendoza"), -1 when shared
	initials  map[string]int  // an organisation's initials ("CNBG")
}

// indexLongNames fills long with the groups whose names a one-word name
// may shorten: people (or names of unknown kind) of two or three words by
// their first and last words, organisations of several words (and names
// of unknown kind of three words or more) by their initials, and
// organisations of two words by their last and first words.
func (mg *merger) indexLongNames(long *longNameIndex) {
	for gi, g := range mg.groups {
		if len(g.members) == 0 || g.entity >= 0 {
			continue
		}
		full := strings.Fields(withoutCommaForm(withoutNickname(mg.ms[g.members[0]].name))) // "Veridane Therapeutics, Inc." read as "Veridane Therapeutics"
		words := withoutForm(full)
		kind := mg.kind(gi)
		if (kind == briefing.KindPerson || kind == "") && len(words) > 1 && len(words) < 4 {
			setFirst(long.lastWord, surnameKey(words[len(words)-1]), gi)
			if rest, ok := afterArticle(words[len(words)-1], nameArticles); ok && kind == briefing.KindPerson {
				setFirst(long.lastWord, rest, gi) // "Khatib" for "Samer al-Khatib"
			}
			setOnly(long.firstWord, words[0], gi)
		}
		if kind == briefing.KindPerson && len(words) == 3 && len(words[1]) > 2 && !text.IsInitial(words[1]) && knownGivenName(mg.g, words[0]) && !knownGivenName(mg.g, words[1]) {
			setOnly(long.paternal, words[1], gi)
		}
		if kind == briefing.KindOrganisation && len(full) > 1 || kind == "" && len(full) > 2 {
			setFirst(long.initials, initialsOf(full), gi) // a name of unknown kind is most often a body's; "SAIC" for "Shanghai Automotive Industry Corp"
		}
		if last := words[len(words)-1]; kind == briefing.KindOrganisation && len(words) == 2 && !mg.g.OrgWords[last] &&
			!mg.d.lowerWords[strings.ToLower(last)] {
			setFirst(long.orgLast, last, gi)
		}
		if len(words) > 2 && (words[1] == "of" || words[1] == "for") {
			long.headsOf[words[0]] = true
		}
		if first, last := words[0], words[len(words)-1]; len(words) == 2 && !mg.g.OrgWords[first] && !mg.d.lowerWords[strings.ToLower(first)] &&
			(kind == briefing.KindOrganisation || kind == "" && (mg.g.OrgWords[last] || mg.d.lowerWords[strings.ToLower(last)])) {
			setFirst(long.orgFirst, first, gi)
		}
	}
}

// shortens returns the group whose longer name the one-word name of group
// gi shortens: a person's last word (unless gi is an organisation or
// place), the last word of a two-word organisation's name that is no word
// for a body or its first word that is no ordinary word, the first word of
// the one person whose name starts with it (a given name, "Hugo" for "Hugo
// Sanz", or a family name written first, "Khamphet" for "Khamphet
// Vongsay"; also a place's name used as a person's, "Kerry said"), or an
// organisation's initials. A first word that also heads
// a name before "of" ("City" of "City Hall" and "City of Grand Rapids")
// is left to the longer names it may shorten (see mergeContainedNames).
func (mg *merger) shortens(gi int, long *longNameIndex) (int, bool) {
	m := mg.ms[mg.groups[gi].members[0]]
	if m.words != 1 || long.headsOf[m.name] {
		return 0, false
	}
	kind := mg.kind(gi)
	if to, ok := lookupSurname(long.lastWord, m.name); ok && kind != briefing.KindOrganisation && (kind != briefing.KindPlace || mg.weakPlace(gi)) {
		return to, true // also "had written to Desrochers", a place only by the word before it
	}
	if kind != briefing.KindPlace && kind != briefing.KindCountry && m.role == "" && m.titled == "" {
		if to, ok := long.orgLast[m.name]; ok {
			return to, true // "Rover" for "MG Rover"
		}
	}
	if to, ok := long.orgFirst[m.name]; ok && mg.unknownPlace(gi, kind) && m.role == "" && m.titled == "" {
		return to, true // "Northline" for "Northline Trains", also after "shares in Northline"
	}
	if to, ok := long.firstWord[m.name]; ok && to >= 0 && (kind == briefing.KindPerson || kind == "" || kind == briefing.KindPlace && mg.usedAsPerson(gi)) {
		if mg.groups[to].votes[briefing.KindPerson] == 0 {
			mg.groups[gi].votes[briefing.KindPerson] = 0 // "with Portbury paying" for "Portbury City": no person is named by a first word alone
		}
		return to, true
	}
	if to, ok := long.paternal[m.name]; ok && to >= 0 && kind != briefing.KindPlace && kind != briefing.KindCountry && (m.role == "" || m.titled != "") {
		return to, true // "Quispe" for "Rosa Quispe Mendoza": the first of two surnames, also after a title ("President Arredondo")
	}
	if to, ok := long.initials[m.name]; ok && gazetteer.IsAcronym(m.name) {
		return to, true
	}
	return 0, false
}

// namedAsPlace reports whether the text names name after a noun for a
// place and "of" ("the State of Amazonas", "the province of Sucre"): a
// place, not the short name of a body named after it ("the Amazonas
// Environmental Protection Institute").
func (mg *merger) namedAsPlace(name string) bool {
	for from := 0; ; {
		k := strings.Index(mg.d.Text[from:], " of "+name)
		if k < 0 {
			return false
		}
		k += from
		before := strings.Fields(mg.d.Text[max(0, k-20):k])
		if len(before) > 0 && placeNouns[strings.ToLower(before[len(before)-1])] {
			return true
		}
		from = k + 1
	}
}

// weakPlace reports whether group gi is a place only by words before it
// that come before people too ("written to X", "a letter from X"): no
// list knows it, no strong cue says so and no mention follows "in" or
// "at".
func (mg *merger) weakPlace(gi int) bool {
	g := mg.groups[gi]
	if g.entity >= 0 || g.strong[briefing.KindPlace] {
		return false
	}
	for _, i := range g.members {
		before := strings.Fields(mg.d.Text[max(0, mg.ms[i].span.Start-16):mg.ms[i].span.Start])
		if len(before) == 0 || !movedBefore[strings.ToLower(before[len(before)-1])] {
			return false
		}
	}
	return true
}

// lookupSurname returns the group whose person's last word is the one
// word name, matched case aside when the name is written in capitals
// ("MARANGONI:" opening a transcript's line for "Luis Marangoni").
func lookupSurname(lastWord map[string]int, name string) (int, bool) {
	if to, ok := lastWord[surnameKey(name)]; ok {
		return to, true
	}
	if !allCaps(name) || len(name) < 3 {
		return 0, false
	}
	best, found := 0, false
	for k, gi := range lastWord {
		if strings.EqualFold(k, name) && (!found || gi < best) {
			best, found = gi, true
		}
	}
	return best, found
}

// setFirst sets m[k] = v unless k is already set.
func setFirst(m map[string]int, k string, v int) {
	if _, ok := m[k]; !ok {
		m[k] = v
	}
}

// unknownPlace reports whether a party of the given kind may still be a
// body: it is no country, and a place only when the gazetteer does not
// know it and the text gives it a possession ("shares in Halvern" and
// "Halvern's chief executive" name the firm Halvern Pharma).
func (mg *merger) unknownPlace(gi int, kind string) bool {
	switch kind {
	case briefing.KindCountry:
		return false
	case briefing.KindPlace:
		if _, known := mg.g.Lookup(mg.ms[mg.groups[gi].members[0]].name); known {
			return false
		}
		for _, k := range mg.groups[gi].members {
			rest := mg.d.Text[mg.ms[k].span.End:]
			if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
				return true
			}
		}
		return false
	}
	return true
}

// setOnly sets m[k] = v unless k is already set to another value, which
// it then marks as shared (-1).
func setOnly(m map[string]int, k string, v int) {
	if old, ok := m[k]; ok && old != v {
		v = -1
	}
	m[k] = v
}

// initialsOf returns the capital initials of the capitalised words.
func initialsOf(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// maxSpellCompare bounds the person names compared for misspellings, so a
// huge text stays linear.
const maxSpellCompare = 400

// mergeMisspellings merges a person's name written with one letter wrong
// into the same name seen before it ("Xi Xinping" into "Xi Jinping").
func (mg *merger) mergeMisspellings() {
	var people []int
	for gi, g := range mg.groups {
		if len(g.members) == 0 || g.entity >= 0 || mg.kind(gi) != briefing.KindPerson {
			continue
		}
		name := mg.ms[g.members[0]].name
		for _, other := range people {
			o := mg.ms[mg.groups[other].members[0]].name
			if len(name) >= 6 && len(o) >= 6 && strings.Count(name, " ") == strings.Count(o, " ") && oneEdit(name, o) {
				mg.move(gi, other)
				break
			}
		}
		if len(mg.groups[gi].members) > 0 && len(people) < maxSpellCompare {
			people = append(people, gi)
		}
	}
}

// oneEdit reports whether a and b differ by exactly one substituted,
// inserted or deleted byte, or by two neighbouring bytes swapped
// ("Barrioneuvo" for "Barrionuevo").
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		swapped := i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
		return a[i+1:] == b[i+1:] || swapped
	}
	return a[i:] == b[i+1:]
}

// parties turns the groups into parties ranked by salience.
func (mg *merger) parties() ([]briefing.Party, []int) {
	type ranked struct {
		p     briefing.Party
		score float64
		first int
		gi    int
	}
	var out []ranked
	for gi, g := range mg.groups {
		if len(g.members) == 0 {
			continue
		}
		p, ok := mg.party(gi)
		if !ok {
			continue
		}
		first := len(mg.d.Sentences)
		for _, i := range g.members {
			first = min(first, mg.ms[i].sent)
		}
		score := float64(len(p.Mentions)) + 2/float64(1+first)
		if p.Role != "" {
			score += 0.5
		}
		out = append(out, ranked{p, score, p.Mentions[0].Start, gi})
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].score != out[b].score {
			return out[a].score > out[b].score
		}
		return out[a].first < out[b].first
	})
	index := make([]int, len(mg.groups))
	for i := range index {
		index[i] = -1
	}
	parties := make([]briefing.Party, len(out))
	for i, r := range out {
		parties[i] = r.p
		index[r.gi] = i
	}
	owner := make([]int, len(mg.ms))
	for i, gi := range mg.owner {
		owner[i] = index[gi]
	}
	return parties, owner
}

// surnameKey returns the form of a surname by which its short mentions
// find the full name: an Arabic article in lower case, however the
// sentence writes it ("Al-Mansouri" starting a sentence is "al-Mansouri").
func surnameKey(w string) string {
	if articleName(w) {
		return strings.ToLower(w[:1]) + w[1:]
	}
	return w
}
