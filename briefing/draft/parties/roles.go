package parties

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Roles read from the parse: the office an article gives a person in an
// apposition ("Ana Ruiz, head of policy at the bank"), before the name
// ("spokesman Tom Hale", "former President Ivo Marek", "the city's police
// chief Ada Wren") or with the name as the apposition ("the energy
// minister, Ivo Marek").

// describePeople gives each person the office the parse finds at its
// first mention that has one; a form of address ("Dr", "Sir") is no office. A parsed office replaces the scanner's title
// when it is a fuller form of it ("former President" for "President"),
// when the scanner found none, or when the scanner's is one word and the
// name stands in apposition to the office ("the party's communications
// spokesperson, Senator Jo Steele").
func describePeople(d *document, parties []briefing.Party) {
	g := gazetteer.Load()
	headline, _ := text.TitleLine(d.Document)
	for i := range parties {
		p := &parties[i]
		if p.Kind != briefing.KindPerson {
			continue
		}
		if honorifics[strings.TrimSuffix(p.Role, ".")] {
			p.Role = "" // "Dr. Amina Yusuf" holds no office by that
		}
		if r := withoutRankAfter(g, p.Role); r != "" {
			p.Role = r // "Superintendent Dr. Karen Voss"
		}
		splitTitle(g, d, p)
		if o, ok := firstOffice(g, d, p, headline); ok {
			if p.Role == "" || fuller(o.role, p.Role) || bareTitle(g, p.Role) && (o.role == apposedOffice(g, o.s, o.first, o.last) || memberTitles[p.Role]) ||
				abbreviatedRank(p.Role) && o.role == roleBefore(g, o.s, o.first, o.last) {
				p.Role = o.role
			}
		}
		if p.Role == "" {
			p.Role = signedOffice(g, d.Text, p) // "Nadia Hale\nChief Executive Officer" under a letter
		}
		if p.Role == "" {
			p.Role = courtSide(d.Text, p.Mentions) // "Prosecuting, Jonathan Pryce said"
		}
		p.Role = sharedSides.ReplaceAllString(p.Role, "") // "The foreign ministers of both countries, Kwame Asante and Yawa Mensah"
		if orgKindRole(p.Role) || tradeRole(p.Role) && !g.FirstNames[firstWord(p.Name)] {
			p.Kind, p.Role = briefing.KindOrganisation, "" // "the confectionery firm, Cadbury Schweppes"
		}
	}
}

// sharedSides matches an "of" phrase closing a role that counts the sides
// the people listed after it serve ("foreign ministers of both
// countries"): each serves one of them, so the office alone is each one's.
var sharedSides = regexp.MustCompile(`(?i)\s+of\s+(both|the two|the three|all three|the)\s+(countries|sides|nations|governments|states|parties|delegations)$`)

// courtSides are the words by which a court report opens a sentence with
// the side a barrister speaks for, before the barrister's name, and the
// office they tell.
var courtSides = map[string]string{"Prosecuting": "prosecutor", "Defending": "defence counsel", "Mitigating": "defence counsel"}

// courtSide returns the office a court report gives a person by opening a
// sentence with the side they speak for ("Prosecuting, Jonathan Pryce
// told the court"; "Defending, Nadia Farouk said"), or "".
func courtSide(src string, mentions []briefing.Span) string {
	for _, m := range mentions {
		before := strings.TrimSuffix(src[:m.Start], ", ")
		if len(before) == m.Start {
			continue
		}
		k := strings.LastIndexAny(before, " \n") + 1
		office, ok := courtSides[before[k:]]
		if ok && (k == 0 || src[k-1] == '\n' || k >= 2 && strings.ContainsRune(".!?\"”", rune(src[k-2]))) {
			return office
		}
	}
	return ""
}

// singularTitle returns a title of one word given in the plural before a
// list of names in the singular, each name's own ("Senators Ann Lee and
// Tom Reyes": "Senator"), and any other role unchanged.
func singularTitle(g *gazetteer.Gazetteer, role string) string {
	if one, ok := titleSingular(g, role); ok && len(one) >= 3 && !strings.ContainsAny(role, " -") {
		return one
	}
	return role
}

// titleSingular returns the title w names in the plural ("Senators" →
// "Senator"), ok false when w is no title's plural.
func titleSingular(g *gazetteer.Gazetteer, w string) (string, bool) {
	one, ok := strings.CutSuffix(w, "s")
	return one, ok && g.Titles[gazetteer.Fold(one)]
}

// bareTitle reports whether role is one title word and nothing more
// ("Senator", "Inspector").
func bareTitle(g *gazetteer.Gazetteer, role string) bool {
	return !strings.ContainsAny(role, " -") && titleWord(g, role)
}

// memberTitles are the titles a council's members carry: an office the
// text gives such a member ("Cllr Ann Boyd, cabinet member for housing",
// "Council leader Cllr Mark Ebbutt") says more than the title.
var memberTitles = map[string]bool{"Councillor": true, "Councilor": true, "Councilman": true, "Councilwoman": true, "Alderman": true, "Alderwoman": true}

// withoutRankAfter drops from an office the abbreviated title or form of
// address that came between it and the name ("Council leader Cllr Mark
// Ebbutt": "Council leader", not "Council leader Cllr"; "Foreign Minister
// Prince Saud": "Foreign Minister"); a title alone leaves nothing.
func withoutRankAfter(g *gazetteer.Gazetteer, role string) string {
	for role != "" {
		i := strings.LastIndexByte(role, ' ')
		last := role[i+1:]
		bare := strings.TrimSuffix(last, ".")
		if _, rank := titleAbbreviations[bare]; !rank && !memberTitles[last] && !((honorifics[bare] || nobility[bare]) && officeEnds(g, role[:max(i, 0)])) {
			return role
		}
		role = role[:max(i, 0)]
	}
	return role
}

// officeEnds reports whether role ends on a word that heads offices
// ("Foreign Minister", "Superintendent"), not on one that only begins a
// title ("Crown" of "Crown Prince").
func officeEnds(g *gazetteer.Gazetteer, role string) bool {
	last := role[strings.LastIndexByte(role, ' ')+1:]
	return last != "" && (titleWord(g, last) || officeNouns[gazetteer.Fold(last)])
}

// firstWord returns the first word of name.
func firstWord(name string) string {
	w, _, _ := strings.Cut(name, " ")
	return w
}

// tradeRole reports whether role is one noun for a trade that firms and
// people alike follow, with its qualifiers ("Dutch contractor").
func tradeRole(role string) bool {
	words := strings.Fields(gazetteer.Fold(role))
	return len(words) > 0 && (tradeKinds[words[len(words)-1]] || personTrades[words[len(words)-1]])
}

// orgKindRole reports whether role is headed by a noun naming a kind of
// organisation ("confectionery firm", "rival suitor"): whoever it
// describes is that organisation, not a person holding an office.
func orgKindRole(role string) bool {
	head, _, _ := strings.Cut(gazetteer.Fold(role), " of ")
	head, _, _ = strings.Cut(head, " for ")
	head, _, _ = strings.Cut(head, " at ")
	words := strings.Fields(head)
	return len(words) > 0 && (orgKinds[words[len(words)-1]] && !personTrades[words[len(words)-1]] || publicBodies[words[len(words)-1]])
}

// personTrades are the kinds of organisation whose names are also the
// trades of people ("oil producer Ecopetrol", "executive producer Neil
// Ashworth"): a role headed by one describes a body only when the name
// does not start with a first name (see tradeRole).
var personTrades = text.SetOf("producer", "broadcaster", "publisher")

// publicBodies are nouns for public and civic bodies that an apposition
// gives a name ("Metro Marlow, the transport authority"): the name is the
// body's, not a person's.
var publicBodies = text.SetOf("authority", "commission", "council", "committee", "campaign", "trust", "coalition",
	"movement", "board")

// splitTitle takes an office the scanner left at the front of a person's
// name out of it ("Detective Chief Inspector Ana Ruiz" → "Ana Ruiz",
// role "Detective Chief Inspector"; "Auditor-General Margaret Oyelaran";
// "Neighbour Sandra Okoye", a tabloid's way of saying who a person is):
// capitalised title, qualifier and portfolio words before at least two
// other words. The mentions that
// start with the office shrink to the name; the titled form stays an alias.
func splitTitle(g *gazetteer.Gazetteer, d *document, p *briefing.Party) {
	words := strings.Fields(p.Name)
	n := 0
	for n < len(words)-2 && (titleWord(g, words[n]) || portfolio(g, words[n]) || officeQualifiers[gazetteer.Fold(words[n])] ||
		officeNouns[gazetteer.Fold(words[n])] || hyphenOffice(words[n]) || n == 0 && describedPeople[gazetteer.Fold(words[n])]) &&
		!honorifics[strings.TrimSuffix(words[n], ".")] {
		n++
	}
	if n == 0 || words[n] == "of" {
		return // "Duchess of Kendal": a person known by the title
	}
	title := strings.Join(words[:n], " ")
	if !containsString(p.Aliases, p.Name) {
		p.Aliases = append(p.Aliases, p.Name)
	}
	p.Name = strings.Join(words[n:], " ")
	if p.Role == "" || fuller(title, p.Role) {
		p.Role = title
	}
	for i, sp := range p.Mentions {
		if at := strings.Index(d.Text[sp.Start:sp.End], words[n]); at > 0 && strings.HasPrefix(collapse(d.Text[sp.Start:sp.End]), title+" ") {
			p.Mentions[i].Start = sp.Start + at
		}
	}
}

// parsedOffice is an office the parse gives a mention of a person, with
// the mention's words.
type parsedOffice struct {
	role        string
	s           *syntax.Sentence
	first, last int
}

// firstOffice returns the office the parse gives the first mention of p
// that has one, outside the headline when the body gives one: a
// headline's description ("rail union leader Grace Adeyemi") says less
// than the body's office ("general secretary of the Rail and Transit
// Workers' Union").
func firstOffice(g *gazetteer.Gazetteer, d *document, p *briefing.Party, headline briefing.Span) (parsedOffice, bool) {
	var fallback parsedOffice
	for _, sp := range p.Mentions {
		s, first, last, ok := mentionWords(d, sp)
		if !ok {
			continue
		}
		role := singularTitle(g, withoutRankAfter(g, roleOf(g, s, first, last)))
		if role == "" {
			continue
		}
		o := parsedOffice{role, s, first, last}
		if sp.Start >= headline.Start && sp.End <= headline.End && headline.End > headline.Start {
			if fallback.role == "" {
				fallback = o
			}
			continue
		}
		return o, true
	}
	return fallback, fallback.role != ""
}

// fuller reports whether role names the office old names, with words
// before it that old lacks: "former President" for "President", "Trade
// and Industry Secretary" for "Industry Secretary".
func fuller(role, old string) bool {
	oldHead, _, _ := strings.Cut(gazetteer.Fold(old), " of ")
	head, _, _ := strings.Cut(gazetteer.Fold(role), " of ")
	return head != oldHead && strings.HasSuffix(head, " "+oldHead)
}

// mentionWords returns the parsed sentence holding span sp and the first
// and last of its words inside sp.
func mentionWords(d *document, sp briefing.Span) (*syntax.Sentence, int, int, bool) {
	si := sentenceOf(d, sp)
	if si >= len(d.Parsed) || si >= len(d.Sentences) || d.Sentences[si].Start > sp.Start {
		return nil, 0, 0, false
	}
	s := &d.Parsed[si]
	first, last := -1, -1
	for k, w := range s.Words {
		if w.Start >= sp.Start && w.End <= sp.End {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	return s, first, last, first >= 0
}

// roleOf returns the office the parse gives the person named by words
// first..last of s, or "".
func roleOf(g *gazetteer.Gazetteer, s *syntax.Sentence, first, last int) string {
	if first > 0 && honorifics[strings.TrimSuffix(s.Words[first-1].Form, ".")] {
		first-- // "the President of Marapura, H.E. Anjali Rao": the parse may head the name with its form of address
	}
	head := nameHead(s, first, last)
	if r, h := roleAfter(g, s, last); r != "" && !(officeNamesNext(s, h) && apposedOffice(g, s, first, last) != "") {
		return r // before the parse's apposition, which may stop inside the office ("BA's chief executive")
	}
	for _, a := range s.ChildrenWith(head, "appos") { // "Ana Ruiz, head of policy"
		if a > last && roleNoun(g, s.Words[a]) && !namedAfter(s, a) && !colonBetween(s, last, a) && !actsAfter(s, a) { // not "HEMI WALKER: Sarah's cap is a fantasy"
			return roleText(g, s, a, len(s.Words))
		}
	}
	if r := apposedOffice(g, s, first, last); r != "" {
		return r
	}
	if r := roleBefore(g, s, first, last); r != "" {
		return r
	}
	if r := sharedPluralRole(g, s, head); r != "" {
		return r
	}
	if r := roleByCopula(g, s, head); r != "" {
		return r
	}
	if r := courtRole(s, last); r != "" {
		return r
	}
	return roleByClause(g, s, head)
}

// actsAfter reports whether the phrase headed by word a runs straight on
// into a verb ("…, the total allowable catch for 2025 will fall"): the
// subject of a clause the parse took for an apposition, no office.
func actsAfter(s *syntax.Sentence, a int) bool {
	_, last := s.Subtree(a)
	if last+1 >= len(s.Words) {
		return false
	}
	w := s.Words[last+1]
	return w.UPOS == "AUX" || w.UPOS == "VERB" && w.XPOS != "VBN" && w.XPOS != "VBG"
}

// apposedOffice returns the office written before the name that the name
// stands in apposition to, or "".
func apposedOffice(g *gazetteer.Gazetteer, s *syntax.Sentence, first, last int) string {
	if r := roleBeforeComma(g, s, first, last); r != "" {
		return r
	}
	return roleAppositive(g, s, first, last)
}

// roleAppositive reads the office a name stands in apposition to ("the
// energy minister, Ivo Marek"), also when the name is one of a list in
// apposition to a plural office ("the two foreign ministers, Retno Pradana
// of Indonesia and Nguyen Thi Lan of Vietnam" → "foreign minister of
// Vietnam" for the second): the office in the singular, with the "of"
// phrase that says whose official the name is.
func roleAppositive(g *gazetteer.Gazetteer, s *syntax.Sentence, first, last int) string {
	top, start := nameHead(s, first, last), first
	if t := s.Words[top].Head; s.Words[top].Rel == "flat" && t == first-1 && titleWord(g, s.Words[t].Form) {
		top, start = t, t // "the committee's chairman, Cllr Ana Roth": the parse heads the name with its title
	}
	base := top
	for steps := 0; s.Words[top].Rel == "conj" && s.Words[top].Head >= 0 && s.Words[top].Head < top && steps < len(s.Words); steps++ {
		top = s.Words[top].Head
		start = top
	}
	h := s.Words[top].Head
	if h >= 0 && h < top && s.Words[h].Rel == "nmod" && markedBy(s, h, bodyCase) {
		if o := s.Words[h].Head; o >= 0 && o < h && (officeNoun(g, s.Words[o]) || roleNoun(g, s.Words[o]) && !roleNoun(g, s.Words[h])) {
			h = o // "the regional director of the Ocean Network, Ana Roth": the parse hung the name on the body
		}
	}
	listed := top != base
	switch {
	case start >= 2 && s.Words[start-1].Form == "," && pluralOffice(g, s.Words[start-2]) && listClosed(s, start):
		h = start - 2 // the list the parse took for the subject: "Its two founders, Ada Brix and Tom Hale, left"
	case s.Words[top].Rel != "appos" || h < 0 || h >= start || !roleNoun(g, s.Words[h]) || listed && !pluralOffice(g, s.Words[h]) || titledName(s, h):
		return ""
	}
	if colonBetween(s, h, start) {
		return "" // "MODERATOR: Mr Walker?": a turn's label and the one it addresses
	}
	if start >= 2 && s.Words[start-1].Form == "," && placePrepositions[strings.ToLower(s.Words[0].Form)] && !slices.ContainsFunc(s.Words[:start-1], func(w syntax.Word) bool { return w.Form == "," }) {
		return "" // "Outside court, Jonathan Keel KC told reporters": a place, the parse hanging the name on it
	}
	e := start - 1
	for e > h && s.Words[e].UPOS == "PUNCT" {
		e--
	}
	if f := s.Words[e].Form; e > h && officeNoun(g, s.Words[e]) && !(bareTitle(g, f) && unicode.IsUpper(firstRune(f))) {
		h = e // "chief executive" parsed with "chief" as its head; "Senator" in "spokesperson, Senator Jo Steele" is the name's title
	}
	role := roleText(g, s, h, start)
	if role == "" || strings.Contains(role, " of ") {
		return role
	}
	return role + ownerAfterName(s, first, last)
}

// placePrepositions open a phrase of place the parser may read as an
// adjective or an adverb ("Outside court,").
var placePrepositions = text.SetOf("outside", "inside", "near", "beyond", "opposite", "behind")

// colonBetween reports whether a colon stands between words h and k of s.
func colonBetween(s *syntax.Sentence, h, k int) bool {
	for j := h + 1; j < k; j++ {
		if s.Words[j].Form == ":" {
			return true
		}
	}
	return false
}

// bodyCase are the prepositions that join an office to the body it serves
// ("director of", "spokeswoman for", "economist at").
var bodyCase = text.SetOf("of", "for", "at")

// titledName reports whether word h is a title the parse makes the head of
// a person's name ("Senator" in "Senator Jo Steele (Democrat)"): what
// stands in apposition to it is said of the person, not of an office.
func titledName(s *syntax.Sentence, h int) bool {
	return len(s.ChildrenWith(h, "flat")) > 0
}

// pluralOffice reports whether w is an office noun in the plural
// ("ministers", "founders").
func pluralOffice(g *gazetteer.Gazetteer, w syntax.Word) bool {
	return w.XPOS == "NNS" && officeNoun(g, w)
}

// listClosed reports whether the names listed from word start ("Ada Brix
// and Tom Hale") are followed by a comma that closes them off, as an
// apposition is, rather than by the verb they are the subject of.
func listClosed(s *syntax.Sentence, start int) bool {
	k := start
	for k < len(s.Words) && (s.Words[k].UPOS == "PROPN" || s.Words[k].Form == "and" ||
		s.Words[k].Form == "," && k+1 < len(s.Words) && s.Words[k+1].UPOS == "PROPN") {
		k++
	}
	return k > start && k < len(s.Words) && s.Words[k].Form == ","
}

// ownerAfterName returns the "of" phrase naming a place or body that
// follows the name at words first..last and hangs on it (" of Vietnam" in
// "Nguyen Thi Lan of Vietnam"), or "".
func ownerAfterName(s *syntax.Sentence, first, last int) string {
	k := last + 2
	if k >= len(s.Words) || !strings.EqualFold(s.Words[last+1].Form, "of") || s.Words[k].UPOS != "PROPN" ||
		s.Words[k].Head < first || s.Words[k].Head > last {
		return ""
	}
	for k+1 < len(s.Words) && s.Words[k+1].UPOS == "PROPN" && s.Dominates(last+2, k+1) {
		k++
	}
	return " " + spacedForms(s, last+1, k)
}

// roleByCopula reads an office joined to the name by "be": "Ivo Marek is
// chairman of the bank", "the new directors are Ana Ruiz and Tom Hale".
// Only office nouns count, so "Marek is a fool" gives none.
func roleByCopula(g *gazetteer.Gazetteer, s *syntax.Sentence, head int) string {
	h := head
	for steps := 0; s.Words[h].Rel == "conj" && s.Words[h].Head >= 0 && steps < len(s.Words); steps++ {
		h = s.Words[h].Head // the first of a list of names
	}
	if len(s.ChildrenWith(h, "cop")) > 0 {
		for _, k := range s.ChildrenWith(h, "nsubj") {
			if officeNoun(g, s.Words[k]) {
				return roleText(g, s, k, h)
			}
		}
	}
	if x := s.Words[h].Head; strings.HasPrefix(s.Words[h].Rel, "nsubj") && x > h && officeNoun(g, s.Words[x]) &&
		len(s.ChildrenWith(x, "cop")) > 0 {
		return roleText(g, s, x, len(s.Words))
	}
	return ""
}

// roleAfter reads an apposition after the name that the parse missed:
// the name, a comma, an optional determiner or possessive ("the", "its",
// "the bank's"), then words that end in an office noun followed by a
// comma, the end or an "of"/"for"/"at" phrase ("Ana Ruiz, the bank's head
// of policy, said"). A line that holds only a name, a dash and an office
// lists a speaker or a contact ("Elena Marchetti - President and Chief
// Executive Officer"): there the office runs to the end of the line. It
// also returns the office's head word.
func roleAfter(g *gazetteer.Gazetteer, s *syntax.Sentence, last int) (string, int) {
	ws := s.Words
	j := last + 1
	listed := j+1 < len(ws) && lineDashes[ws[j].Form] && onlyName(s, last)
	if j+1 >= len(ws) || ws[j].Form != "," && !listed {
		return "", -1
	}
	j++
	if presentAdverbs[gazetteer.Fold(ws[j].Form)] && j+1 < len(ws) {
		j++ // "Amina Hassan, currently principal secretary in the ministry"
	}
	if ws[j].UPOS == "DET" || ws[j].XPOS == "PRP$" {
		j++
	}
	for k := j; k < len(ws) && k < j+5 && ws[k].UPOS == "PROPN"; k++ { // "Christian Aid's"
		if k+1 < len(ws) && ws[k+1].XPOS == "POS" {
			j = k + 2
			break
		}
	}
	e := j
	for e < len(ws) && (ws[e].UPOS == "NOUN" || ws[e].UPOS == "ADJ" || ws[e].UPOS == "PROPN" || ws[e].Form == "and" ||
		officeQualifiers[gazetteer.Fold(ws[e].Form)]) &&
		!(ws[e].Form == "and" && e+1 < len(ws) && ws[e+1].UPOS == "PROPN" && !titleWord(g, ws[e+1].Form) && !portfolio(g, ws[e+1].Form)) {
		e++
	}
	if e > j+1 && ws[e-1].Form == "and" {
		e-- // "chief executive and a grandson of its founder"
	}
	if e == j || !officeNoun(g, ws[e-1]) || listed && !onlyPunctuation(s, e, len(ws)) {
		return "", -1
	}
	if e < len(ws) && !listed {
		switch gazetteer.Fold(ws[e].Form) {
		case ",", ".", "of", "for", "at", "in", "with", ")", "\"", "”", "-", "–", "said", "says", "and":
		default:
			return "", -1
		}
	}
	return roleText(g, s, e-1, len(ws)), e - 1
}

// officeNamesNext reports whether the office headed by word h is followed
// by a comma and the name it introduces, as in a list of offices each
// with its holder ("The President of Marapura, H.E. Anjali Rao, the
// President of Kham Sai, H.E. Somchai Vorapakdee, …"): the office is the
// next name's, not the one before it.
func officeNamesNext(s *syntax.Sentence, h int) bool {
	if h < 0 {
		return false
	}
	for _, a := range s.ChildrenWith(h, "appos") {
		if a > h && s.Words[a].UPOS == "PROPN" {
			return true
		}
	}
	_, l := s.Subtree(h)
	return l+2 < len(s.Words) && s.Words[l+1].Form == "," && s.Words[l+2].UPOS == "PROPN" && unicode.IsUpper(firstRune(s.Words[l+2].Form))
}

// presentAdverbs say that an apposed office is held now ("currently
// principal secretary"); the office is read after them.
var presentAdverbs = text.SetOf("currently", "now")

// namedAfter reports whether the noun at h is followed by a proper name
// it describes ("the pressure group Free Voices"): that phrase names
// another party, not the office of the name before it.
func namedAfter(s *syntax.Sentence, h int) bool {
	return h+1 < len(s.Words) && unicode.IsUpper(firstRune(s.Words[h+1].Form))
}

// nameHead returns the word of first..last whose head lies outside them.
func nameHead(s *syntax.Sentence, first, last int) int {
	for k := first; k <= last; k++ {
		if h := s.Words[k].Head; h < first || h > last {
			return k
		}
	}
	return last
}

// roleBefore returns the office written right before the name ("WTO
// spokesman Tom Hale", "former Prime Minister Ivo Marek"): a role noun that
// the parse ties to the name, with the qualifiers and nouns before it.
func roleBefore(g *gazetteer.Gazetteer, s *syntax.Sentence, first, last int) string {
	k := first - 1
	for k >= 0 && formOfAddress(s.Words[k].Form) {
		k-- // "Chancellor Mr Hale", "Group leader Cllr Ann Boyd", "Armed forces chief Gen. Ivo Marek"
	}
	if k < 0 || !roleNoun(g, s.Words[k]) || actsOnName(s, k, first, last) {
		return ""
	}
	if o := officeOfField(g, s, k); o >= 0 {
		return roleText(g, s, o, first) // "head of research Peter Kim"
	}
	if h := s.Words[k].Head; !officeNoun(g, s.Words[k]) && (h <= k || h > last) && s.Words[nameHead(s, first, last)].Head != k {
		return ""
	}
	return roleText(g, s, k, first)
}

// actsOnName reports whether word k before the name in [first, last] is
// a verb whose object the name is, marked a verb by an auxiliary, "to" or
// a pronoun for its subject ("We'll judge Corvale on its results"): no
// title the name bears, as a title the tagger took for a verb is ("Rovers
// captain Kofi Danquah-Reid").
func actsOnName(s *syntax.Sentence, k, first, last int) bool {
	h := nameHead(s, first, last)
	if s.Words[k].UPOS != "VERB" || s.Words[h].Head != k || s.Words[h].Rel != "obj" {
		return false
	}
	for _, c := range s.Children(k) {
		if w := s.Words[c]; text.RelIs(w.Rel, "aux", "mark") || text.RelIs(w.Rel, "nsubj") && w.UPOS == "PRON" {
			return true
		}
	}
	return false
}

// sharedPluralRole returns the office that an office in the plural gives
// the name headed by word head, a later name of the list it opens
// ("external members Tomas Rehn and Ada Kolar": Ada Kolar too is an
// external member), or "".
func sharedPluralRole(g *gazetteer.Gazetteer, s *syntax.Sentence, head int) string {
	h := s.Words[head].Head
	if !text.RelIs(s.Words[head].Rel, "conj") || h < 0 || h >= head || s.Words[h].UPOS != "PROPN" {
		return ""
	}
	k := h - 1
	for k >= 0 && s.Words[k].Head == h && text.RelIs(s.Words[k].Rel, "compound", "flat") && s.Words[k].UPOS == "PROPN" {
		k-- // the first conjunct's first name
	}
	for k >= 0 && formOfAddress(s.Words[k].Form) {
		k--
	}
	if k < 0 || !pluralOffice(g, s.Words[k]) {
		return ""
	}
	return roleText(g, s, k, k+1)
}

// officeOfField returns the office noun whose "of" or "for" phrase ends in
// the common noun at word k ("head" of "head of research", "director" of
// "director of telecoms research"), or -1.
func officeOfField(g *gazetteer.Gazetteer, s *syntax.Sentence, k int) int {
	ws := s.Words
	if ws[k].UPOS != "NOUN" || !unicode.IsLower(firstRune(ws[k].Form)) {
		return -1
	}
	p := k - 1
	for p > 0 && k-p <= 3 && (ws[p].UPOS == "NOUN" || ws[p].UPOS == "ADJ") && unicode.IsLower(firstRune(ws[p].Form)) {
		p--
	}
	if p < 1 || !bodyCase[gazetteer.Fold(ws[p].Form)] || ws[p].Form == "at" || !officeNoun(g, ws[p-1]) {
		return -1
	}
	return p - 1
}

// lineDashes are the dashes that part a name from its office on a line
// of their own.
var lineDashes = text.SetOf("-", "–", "—")

// onlyName reports whether the sentence opens with the name that ends at
// word last: proper nouns only.
func onlyName(s *syntax.Sentence, last int) bool {
	for k := 0; k <= last; k++ {
		if s.Words[k].UPOS != "PROPN" {
			return false
		}
	}
	return true
}

// onlyPunctuation reports whether the words of s from word a up to word
// b are all punctuation, or none.
func onlyPunctuation(s *syntax.Sentence, a, b int) bool {
	for _, w := range s.Words[a:b] {
		if w.UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// roleText writes the office headed by word h: the qualifiers and nouns
// before it back to a determiner, possessive or other name ("former",
// "outside", "finance"), the head in its singular form, and an "of" or
// "for" phrase after it that ends before word stop or a comma.
func roleText(g *gazetteer.Gazetteer, s *syntax.Sentence, h, stop int) string {
	from := h
	for k := h - 1; k >= 0 && roleModifier(g, s, k, from); k-- {
		from = k
	}
	for from < h && (s.Words[from].UPOS == "CCONJ" || s.Words[from].UPOS == "PUNCT") {
		from++
	}
	from = campStart(g, s, from)
	words := make([]string, 0, 8)
	if q := qualifierBefore(s, from); q != "" {
		words = append(words, q) // "former Acme chief executive"
	}
	headWord := s.Words[h].Form
	if s.Words[h].XPOS == "NNS" && strings.ToLower(headWord) == headWord {
		headWord = s.Words[h].Lemma // "former outside directors James Allen and …"
	}
	switch {
	case from < h && s.Words[h].Start == s.Words[h-1].End:
		words = append(words, spacedForms(s, from, h-1)+headWord) // "director-general"
	case from < h:
		words = append(words, spacedForms(s, from, h-1), headWord)
	default:
		words = append(words, headWord)
	}
	if h+1 < stop && h+1 < len(s.Words) && postpositives[s.Words[h+1].Form] {
		h++ // "Minister Delegate"
		words[len(words)-1] += " " + s.Words[h].Form
	}
	if tail := roleTail(s, h, stop); tail != "" {
		words = append(words, tail)
	}
	role := strings.Join(words, " ")
	if honorifics[strings.TrimSuffix(role, ".")] {
		return ""
	}
	return role
}

// campStart returns where an office that starts at word from starts once
// the camp it names is whole: a party or faith label is never cut after
// its first word ("Christian Democrat leader", "Free Democrat leader", not
// "Democrat leader"). The capitalised word before the label joins it
// unless it is a title or names a known place or body.
func campStart(g *gazetteer.Gazetteer, s *syntax.Sentence, from int) int {
	if from == 0 || !g.Peoples[s.Words[from].Form] {
		return from
	}
	w := s.Words[from-1]
	if !unicode.IsUpper(firstRune(w.Form)) || w.UPOS != "PROPN" && w.UPOS != "ADJ" || honorifics[strings.TrimSuffix(w.Form, ".")] ||
		knownPlaceOrOrg(g, w.Form) || titleWord(g, w.Form) {
		return from
	}
	return from - 1
}

// qualifierBefore returns the qualifier ("former", "acting") that stands
// before the proper nouns that end right before word from, when the
// office is theirs: "former" in "former Acme chief executive".
func qualifierBefore(s *syntax.Sentence, from int) string {
	k := from - 1
	for k >= 0 && s.Words[k].UPOS == "PROPN" {
		k--
	}
	if k < 0 || k == from-1 || !officeQualifiers[gazetteer.Fold(s.Words[k].Form)] || s.Words[k].UPOS == "NOUN" {
		return ""
	}
	return s.Words[k].Form
}

// roleTail returns the "of"/"for" phrase of role noun h ("of trade
// policy", "for National Planning"), ending before stop or a comma.
func roleTail(s *syntax.Sentence, h, stop int) string {
	if h+2 >= len(s.Words) || h+1 >= stop {
		return ""
	}
	if c := gazetteer.Fold(s.Words[h+1].Form); c != "of" && c != "for" {
		return ""
	}
	end, list := h+1, false
	for k := h + 2; k < len(s.Words) && k < stop && (s.Dominates(h, k) || nameGoesOn(s, end, k) || list && listedField(s, k) || fieldComma(s, k, stop)); k++ {
		if fieldComma(s, k, stop) {
			list = true // "Minister for Children, Disability and Equality": the list of fields goes on
			continue
		}
		if s.Words[k].UPOS == "PUNCT" && s.Words[k].Form != "-" || s.Words[k].UPOS == "VERB" && !glued(s, k) && s.Words[k].Rel != "amod" {
			break // a participle before a noun stays: "chairman of the working party"
		}
		if relativeWords[s.Words[k].Form] {
			break // "spokesperson for the BSA which commissioned the survey": the relative clause tells of the body
		}
		end = k
	}
	for end > h+1 && (s.Words[end].UPOS == "DET" || s.Words[end].UPOS == "ADP") {
		end-- // never "chairman of the"
	}
	end = namedKindEnd(s, end, stop)
	for end > h+1 && end+1 < len(s.Words) && glued(s, end+1) {
		end-- // never end inside a written word: "state-" of "state-owned"
	}
	if end == h+1 {
		return ""
	}
	return spacedForms(s, h+1, end)
}

// listedField reports whether word k may stand in a list of an office's
// fields after its first comma: a capitalised word, "and" or "the".
func listedField(s *syntax.Sentence, k int) bool {
	f := s.Words[k].Form
	return unicode.IsUpper(firstRune(f)) || f == "and" || f == "&" || f == "the"
}

// nameGoesOn reports whether word k goes on with the capitalised name
// that word end, right before it, ends, whatever the parse hangs it on
// ("of the Internet | Engineering Task Force (IETF)").
func nameGoesOn(s *syntax.Sentence, end, k int) bool {
	return end == k-1 && s.Words[k].UPOS == "PROPN" && unicode.IsUpper(firstRune(s.Words[end].Form)) && s.Words[end].UPOS != "PUNCT"
}

// relativeWords open a relative clause, written in lower case ("which",
// not "WHO" of "the WHO's Global Malaria Programme").
var relativeWords = text.SetOf("which", "who", "whom", "whose", "where")

// namedKindEnd extends a role's phrase that ends at word end on a noun for
// a kind of organisation through the name written after it ("spokesman
// for e-mail software firm Kestrel"), up to word stop.
func namedKindEnd(s *syntax.Sentence, end, stop int) int {
	if !orgKinds[gazetteer.Fold(s.Words[end].Form)] {
		return end
	}
	for end+1 < len(s.Words) && end+1 < stop && s.Words[end+1].UPOS == "PROPN" && unicode.IsUpper(firstRune(s.Words[end+1].Form)) {
		end++
	}
	return end
}

// glued reports whether word k is written joined to the word before it by
// a hyphen, or is that hyphen: "-" and "owned" in "state-owned".
func glued(s *syntax.Sentence, k int) bool {
	w, prev := s.Words[k], s.Words[k-1]
	if w.Start != prev.End {
		return false
	}
	return w.Form == "-" || prev.Form == "-"
}

// spacedForms writes words first..last as the text spaces them: no space
// before a possessive ending or a closing mark.
func spacedForms(s *syntax.Sentence, first, last int) string {
	var b strings.Builder
	for k := first; k <= last; k++ {
		if k > first && s.Words[k].XPOS != "POS" && s.Words[k].Start > s.Words[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(s.Words[k].Form)
	}
	return b.String()
}

// roleModifier reports whether word k, before the words from..h of an
// office, belongs to the office: a qualifier ("former", "acting"), an
// office noun, an adjective or common noun ("finance", "outside"), a
// title or portfolio word ("Trade Secretary"), or "and" between two such
// words ("Trade and Industry Secretary", "chairman and chief executive").
func roleModifier(g *gazetteer.Gazetteer, s *syntax.Sentence, k, from int) bool {
	w := s.Words[k]
	lw := gazetteer.Fold(w.Form)
	capital := unicode.IsUpper(firstRune(w.Form))
	switch {
	case passingAdjectives[gazetteer.Fold(writtenWord(s, k))]:
		return false // "long-serving"
	case officeQualifiers[lw] || strings.HasSuffix(lw, "-") && officeQualifiers[strings.TrimSuffix(lw, "-")]:
		return true
	case k+1 <= from && k+1 < len(s.Words) && s.Words[k+1].Start == w.End && (w.XPOS == "HYPH" || s.Words[k+1].XPOS == "HYPH"):
		return true // a part of the office's hyphenated word: "director" and "-" of "director-general"
	case honorifics[strings.TrimSuffix(w.Form, ".")] || passingAdjectives[lw] || w.XPOS == "POS" || w.UPOS == "DET":
		return false
	case w.Form == "and" || w.Form == "&":
		return k > 0 && k+1 < len(s.Words) && (officeNoun(g, s.Words[k-1]) || portfolio(g, s.Words[k-1].Form)) &&
			(officeNoun(g, s.Words[k+1]) || portfolio(g, s.Words[k+1].Form))
	case capital && officeBodies[lw]:
		return !namedBody(g, s, k) // "Council leader", "Foreign Ministry spokesperson", not "Party" of "Progress Party spokesman"
	case capital:
		return portfolio(g, w.Form) || titleWord(g, w.Form) || chiefOpens(s, k)
	case officeNoun(g, w):
		return true
	case w.UPOS == "ADJ":
		return w.XPOS != "JJS"
	case w.UPOS == "NOUN":
		return !timeNouns[w.Lemma]
	}
	return false
}

// chiefOpens reports whether the capitalised word at k follows "Chief"
// over capitalised words only: a field of a chief's office ("Chief People
// Officer", "Chief Commercial Officer").
func chiefOpens(s *syntax.Sentence, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 3 && unicode.IsUpper(firstRune(s.Words[j].Form)); j-- {
		if s.Words[j].Form == "Chief" {
			return true
		}
	}
	return false
}

// officeBodies are nouns for the bodies whose offices are named with them
// ("Council leader", "Committee chair", "Board president").
var officeBodies = text.SetOf("council", "group", "committee", "board", "commission", "authority", "trust", "ministry", "cabinet",
	"party", "department", "senate", "assembly", "parliament", "police", "union", "court")

// namedBody reports whether the body noun at word k ends a proper name
// ("Progress Party", "Wessex County Council"): the capitalised word before
// it is neither a title nor a portfolio word.
func namedBody(g *gazetteer.Gazetteer, s *syntax.Sentence, k int) bool {
	if k == 0 {
		return false
	}
	p := s.Words[k-1]
	if p.XPOS == "POS" && k >= 2 {
		p = s.Words[k-2] // "Transport Workers' Union"
	}
	return unicode.IsUpper(firstRune(p.Form)) && p.UPOS != "DET" && p.UPOS != "PRON" && p.UPOS != "ADP" && !portfolio(g, p.Form) &&
		!titleWord(g, p.Form)
}

// writtenWord returns the whole written word that word k is part of,
// joining the parts of a hyphenated word ("long-serving" for "serving").
func writtenWord(s *syntax.Sentence, k int) string {
	part := func(i int) bool { return s.Words[i].UPOS != "PUNCT" || s.Words[i].XPOS == "HYPH" }
	from, to := k, k
	for from > 0 && s.Words[from].Start == s.Words[from-1].End && part(from-1) {
		from--
	}
	for to+1 < len(s.Words) && s.Words[to+1].Start == s.Words[to].End && part(to+1) {
		to++
	}
	var b strings.Builder
	for i := from; i <= to; i++ {
		b.WriteString(s.Words[i].Form)
	}
	return b.String()
}

// portfolio reports whether a capitalised word names a field an office is
// for ("Trade", "Foreign", "Economic"), not a place or body.
func portfolio(g *gazetteer.Gazetteer, w string) bool {
	return portfolios[w] || titleWord(g, w) && !knownPlaceOrOrg(g, w)
}

// knownPlaceOrOrg reports whether w names a gazetteer entity ("Britain",
// "WTO"): it says whose office it is, and is no part of the office.
func knownPlaceOrOrg(g *gazetteer.Gazetteer, w string) bool {
	_, ok := g.Lookup(w)
	return ok
}

// roleNoun reports whether w can head an office: an office noun, or a
// common noun that is not a time word nor a plain word for a person.
func roleNoun(g *gazetteer.Gazetteer, w syntax.Word) bool {
	if honorifics[strings.TrimSuffix(w.Form, ".")] || asked[strings.ToLower(w.Form)] || text.QuestionNumber(w.Form+" ") > 0 {
		return false
	}
	return officeNoun(g, w) || w.UPOS == "NOUN" && !timeNouns[w.Lemma] && !plainPeople[strings.ToLower(w.Lemma)] && !strings.HasPrefix(w.Rel, "obl")
}

// plainPeople are nouns that say only that someone is a person, no
// office ("the man behind OptInRealBig").
var plainPeople = text.SetOf("man", "woman", "person", "people", "boy", "girl", "guy", "individual", "gentleman", "lady")

// asked are the labels of a question in a transcript, no office of the
// one who asks ("QUESTION (Ama Sarpong, Coast Herald):"); nor is the
// number of a member's question ("Q4 Priya Desai:").
var asked = text.SetOf("q", "question")

// officeNoun reports whether w is a word that heads offices, whatever
// its tag: a title ("President", "ex-President") or a common noun of
// office or trade ("spokesman", "lawyer", "secretary").
func officeNoun(g *gazetteer.Gazetteer, w syntax.Word) bool {
	f := gazetteer.Fold(w.Form)
	if i := strings.IndexAny(f, "-"); i > 0 && officeQualifiers[f[:i]] {
		f = f[i+1:] // "ex-President", "vice-president"
	}
	if honorifics[strings.TrimSuffix(w.Form, ".")] || f == "" {
		return false
	}
	return officeNouns[f] || officeNouns[gazetteer.Fold(w.Lemma)] || g.Titles[f] && unicode.IsLower(firstRune(w.Form)) ||
		g.TitleHeads[w.Form] || g.Titles[f] && w.UPOS != "ADJ"
}

// titleWord reports whether w is a title or ends titles ("President",
// "Secretary").
func titleWord(g *gazetteer.Gazetteer, w string) bool {
	return g.TitleHeads[w] || g.Titles[gazetteer.Fold(w)]
}

// firstRune returns the first rune of s, or 0.
func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// nobility are ranks of birth written after an office and before the name
// ("Foreign Minister Prince Saud"); alone they may be the office ("Crown Prince").
var nobility = text.SetOf("Prince", "Princess", "Sheikh", "Sheikha")

// honorifics are forms of address, not offices.
var honorifics = text.SetOf("Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Lord", "Lady", "Dr", "Madam", "Monsieur",
	"Madame", "Herr", "Frau", "Senor", "Señor", "Sr", "Sra", "Rev", "Revd", "Honourable", "Honorable", "Hon", "Right Honourable", "Rt Hon", "Shri", "Smt", "Shrimati", "H.E", "His Excellency", "Her Excellency", "Sayyid", "Sayyida")

// formOfAddress reports whether the word w, written between an office and
// a name, only addresses the person: an honorific ("Mr", "Rev.") or an
// abbreviated title or rank ("Cllr", "Sen.", "Gen.", "Prof.").
func formOfAddress(w string) bool {
	bare := strings.TrimSuffix(w, ".")
	_, abbreviated := titleAbbreviations[bare]
	return honorifics[bare] || abbreviated
}

// abbreviatedRank reports whether role is a title the text wrote as an
// abbreviation before the name ("Senator" for "Sen.", "General" for
// "Gen."): an office written before it says more ("Armed forces chief Gen.
// Ivo Marek").
func abbreviatedRank(role string) bool {
	for _, full := range titleAbbreviations {
		if role == full {
			return true
		}
	}
	return false
}

// officeQualifiers change the office they stand before.
var officeQualifiers = text.SetOf("former", "ex", "shadow", "acting", "deputy", "vice", "interim", "assistant",
	"incoming", "joint", "co", "chief", "senior", "junior", "associate", "executive", "managing", "general",
	"operating", "presiding", "supervising", "commanding")

// hyphenOffice reports whether w is an office joined by hyphens from
// office words ("Auditor-General", "Attorney-General", "Inspector-General").
func hyphenOffice(w string) bool {
	parts := strings.Split(gazetteer.Fold(w), "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !officeNouns[p] && !officeQualifiers[p] {
			return false
		}
	}
	return true
}

// describedPeople are the nouns by which a report says who a person is
// when it has no office to give ("Neighbour Sandra Okoye, 64, said").
var describedPeople = text.SetOf("neighbour", "neighbor", "resident", "witness", "passenger", "pensioner", "shopper",
	"villager", "homeowner", "tenant", "grandmother", "grandfather", "mother", "father", "mum", "dad", "student", "parent",
	"commuter", "shopkeeper", "landlord", "landlady", "volunteer", "survivor", "victim")

// officeNouns head offices and trades ("head of policy", "lawyer").
var officeNouns = text.SetOf("president", "minister", "secretary", "chairman", "chairwoman", "chair", "director",
	"executive", "chief", "head", "boss", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney",
	"analyst", "economist", "strategist", "correspondent", "editor", "reporter", "founder", "co-founder", "owner",
	"partner", "official", "adviser", "advisor", "aide", "member", "leader", "governor", "mayor", "senator",
	"ambassador", "envoy", "commissioner", "judge", "prosecutor", "officer", "treasurer", "manager", "professor",
	"researcher", "consultant", "negotiator", "representative", "trustee", "dean", "chancellor", "premier",
	"commander", "general", "ceo", "cfo", "coo", "vice-president", "vice-chairman", "director-general",
	"secretary-general", "deputy", "lecturer", "scientist", "expert", "fellow", "inspector", "auditor", "broker",
	"trader", "banker", "regulator", "administrator", "coordinator", "campaigner", "activist", "organiser",
	"organizer", "investigator", "detective", "captain", "coach", "councillor", "councilor", "mp", "lawmaker",
	"legislator", "congressman", "congresswoman", "sheriff", "superintendent", "constable", "colonel", "lieutenant")

// portfolios are capitalised words that name the field of an office
// ("Trade and Industry Secretary", "Economic Minister").
var portfolios = text.SetOf("Trade", "Industry", "Finance", "Financial", "Foreign", "Home", "Defence", "Defense",
	"Health", "Energy", "Economic", "Economy", "Economics", "Justice", "Interior", "Education", "Transport",
	"Agriculture", "Environment", "Commerce", "Planning", "Labour", "Labor", "Culture", "Treasury",
	"Development", "International", "Communications", "Security", "Housing", "Affairs", "Work", "Works",
	"Pensions", "Business", "Oil", "Petroleum", "Mines", "Mining", "Fisheries", "Tourism", "Sport", "Sports",
	"Information", "Technology", "Science", "Research", "Social", "Welfare", "Employment", "Budget", "Revenue",
	"Public", "Local", "Government", "Regional", "Rural", "Urban", "Water", "Power", "Telecommunications",
	"National", "Reconciliation", "Maritime", "Digital", "Family", "Youth", "Immigration", "Migration", "Investment",
	"Infrastructure", "Climate", "Resources", "Forestry", "Gender", "Equality", "Heritage", "Communication", "Unity",
	"Shadow", "Deputy", "Acting", "Former", "Interim", "Vice", "Chief", "Executive", "Managing", "General",
	"State", "Assistant", "Principal", "Senior", "Junior", "Press", "Cabinet", "Legal", "Operating", "Prime",
	"High", "Special", "Under", "Chargé", "Charge", "Attorney", "Solicitor", "Lieutenant", "Crown", "Grand", "First", "Opposition",
	"Party", "Republican", "Democratic", "Democrat", "Conservative", "Tory", "Liberal", "Green", "IT", "ICT")

// passingAdjectives describe the holder, not the office ("new", "current",
// "outgoing": the outgoing prime minister is still prime minister).
var passingAdjectives = text.SetOf("new", "current", "outgoing", "long-serving", "longest-serving", "newly-appointed",
	"newly-elected", "recently-appointed", "self-styled", "so-called", "then", "top", "veteran", "longtime", "long-time", "outspoken",
	"popular", "embattled", "powerful", "influential", "respected", "leading", "prominent", "well-known",
	"controversial", "present", "own", "other", "same", "many", "several", "some")

// timeNouns name times, not offices ("yesterday John Hale said").
var timeNouns = text.SetOf("yesterday", "today", "tomorrow", "tonight", "morning", "evening", "week", "month", "year",
	"day", "time", "night", "afternoon", "weekend", "decade", "quarter")
