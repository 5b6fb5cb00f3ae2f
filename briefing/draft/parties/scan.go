package parties

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// scanner finds the name mentions of one sentence.
type scanner struct {
	d     *document
	g     *gazetteer.Gazetteer
	p     *text.Punkt
	ts    []doc.Token // the sentence's tokens
	out   []mention
	skip  int  // tokens before this index belong to a document title
	loud  bool // the sentence is written in capitals
	first int  // index of the first word that is not a list marker
	// surnames are words that end two-word names elsewhere in the text
	surnames map[string]bool
}

// scanSentence appends the mentions of sentence s (tokens ts) to out.
func scanSentence(d *document, ts []doc.Token, out []mention, surnames map[string]bool) []mention {
	sc := &scanner{d: d, g: gazetteer.Load(), p: text.LoadPunkt(), ts: ts, out: out, loud: caseless(d, ts), first: len(ts), surnames: surnames}
	for i, t := range ts {
		if t.Word && !text.IsListMarker(t.Text+". ") {
			sc.first = i
			break
		}
	}
	sc.skip = sc.dateline()
	if k := sc.labelSpeaker(); k > sc.skip {
		sc.skip = k
	}
	if sc.first < len(ts) && sc.first+1 > sc.skip && text.QuestionNumber(d.Text[ts[sc.first].Start:ts[len(ts)-1].End]) > 0 {
		sc.skip = sc.first + 1 // "Q3 Owen Carrick: …": the number of a member's question is no part of a name
	}
	if sc.loud {
		sc.scanShouting()
		return sc.out
	}
	from := len(sc.out)
	defer sc.listPeople(from)
	for i := 0; i < len(ts); {
		if !ts[i].Word || !nameWord(ts[i]) || i < sc.skip || i > 0 && sc.shoutedWord(i) || i == sc.first && sc.shoutedOpener(i) || sc.measureUnit(i) {
			i++
			continue
		}
		if sc.sentenceStart(i) && subordinators[ts[i].Lower] && i+1 < len(ts) && ts[i+1].Cap {
			i++ // "When Minister for Housing Declan Farrelly stood …": the conjunction opens no name
			continue
		}
		if e := sc.holiday(i); e > i { // "over New Year's Eve": a date
			i = e
			continue
		}
		if e := sc.nicknamed(i); e > i { // "Ivo "The Hammer" Brandt"
			sc.addNicknamed(i, e)
			i = sc.afterName(e)
			continue
		}
		if k, e := sc.peerTitle(i); e > k { // "the Duchess of Kendal": a person known by a title
			sc.addStrong(k, e, briefing.KindPerson)
			i = sc.afterName(e)
			continue
		}
		if sc.numberedDocument(i) { // "Bill C-34", "Resolution 2334": a document
			i = sc.afterNumber(i + 1)
			continue
		}
		j := sc.chunkEnd(i)
		if j == i+1 && sc.dollarOf(i) {
			i = j
			continue
		}
		if k := i + boolInt(ts[i].Text == "The"); j == k+1 && sc.d.docNames[ts[k].Text] {
			i = j // a document's acronym: "the MFA"
			continue
		}
		if k := i + boolInt(ts[i].Text == "The"); j == k+1 && sc.namePair(k) {
			i = j
			continue
		}
		if e := sc.bracketedTitle(j); e > j && sc.namesDocument(i, e) { // "the Online Safety (Age Assurance) Bill"
			sc.skipDocument(e)
			i = e
			continue
		}
		if sc.addCouncil(i, j) || sc.addState(i, j) { // "Oldham council", "the French government"
			i = sc.afterName(j)
			continue
		}
		if k, ref, ok := sc.longestEntity(i, j); ok {
			sc.addEntity(i, k, ref)
			i = sc.afterName(k)
			continue
		}
		if e := sc.campaignName(i); e > i {
			sc.addStrong(i, e, briefing.KindOrganisation)
			i = sc.afterName(e)
			continue
		}
		before := len(sc.out)
		sc.chunk(i, j)
		sc.lowerLegalForm(before)
		i = sc.afterName(j)
	}
	return sc.out
}

// lowerLegalForm widens the last of the mentions found since index from
// over a legal form written in lower case right after it ("Sahelite
// Cement plc"): the name of a company, whatever its words.
func (sc *scanner) lowerLegalForm(from int) {
	if len(sc.out) <= from {
		return
	}
	m := &sc.out[len(sc.out)-1]
	rest := sc.d.Text[m.span.End:]
	if !strings.HasPrefix(rest, " plc") || len(rest) > 4 && (unicode.IsLetter(rune(rest[4])) || unicode.IsDigit(rune(rest[4]))) {
		return
	}
	m.span.End += len(" plc")
	m.name += " plc"
	m.kind, m.cue = briefing.KindOrganisation, cueStrong
}

// afterName handles what may follow a name ending before token j: an
// acronym in brackets ("(CNBG)") and an apposition giving a person's role
// (", President of the People’s Republic of China"). It returns where
// scanning goes on.
func (sc *scanner) afterName(j int) int {
	ts := sc.ts
	if len(sc.out) == 0 || j >= len(ts) {
		return j
	}
	li := len(sc.out) - 1
	last := sc.out[li]
	if a, end := sc.bracketedWord(j); a > 0 && last.span.End <= ts[j].Start {
		if acr := ts[a].Text; gazetteer.DefinedAcronym(acr) && (initialsMatch(acr, last.name) || sc.widenToAcronym(j, acr)) ||
			syllableAcronym(acr, last.name) || titleCaseAcronym(acr, last.name) || strings.TrimSpace(sc.d.Text[last.span.End:ts[j].Start]) == "" && (sc.ownLanguageAcronym(acr, last.name) || sc.cuedBodyAcronym(acr, last)) {
			sc.out[len(sc.out)-1].acr = acr
			return end
		}
	}
	if a := sc.knownAsAcronym(j); a > 0 && last.span.End <= ts[j].Start && last.kind != briefing.KindPerson {
		sc.out[li].acr = ts[a].Text // ", known by its Slovak acronym NOZA,"
		return j
	}
	if e := sc.partySeat(j); e > j && last.kind == briefing.KindPerson {
		return e // "Cllr Peter Oyelaran (Con, Hexley North)": the councillor's party and ward, no party of the story
	}
	b := j
	if ts[b].Start < last.span.End && b+1 < len(ts) {
		b++ // the legal form in lower case the name took in: "Harcourt Lithium plc ("
	}
	if short := sc.definedShort(b, last.name); short != "" && last.span.End <= ts[b].Start {
		sc.out[li].short = short // `Harcourt Lithium plc ("Harcourt" or the "Company")`
	}
	if ts[j].Text == "," && last.kind == briefing.KindPerson && j+1 < len(ts) && ts[j+1].Cap {
		n, role, te := sc.title(j + 1)
		if n > 0 && (j+1+n == len(ts) || !ts[j+1+n].Cap || te.ok) {
			affil := sc.addTitleEntity(te)
			if last.role == "" {
				sc.out[li].role, sc.out[li].affil = role, affil
			}
			return j + 1 + n // "Councillor Joanne Whitlock, Leader of Castlemere Borough Council": the office is no part of the body's name
		}
	}
	return j
}

// knownAsAcronym returns the token of the acronym that ", known as" or ",
// known by its … acronym" gives right after a name at token j, or 0.
func (sc *scanner) knownAsAcronym(j int) int {
	ts := sc.ts
	k := j
	if k < len(ts) && ts[k].Text == "," {
		k++
	}
	if k+1 < len(ts) && ts[k].Lower == "also" {
		k++
	}
	if k+2 >= len(ts) || ts[k].Lower != "known" {
		return 0
	}
	switch k++; ts[k].Lower {
	case "as":
		k++
	case "by":
		e := k + 1
		for e < len(ts) && e < k+5 && ts[e].Lower != "acronym" && ts[e].Lower != "abbreviation" && ts[e].Lower != "initials" {
			e++
		}
		if e >= len(ts) || e == k+5 {
			return 0
		}
		k = e + 1
	default:
		return 0
	}
	if k < len(ts) && gazetteer.IsAcronym(ts[k].Text) {
		return k
	}
	return 0
}

// partySeat returns the token after a bracket opening at token j that
// gives a member's party label and seat ("(Con, Hexley North)", "(Lab,
// Priory ward)", "(Lib Dem, Eastfield)"), or j when there is none.
func (sc *scanner) partySeat(j int) int {
	ts := sc.ts
	if ts[j].Text != "(" || j+3 >= len(ts) || !seatLabels[ts[j+1].Text] {
		return j
	}
	c := j + 2
	if ts[c].Cap && ts[c+1].Text == "," {
		c++ // "(Lib Dem, Eastfield)"
	}
	if ts[c].Text != "," {
		return j
	}
	for k := c; k < len(ts) && k < j+9; k++ {
		if ts[k].Text == ")" {
			return k + 1
		}
	}
	return j
}

// addStrong records the name ts[i:e] as a mention of the given kind whose
// words leave no doubt of it, and returns its index.
func (sc *scanner) addStrong(i, e int, kind string) int {
	m := newMention(sc.d, briefing.Span{Start: sc.ts[i].Start, End: text.NameEnd(sc.ts[e-1])}, sc.ts[i].Sent, e-i)
	m.kind, m.cue = kind, cueStrong
	sc.out = append(sc.out, m)
	return len(sc.out) - 1
}

// peerTitle returns where a title of nobility of a place starts at token i
// (after "The") and where it ends, when no given name follows it: "the
// Duchess of Kendal", "the Earl of Wessex" name a person by the title
// alone. It returns i, i when there is none.
func (sc *scanner) peerTitle(i int) (int, int) {
	ts := sc.ts
	k := i + boolInt(ts[i].Text == "The")
	if k+2 >= len(ts) || !peerages[ts[k].Text] || ts[k+1].Text != "of" {
		return i, i
	}
	e := k + 2
	for e < len(ts) && e < k+5 && ts[e].Word && ts[e].Cap {
		e++
	}
	if e == k+2 || e < len(ts) && ts[e].Word && ts[e].Cap {
		return i, i
	}
	return k, e
}

// peerages are the titles of nobility held of a place.
var peerages = text.SetOf("Duke", "Duchess", "Earl", "Countess", "Marquess", "Marchioness", "Viscount", "Viscountess", "Baron", "Baroness",
	"Prince", "Princess")

// seatLabels are the short labels of parties written in a bracket after
// a councillor's or a member's name.
var seatLabels = text.SetOf("Con", "Lab", "LD", "Lib", "Green", "Ind", "SNP", "Plaid", "Reform", "UKIP", "DUP", "SDLP", "SF", "UUP", "Alliance")

// bracketedWord returns the token of the one word a bracket opening at
// token j holds, maybe in quotation marks ("(CNBG)", `("PTP")`), and the
// token after the bracket; 0, 0 when the bracket holds more or none.
func (sc *scanner) bracketedWord(j int) (word, end int) {
	ts := sc.ts
	if ts[j].Text != "(" {
		return 0, 0
	}
	if j+2 < len(ts) && ts[j+2].Text == ")" {
		return j + 1, j + 3
	}
	if j+4 < len(ts) && isQuoteMark(ts[j+1].Text) && isQuoteMark(ts[j+3].Text) && ts[j+4].Text == ")" {
		return j + 2, j + 5
	}
	return 0, 0
}

// titleCaseAcronym reports whether acr, one word of three letters or more
// written with a capital and then in lower case, abbreviates name by the
// initials of its words, as acronyms spoken as words are often written
// ("Department for Environment, Food and Rural Affairs (Defra)").
func titleCaseAcronym(acr, name string) bool {
	return titleCased(acr) && initialsMatch(strings.ToUpper(acr), strings.ReplaceAll(name, ",", ""))
}

// titleCased reports whether w, of three letters or more, is written with
// a capital and then in lower case ("Defra").
func titleCased(w string) bool {
	return len(w) >= 3 && text.FirstRuneUpper(w) && strings.ToLower(w[1:]) == w[1:]
}

// ownLanguageAcronym reports whether acr, in brackets after an
// organisation's name whose initials it does not match, is the acronym of
// the body's name in its own language ("Civic Union (BU)", "Rural
// Interest Party (PPL)", "Confederation of Indigenous Peoples of the
// South (COPIS)", "National Union of Commerce and Logistics Workers
// (SINACOL)", "Chamber of Foreign Trade (Camex)"): the name ends with a
// word that makes it an organisation,
// or holds one before "of", and the acronym names
// no place or state the gazetteer knows ("(US)"). The bracket must follow the name
// at once.
func (sc *scanner) ownLanguageAcronym(acr, name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || !gazetteer.IsAcronym(acr) && !titleCased(acr) || !sc.g.OrgWords[f[len(f)-1]] && !sc.bodyBeforeOf(f) {
		return false
	}
	ref, known := sc.g.Lookup(acr)
	if !known {
		return true
	}
	e := sc.g.Entities[ref.Entity] // "National Farmers' Confederation (CNA)": the text's own, not a news agency's; but "Leaders of the Group of Seven (G7)" is the known body's
	return e.Kind == briefing.KindOrganisation && !strings.Contains(name, e.Name)
}

// cuedBodyAcronym reports whether acr, in brackets right after the name
// of mention last, is that body's acronym in its own language although
// the name has no word for a body: the words before the name said it is
// one ("opposition party Law and Justice (PiS)"), and the acronym, all
// capitals or capitals round lower-case letters, names no place or state
// the gazetteer knows.
func (sc *scanner) cuedBodyAcronym(acr string, last mention) bool {
	if last.kind != briefing.KindOrganisation || last.cue < cueStrong || !bracketAcronym(acr) {
		return false
	}
	_, known := sc.g.Lookup(acr)
	return !known
}

// bracketAcronym reports whether w, of two to five letters, is written as
// an acronym: in capitals, or opening and closing with one ("PiS", "BiH").
func bracketAcronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	return gazetteer.IsAcronym(w) || text.FirstRuneUpper(w) && strings.ToUpper(w[len(w)-1:]) == w[len(w)-1:] && strings.ToLower(w) != w
}

// bodyBeforeOf reports whether the words of a name hold a word that
// heads organisations' names right before "of" or "for" ("Federation of
// Hospital Doctors", "National Union of Commerce and Logistics Workers",
// "Popular Front for the Renaissance (FPR)").
func (sc *scanner) bodyBeforeOf(f []string) bool {
	for k := 0; k+1 < len(f); k++ {
		if (f[k+1] == "of" || f[k+1] == "for") && sc.g.OrgWords[f[k]] {
			return true
		}
	}
	return false
}

// definedShort returns the short name a bracket opening at token j gives
// the name before it in quotation marks: words that begin that name
// (`Harcourt Lithium plc ("Harcourt" or the "Company")` → "Harcourt"), or
// a term with the definite article that the text calls it by after
// (`Kingsmere Athletic FC ("the Club")`, `Regulatory Commission (the
// "Panel")` → "Club", "Panel"); "" otherwise.
func (sc *scanner) definedShort(j int, name string) string {
	ts := sc.ts
	if j+3 >= len(ts) || ts[j].Text != "(" {
		return ""
	}
	k := j + 1
	article := false
	if strings.EqualFold(ts[k].Text, "the") && quoteMarks[ts[k+1].Text] {
		k, article = k+1, true // (the "Panel")
	}
	if !quoteMarks[ts[k].Text] {
		return ""
	}
	k++
	if k < len(ts) && strings.EqualFold(ts[k].Text, "the") && !article {
		k, article = k+1, true // ("the Club")
	}
	first := k
	for k < len(ts) && k < first+4 && ts[k].Word && ts[k].Cap {
		k++
	}
	if k == first || k >= len(ts) || !quoteMarks[ts[k].Text] {
		return ""
	}
	short := collapse(sc.d.Text[ts[first].Start:ts[k-1].End])
	if short == name || !article && !strings.HasPrefix(name, short+" ") || article && !partyTerms[strings.ToLower(ts[k-1].Text)] {
		return ""
	}
	return short
}

// partyTerms are the nouns a defined term with the article calls a party
// by ("the Club", the "Panel", "the City", the "Purchaser"), where other
// defined terms name things ("the Data Centre", "the Match").
var partyTerms = text.SetOf("club", "company", "group", "bank", "panel", "commission", "committee", "council", "city",
	"authority", "government", "ministry", "union", "board", "tribunal", "agency", "fund", "trust", "buyer", "seller",
	"purchaser", "vendor", "borrower", "lender", "employer", "contractor", "client", "supplier", "operator", "issuer",
	"offeror", "offeree", "investor", "partner", "association", "federation", "league", "regulator", "municipality", "state")

// isoDateRe matches a date written YYYY-MM-DD.
var isoDateRe = regexp.MustCompile(`^(?:19|20)\d\d-\d\d-\d\d$`)

// shouting reports whether a sentence is written in capitals (a headline).
func shouting(ts []doc.Token) bool {
	upper, lower := 0, 0
	for _, t := range ts {
		if !t.Word {
			continue
		}
		for _, r := range t.Text {
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
		}
	}
	return upper >= 6 && lower*10 < upper
}

// scanShouting finds names in a sentence written in capitals, where case
// says nothing: only gazetteer names and names written normally elsewhere in
// the article count.
func (sc *scanner) scanShouting() {
	ts := sc.ts
	if sc.mastheadInCapitals() {
		return
	}
	for i := sc.skip; i < len(ts); {
		if !ts[i].Word || len(ts[i].Text) < 2 {
			i++
			continue
		}
		if k := max(sc.companyAt(i), sc.servingBodyAt(i)); k > i && (i == sc.skip || !ts[i-1].Word) && !sc.knownAt(i) {
			m := newMention(sc.d, briefing.Span{Start: ts[i].Start, End: ts[k-1].End}, ts[i].Sent, k-i)
			m.kind, m.cue = briefing.KindOrganisation, cueStrong
			sc.out = append(sc.out, m)
			i = k
			continue
		}
		k, ref, ok := sc.longestEntity(i, i+1)
		if ok && (ref.How != gazetteer.RefName || len(sc.d.Text[ts[i].Start:ts[k-1].End]) > 2) {
			sc.addEntity(i, k, ref)
			i = k
			continue
		}
		if k, known := sc.longestKnown(i); k > i {
			m := known
			m.span = briefing.Span{Start: ts[i].Start, End: text.NameEnd(ts[k-1])}
			m.sent, m.role, m.titled, m.affil, m.acr, m.initial = ts[i].Sent, "", "", -1, "", false
			sc.out = append(sc.out, m)
			i = k
			continue
		}
		i++
	}
}

// maxCompanyWords bounds the words of a company's name before its legal
// form.
const maxCompanyWords = 5

// companyAt returns the end of a company's name that opens at token i of
// a sentence in capitals or title case, or i: capitalised words or "&",
// maybe a comma, then the legal form that says the words are a company's
// name whatever their case ("Northvale Semiconductor, Inc. (NVSC) Q3 2025
// Earnings Call Transcript").
func (sc *scanner) companyAt(i int) int {
	ts := sc.ts
	for k := i; k < len(ts) && k <= i+maxCompanyWords; k++ {
		switch t := ts[k]; {
		case k > i && t.Word && text.LegalForm(t.Text):
			return k + 1
		case t.Text == "," && k > i && k+1 < len(ts) && text.LegalForm(ts[k+1].Text):
		case t.Text == "&" && k > i:
		case !t.Word || !t.Cap:
			return i
		}
	}
	return i
}

// servingBodyAt returns the end of the name of a body that serves
// fields, when it opens at token i and runs to the end of a sentence in
// capitals or title case ("Department for Environment, Food and Rural
// Affairs" on a line of its own), or i: a word heading bodies' names,
// "for" or "of", and a list of fields.
func (sc *scanner) servingBodyAt(i int) int {
	ts := sc.ts
	if i+2 >= len(ts) || !sc.g.OrgHeads[gazetteer.Fold(ts[i].Text)] || ts[i+1].Text != "for" && ts[i+1].Text != "of" {
		return i
	}
	j := sc.fieldWords(i + 2)
	switch {
	case j == i+2:
		return i
	case j < len(ts) && ts[j].Text == ",":
		j = sc.fieldList(i, j)
	case j+1 < len(ts) && (ts[j].Text == "and" || ts[j].Text == "&"):
		j = sc.fieldWords(j + 1) // "Department for Business and Trade"
	}
	if j < len(ts) && ts[j].Word {
		return i
	}
	return j
}

// knownAt reports whether a name seen written normally in the article
// opens at token i: it is read as that name (see longestKnown).
func (sc *scanner) knownAt(i int) bool {
	k, _ := sc.longestKnown(i)
	return k > i
}

// longestKnown returns the end of the longest run of tokens from i whose
// text, case aside, is a name seen written normally in the article, and
// that name's mention.
func (sc *scanner) longestKnown(i int) (int, mention) {
	best, known := i, mention{}
	for k := i + 1; k <= len(sc.ts) && k <= i+5; k++ {
		if !sc.ts[k-1].Word {
			break
		}
		if m, ok := sc.d.knownNames[gazetteer.Fold(sc.d.Text[sc.ts[i].Start:text.NameEnd(sc.ts[k-1])])]; ok {
			best, known = k, m
		}
	}
	return best, known
}

// chunkEnd returns the end of the run of capitalised words starting at i,
// with connectors inside ("Bank of England") and stopping after a
// possessive.
func (sc *scanner) chunkEnd(i int) int {
	ts := sc.ts
	j := i + 1
	for j < len(ts) && (!ts[j-1].Poss || sc.possessiveInName(j-1)) {
		t := ts[j]
		if e := sc.titleEnd(i); e > j {
			j = e // "Minister for Transport, Tourism and Sport Ana Roth"
			continue
		}
		if j == i+1 && gazetteer.IsAcronym(ts[i].Text) && (sc.titleBeforeName(j) || sc.titleAlone(j)) {
			break // "HEC President and CEO Park Ji-hoon": the body's acronym, then its officer; "the NSW Premier"
		}
		if sc.bodyOfPlace(i, j) && titleWord(sc.g, t.Text) && sc.titleBeforeName(j) {
			break // "Central Bank of Ghana Governor Lamin Sanneh": the body, then its officer
		}
		if t.Word && sc.d.docNames[t.Text] && j+1 < len(ts) && ts[j+1].Word && !strings.ContainsFunc(ts[j+1].Text, unicode.IsDigit) {
			j++ // "Altamira LNG Partners", "Altamira LNG intends": a thing's acronym inside a name
			continue
		}
		if t.Word && sc.d.docNames[t.Text] || t.Text == "No." || sc.dollarOf(j) {
			break // "fined Halvard Water GBP 31 million": a thing's code ends the name; "Trade No. 123"; "pay Straits Meridian US$140 million"
		}
		if j > i && sc.shoutedWord(j) {
			break // "Housing minister Gavin Thorley QUITS over …": a word the page shouts, no part of the name
		}
		if t.Word && nameWord(t) {
			j++ // "Khalid al-Mansouri"
			continue
		}
		if sc.apostropheInName(j) {
			j++ // "Irish Property Owners' Association"
			if ts[j].Text == "and" {
				j++ // "the Farmers' and Regions Party"
			}
			continue
		}
		if sc.numberInName(j) {
			j += 2 // "Il Sole 24 Ore", "Channel 4 News"
			continue
		}
		if t.Text == "," && j+1 < len(ts) && companyForms[ts[j+1].Text] && ts[j+1].Cap && !sc.nameGoesOn(j+2) {
			j += 2 // "Tessaro Dynamics, Inc."
			if j < len(ts) && ts[j].Text == "." && ts[j].Start == ts[j-1].End && !strings.HasSuffix(ts[j-1].Text, ".") {
				j++
			}
			break
		}
		if e := sc.fieldList(i, j); e > j {
			j = e // "Department for Science, Innovation and Technology"
			break
		}
		if e := sc.fieldsBeforeBody(i, j); e > j {
			j = e // "the Science, Innovation and Technology Committee"
			continue
		}
		if j > i && sc.unitNumber(j) {
			j++ // "Amalgamated Transit Union Local 418"
			break
		}
		if t.Text == "for" && !sc.forJoins(i, j) {
			break // "Falcons for the Northern League": two names
		}
		if t.Text == "in" && sc.placeAfterIn(j) && !sc.causeSoFar(i, j) {
			break // "the Hallgarten Institute for Security Studies in Vienna": where the body is, no part of its name
		}
		if t.Text == "and" && (sc.stateAfterAnd(j) || sc.firmAfterOfName(i, j)) {
			break // "the Department of Commerce and Finland's Ministry of Economic Affairs", "the University of Easterbrook and Qorvane Systems Ltd": two bodies
		}
		if t.Word && connectors[t.Text] || t.Text == "&" || (t.Text == "and" || t.Text == "in") && sc.orgSoFar(i, j) || t.Text == "in" && sc.causeSoFar(i, j) || t.Text == "and" && sc.andJoins(i, j) ||
			t.Text == "on" && sc.onJoins(j) || sc.fieldsJoined(j) && sc.compoundTitle(j+1) > 0 {
			k := j + 1
			for k < len(ts) && (connectors[ts[k].Text] || ts[k].Text == "the") {
				k++
			}
			if k < len(ts) && ts[k].Word && ts[k].Cap {
				j = k + 1
				continue
			}
		}
		break
	}
	return j
}

// placeAfterIn reports whether "in" at token j comes before a known place
// that ends the run of capitalised words after it.
func (sc *scanner) placeAfterIn(j int) bool {
	k := j + 1
	for k < len(sc.ts) && sc.ts[k].Word && sc.ts[k].Cap {
		k++
	}
	return k > j+1 && sc.placeFrom(j+1, k)
}

// bodyOfPlace reports whether ts[i:j] names a body by a word that ends
// organisations' names and an "of" phrase ("Central Bank of Ghana",
// "University of Leeds").
func (sc *scanner) bodyOfPlace(i, j int) bool {
	of := false
	for _, t := range sc.ts[i:j] {
		of = of || t.Text == "of"
	}
	return of && sc.holdsOrgWord(i, j)
}

// titleBeforeName reports whether a title starts at token k, maybe
// joined by "and" to another ("President and CEO"), and a capitalised
// name follows it.
func (sc *scanner) titleBeforeName(k int) bool {
	ts := sc.ts
	n, _, _ := sc.title(k)
	if n == 0 {
		return false
	}
	e := k + n
	if e+1 < len(ts) && ts[e].Text == "and" {
		if m, _, _ := sc.title(e + 1); m > 0 {
			e += 1 + m
		}
	}
	return e < len(ts) && ts[e].Word && ts[e].Cap
}

// titleAlone reports whether a title starts at token k with no
// capitalised word after it: an office named without its holder ("has
// the NSW Premier kept her promises").
func (sc *scanner) titleAlone(k int) bool {
	ts := sc.ts
	n, _, _ := sc.title(k)
	return n > 0 && publicOffices[ts[k+n-1].Text] && (k+n == len(ts) || ts[k+n].Text != "&" && (!ts[k+n].Word || !ts[k+n].Cap))
}

// publicOffices end the titles of offices that a body's acronym may stand
// before with no holder named ("the NSW Premier", "the NATO
// Secretary-General"), unlike titles that also name firms ("P&O
// Princess", "CL King & Associates").
var publicOffices = text.SetOf("Premier", "President", "Minister", "Secretary", "Secretary-General", "Governor", "Mayor",
	"Chancellor", "Commissioner", "Auditor-General", "Chairman", "Chairwoman", "Chair", "Ambassador", "Envoy", "Spokesman", "Spokeswoman")

// nameGoesOn reports whether token k is a capitalised word or the full
// stop of an abbreviation followed by one: what stands before it ("Co" in
// "Dalkey, Co Dublin") opens another name, no legal form.
func (sc *scanner) nameGoesOn(k int) bool {
	ts := sc.ts
	if k < len(ts) && ts[k].Text == "." {
		k++
	}
	return k < len(ts) && ts[k].Word && ts[k].Cap
}

// fieldList returns the end of the list of fields that goes on, after the
// comma at token j, the name of a body that serves them ("Department for
// Science, Innovation and Technology", "Ministry of Housing, Communities
// and Local Government"), or j when none does: the run ts[i:j] is a word
// heading organisation names (after capitalised words that qualify it),
// "for" or "of" and ordinary words, and every
// item of the list is ordinary capitalised words, its last after "and".
func (sc *scanner) fieldList(i, j int) int {
	ts := sc.ts
	if ts[j].Text != "," {
		return j
	}
	if ts[i].Text == "The" {
		i++
	}
	for i+3 < j && ts[i].Cap && ts[i+1].Cap && !sc.g.OrgHeads[gazetteer.Fold(ts[i].Text)] {
		i++ // "National Union of Rail, Maritime and Transport Workers": words before the body's head
	}
	if j-i < 3 || !sc.g.OrgHeads[gazetteer.Fold(ts[i].Text)] || ts[i+1].Text != "for" && ts[i+1].Text != "of" || sc.fieldWords(i+2) != j {
		return j
	}
	e := j
	for e < len(ts) && ts[e].Text == "," {
		k := e + 1
		f := sc.fieldWords(k)
		if f == k {
			return j
		}
		if f < len(ts) && (ts[f].Text == "and" || ts[f].Text == "&") {
			last := f + 1
			if last < len(ts) && ts[last].Text == "the" {
				last++ // "Department of Climate, Energy and the Environment"
			}
			if end := sc.fieldWords(last); end > last && (end == len(ts) || !ts[end].Word || !ts[end].Cap) {
				return end
			}
			return j
		}
		e = f
	}
	return j
}

// fieldsBeforeBody returns the end of the name of a body that a list of
// fields opens, when the run ts[i:j] after "the" is the list's first item
// and token j its comma ("the Science, Innovation and Technology
// Committee"), or j when none does: every item is capitalised words (see
// listWords), none but the last with a word that ends organisation names, and
// the last, after "and", ends with one or with a word for a committee or
// a council ("the Advisory, Conciliation and Arbitration Service").
func (sc *scanner) fieldsBeforeBody(i, j int) int {
	ts := sc.ts
	if ts[j].Text != "," || i == 0 || !strings.EqualFold(ts[i-1].Text, "the") || sc.listWords(i) != j || sc.holdsOrgWord(i, j) {
		return j
	}
	for e := j; e < len(ts) && ts[e].Text == ","; {
		k := e + 1
		if k < len(ts) && ts[k].Text == "and" {
			k++
		}
		f := sc.listWords(k)
		if f == k || f < len(ts) && ts[f].Text != "and" && ts[f].Text != "," || f == len(ts) {
			return j
		}
		if ts[f].Text == "and" {
			end := sc.listWords(f + 1)
			if end < len(ts) && ts[end].Poss && onHeads[ts[end].Text] {
				end++ // "the Science, Innovation and Technology Committee's report"
			}
			if end-f < 3 || !onHeads[ts[end-1].Text] && !sc.g.OrgWords[ts[end-1].Text] || ts[end-1].Text == "Party" {
				return j // a party is named for no list of fields: "the Social Democrats, Green Left and Rural Party" are three
			}
			return end
		}
		if sc.holdsOrgWord(k, f) {
			return j
		}
		e = f
	}
	return j
}

// listWords returns the end of the capitalised words from token k that
// may make an item of a list of fields in a body's name: no first name,
// no acronym, no known name standing alone, no possessive.
func (sc *scanner) listWords(k int) int {
	ts := sc.ts
	for k < len(ts) && ts[k].Word && ts[k].Cap && !ts[k].Poss && !sc.g.FirstNames[ts[k].Text] && !gazetteer.IsAcronym(ts[k].Text) && !sc.knownAlone(k) {
		k++
	}
	return k
}

// stateAfterAnd reports whether the word after "and" at token j is a
// state or a place the gazetteer knows by itself that owns what follows
// or ends the run: a second party, not the rest of a name.
func (sc *scanner) stateAfterAnd(j int) bool {
	k := j + 1
	if k >= len(sc.ts) || !sc.knownAlone(k) {
		return false
	}
	if e, _, ok := sc.longestEntity(k, k+1); ok && e > k+1 {
		return false // "Trinidad and Tobago" is read whole before
	}
	return sc.ts[k].Poss || k+1 == len(sc.ts) || !sc.ts[k+1].Word || !sc.ts[k+1].Cap
}

// titleEnd returns the end of the title starting the run at i (after a
// "The"), or i when none does.
func (sc *scanner) titleEnd(i int) int {
	k := i + boolInt(sc.ts[i].Text == "The")
	if k >= len(sc.ts) {
		return i
	}
	if n, _, _ := sc.title(k); n > 0 {
		return k + n
	}
	if r, ok := sc.g.Lookup(sc.ts[k].Text); ok && r.How == gazetteer.RefDemonym && k+1 < len(sc.ts) {
		if n, _, _ := sc.title(k + 1); n > 0 {
			return k + 1 + n // "Kenyan Cabinet Secretary for Foreign Affairs Daniel Kamau"
		}
	}
	return i
}

// numberInName reports whether the number at token j sits inside a name:
// a short number between two capitalised words, the one before it no day
// or month, the one after it the name's last word, and no other number in
// the sentence, as results lines have ("Il Sole 24 Ore", not "Leeds 2
// Chelsea 1", "Wigan 42 Bradford Bulls" nor "May 24 Reuters").
func (sc *scanner) numberInName(j int) bool {
	ts := sc.ts
	if j == 0 || j+1 >= len(ts) || !isNumber(ts[j].Text) || len(ts[j].Text) > 3 || calendarWords[ts[j-1].Text] {
		return false
	}
	if !ts[j+1].Word || !ts[j+1].Cap || ts[j-1].End == ts[j].Start || ts[j].End == ts[j+1].Start {
		return false
	}
	if j+2 < len(ts) && ts[j+2].Word && (ts[j+2].Cap || connectors[ts[j+2].Text]) {
		return false
	}
	for k, t := range ts {
		if k != j && isScore(t.Text) {
			return false
		}
	}
	return true
}

// forJoins reports whether "for" at token j continues the name starting at
// i: after an organisation word, or in a name that a word heading
// organisation names starts or holds ("Committee for", "Organisation for
// Security", "Court of Appeals for the District of Columbia"), or inside a
// title that goes on over its field before a name (see fieldAfter).
func (sc *scanner) forJoins(i, j int) bool {
	if sc.g.OrgWords[sc.ts[j-1].Text] {
		return true
	}
	if k := i + boolInt(sc.ts[i].Text == "The"); k < j {
		if n, _, _ := sc.title(k); k+n > j {
			return true // "Minister of State for Foreign Affairs Khalid al-Mansouri"
		}
	}
	for _, t := range sc.ts[i:j] {
		if sc.g.OrgHeads[gazetteer.Fold(t.Text)] {
			return true
		}
	}
	return false
}

// onJoins reports whether "on" at token j continues a body's name: after a
// word that heads the names of commissions and councils, and before a
// capitalised word that is not a day or month ("Commission on Human
// Rights", "Council on Foreign Relations", not "the Commission on Monday").
func (sc *scanner) onJoins(j int) bool {
	return j+1 < len(sc.ts) && onHeads[sc.ts[j-1].Text] && !calendarWords[sc.ts[j+1].Text]
}

// unitNumber reports whether token j is the number of a body's unit
// after its unit word ("Local 418").
func (sc *scanner) unitNumber(j int) bool {
	return j > 0 && unitWords[sc.ts[j-1].Text] && isNumber(sc.ts[j].Text) && !strings.ContainsAny(sc.ts[j].Text, ".,")
}

// measureUnit reports whether token i is a unit of measure after a
// number ("its 600 MW Hvidsand project"): no word of the name after it.
func (sc *scanner) measureUnit(i int) bool {
	return i > 0 && measureUnits[sc.ts[i].Text] && isNumber(strings.NewReplacer(".", "", ",", "").Replace(sc.ts[i-1].Text))
}

// measureUnits are the units of measure written in capitals.
var measureUnits = text.SetOf("MW", "GW", "kW", "KW", "TW", "MWh", "GWh", "TWh", "kWh", "KWh", "MWe", "GWe", "TEU", "BCM", "MTPA")

// unitWords name a numbered unit of a body, whose number ends its name
// ("Union Local 418", "Lodge 12").
var unitWords = text.SetOf("Local", "Lodge")

// onHeads head the names of bodies that go on with "on".
var onHeads = text.SetOf("Commission", "Committee", "Subcommittee", "Council", "Conference", "Convention", "Panel",
	"Centre", "Center", "Institute", "Forum", "Board")

// calendarWords are the capitalised names of days and months.
var calendarWords = text.SetOf("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
	"December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")

// orgSoFar reports whether ts[i:j] starts with a word that heads
// organisation names and holds "of" or "for", or holds such a word right
// before "of" or "for", so "and" and "in" followed by a capitalised word
// may continue it ("Organisation for Security and Cooperation in Europe",
// "Africa Centres for Disease Control and Prevention").
func (sc *scanner) orgSoFar(i, j int) bool {
	if sc.ts[i].Text == "The" && i+1 < j {
		i++
	}
	if j < len(sc.ts)-1 && !sc.ts[j+1].Cap {
		return false
	}
	head := sc.g.OrgHeads[gazetteer.Fold(sc.ts[i].Text)]
	for k := i; k < j; k++ {
		if t := sc.ts[k].Text; t == "of" || t == "for" {
			if head || k > i && sc.g.OrgHeads[gazetteer.Fold(sc.ts[k-1].Text)] {
				return true // "Africa Centres for Disease Control and Prevention"
			}
		}
	}
	return false
}

// causeSoFar reports whether ts[i:j], before "in", is the name of a
// campaigning body made of ordinary words after a noun calling it one, so
// "in" and the place it works for belong to the name ("the pressure group
// Human Rights in China"), not a company's ("the firm Halvard in Norway").
func (sc *scanner) causeSoFar(i, j int) bool {
	if j-i < 2 || !sc.orgKindBefore(i) || j+1 >= len(sc.ts) || !sc.placeFrom(j+1, j+2) {
		return false
	}
	for _, t := range sc.ts[i:j] {
		if !sc.ordinary(t) {
			return false
		}
	}
	return true
}

// longestEntity finds the longest gazetteer name starting at token i that
// reaches at least to token min (a name that ends earlier is part of a
// longer unknown name, as "China" in "China National Biotec Group").
func (sc *scanner) longestEntity(i, min int) (int, gazetteer.Ref, bool) {
	ts := sc.ts
	if i >= len(ts) || !sc.g.MayStart(ts[i].Text) {
		return i, gazetteer.Ref{}, false
	}
	limit := len(ts)
	if i+sc.g.MaxWords*2 < limit {
		limit = i + sc.g.MaxWords*2
	}
	for k := limit; k > i && k >= min; k-- {
		last := ts[k-1]
		if !last.Word || (!nameWord(last) && !elidedArticle(last.Text) && !sc.loud) {
			continue
		}
		raw := sc.d.Text[ts[i].Start:last.End]
		if r, ok := sc.lookup(raw); ok {
			return k, r, true
		}
		if last.Poss {
			if r, ok := sc.lookup(sc.d.Text[ts[i].Start:last.Start] + last.Text); ok {
				return k, r, true
			}
		}
	}
	return i, gazetteer.Ref{}, false
}

// elidedArticle reports whether w opens with a French article elided
// before a capital, a word of a name the gazetteer may know ("Côte
// d'Ivoire").
func elidedArticle(w string) bool {
	_, ok := afterArticle(w, elidedArticles)
	return ok
}

// elidedArticles are the French "de" elided before a vowel.
var elidedArticles = []string{"d'", "d’"}

// lookup finds a gazetteer name; in a sentence written in capitals, case
// says nothing, so short names match case aside ("ROME").
func (sc *scanner) lookup(name string) (gazetteer.Ref, bool) {
	if sc.loud {
		return sc.g.LookupFolded(name)
	}
	return sc.g.Lookup(name)
}

// addEntity records a gazetteer name over tokens [i, k). A city or region
// in a results line or a fixture names a team, not the place ("Baltimore 5
// Minnesota 3", "Leeds v Chelsea").
func (sc *scanner) addEntity(i, k int, ref gazetteer.Ref) {
	ts := sc.ts
	sp := briefing.Span{Start: ts[i].Start, End: ts[k-1].Start + len(ts[k-1].Text)}
	m := sc.entityMention(sp, ts[i].Sent, k-i, ref)
	if (m.kind == briefing.KindPlace || ref.How == gazetteer.RefCapital) && sc.team(i, k) || m.kind == briefing.KindPlace && sc.teamPlace(i, k) {
		m.entity, m.kind, m.cue = -1, briefing.KindOrganisation, cueWeak
	}
	sc.out = append(sc.out, m)
}

// entityMention returns the mention of gazetteer name ref written at sp.
func (sc *scanner) entityMention(sp briefing.Span, sent, words int, ref gazetteer.Ref) mention {
	m := newMention(sc.d, sp, sent, words)
	m.entity, m.how, m.kind, m.cue = ref.Entity, ref.How, sc.g.Entities[ref.Entity].Kind, cueStrong
	return m
}

// namePair records a word of two gazetteer names joined by a hyphen
// ("EU-US", "China-Japan") or of two names it does not know that the text
// also writes apart ("Korvenia-Mirosk"), or of two names joined by a
// slash ("Ryanair/Boeing", "EU/IMF"), as a mention of each, and reports
// whether the word was one.
func (sc *scanner) namePair(i int) bool {
	t := sc.ts[i]
	if a, b, ok := strings.Cut(t.Text, "/"); ok && capitalised(a) && capitalised(b) && !strings.Contains(b, "/") {
		sc.out = append(sc.out, sc.pairMention(briefing.Span{Start: t.Start, End: t.Start + len(a)}, t.Sent, a),
			sc.pairMention(briefing.Span{Start: t.Start + len(a) + 1, End: t.Start + len(t.Text)}, t.Sent, b))
		return true
	}
	a, b, ok := strings.Cut(t.Text, "-")
	if !ok || a == "" || b == "" || strings.Contains(b, "-") {
		return false
	}
	ra, okA := sc.lookup(a)
	rb, okB := sc.lookup(b)
	if !okA || !okB || ra.How != gazetteer.RefName || rb.How != gazetteer.RefName {
		if okA || okB || a == b || !capitalised(a) || !capitalised(b) || !sc.d.capWords[a] || !sc.d.capWords[b] {
			return false
		}
		sc.out = append(sc.out, sc.pairMention(briefing.Span{Start: t.Start, End: t.Start + len(a)}, t.Sent, a),
			sc.pairMention(briefing.Span{Start: t.Start + len(a) + 1, End: t.Start + len(t.Text)}, t.Sent, b))
		return true // "Korvenia-Mirosk truce collapses" in a text that names Korvenia and Mirosk apart
	}
	sc.out = append(sc.out, sc.entityMention(briefing.Span{Start: t.Start, End: t.Start + len(a)}, t.Sent, 1, ra),
		sc.entityMention(briefing.Span{Start: t.Start + len(a) + 1, End: t.Start + len(t.Text)}, t.Sent, 1, rb))
	return true
}

// pairMention returns the mention of one name of a pair written at sp:
// the gazetteer's when it knows the name, else one of unknown kind.
func (sc *scanner) pairMention(sp briefing.Span, sent int, name string) mention {
	if ref, ok := sc.lookup(name); ok {
		return sc.entityMention(sp, sent, 1, ref)
	}
	return newMention(sc.d, sp, sent, 1)
}

// capitalised reports whether w is a word of two letters or more that
// starts with a capital letter.
func capitalised(w string) bool {
	return len(w) > 1 && unicode.IsUpper(rune(w[0])) && unicode.IsLetter(rune(w[1]))
}

// sentenceStart reports whether token i starts its sentence or a quoted
// sentence inside it (after any opening quotes, brackets, list markers or a
// colon), or the text after a label and a dash ("1990 - The treaty was
// signed").
func (sc *scanner) sentenceStart(i int) bool {
	if i > 0 {
		switch sc.ts[i-1].Text {
		case "“", "‘", ":", "—":
			return true
		case "-", "–":
			if i >= 2 && i-2 <= sc.first && isNumber(sc.ts[i-2].Text) {
				return true
			}
		case "\"", "'":
			return i == 1 || !sc.ts[i-2].Word
		case ")":
			return sc.labelBracket(i - 1) // "Q: (Marta Solen, Estavian Public Radio) Will the agreement go to parliament?"
		}
	}
	return i <= sc.first
}

// labelBracket reports whether the closing bracket at token c ends a
// bracket right after a speaker's label that opens the sentence ("Q:
// (Jonas Krell, Continental Wire)"): the words after it start the turn.
func (sc *scanner) labelBracket(c int) bool {
	for o := c - 1; o > 0; o-- {
		if sc.ts[o].Text == "(" {
			return sc.ts[o-1].Text == ":" && o-1 <= sc.first+1
		}
	}
	return false
}

// common reports whether a capitalised word is most likely an ordinary word
// capitalised only because it starts a sentence.
func (sc *scanner) common(t doc.Token) bool {
	w := strings.ToLower(t.Text)
	if text.Starters[w] || sc.g.Never[gazetteer.Fold(t.Text)] || pluralCollective(w) {
		return true
	}
	if f, ok := sc.p.Ortho[w]; ok && f&text.OrthoMidLc != 0 && f&text.OrthoMidUc == 0 {
		return true
	}
	return sc.d.lowerWords[w]
}

// pluralCollective reports whether a lower-case word is the plural of a
// noun for people or bodies ("landlords", "diplomats"): capitalised at the
// start of a sentence, it is an ordinary word, not a name.
func pluralCollective(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && collectives[one]
}

// ordinary reports whether a word is often written in lower case in the
// middle of sentences (an ordinary word, even if it is also used in names).
func (sc *scanner) ordinary(t doc.Token) bool {
	w := strings.ToLower(t.Text)
	f := sc.p.Ortho[w]
	return f&text.OrthoMidLc != 0 || sc.d.lowerWords[w] || orgKinds[w]
}

// boolInt returns 1 for true and 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// shoutedWord reports whether the word at token j is an ordinary word the
// page writes in capitals after a word written in mixed case ("Gavin
// Thorley QUITS over …"): no acronym the gazetteer or the text knows, and
// no capitalised word after it.
func (sc *scanner) shoutedWord(j int) bool {
	t, prev := sc.ts[j], sc.ts[j-1]
	if !t.Word || len(t.Text) < 3 || !allCaps(t.Text) || allCaps(prev.Text) || sc.d.docNames[t.Text] || !inflectedWord(t.Text) ||
		j+1 < len(sc.ts) && sc.ts[j+1].Word && sc.ts[j+1].Cap {
		return false // not "CARE International": a name goes on after it
	}
	_, known := sc.g.Lookup(t.Text)
	return !known
}

// shoutedOpener reports whether the word at token i, which opens its
// sentence, is an ordinary word a tabloid writes in capitals before a name
// ("GRILLED Danny Rourke breaks silence", "FAMILY MAN Inside …"): no part
// of the name.
func (sc *scanner) shoutedOpener(i int) bool {
	t := sc.ts[i]
	if !t.Word || len(t.Text) < 4 || !allCaps(t.Text) || sc.d.docNames[t.Text] || !inflectedWord(t.Text) || titleWord(sc.g, t.Text) ||
		i+1 >= len(sc.ts) || !sc.ts[i+1].Word || !sc.ts[i+1].Cap || allCaps(sc.ts[i+1].Text) || sc.d.bracketedCaps(t.Text) {
		return false // not "MINISTER TOMAS VERO:", a label, nor "WING", the acronym of a name given in brackets
	}
	_, known := sc.g.Lookup(t.Text)
	return !known
}

// inflectedWord reports whether w, or w without an inflection's ending,
// is also written in lower case inside sentences ("QUITS": "quit").
func inflectedWord(w string) bool {
	if ordinaryWordForm(w) {
		return true
	}
	low := strings.ToLower(w)
	for _, end := range []string{"s", "es", "ed", "d", "ing"} {
		if stem, ok := strings.CutSuffix(low, end); ok && len(stem) > 2 && ordinaryWordForm(stem) {
			return true
		}
	}
	return false
}

// campaignName returns the end of a campaign's name that opens at token i
// with its call ("Save the Aske", "Stop the Incinerator"), or i: the call,
// "the" and capitalised words.
func (sc *scanner) campaignName(i int) int {
	ts := sc.ts
	if i+2 >= len(ts) || !campaignCalls[ts[i].Text] || ts[i+1].Text != "the" {
		return i
	}
	e := i + 2
	for e < len(ts) && ts[e].Word && ts[e].Cap && nameWord(ts[e]) {
		e++
		if ts[e-1].Poss {
			break
		}
	}
	if e == i+2 {
		return i
	}
	return e
}

// campaignCalls open the names of campaigns ("Save the Aske").
var campaignCalls = text.SetOf("Save", "Stop", "Protect")

// subordinators open a clause at a sentence's start, before a name or an
// office ("When Minister for Housing Declan Farrelly stood …").
var subordinators = text.SetOf("when", "while", "after", "before", "if", "as", "since", "because", "although", "though",
	"once", "until", "unless", "whereas")
