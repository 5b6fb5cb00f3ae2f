package parties

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Offices written before a name and set off from it by a comma, which the
// parse often fails to tie to the name: "The Minister of Foreign Affairs,
// Dr. Anja Lind, will brief …", "its Ambassador in Kerevo, Mrs. Ilona
// Brascu, …", "The Council's secretary-general, Amadou Reyes, said".

// roleBeforeComma reads the office of the phrase that ends at a comma before
// the name: the phrase ends on the office ("the agency's director-general")
// or on the body or place of its "of"/"for"/"in"/"at" phrase ("the chief
// constable of West Midlands Police"). Between the comma and the name only
// forms of address and titles ("Mr.", "Cllr", "Prof") or a short
// description of the person ("retired GP Dr") may stand, and the name must
// be closed off as an apposition is: by a comma, a bracket, a colon or the
// end of the sentence.
func roleBeforeComma(g *gazetteer.Gazetteer, s *syntax.Sentence, first, last int) string {
	ws := s.Words
	for first < last && addressWord(g, ws[first]) {
		first++ // the mention holds its form of address: "Mr. Teodor Vashkin"
	}
	c := first - 1
	for c >= 0 && first-c <= 4 && (addressWord(g, ws[c]) || describesHolder(ws[c])) {
		c--
	}
	if c < 1 || ws[c].Form != "," || !closedAfter(s, last) || frontedAdverbial(s, c) {
		return ""
	}
	stop := c
	if k := c - 1; k > 2 && ws[k].Form == ")" && ws[k-2].Form == "(" && ws[k-1].UPOS == "PROPN" {
		stop = k - 2 // "the chair of the Internet Engineering Task Force (IETF), Brian Carpenter": the body's acronym aside
	}
	h := officeEndingAt(g, s, stop-1)
	if h < 0 || !officeNoun(g, ws[h]) && c+1 < first && officeNoun(g, ws[first-1]) {
		return "" // "His successor, chief financial officer Alicia Grant": the office is the one before the name
	}
	return roleText(g, s, h, stop)
}

// addressWord reports whether w is a form of address or a title written
// before a name ("Mr.", "Dr", "Cllr", "Councillor", "Senator", "Prof").
func addressWord(g *gazetteer.Gazetteer, w syntax.Word) bool {
	f := strings.TrimSuffix(w.Form, ".")
	_, rank := titleAbbreviations[f]
	return honorifics[f] || rank || memberTitles[f] || unicode.IsUpper(firstRune(f)) && titleWord(g, f)
}

// describesHolder reports whether w may belong to a short description of a
// person written between an apposed office and the name: a lower-case
// adjective, participle or noun ("retired"), or an abbreviation in capitals
// ("GP").
func describesHolder(w syntax.Word) bool {
	switch {
	case w.UPOS == "PUNCT" || w.UPOS == "CCONJ" || w.UPOS == "ADP" || w.UPOS == "DET" || w.UPOS == "PRON":
		return false
	case unicode.IsLower(firstRune(w.Form)):
		return w.UPOS == "ADJ" || w.UPOS == "NOUN" || w.XPOS == "VBN"
	}
	return len(w.Form) >= 2 && strings.ToUpper(w.Form) == w.Form && !strings.ContainsAny(w.Form, ".-'")
}

// closedAfter reports whether the name ending at word last is closed off as
// an apposition is: by a comma, a bracket, a colon, a dash or the end of
// the sentence, not by the verb it is the subject of.
func closedAfter(s *syntax.Sentence, last int) bool {
	if last+1 < len(s.Words) && postnominals[s.Words[last+1].Form] {
		last++ // "Dame Rosalind Okafor MP,": the letters after the name are no part of it
	}
	if last+1 >= len(s.Words) {
		return true
	}
	switch s.Words[last+1].Form {
	case ",", ".", "(", ")", ":", ";", "!", "?", "-", "–", "—":
		return true
	}
	return false
}

// frontedAdverbial reports whether the words before the comma at c are an
// adverbial phrase put before the clause ("In a statement,", "Speaking to
// the minister,"): they start with a preposition, a subordinator or a
// participle and hold no finite verb, so what they end on is no apposition.
func frontedAdverbial(s *syntax.Sentence, c int) bool {
	k := 0
	for k < c && s.Words[k].UPOS == "PUNCT" {
		k++
	}
	if w := s.Words[k]; w.UPOS != "ADP" && w.UPOS != "SCONJ" && w.XPOS != "VBG" && w.XPOS != "VBN" {
		return false
	}
	for ; k < c; k++ {
		switch s.Words[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}

// officeEndingAt returns the office noun of the noun phrase that ends at
// word e, or -1: the last word itself when it is an office ("the agency's
// director-general"), else the first office noun of the phrase that an
// "of", "for", "in" or "at" phrase ending at e follows ("the chief
// constable of West Midlands Police"). A common noun that is no known
// office counts when it ends a phrase opened by a determiner or possessive
// ("a volunteer firefighter", "his Norvik counterpart").
func officeEndingAt(g *gazetteer.Gazetteer, s *syntax.Sentence, e int) int {
	ws := s.Words
	if e < 0 || ws[e].UPOS == "PUNCT" {
		return -1
	}
	if e > 0 && postpositives[ws[e].Form] && officeNoun(g, ws[e-1]) {
		return e - 1 // "Minister Delegate"
	}
	b := e
	for b > 0 && e-b < 10 && (phraseWord(ws[b-1]) || fieldComma(s, b-1, e)) {
		b--
	}
	for h := b; h < e; h++ {
		c := h + 1
		if postpositives[ws[c].Form] && c < e {
			c++ // "Minister Delegate for Moroccans Living Abroad"
		}
		if officeNoun(g, ws[h]) && bodyOrPlaceCase[gazetteer.Fold(ws[c].Form)] {
			return h // also "the Minister of Justice", whose field names an office too
		}
	}
	if officeNoun(g, ws[e]) {
		return e
	}
	d := e - 1
	for d > 0 && e-d < 4 && (ws[d].UPOS == "NOUN" || ws[d].UPOS == "ADJ" || ws[d].UPOS == "PROPN") {
		d--
	}
	if opened := d >= 0 && (ws[d].UPOS == "DET" || ws[d].XPOS == "PRP$" || ws[d].XPOS == "POS"); opened && d < e && ws[e].UPOS == "NOUN" &&
		ws[e].XPOS != "NNS" && !timeNouns[ws[e].Lemma] && !orgKinds[gazetteer.Fold(ws[e].Form)] && !relations[gazetteer.Fold(ws[e].Form)] {
		return e
	}
	return -1
}

// fieldComma reports whether the comma at word c parts two capitalised
// fields of a list that "and" closes before word e ("the Minister for
// Children, Disability and Equality").
func fieldComma(s *syntax.Sentence, c, e int) bool {
	ws := s.Words
	if ws[c].Form != "," || c < 1 || c+1 > e || !unicode.IsUpper(firstRune(ws[c-1].Form)) || !unicode.IsUpper(firstRune(ws[c+1].Form)) {
		return false
	}
	for k := c + 1; k < e; k++ {
		if ws[k].Form == "and" || ws[k].Form == "&" {
			return true
		}
	}
	return false
}

// relations are nouns that say how one person stands to another, not an
// office ("her predecessor, Anders Holm").
var relations = text.SetOf("predecessor", "successor", "wife", "husband", "son", "daughter", "brother", "sister", "mother",
	"father", "widow", "widower", "friend", "colleague", "girlfriend", "boyfriend", "partner", "cousin", "nephew", "niece")

// bodyOrPlaceCase are the prepositions that join an office to the body or
// place it serves ("Ambassador in Kerevo").
var bodyOrPlaceCase = map[string]bool{"of": true, "for": true, "at": true, "in": true, "to": true}

// phraseWord reports whether w may stand inside a noun phrase naming an
// office and the body it serves: nouns, names, adjectives, numbers,
// determiners, possessives, hyphens and the prepositions and conjunction
// that join them.
func phraseWord(w syntax.Word) bool {
	switch w.UPOS {
	case "NOUN", "PROPN", "ADJ", "NUM", "DET":
		return true
	}
	return w.XPOS == "POS" || w.XPOS == "PRP$" || w.XPOS == "HYPH" || bodyOrPlaceCase[gazetteer.Fold(w.Form)] || w.Form == "and" || w.Form == "&"
}
