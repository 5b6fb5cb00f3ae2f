package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Bystanders are names the article mentions that take no part in its
// story: news outlets that are only the source ("told Reuters", "the Daily
// Courier reported"). An outlet the story is about ("the Courier was
// sued", "the Courier bought a rival") stays. An office named without its
// holder ("the Planning Minister") is no party either, nor an institution
// named by its bare common word (see bareInstitution), nor the field of an
// office before its title (see officeField), nor a Roman numeral alone
// ("II. ENERGY", "alert level IV"), nor a place that is
// only a setting (see onlySetting) or an address (see onlyAddress), nor an
// ordinary noun written with a capital (see ordinaryWord), nor a lake, a
// mountain or a river (see naturalFeature), nor a law (see lawName), nor
// a ship (see vesselName), nor the abbreviation of a common term (see
// abbreviatedTerm).

// dropBystanders returns the parties without the bystanders, and the new
// index of every old party (-1 when dropped).
func dropBystanders(d *document, parties []briefing.Party) ([]briefing.Party, []int) {
	index := make([]int, len(parties))
	out := parties[:0:0]
	people := peopleSpans(parties)
	for i, p := range parties {
		index[i] = -1
		if (p.Kind == briefing.KindOrganisation || p.Kind == briefing.KindPlace) && isOutlet(d, p) && !takesPart(d, p, outletActs) ||
			(p.Kind == briefing.KindOrganisation || p.Kind == briefing.KindPerson) && onlyTitle(p.Name) || officeOfNamed(p) || bareInstitution(p) ||
			onlySetting(d, p) || onlyAddress(d, p) || ordinaryWord(d, p) || onlyResidence(d, p, people) || onlyQualifier(d, p) || describedAsThing(d, p) || onlyVerbless(d, p) || officeField(d, p) || portfolioTail(d, p) || regnal[p.Name] || naturalFeature(p) || lawName(p) || namedStorm(d, p) || vesselName(d, p) || abbreviatedTerm(d, p) {
			continue
		}
		index[i] = len(out)
		out = append(out, p)
	}
	return out, index
}

// onlyTitle reports whether a name is an office and nothing more ("Planning
// Minister", "Argentine Economic Minister", "Minister for Environment and
// Water"): title, portfolio and qualifier words, with at most a people's
// name before them, ending in a title word, or a title and "for" or "of"
// before portfolio words.
func onlyTitle(name string) bool {
	g := gazetteer.Load()
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	if len(words) > 2 && titleWord(g, words[0]) && (words[1] == "for" || words[1] == "of") {
		words = words[2:] // "Minister for Environment and Water": the portfolio after the title
	} else if !titleWord(g, words[len(words)-1]) {
		return false
	}
	for i, w := range words {
		if r, ok := g.Lookup(w); i == 0 && ok && r.How == gazetteer.RefDemonym {
			continue
		}
		if !titleWord(g, w) && !portfolio(g, w) && !officeQualifiers[gazetteer.Fold(w)] && w != "and" && w != "the" {
			return false
		}
	}
	return true
}

// officeOfNamed reports whether an organisation's name is an office of a
// place or a body named before it ("IMF Mission Chief", "the Sunderland
// Central MP", "Lead Governor"): it ends in a title word, holds no word
// for a body nor an "&", and is no name the gazetteer knows.
func officeOfNamed(p briefing.Party) bool {
	g := gazetteer.Load()
	words := strings.Fields(p.Name)
	if p.Kind != briefing.KindOrganisation || len(words) < 2 || len(words) > 5 || len(p.Aliases) > 0 ||
		!titleWord(g, words[len(words)-1]) || strings.Contains(p.Name, "&") {
		return false
	}
	if _, ok := g.Lookup(p.Name); ok {
		return false
	}
	for _, w := range words {
		if g.OrgWords[w] {
			return false
		}
	}
	return true
}

// takesPart reports whether some mention of p plays a part the test
// accepts.
func takesPart(d *document, p briefing.Party, acts func(s *syntax.Sentence, h int) bool) bool {
	for _, sp := range p.Mentions {
		s, first, last, ok := mentionWords(d, sp)
		if !ok {
			return true // no parse to judge by: keep it
		}
		if acts(s, clauseRole(s, nameHead(s, first, last))) {
			return true
		}
	}
	return false
}

// clauseRole climbs from a name through the lists and appositions it
// stands in to the word whose relation says what the name does in its
// clause ("Oslo" in "Bergen and Oslo agreed" → "Bergen", the subject).
func clauseRole(s *syntax.Sentence, h int) int {
	for steps := 0; steps < len(s.Words); steps++ {
		w := s.Words[h]
		if (w.Rel != "conj" && w.Rel != "appos" && w.Rel != "flat") || w.Head < 0 {
			break
		}
		h = w.Head
	}
	return h
}

// outletActs reports whether the outlet at word h does more than report:
// the subject or object of a verb other than one of reporting and telling,
// the subject of one that tells what the outlet itself will do ("Tidal
// Sport will show two matches"), or the other side of a deal ("signed an
// agreement with broadcaster Tidal Sport").
func outletActs(s *syntax.Sentence, h int) bool {
	v := s.Words[h].Head
	if v < 0 {
		return false
	}
	switch base(s.Words[h].Rel) {
	case "nsubj", "obj", "iobj":
		return s.Words[v].UPOS == "VERB" && (!sourceVerbs[s.Words[v].Lemma] || announcesOwnPlan(s, h, v) || willDo(s, h, v))
	case "nmod", "obl":
		return s.HasCase(h, "with") && dealWords[s.Words[v].Lemma]
	}
	return false
}

// willDo reports whether h is the subject of verb v told as to come: what
// the outlet says it will do, not what it reports.
func willDo(s *syntax.Sentence, h, v int) bool {
	return base(s.Words[h].Rel) == "nsubj" && toCome(s, v)
}

// futureAux are the auxiliaries that tell what is still to come.
var futureAux = text.SetOf("will", "would", "'ll", "shall")

// toCome reports whether verb v has an auxiliary of the future.
func toCome(s *syntax.Sentence, v int) bool {
	for _, a := range s.ChildrenWith(v, "aux") {
		if futureAux[strings.ToLower(s.Words[a].Form)] {
			return true
		}
	}
	return false
}

// dealWords are what two sides make together: an outlet named as the
// other side of one is a party to it.
var dealWords = text.SetOf("agreement", "deal", "contract", "partnership", "pact", "accord", "sign", "agree")

// announcesOwnPlan reports whether the outlet at word h, subject of the
// verb of saying v, says what it itself will do ("UK broadcaster Virgin
// Radio says it will become the first station to offer radio via 3G"):
// a clause v reports whose subject is "it" or "we" and whose verb takes
// "will" or "would". What it could not verify is still only reporting.
func announcesOwnPlan(s *syntax.Sentence, h, v int) bool {
	if base(s.Words[h].Rel) != "nsubj" {
		return false
	}
	for _, c := range s.ChildrenWith(v, "ccomp") {
		own := false
		for _, k := range s.ChildrenWith(c, "nsubj") {
			f := strings.ToLower(s.Words[k].Form)
			own = own || f == "it" || f == "we"
		}
		if own && toCome(s, c) {
			return true
		}
	}
	return false
}

// base returns a relation without its subtype.
func base(rel string) string {
	b, _, _ := strings.Cut(rel, ":")
	return b
}

// isOutlet reports whether party p is a news outlet: a known one, a name
// that ends like a newspaper's ("… Times", "… Journal") and holds no
// office, or a name the text calls a newspaper, agency or broadcaster
// ("the Clarin newspaper").
func isOutlet(d *document, p briefing.Party) bool {
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		if newsOutlets[strings.TrimSuffix(gazetteer.Fold(n), ".")] {
			return true
		}
		words := strings.Fields(n)
		if len(words) > 1 && (outletEnds[words[len(words)-1]] || outletStarts[words[0]]) && !holdsOffice(d, p) {
			return true
		}
	}
	words := strings.Fields(p.Name)
	body := len(words) > 1 && gazetteer.Load().OrgWords[words[len(words)-1]]
	for _, sp := range p.Mentions {
		s, first, last, ok := mentionWords(d, sp)
		if !ok {
			continue
		}
		short := len(words) > 1 && collapse(d.Text[sp.Start:sp.End]) != p.Name
		outletAfter := func(lemma string) bool {
			return outletNouns[lemma] && !((body || short) && ownSites[lemma]) // "the WSC website" of the "Water Standards Commission", "the Redline website" of "Redline Buses": a body's own site
		}
		if first > 0 && (outletNouns[s.Words[first-1].Lemma] || outletNounsBefore[s.Words[first-1].Lemma]) ||
			last+1 < len(s.Words) && outletAfter(s.Words[last+1].Lemma) {
			return true // "the newspaper Clarin", "the Clarin newspaper", "technology site Zednet"
		}
		for _, k := range s.ChildrenWith(nameHead(s, first, last), "appos") {
			if outletNouns[s.Words[k].Lemma] {
				return true
			}
		}
		if outletAfterComma(s, last) {
			return true
		}
	}
	return false
}

// ownSites are what any body has of its own: after a body's name they do
// not make it an outlet.
var ownSites = text.SetOf("website", "site")

// outletAfterComma reports whether the name ending at word last is
// followed by a comma and a short noun phrase that ends in a noun calling
// it an outlet (", Italy's business newspaper,"), however the parser
// attached that phrase.
func outletAfterComma(s *syntax.Sentence, last int) bool {
	if last+2 >= len(s.Words) || s.Words[last+1].Form != "," {
		return false
	}
	for k := last + 2; k < len(s.Words) && k <= last+6; k++ {
		w := s.Words[k]
		if outletNouns[w.Lemma] && (w.UPOS == "NOUN" || w.UPOS == "PROPN") &&
			(k+1 == len(s.Words) || !nounPhraseWords[s.Words[k+1].UPOS]) {
			return true // the phrase's head, not "the paper's owner"
		}
		if !nounPhraseWords[w.UPOS] {
			return false
		}
	}
	return false
}

// nounPhraseWords are the parts of speech that may come before the head
// noun of a short noun phrase.
var nounPhraseWords = text.SetOf("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM")

// holdsOffice reports whether a mention of p is given an office
// ("Anshuman Magazine, managing director"): p is a person, whatever its
// name ends with.
func holdsOffice(d *document, p briefing.Party) bool {
	for _, sp := range p.Mentions {
		if s, first, last, ok := mentionWords(d, sp); ok && roleOf(gazetteer.Load(), s, first, last) != "" {
			return true
		}
	}
	return false
}

// newsOutlets are well-known news outlets, folded.
var newsOutlets = text.SetOf("reuters", "associated press", "ap", "afp", "agence france presse", "agence france-presse",
	"agence france press", "bbc", "bbc news", "bbc news online", "cnn", "bloomberg", "financial times", "ft", "wall street journal", "wsj",
	"new york times", "washington post", "guardian", "the guardian", "times", "the times", "telegraph",
	"xinhua", "interfax", "itar-tass", "tass", "kyodo", "yonhap", "al jazeera", "dow jones", "dow jones newswires",
	"sky news", "ria novosti", "bernama", "anadolu", "dpa", "efe", "ansa", "press association", "pa", "cnbc", "fox news",
	"abc news", "cbs news", "nbc news", "npr", "upi", "economist", "the economist", "forbes", "fortune", "le monde",
	"der spiegel", "spiegel", "el pais", "asahi", "nikkei", "xinhua news agency", "bbc radio", "bbc world service")

// outletEnds end newspapers' and agencies' names ("Daily Courier Times").
var outletEnds = text.SetOf("Times", "Journal", "Post", "Herald", "Telegraph", "Gazette", "Tribune", "Newswires", "Newswire",
	"Chronicle", "Observer", "Courier", "Mail", "Express", "Mirror", "Inquirer", "Newsweek", "Magazine", "Daily", "Press", "Sunday",
	"News", "Ledger")

// outletStarts open newspapers' and broadcasters' names ("Daily Buzz",
// "Radio Kaneshie", "Weekend Ledger").
var outletStarts = text.SetOf("Daily", "Weekly", "Radio", "Weekend", "Sunday", "Evening")

// outletNouns are the nouns that call a name a news outlet.
var outletNouns = text.SetOf("newspaper", "paper", "daily", "weekly", "magazine", "agency", "broadcaster", "channel",
	"network", "radio", "television", "website", "tabloid", "journal", "newswire", "wire")

// outletNounsBefore name an outlet only before its name: "news site
// Zednet", not "the Sellafield site".
var outletNounsBefore = text.SetOf("site", "blog", "podcast")

// sourceVerbs report, tell or ask; a source they govern only reports.
var sourceVerbs = text.SetOf("say", "tell", "report", "quote", "cite", "write", "add", "claim", "reveal", "learn",
	"understand", "ask", "speak", "talk", "confirm", "announce", "state", "comment", "explain", "note", "publish",
	"broadcast", "interview", "according", "show", "suggest", "see", "obtain", "contact", "give", "insist")

// officeField reports whether an organisation's name is one word for the
// field of an office that every mention of it opens, the office's title
// after it in lower case ("Energy minister on the future of Hinkley"): a
// title, not a body.
func officeField(d *document, p briefing.Party) bool {
	g := gazetteer.Load()
	if p.Kind != briefing.KindOrganisation || len(p.Aliases) > 0 || strings.Contains(p.Name, " ") || !portfolio(g, p.Name) || len(p.Mentions) == 0 {
		return false
	}
	for _, sp := range p.Mentions {
		next, _, _ := strings.Cut(strings.TrimPrefix(d.Text[sp.End:], " "), " ")
		next = strings.TrimRight(next, ",.:;")
		if next == "" || text.FirstRuneUpper(next) || !titleWord(g, next) {
			return false
		}
	}
	return true
}

// portfolioTail reports whether an organisation's name ends in a
// portfolio word and every mention of it closes a pair of portfolios that
// an office is for ("Cabinet Secretary for Foreign and Diaspora Affairs",
// "the Minister for Foreign and European Affairs"): part of a title, no
// body.
func portfolioTail(d *document, p briefing.Party) bool {
	f := strings.Fields(p.Name)
	if p.Kind != briefing.KindOrganisation || len(f) < 2 || !portfolios[f[len(f)-1]] || len(p.Mentions) == 0 {
		return false
	}
	g := gazetteer.Load()
	for _, sp := range p.Mentions {
		before := strings.Fields(d.Text[max(0, sp.Start-40):sp.Start])
		n := len(before)
		if n < 3 || before[n-1] != "and" || !portfolio(g, before[n-2]) || before[n-3] != "for" && before[n-3] != "of" {
			return false
		}
	}
	return true
}

// lawName reports whether a party's name is that of a law or a treaty
// ("General Data Protection Regulation", "Online Safety Act"): it binds
// parties and is none, whatever the scanner took its first word for. A
// body headed "X of"/"X for" that regulates ("Office of Water
// Regulation") is no law.
func lawName(p briefing.Party) bool {
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		f := strings.Fields(strings.TrimPrefix(n, "The "))
		if bodyHeaded(f) {
			return false
		}
		if len(f) > 1 && lawHeads[f[len(f)-1]] {
			return true
		}
	}
	return false
}

// lawHeads end the names of laws and treaties.
var lawHeads = text.SetOf("Regulation", "Regulations", "Directive", "Act", "Bill", "Treaty", "Convention", "Protocol", "Charter")
