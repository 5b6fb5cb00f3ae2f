package parties

import (
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// wordOf returns the parsed sentence holding token t and the index of the
// word that starts where t starts, or false when the sentence has no
// parse or no such word.
func (d *document) wordOf(t doc.Token) (*syntax.Sentence, int, bool) {
	if t.Sent < 0 || t.Sent >= len(d.Parsed) {
		return nil, 0, false
	}
	s := &d.Parsed[t.Sent]
	k := sort.Search(len(s.Words), func(k int) bool { return s.Words[k].Start >= t.Start })
	if k == len(s.Words) || s.Words[k].Start != t.Start {
		return nil, 0, false
	}
	return s, k, true
}

// andJoins reports whether "and" at token j joins the name starting at i
// with the capitalised words after it into one name: after an ordinary
// word or a word for people when an organisation word ends the name ("Oil
// and Natural Gas Corporation", "Food and Drug Administration", "Dockers
// and Seamen's Union", and after a demonym and ordinary words when only
// ordinary words come before the organisation word: "American Iron and
// Steel Institute"), or when the parse puts
// the two as a coordination inside the last item of a list ("Liggett
// Group and Brown and Williamson": "Williamson" hangs on "Brown", itself
// a conjunct, not on the list's first item, or the list already had its
// "and"), or when the two name the firm of a person (see firmOfPerson).
func (sc *scanner) andJoins(i, j int) bool {
	ts := sc.ts
	if j+1 >= len(ts) || !ts[j+1].Word || !ts[j+1].Cap {
		return false
	}
	first := i
	if ts[first].Text == "The" && first+1 < j {
		first++
	}
	seg := j - 1 // the capitalised words right before "and" ("Transport" in "Ana Ruiz of the Transport and")
	for seg > first && ts[seg-1].Word && ts[seg-1].Cap {
		seg--
	}
	first = seg
	if j-first == 1 && (sc.ordinary(ts[first]) || peopleWord(ts[first].Text) || sc.fieldAfterThe(first)) && sc.orgAhead(j+1, false) ||
		j-first > 1 && j-first <= 3 && sc.plainName(first, j) && sc.orgAhead(j+1, true) || sc.servicesJoined(j) || sc.regionsJoined(first, j) {
		return true
	}
	end := j + 2
	for end < len(ts) && ts[end].Word && ts[end].Cap {
		end++
	}
	if sc.kindNamedWithAcronym(first, end) {
		return true
	}
	if i > 0 && ts[i-1].Text == "and" && (end == len(ts) || !ts[end].Word) {
		return true // the list already had its "and"
	}
	if sc.knownAlone(j-1) && sc.knownAlone(j+1) {
		return false // two known names listed: "Armenia and Tajikistan"
	}
	s, a, ok := sc.d.wordOf(ts[j-1])
	_, b, ok2 := sc.d.wordOf(ts[j+1])
	if !ok || !ok2 {
		return false
	}
	wa, wb := s.Words[a], s.Words[b]
	if wa.UPOS != "PROPN" || wb.UPOS != "PROPN" || wb.Rel != "conj" || wb.Head != a {
		return false
	}
	if wa.Rel == "conj" && (b+1 == len(s.Words) || s.Words[b+1].UPOS == "PUNCT") {
		return true
	}
	return end == j+2 && sc.firmOfPerson(s, a, j)
}

// firmAfterOfName reports whether "and" at token j follows a name of the
// form "X of Y" (from token i) and comes before capitalised words that
// end in a company's legal form ("University of Easterbrook and Qorvane
// Systems Ltd"): a firm of its own, no field of the first name.
func (sc *scanner) firmAfterOfName(i, j int) bool {
	ts := sc.ts
	seg := j
	for seg > i && ts[seg-1].Word && ts[seg-1].Cap {
		seg--
	}
	if seg < 2 || seg == j || ts[seg-1].Text != "of" || seg-1 <= i {
		return false
	}
	k := j + 1
	for k < len(ts) && ts[k].Word && ts[k].Cap {
		k++
	}
	if k <= j+2 {
		return false
	}
	if companyForms[ts[k-1].Text] {
		return true
	}
	firm := sc.d.Text[ts[j+1].Start:ts[k-1].End]
	for form := range companyForms {
		if strings.Contains(sc.d.Text, firm+" "+form) {
			return true // "University of Easterbrook and Qorvane Systems launch …" over "Qorvane Systems Ltd today announced"
		}
	}
	return false
}

// kindNamedWithAcronym reports whether the capitalised words ts[first:end]
// come right after a common noun naming a kind of body and right before
// an acronym in brackets: "the opposition party Law and Justice (PiS)" is
// one party, whose acronym need not spell its English words.
func (sc *scanner) kindNamedWithAcronym(first, end int) bool {
	ts := sc.ts
	if first == 0 || ts[first-1].Cap || !orgKinds[ts[first-1].Lower] || end+2 >= len(ts) || ts[end].Text != "(" || ts[end+2].Text != ")" {
		return false
	}
	return bracketAcronym(ts[end+1].Text)
}

// fieldAfterThe reports whether the capitalised word at token k stands
// right after "the" and is no name, first name or acronym the text or the
// gazetteer knows: a field a body's name opens with, however rare the
// word ("the Pharmacy and Medicines Regulatory Authority").
func (sc *scanner) fieldAfterThe(k int) bool {
	t := sc.ts[k]
	if k == 0 || !strings.EqualFold(sc.ts[k-1].Text, "the") || t.Poss || gazetteer.IsAcronym(t.Text) || sc.g.FirstNames[t.Text] || sc.d.docNames[t.Text] {
		return false
	}
	_, known := sc.lookup(t.Text)
	return !known
}

// knownAlone reports whether the word at token k is a name the gazetteer
// knows by itself, not as a people's adjective ("Armenia", not "Armenian").
func (sc *scanner) knownAlone(k int) bool {
	r, ok := sc.lookup(sc.ts[k].Text)
	return ok && r.How != gazetteer.RefDemonym
}

// plainName reports whether the words ts[i:j] are ordinary words, the
// first of them maybe a demonym, a state's name or an acronym ("American
// Iron", "U.S. Food", "NSW Nurses").
func (sc *scanner) plainName(i, j int) bool {
	for k := i; k < j; k++ {
		t := sc.ts[k]
		if r, ok := sc.g.Lookup(t.Text); k == i && ok && (r.How == gazetteer.RefDemonym || sc.g.Entities[r.Entity].Kind == briefing.KindCountry) {
			continue
		}
		if k == i && k+1 < j && gazetteer.IsAcronym(t.Text) {
			continue
		}
		if !t.Word || !t.Cap || !sc.nameMaterial(t) {
			return false
		}
	}
	return true
}

// nameMaterial reports whether t is an ordinary word or a word for people,
// which names of bodies are made of ("Nurses", "Midwives").
func (sc *scanner) nameMaterial(t doc.Token) bool {
	return sc.ordinary(t) || peopleWord(t.Text)
}

// servicesJoined reports whether "and" at token j joins two services a
// public body is named for, one ordinary word on each side of it, right
// before the word for the body ("Wrexfordshire Fire and Rescue
// Authority", "Avon Fire and Rescue Service").
func (sc *scanner) servicesJoined(j int) bool {
	ts := sc.ts
	return j > 0 && j+2 < len(ts) && sc.ordinary(ts[j-1]) && !sc.g.OrgWords[ts[j-1].Text] &&
		ts[j+1].Cap && sc.ordinary(ts[j+1]) && publicBodyWords[ts[j+2].Text]
}

// regionsJoined reports whether "and" at token j joins the one word from
// token a with the capitalised words after it into the name of a body
// that serves both regions, named by a word for such a body right after
// them ("Devon and Cornwall Police", "Avon and Somerset Constabulary",
// "Bath and North East Somerset Council", "Norfolk and Norwich University
// Hospitals NHS Foundation Trust"): the word before "and" names no state
// or body the gazetteer knows, no code of the text and no owner, and the
// words after it are no first name, nor an acronym right after "and".
func (sc *scanner) regionsJoined(a, j int) bool {
	ts := sc.ts
	if j-a != 1 || ts[a].Poss || gazetteer.IsAcronym(ts[a].Text) || sc.d.docNames[ts[a].Text] {
		return false
	}
	if r, ok := sc.lookup(ts[a].Text); ok && sc.g.Entities[r.Entity].Kind != briefing.KindPlace {
		return false
	}
	k := j + 1
	for k < len(ts) && ts[k].Word && ts[k].Cap && !ts[k].Poss && !regionalBodies[ts[k].Text] && (k > j+1 || !gazetteer.IsAcronym(ts[k].Text)) && !sc.g.FirstNames[ts[k].Text] {
		k++
	}
	return k > j+1 && k < len(ts) && regionalBodies[ts[k].Text] && (k+1 == len(ts) || !ts[k+1].Word || !ts[k+1].Cap)
}

// regionalBodies are words for bodies that serve regions, named after
// them.
var regionalBodies = text.SetOf("Police", "Constabulary", "Council", "Authority", "Service", "Board", "Trust")

// publicBodyWords end the names of public bodies and services.
var publicBodyWords = text.SetOf("Authority", "Service", "Services", "Board", "Commission", "Agency", "Administration",
	"Council", "Department", "Directorate", "Trust", "Executive", "Office")

// orgAhead reports whether the capitalised words from token i, with a
// plural possessive's apostrophe inside them, reach a word that ends
// organisation names ("General Workers' Union"), all of them ordinary
// words when plain is true ("Steel Institute").
func (sc *scanner) orgAhead(i int, plain bool) bool {
	for e := i; e < len(sc.ts); e++ {
		t := sc.ts[e]
		switch {
		case t.Word && t.Cap && sc.g.OrgWords[t.Text]:
			return true
		case sc.apostropheInName(e):
		case !t.Word || !t.Cap || plain && !sc.nameMaterial(t):
			return false
		}
	}
	return false
}

// firmOfPerson reports whether word a of s, written at token j-1 right
// after "of", names with the word after "and" the one body a person
// belongs to ("Emmanuel Gaillard of Shearman and Sterling"): the parse
// hangs it on a proper name with "of", and neither word is a known name
// or a first name.
func (sc *scanner) firmOfPerson(s *syntax.Sentence, a, j int) bool {
	ts := sc.ts
	h := s.Words[a].Head
	if j < 2 || ts[j-2].Text != "of" || s.Words[a].Rel != "nmod" || h < 0 || s.Words[h].UPOS != "PROPN" {
		return false
	}
	for _, t := range []doc.Token{ts[j-1], ts[j+1]} {
		if _, known := sc.g.Lookup(t.Text); known || sc.g.FirstNames[t.Text] {
			return false
		}
	}
	return true
}
