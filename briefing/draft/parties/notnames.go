package parties

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Runs of capitalised words that are not names: competitions, adjectives,
// contractions, work titles, products, the fields of offices and field
// labels.

// sportsLeague reports whether token k is "League" naming a competition
// ("American League", "Premier League"), not an association: no "of" or
// "for" follows it in the run ("League of Rural Voters"), and the league
// is not the subject of a verb, as the body that runs a competition is
// ("The United Women's Hockey League and its players' association
// reached a deal", "the National Hockey League said").
func (sc *scanner) sportsLeague(k, j int) bool {
	if sc.ts[k].Text != "League" || sc.acting(k) || k < j-1 && sc.g.OrgWords[sc.ts[j-1].Text] {
		return false // "… Hockey League Players' Association": a body of the league's players
	}
	for e := k + 1; e < len(sc.ts) && e <= j; e++ {
		if w := sc.ts[e].Text; w == "of" || w == "for" {
			return false
		}
	}
	return true
}

// notAName reports whether the run ts[i:j] is a phrase the gazetteer
// lists as never a party ("New Year", "Third World"), an ordinary word
// numbered (see numbered), or one word that is an adjective, a
// contraction, a plural abbreviation or a word for people at large rather
// than a name: "Kurdish rebels", "European officials", "New York-based",
// "We've", "Women's singles"; or a run that ends in a plural abbreviation
// for members ("MPs", "Tory MPs").
func (sc *scanner) notAName(i, j int) bool {
	w := sc.ts[i].Text
	if j-i > 1 && sc.g.Never[gazetteer.Fold(sc.d.Text[sc.ts[i].Start:sc.ts[j-1].End])] {
		return true // "New Year", "Third World"
	}
	if sc.numbered(i, j) || sc.placeAbbreviation(i, j) || sc.currencyCode(i, j) {
		return true
	}
	if strings.HasSuffix(sc.ts[j-1].Text, "-based") || pluralAcronym(sc.ts[j-1].Text) || contraction(w) || j-i == 1 && (len(w) == 1 || text.IsInitial(w) || peopleAtLarge[w] || legalTerms[w] || meetingTerms[w] || replies[w] || sc.thingCode(w) || letterNoun(w)) {
		return true
	}
	if j-i == 2 && (sideWords[w] && legalTerms[sc.ts[i+1].Text] || w == "The" && (sideTerms[sc.ts[i+1].Text] || meetingTerms[sc.ts[i+1].Text]) || w == "This" && documentTerms[sc.ts[i+1].Text]) {
		return true // "Each Party shall …", "Either Party may …", "This MoU shall …": an agreement's terms for its sides and itself
	}
	if j-i == 2 && sideTerms[sc.ts[i+1].Text] && sc.stateWord(w) {
		return true // "The Portuguese Participant intends …": one side of a declaration, by its state
	}
	if j-i > 1 && partyMembers[sc.ts[j-1].Text] && i > 0 && (sc.ts[i-1].Lower == "a" || sc.ts[i-1].Lower == "an") &&
		(j == len(sc.ts) || !sc.ts[j].Word || sc.ts[j].Cap || text.StopWords[sc.ts[j].Lower]) {
		return true // "an Oregon Democrat who sits", "a Texas Republican": what a person is, no one's name; not "a Social Democrat government"
	}
	if j-i != 1 || j >= len(sc.ts) {
		return false
	}
	next := sc.ts[j]
	if !next.Word || next.Cap || personAfter[next.Text] || strings.HasSuffix(next.Text, "ed") || text.StopWords[next.Text] || articleName(w) {
		return false
	}
	for _, suf := range []string{"ish", "ic", "ian", "ean", "ese", "an", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// letterNoun reports whether w is a common noun led by a capital letter
// and a hyphen, the rest in lower case ("U-turn", "X-ray", "T-shirt",
// "A-levels"): no name.
func letterNoun(w string) bool {
	rest, ok := strings.CutPrefix(w[min(1, len(w)):], "-")
	return ok && w[0] >= 'A' && w[0] <= 'Z' && rest != "" && strings.Trim(rest, "abcdefghijklmnopqrstuvwxyz") == ""
}

// partyMembers name a member of a political party by the party.
var partyMembers = text.SetOf("Democrat", "Republican", "Tory", "Conservative", "Socialist")

// thingCode reports whether w is a code of capitals and a number that the
// gazetteer does not know, the way products, trials, routes and flights
// are named ("CLW-214", "APRICOT-3", "AEX1", "MH17"), never a party
// standing alone.
func (sc *scanner) thingCode(w string) bool {
	if _, known := sc.lookup(w); known {
		return false
	}
	k := strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' })
	if k < 2 {
		return false
	}
	rest := strings.TrimPrefix(w[k:], "-")
	n := len(rest) - len(strings.TrimLeft(rest, "0123456789"))
	return n > 0 && len(rest)-n <= 1 && strings.Trim(rest[n:], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// peopleAtLarge name people at large, never one party: "Women's 1,500
// metres", "Men's singles".
var peopleAtLarge = text.SetOf("Men", "Women", "Boys", "Girls", "Children", "People", "Juniors", "Seniors")

// meetingTerms are the words a summit's communique or a council's
// conclusions capitalise for those who met ("The Leaders agreed …",
// "Ministers welcomed …"): alone, no name.
var meetingTerms = text.SetOf("Leaders", "Ministers", "Heads", "Delegations", "Governments")

// replies are the words of a one-word answer ("A. No. I will not."), which
// open a sentence with a capital.
var replies = text.SetOf("No.", "Yes.", "No", "Yes")

// legalTerms are the words an agreement or a filing capitalises for its
// own parts and sides ("Each Party shall …", "this Article", "the
// Company"): alone, no name.
var legalTerms = text.SetOf("Party", "Parties", "Participant", "Participants", "Signatory", "Signatories", "Article", "Articles", "Annex", "Clause", "Company", "Board", "Boards", "Group",
	"Appellant", "Appellants", "Respondent", "Respondents", "Claimant", "Claimants", "Applicant", "Applicants", "Intervener", "Interveners")

// acting reports whether the word at token k heads the subject of a verb,
// alone or as the first of several ("X and its players' association
// reached").
func (sc *scanner) acting(k int) bool {
	s, w, ok := sc.d.wordOf(sc.ts[k])
	if !ok {
		return false
	}
	for steps := 0; steps < maxLeagueWords && (s.Words[w].Rel == "compound" || s.Words[w].Rel == "flat") && s.Words[w].Head > w &&
		(s.Words[s.Words[w].Head].UPOS == "PROPN" || joinedBefore(s, w, s.Words[w].Head)); steps++ { // within the name, not "the Premier League season starts"
		w = s.Words[w].Head
	}
	v := s.Words[w].Head
	return s.Words[w].Rel == "nsubj" && v >= 0 && s.Words[v].UPOS == "VERB"
}

// joinedBefore reports whether a conjunction stands between words a and b:
// a name the parser hung on the noun of the phrase coordinated with it
// ("League and its players' association").
func joinedBefore(s *syntax.Sentence, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.Words[k].UPOS == "CCONJ" {
			return true
		}
	}
	return false
}

// maxLeagueWords bounds the words climbed from "League" to the head of
// the name it is part of.
const maxLeagueWords = 4

// sideTerms are the words a declaration or an agreement calls its sides by
// ("The Parties", "The Participants", "the Netherlands Participant").
var sideTerms = text.SetOf("Parties", "Participants", "Participant", "Signatories")

// stateWord reports whether w names a state or its people ("Portuguese",
// "Netherlands").
func (sc *scanner) stateWord(w string) bool {
	ref, ok := sc.g.Lookup(w)
	return ok && sc.g.Entities[ref.Entity].Kind == briefing.KindCountry
}

// sideWords pick out one or all of an agreement's sides ("Each Party",
// "Neither Party", "The Parties").
var sideWords = text.SetOf("Each", "Either", "Neither", "Both", "Any", "Such", "Other")

// documentTerms are the words a document calls itself by ("This MoU",
// "This Agreement").
var documentTerms = text.SetOf("MoU", "MOU", "Memorandum", "Agreement", "Contract", "Treaty", "Convention", "Protocol", "Decision", "Resolution", "Charter")

// pluralAcronym reports whether w is an abbreviation in the plural ("MPs",
// "NGOs"): members of a kind, not the name of one body.
func pluralAcronym(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for _, r := range w[:n-1] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// numbered reports whether the run ts[i:j] is one ordinary word followed by
// a number that it labels ("Chapter 11", "Interstate 95", "Article 5"),
// outside a results table ("Reading 2 Stoke 2").
func (sc *scanner) numbered(i, j int) bool {
	ts := sc.ts
	return j-i == 1 && j < len(ts) && isNumber(ts[j].Text) && (sc.ordinary(ts[i]) && !sc.tableRow(j) || documentParts[ts[i].Text]) &&
		(j+1 == len(ts) || !ts[j+1].Cap)
}

// documentParts name a numbered part of a document, cited by its number
// ("(Paragraph 53)", "Section 4"): no name, however rare the word.
var documentParts = text.SetOf("Paragraph", "Paragraphs", "Section", "Sections", "Chapter", "Schedule", "Appendix", "Page", "Item", "Table", "Figure", "Recommendation")

// workTitle reports whether the run ts[i:j] belongs to the title of a
// book, film, song or report: all a quotation holds is capitalised words
// and the small words of titles ("The Harbour", "Anne of a Thousand
// Days"), or a work noun and "called" come before it ("a report called
// Rags To Riches").
func (sc *scanner) workTitle(i, j int) bool {
	ts := sc.ts
	a, b := i, j
	for a > 0 && a > i-maxWorkTitleWords && titleToken(ts[a-1]) {
		a--
	}
	for b < len(ts) && b < j+maxWorkTitleWords && titleToken(ts[b]) {
		b++
	}
	if n := sc.namedNoun(a); n >= 0 && (workNouns[strings.TrimSuffix(ts[n].Lower, "s")] || schemeNouns[strings.TrimSuffix(ts[n].Lower, "s")]) {
		return true // "a report called …", "a biometric register, known as …"
	}
	if a == 0 || b >= len(ts) || !isQuoteMark(ts[a-1].Text) {
		return false
	}
	if ts[b].Text == "," && b+1 < len(ts) {
		b++
	}
	return isQuoteMark(ts[b].Text)
}

// namedNoun returns the index of the noun whose name starts at token a
// after a naming word ("a film called", "a register, known as", "the
// scheme, also known as"), or -1.
func (sc *scanner) namedNoun(a int) int {
	ts := sc.ts
	n := a - 1
	switch {
	case n >= 1 && namingWords[ts[n].Lower]:
		n--
	case n >= 2 && ts[n].Lower == "as" && ts[n-1].Lower == "known":
		n -= 2
	default:
		return -1
	}
	if n >= 1 && ts[n].Lower == "also" {
		n--
	}
	if n >= 1 && ts[n].Text == "," {
		n--
	}
	if n < 0 || !ts[n].Word {
		return -1
	}
	return n
}

// schemeNouns name schemes, systems and other things that are given names
// but are no parties ("a register known as Huduma Namba", "a scheme
// called Delay Repay").
var schemeNouns = text.SetOf("scheme", "system", "register", "registry", "database", "plan", "project",
	"operation", "initiative", "policy", "tool", "card", "campaign", "method", "technique", "rule", "law", "bill", "treaty",
	"vaccine", "drug", "device", "product", "brand", "model", "code", "formula", "algorithm")

// maxWorkTitleWords bounds how far workTitle looks for the ends of a title.
const maxWorkTitleWords = 10

// titleToken reports whether t can stand in a title written in title case:
// a capitalised word, a number or one of the small words titles keep in
// lower case.
func titleToken(t doc.Token) bool {
	return t.Word && (t.Cap || titleSmallWords[t.Text] || isNumber(t.Text))
}

// titleSmallWords stay in lower case inside titles ("Ice Cold in Alex").
var titleSmallWords = text.SetOf("of", "a", "an", "the", "in", "and", "on", "to", "for", "at", "with", "from")

// namingWords introduce a work's title after its noun ("a film called").
var namingWords = text.SetOf("called", "entitled", "titled", "named", "dubbed")

// workNouns name works that have titles ("a report called …").
var workNouns = text.SetOf("report", "book", "film", "movie", "song", "album", "study", "paper", "novel", "play",
	"documentary", "programme", "program", "show", "series", "survey", "poem", "painting", "memoir", "biography")

// productCode reports whether the run ts[i:j] of several words ends in a
// model code of letters and digits ("Airbus A380", "Boeing 737-800s"): the
// words before the code name the maker; the code names a product, not a
// party.
func (sc *scanner) productCode(i, j int) bool {
	w := sc.ts[j-1].Text
	return j-i > 1 && strings.ContainsAny(w, "0123456789") && strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// constituency reports whether the run ts[i:j] is the seat a member of a
// parliament was elected for ("MP for Warrington North", "TD for Dublin
// Mid-West"): right after such a member's letters and "for", no state or
// body the gazetteer knows. A seat is where a member was elected, no party.
func (sc *scanner) constituency(i, j int) bool {
	ts := sc.ts
	if i < 2 || ts[i-1].Text != "for" || !memberLetters[strings.TrimSuffix(ts[i-2].Text, "s")] {
		return false
	}
	r, known := sc.g.Lookup(sc.d.Text[ts[i].Start:ts[j-1].End])
	return !known || sc.g.Entities[r.Entity].Kind == briefing.KindPlace
}

// memberLetters are the letters of members of parliaments and assemblies.
var memberLetters = text.SetOf("MP", "MSP", "MEP", "TD", "MLA", "MS", "AM", "MPP", "MHA", "MHK")

// officeField reports whether the run ts[i:j] names the field of an office
// it follows ("head of Trade Policy", "Minister for National Development
// Planning", "Minister of Foreign and Maritime Affairs"): after an office
// noun, "of" or "for" and any portfolios listed before it, words of
// portfolios and ordinary words only, at least one of them a portfolio.
func (sc *scanner) officeField(i, j int) bool {
	ts := sc.ts
	k := i - 1
	if k > 0 && ts[k].Text == "the" {
		k--
	}
	for k > 1 && (ts[k].Text == "and" || ts[k].Text == ",") && portfolios[ts[k-1].Text] {
		k -= 2 // "Minister of Foreign and Maritime Affairs": the field's earlier portfolios
	}
	if k < 1 || ts[k].Text != "of" && ts[k].Text != "for" || !officeNouns[gazetteer.Fold(ts[k-1].Text)] && !titleWord(sc.g, ts[k-1].Text) {
		return false
	}
	if _, known := sc.g.Lookup(sc.d.Text[ts[i].Start:ts[j-1].End]); known {
		return false
	}
	field := false
	for _, t := range ts[i:j] {
		switch {
		case portfolios[t.Text]:
			field = true
		case !sc.ordinary(t) || sc.g.OrgWords[t.Text]:
			return false
		}
	}
	return field
}

// bareOffice reports whether the run ts[i:j] is an office written without
// its holder's name ("currently Senior Independent Director", "the Chief
// Operating Officer"): before an office noun, ordinary words of which one
// at least qualifies offices ("Senior", "Chief", "Deputy"), the whole no
// name the gazetteer knows and holding no word that ends organisations'
// names. A body named like an office ("Charities Regulator") has no such
// qualifier.
func (sc *scanner) bareOffice(i, j int) bool {
	ts := sc.ts
	if j-i < 2 || !officeNouns[ts[j-1].Lower] || sc.holdsOrgWord(i, j) {
		return false
	}
	if _, known := sc.g.Lookup(sc.d.Text[ts[i].Start:ts[j-1].End]); known {
		return false
	}
	qualified := false
	for _, t := range ts[i : j-1] {
		switch {
		case officeQualifiers[t.Lower]:
			qualified = true
		case !sc.ordinary(t) || sc.g.FirstNames[t.Text]:
			return false
		}
	}
	return qualified
}

// isQuoteMark reports whether s is a quotation mark.
func isQuoteMark(s string) bool {
	return s == "\"" || s == "“" || s == "”" || s == "'" || s == "‘" || s == "’"
}

// label reports whether the name m ending before token j, with nothing
// but a weak cue for its kind, labels a field ("Scorers:", "ISSUER:").
func (sc *scanner) label(j int, m mention) bool {
	return j < len(sc.ts) && sc.ts[j].Text == ":" && m.cue < cueStrong && m.kind != briefing.KindPlace
}

// contraction reports whether w is a contraction ("We've", "Don't").
func contraction(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	for _, s := range []string{"'ve", "'ll", "'re", "'d", "n't", "'m"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// placeAbbreviation reports whether the run ts[i:j] is one short
// abbreviated word set after a place and a comma, as a state or province
// is written after its town ("Lincoln, Neb.", "Brampton, Ont.,"): part of
// an address, not a party.
func (sc *scanner) placeAbbreviation(i, j int) bool {
	ts := sc.ts
	if j-i != 1 || i < 2 || j >= len(ts) || ts[j].Text != "." || ts[j].Start != ts[i].End || len(ts[i].Text) > 5 {
		return false
	}
	return ts[i-1].Text == "," && ts[i-2].Word && ts[i-2].Cap && ts[i-2].End == ts[i-1].Start && !sc.g.FirstNames[ts[i-2].Text]
}

// currencyCode reports whether the run ts[i:j] is a currency's code of
// three capitals written with an amount ("DKK 4.2bn", "30 NOK"): an
// amount's unit, not a party.
func (sc *scanner) currencyCode(i, j int) bool {
	ts := sc.ts
	w := ts[i].Text
	if j-i != 1 || len(w) != 3 || strings.ToUpper(w) != w || sc.g.OrgWords[w] {
		return false
	}
	if _, known := sc.g.Lookup(w); known {
		return false
	}
	return amountAfter.MatchString(sc.d.Text[ts[i].End:min(len(sc.d.Text), ts[i].End+24)]) || i > 0 && isNumber(ts[i-1].Text) && ts[i-1].End < ts[i].Start
}

// dollarOf reports whether token i is the letters of a dollar's country
// written right before its sign and an amount ("US$8.4 million", "HK$2bn"),
// no party.
func (sc *scanner) dollarOf(i int) bool {
	rest := sc.d.Text[sc.ts[i].End:]
	return len(rest) > 1 && rest[0] == '$' && rest[1] >= '0' && rest[1] <= '9'
}

// amountAfter matches a sum of money written after a currency's code,
// with a fraction, thousands or a scale ("4.2bn", "1,200", "12 million"),
// not a bare number that may name a service or an edition ("NHS 111",
// "COP 28").
var amountAfter = regexp.MustCompile(`^ ?\d+(?:[.,]\d+|\s?(?:bn|m|k|million|billion)\b)`)

// holidayRe matches the name of a holiday or a feast day, which is a date,
// not a party, with the possessive some of them hold ("New Year's Eve").
var holidayRe = regexp.MustCompile(`^(?:New Year(?:'s|’s)? (?:Eve|Day)|Christmas (?:Eve|Day)|Boxing Day|Easter (?:Sunday|Monday)|Good Friday|` +
	`(?:St\.? )?(?:Valentine|Patrick|Andrew|David|George)(?:'s|’s) Day|Mother(?:'s|’s) Day|Father(?:'s|’s) Day|Hogmanay)\b`)

// holiday returns the index of the token after a holiday's name that
// opens at token i, or i when none does.
func (sc *scanner) holiday(i int) int {
	m := holidayRe.FindStringIndex(sc.d.Text[sc.ts[i].Start:])
	if m == nil {
		return i
	}
	end := sc.ts[i].Start + m[1]
	k := i
	for k < len(sc.ts) && sc.ts[k].Start < end {
		k++
	}
	return k
}
