package parties

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Things: a name the article only ever writes before a common noun that
// it qualifies ("Cardivex tablets", "its RSV vaccine", "CCTV footage", "a
// GP surgery") names a product, a substance or a scheme, not a party. A
// name that qualifies people or a body's parts ("Labour councillors",
// "Halvard shares", "its Leeds plant") still points at the body, and a
// name that stands on its own once is judged as a name.

// onlyQualifier reports whether every mention of the organisation p
// qualifies a common noun for a thing.
func onlyQualifier(d *document, p briefing.Party) bool {
	if p.Kind != briefing.KindOrganisation || len(p.Mentions) == 0 {
		return false
	}
	g := gazetteer.Load()
	if bodyName(g, p) {
		return false
	}
	for _, sp := range p.Mentions {
		s, first, last, ok := mentionWords(d, sp)
		if !ok {
			return false
		}
		o := qualified(s, first, last)
		if o < 0 || !thingNoun(g, s.Words[o]) {
			return false
		}
	}
	return true
}

// describedAsThing reports whether a mention of the organisation or place
// p stands in apposition with a common noun for a made thing ("unveiled
// Kesta, a two-armed household robot", "its software, Meridian", "the
// Pulse 9, a phone"): a product, whatever else the text says of it. A
// known body or a name built like one stays, and so does an app, the name
// of the firm that runs it as often as not.
func describedAsThing(d *document, p briefing.Party) bool {
	if p.Kind != briefing.KindOrganisation && p.Kind != briefing.KindPlace || bodyName(gazetteer.Load(), p) {
		return false
	}
	for _, sp := range p.Mentions {
		s, first, last, ok := mentionWords(d, sp)
		if !ok {
			continue
		}
		h := nameHead(s, first, last)
		if w := s.Words[h]; w.Rel == "appos" && (w.Head >= 0 && madeThing(s.Words[w.Head]) || thingBeforeComma(s, first)) {
			return true
		}
		if instanceOfThing(s, h) || versionAfter(s, last) {
			return true
		}
		for _, k := range s.ChildrenWith(h, "appos") {
			if madeThing(s.Words[k]) {
				return true
			}
		}
	}
	return false
}

// thingBeforeComma reports whether the name opening at word first stands
// right after a comma that follows a common noun for a made thing ("his
// next game, Spore"), whatever noun the parse hangs it on.
func thingBeforeComma(s *syntax.Sentence, first int) bool {
	return first >= 2 && s.Words[first-1].Form == "," && madeThing(s.Words[first-2])
}

// instanceOfThing reports whether the name headed by word h is given as
// an example of made things ("handheld consoles like the Sony PSP and
// the Nintendo DS", "games such as Halo"); a later conjunct is judged
// by the first.
func instanceOfThing(s *syntax.Sentence, h int) bool {
	if possessor(s, h) {
		return false // "like Opera and Apple's Safari": the maker of the thing
	}
	if s.Words[h].Rel == "conj" && s.Words[h].Head >= 0 {
		h = s.Words[h].Head
	}
	w := s.Words[h]
	if w.Head < 0 || !madeThing(s.Words[w.Head]) || w.Head > 0 && strings.EqualFold(s.Words[w.Head-1].Form, "blue") {
		return false // "blue chips like IDLC": shares of firms
	}
	for _, k := range s.ChildrenWith(h, "case") {
		c := strings.ToLower(s.Words[k].Form)
		if c == "like" || c == "as" && k > 0 && strings.EqualFold(s.Words[k-1].Form, "such") {
			return true
		}
	}
	return false
}

// possessor reports whether word h carries a possessive ending.
func possessor(s *syntax.Sentence, h int) bool {
	for _, k := range s.ChildrenWith(h, "case") {
		if f := s.Words[k].Form; f == "'s" || f == "’s" || f == "'" || f == "’" {
			return true
		}
	}
	return false
}

// versionAfter reports whether the name ending at word last is followed
// by a version number ("launched Endorphin v2.0", "Firefox 1.5"): the
// name of a release, no party's.
func versionAfter(s *syntax.Sentence, last int) bool {
	if last+1 >= len(s.Words) {
		return false
	}
	v := s.Words[last+1].Form
	if len(v) > 1 && (v[0] == 'v' || v[0] == 'V') && v[1] >= '0' && v[1] <= '9' {
		v = v[1:]
	} else if !strings.Contains(v, ".") {
		return false
	}
	if last+2 < len(s.Words) && (s.Words[last+2].UPOS == "NUM" || s.Words[last+2].UPOS == "SYM" || figureWords[strings.ToLower(s.Words[last+2].Form)]) {
		return false // "Acme 2.5 million", "pay the First Nation 2.5 per cent": a figure
	}
	major, minor, _ := strings.Cut(v, ".")
	return isNumber(major) && (minor == "" || isNumber(strings.ReplaceAll(minor, ".", "")))
}

// figureWords follow a number that is a figure, not a version.
var figureWords = text.SetOf("per", "percent", "pc", "points", "times", "m", "bn", "tonnes", "hours", "days", "years")

// madeThing reports whether w is a common noun for a made thing.
func madeThing(w syntax.Word) bool {
	return w.UPOS == "NOUN" && !unicode.IsUpper(firstRune(w.Form)) && madeThings[strings.ToLower(w.Lemma)]
}

// madeThings are common nouns for products and works, shows among them.
var madeThings = text.SetOf("robot", "phone", "smartphone", "handset", "device", "gadget", "software",
	"update", "vaccine", "drug", "medicine", "chip", "processor", "product", "console", "tablet", "laptop",
	"computer", "camera", "satellite", "rocket", "drone", "missile", "game", "film", "movie", "song", "single", "album",
	"book", "novel", "brand", "engine", "tool", "chatbot", "headset", "car", "aircraft", "jet", "ship", "vessel", "ferry",
	"tanker", "boat", "yacht", "submarine", "warship", "frigate", "exhibition", "festival", "show", "concert", "play",
	"musical", "opera", "documentary")

// vesselName reports whether p is named as a ship is, after the prefix
// of its kind ("the MV Clachan", "HMS Dauntless") or a noun for one ("the
// corvette Río Chancay", whatever the name looks like), or is named so
// somewhere in the text ("The MV Kestrel Star ran aground … The Kestrel
// Star returned to service"): a vessel, no party.
func vesselName(d *document, p briefing.Party) bool {
	for _, m := range p.Mentions {
		if vesselNounBefore.MatchString(d.Text[max(0, m.Start-maxShipNameBytes):m.Start]) {
			return true // "the Peruvian corvette Río Chancay", "patrol vessel (OPV) Isla Quintero"
		}
	}
	if p.Kind == briefing.KindPerson {
		return false
	}
	if first, rest, ok := strings.Cut(strings.TrimPrefix(p.Name, "The "), " "); ok && rest != "" && shipPrefixes[first] {
		return true
	}
	for prefix := range shipPrefixes {
		if strings.Contains(d.Text, prefix+" "+p.Name) {
			return true
		}
	}
	for _, m := range p.Mentions {
		if shipNameBefore.MatchString(d.Text[max(0, m.Start-maxShipNameBytes):m.Start]) {
			return true // "the MV Lord of the Isles": the end of a ship's name
		}
	}
	return false
}

// maxShipNameBytes is how far before a name a ship's prefix may stand
// when the name ends a ship's longer name.
const maxShipNameBytes = 60

// shipNameBefore matches a ship's prefix and the capitalised words and
// small words of its name running up to the end of the text ("MV Lord of
// the ").
var shipNameBefore = regexp.MustCompile(`\b(?:` + strings.Join(shipPrefixList, "|") + `) (?:(?:\p{Lu}[\p{L}'’-]*|of|the|de|la) )+$`)

// abbreviatedTerm reports whether every mention of p is an abbreviation
// in brackets after words in lower case ("a 3.2 megawatt (MW) array",
// "heavy goods vehicles (HGVs)"): a term the text abbreviates, no body,
// whose own name would open with a capital.
func abbreviatedTerm(d *document, p briefing.Party) bool {
	if len(p.Mentions) == 0 || p.Kind == briefing.KindPerson || !gazetteer.IsAcronym(p.Name) {
		return false
	}
	for _, m := range p.Mentions {
		before, opened := strings.CutSuffix(strings.TrimRight(d.Text[:m.Start], " "), "(")
		if !opened || m.End >= len(d.Text) || d.Text[m.End] != ')' || !unicode.IsLower(firstRune(text.LastWord(before))) {
			return false
		}
	}
	return true
}

// vesselNounBefore matches a lower-case noun for a kind of vessel, with
// its acronym in brackets, right before a name: the vessel's name
// ("the corvette Río Chancay", "offshore patrol vessel (OPV) Isla
// Quintero").
var vesselNounBefore = regexp.MustCompile(`\b(?:vessel|ship|corvette|frigate|destroyer|tanker|ferry|trawler|freighter|yacht|submarine|cruiser|warship|dredger|tugboat|icebreaker)(?: \(\p{Lu}{2,5}\))? $`)

// shipPrefixList open ships' names; shipPrefixes holds them as a set.
var shipPrefixList = []string{"MV", "MS", "MT", "SS", "RMS", "HMS", "HMNZS", "HMAS", "HMCS", "USS", "USNS", "FV", "RV"}

var shipPrefixes = text.SetOf(shipPrefixList...)

// bodyName reports whether p's name or an alias is a known body's or is
// built like one ("Security Council", "American Stock Exchange"): the
// name says it is a body whatever noun it qualifies.
func bodyName(g *gazetteer.Gazetteer, p briefing.Party) bool {
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		if _, ok := g.Lookup(n); ok {
			return true
		}
		for _, w := range strings.Fields(n) {
			if g.OrgWords[w] {
				return true
			}
		}
	}
	return false
}

// qualified returns the common noun that the name at words first..last
// qualifies, or -1 when the name heads its own phrase: the lower-case
// noun the parse makes it a compound of, the thing named after it with a
// possessive (see eponymNouns), or the nouns right after the list of
// names it stands in.
func qualified(s *syntax.Sentence, first, last int) int {
	h := nameHead(s, first, last)
	k := s.Words[h].Head
	if s.Words[h].Rel == "nmod:poss" && k > last && eponymNouns[strings.ToLower(s.Words[k].Lemma)] {
		return k // "Parkinson's disease", "Moore's law": named after a person, no party's
	}
	if s.Words[h].Rel != "compound" || k <= last {
		k = -1
		if e := listEnd(s, h); e != h || s.Words[h].Rel == "conj" {
			k = nounsAfter(s, e) // "the Pra, Ankobra and Birim rivers": a list before the noun it qualifies
		}
	}
	if k < 0 {
		return -1
	}
	if o := s.Words[k]; o.UPOS != "NOUN" || unicode.IsUpper(firstRune(o.Form)) || verbLike(s, k) ||
		markedBy(s, k, atCase) {
		return -1 // "economists at Nordbank": an employer or a venue, judged elsewhere
	}
	return k
}

// eponymNouns are the things named after a person with a possessive
// ("Parkinson's disease", "Down's syndrome", "Moore's law").
var eponymNouns = text.SetOf("disease", "syndrome", "law", "palsy", "theorem", "principle", "paradox")

// verbLike reports whether the noun at word k is more likely a verb the
// tagger took for a noun: a determiner, pronoun or infinitive marker
// follows it ("Halvard Group plans to", "clients like Halvard upgrade
// their networks").
func verbLike(s *syntax.Sentence, k int) bool {
	if k+1 >= len(s.Words) {
		return false
	}
	n := s.Words[k+1]
	return n.UPOS == "DET" || n.UPOS == "PRON" || n.UPOS == "PART" && strings.EqualFold(n.Form, "to")
}

// thingNoun reports whether the common noun w names a thing rather than
// people, a body or a part of one, or what a body does ("tablets", not
// "councillors", "shares", "plant" or "decision").
func thingNoun(g *gazetteer.Gazetteer, w syntax.Word) bool {
	l := strings.ToLower(w.Lemma)
	return !orgKinds[l] && !siteNouns[l] && !bodyParts[l] && !collectives[l] && !agents[l] && !jobNouns[l] &&
		!officeNoun(g, w) && !peopleNouns[l] && !actNouns[l] && !timeNouns[l]
}

// peopleNouns name people or a side, whom a body's name may qualify
// ("Halvard fans", "a Labour candidate", "U.N. police").
var peopleNouns = text.SetOf("fan", "supporter", "camp", "team", "side", "man", "woman", "source", "spokesman",
	"spokeswoman", "management", "candidate", "player", "personnel", "police", "force", "peacekeeper", "troop",
	"rider", "batsman", "bowler", "striker", "midfielder", "defender", "goalkeeper", "champion", "delegation",
	"arm", "vehicle", "stock")

// actNouns name what a body does or decides ("a FIFA decision", "U.N.
// sanctions", "an IRA attempt on her life"): the body acts in them.
var actNouns = text.SetOf("decision", "ruling", "sanction", "embargo", "attempt", "approval", "proposal", "plan",
	"offer", "bid", "move", "vote", "demand", "request", "action", "order", "ban", "attack", "investigation",
	"inquiry", "probe", "statement", "announcement", "policy", "resolution", "mandate", "deal", "agreement",
	"takeover", "verdict", "judgment", "judgement", "warning", "threat", "pledge", "promise", "refusal")

// numberedDocument reports whether token i is a word for a law or a
// motion followed by its number ("Bill C-34", "Resolution 2334", "Law
// 27/2024"): a document, whatever the word might name elsewhere.
func (sc *scanner) numberedDocument(i int) bool {
	ts := sc.ts
	return numberedDocuments[ts[i].Text] && documentNumberRe.MatchString(sc.d.Text[ts[i].End:])
}

// documentNumberRe matches the number that follows a law's word: "C-34",
// "2334", "No. 5", "27/2024".
var documentNumberRe = regexp.MustCompile(`^\s(?:No\.?\s?)?\p{Lu}{0,3}-?\d`)

// numberedDocuments name laws and motions that are known by a number.
var numberedDocuments = text.SetOf("Bill", "Act", "Resolution", "Directive", "Amendment", "Proposition", "Decree", "Law", "Motion", "Order")

// afterNumber returns the token after the number that starts at token k,
// whose parts are written together ("C", "-", "34").
func (sc *scanner) afterNumber(k int) int {
	for k++; k < len(sc.ts) && sc.ts[k].Start == sc.ts[k-1].End; k++ {
	}
	return k
}
