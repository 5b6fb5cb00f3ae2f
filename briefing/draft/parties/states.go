package parties

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// States named like bodies or places: a name the gazetteer does not know
// is a country when the text gives it a government or a people: it owns,
// or is named after "of" by, a word for a state's institutions ("the
// government of Norvania", "Norvania's parliament", "Norvania's justice
// ministry", "Norvania's foreign minister", "Norvania's central bank"), or the text calls something
// by its demonym ("Norvanian journalists"), or it is listed with another
// name where the text speaks of two states ("Kaldora and Vostmark
// exchanged prisoners, the two countries said"). That evidence outweighs the
// weaker signs of a body or a place ("Norvania's president", "between
// Norvania and Kessel"), and such a name is a party even when it only
// opens sentences.

// markStates marks as countries the groups with no known entity, no
// organisation word, no sign of a person and no name of several words
// ("the government of Fulgencio Batista" is a person's) whose mention owns
// a state's institution or whose demonym the text uses.
func (mg *merger) markStates() {
	bodyWords := mg.groupsWithOrgWords()
	longer := map[int]bool{} // groups with a name of several words
	for i, m := range mg.ms {
		longer[mg.owner[i]] = longer[mg.owner[i]] || strings.Contains(m.name, " ")
	}
	words := capitalisedWords(mg.d)
	pairs := statePairSentences(mg.d)
	for i, m := range mg.ms {
		g := mg.groups[mg.owner[i]]
		if m.entity >= 0 || g.entity >= 0 || g.person || bodyWords[mg.owner[i]] || longer[mg.owner[i]] {
			continue
		}
		if hasDemonym(m.name, words) {
			g.state = true
			continue
		}
		s, first, last, ok := mentionWords(mg.d, m.span)
		if !ok {
			continue
		}
		si := sentenceOf(mg.d, m.span)
		if h := nameHead(s, first, last); governs(s, h) || ownsOffice(s, last) || calledState(s, h) ||
			(pairs[si-1] || pairs[si] || pairs[si+1]) && coordinated(s, h) && !afterBodyNoun(s, h) {
			g.state = true
		}
	}
	if len(pairs) > 0 {
		mg.markPartnerStates(bodyWords, longer)
	}
}

// afterBodyNoun reports whether the list that the name at word h stands
// in follows a noun for a kind of organisation ("the grid operators
// Elering and Fingrid"): bodies, though states are spoken of near them.
func afterBodyNoun(s *syntax.Sentence, h int) bool {
	c := h
	for s.Words[c].Rel == "conj" && s.Words[c].Head >= 0 && s.Words[c].Head < c {
		c = s.Words[c].Head
	}
	f := c
	for f > 0 && s.Dominates(c, f-1) {
		f--
	}
	return f > 0 && s.Words[f-1].UPOS == "NOUN" && orgKinds[strings.ToLower(s.Words[f-1].Lemma)]
}

// markPartnerStates marks as a country a group with no known entity, no
// organisation word, no sign of a person and no name of several words
// whose mention is listed with a state's, in a text that speaks of states
// as a counted set ("Peace talks between Korvenia and Mirosk were
// postponed", Korvenia's people being "Korvenian", and later "both
// countries claim the hills").
func (mg *merger) markPartnerStates(bodyWords, longer map[int]bool) {
	starts, ends := make(map[int]int, len(mg.ms)), make(map[int]int, len(mg.ms)) // the mention that opens or closes at each byte
	for k, m := range mg.ms {
		starts[m.span.Start], ends[m.span.End] = k, k
	}
	for i, m := range mg.ms {
		g := mg.groups[mg.owner[i]]
		if m.entity >= 0 || g.entity >= 0 || g.person || g.state || bodyWords[mg.owner[i]] || longer[mg.owner[i]] {
			continue
		}
		s, first, last, ok := mentionWords(mg.d, m.span)
		if !ok {
			continue
		}
		h := nameHead(s, first, last)
		partners := s.ChildrenWith(h, "conj")
		if w := s.Words[h]; w.Rel == "conj" && w.Head >= 0 {
			partners = append(partners, w.Head)
		}
		for _, c := range partners {
			k, found := starts[s.Words[c].Start] // a name headed by its first word ("Korvenia", "Kim Jong Un")
			if !found {
				k, found = ends[s.Words[c].End] // or by its last ("the United States")
			}
			if found && s.Words[c].UPOS == "PROPN" && mg.namesState(k) {
				g.state = true
				break
			}
		}
	}
}

// namesState reports whether mention k names a state: one the gazetteer
// knows as a country, or one marked so.
func (mg *merger) namesState(k int) bool {
	g := mg.groups[mg.owner[k]]
	return g.state || g.entity >= 0 && mg.g.Entities[g.entity].Kind == briefing.KindCountry
}

// mergePeoples merges into each state marked by markStates the group named
// by the plural of its demonym, its people ("Lumerians" into "Lumeria"),
// as the gazetteer's demonyms are aliases of the states it knows.
func (mg *merger) mergePeoples() {
	byName := map[string]int{}
	for gi, g := range mg.groups {
		if len(g.members) > 0 && g.entity < 0 {
			byName[mg.ms[mg.groupLongest(gi)].name] = gi
		}
	}
	for gi, g := range mg.groups {
		if !g.state || len(g.members) == 0 {
			continue
		}
		for _, f := range demonymForms(mg.ms[mg.groupLongest(gi)].name) {
			if from, ok := byName[f+"s"]; ok && !mg.groups[from].state {
				mg.move(from, gi)
			}
		}
	}
}

// statePairSentences returns the sentences that speak of states as a
// counted set ("the two countries", "both governments", "four member
// states"): names listed together there or in the sentence before or
// after are the set ("Kaldora and Vostmark exchanged prisoners, the two
// countries said").
func statePairSentences(d *document) map[int]bool {
	out := map[int]bool{}
	for si := range d.Parsed {
		s := &d.Parsed[si]
		for k, w := range s.Words {
			if !statePairNouns[strings.ToLower(w.Form)] || k == 0 {
				continue
			}
			c := k - 1
			if strings.EqualFold(s.Words[c].Form, "member") && c > 0 {
				c-- // "four member states", however the parser read "states"
			}
			if f := strings.ToLower(s.Words[c].Form); f == "both" || f == "all" || s.Words[c].UPOS == "NUM" {
				out[si] = true // "both governments", "the two countries", "all five states"
			}
		}
	}
	return out
}

// statePairNouns name states as a counted set after "both", "all" or a
// number.
var statePairNouns = text.SetOf("countries", "governments", "states", "nations")

// coordinated reports whether the name at word h is listed with another
// proper name ("Kaldora and Vostmark"), in a list that no "at" or "near"
// opens.
func coordinated(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	first := h
	if w.Rel == "conj" && w.Head >= 0 {
		first = w.Head
	}
	for _, c := range s.ChildrenWith(first, "case") {
		if sitePrepositions[strings.ToLower(s.Words[c].Form)] {
			return false // "the crossings at Aflao, Kpoglu and Batoumé": sites, however many countries the sentence counts
		}
	}
	if w.Rel == "conj" && w.Head >= 0 && s.Words[w.Head].UPOS == "PROPN" {
		return true
	}
	for _, c := range s.ChildrenWith(h, "conj") {
		if s.Words[c].UPOS == "PROPN" {
			return true
		}
	}
	return false
}

// sitePrepositions open a list of the sites where things are, not of the
// states that act.
var sitePrepositions = map[string]bool{"at": true, "near": true}

// capitalisedWords returns the capitalised words of the document's
// sentences.
func capitalisedWords(d *document) map[string]bool {
	out := map[string]bool{}
	for _, s := range d.Parsed {
		for _, w := range s.Words {
			if r := []rune(w.Form); len(r) > 1 && unicode.IsUpper(r[0]) {
				out[w.Form] = true
			}
		}
	}
	return out
}

// hasDemonym reports whether words hold a demonym formed from the name by
// a regular suffix ("Norvania" → "Norvanian", "Estmark" → "Estmarkian",
// "Kessland" → "Kesslandish"), in the singular or as the plural that
// names its people ("Lumerians").
func hasDemonym(name string, words map[string]bool) bool {
	for _, f := range demonymForms(name) {
		if words[f] || words[f+"s"] {
			return true
		}
	}
	return false
}

// demonymForms returns the demonyms a regular suffix forms from a name of
// one capitalised word of four letters or more ("Norvania" → "Norvanian",
// "Estmark" → "Estmarkian"), or none.
func demonymForms(name string) []string {
	if r := []rune(name); len(r) < 4 || !unicode.IsUpper(r[0]) || strings.Contains(name, " ") {
		return nil
	}
	forms := []string{name + "ian", name + "ese", name + "ish"}
	if strings.HasSuffix(name, "a") {
		forms = append(forms, name+"n")
	}
	return forms
}

// governs reports whether the name at word h owns a state's institution
// ("Norvania's parliament"), qualifies its government ("the Norvania
// government") or follows one with "of" ("the government of Norvania"),
// or a minister's field (see ministryOf).
func governs(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	if ministryOf(s, h) {
		return true
	}
	if w.Head < 0 || !stateInstitutions[strings.ToLower(s.Words[w.Head].Lemma)] && !centralBank(s, w.Head) {
		return false
	}
	switch w.Rel {
	case "nmod:poss":
		return true
	case "compound":
		return stateGovernment(s, h)
	case "nmod":
		return markedBy(s, h, ofCase) && (!portfolioHeads[strings.ToLower(s.Words[w.Head].Lemma)] || fieldBefore(s, w.Head)) // "Minister of Infrastructure": a field
	}
	return false
}

// ministryOf reports whether the name at word h follows with "of" the
// field of a minister's office ("the Minister of Foreign Affairs of
// Tarvania"): only a state has ministers.
func ministryOf(s *syntax.Sentence, h int) bool {
	field := s.Words[h].Head
	if s.Words[h].Rel != "nmod" || !markedBy(s, h, ofCase) || field < 0 || s.Words[field].Rel != "nmod" || !markedBy(s, field, ofCase) {
		return false
	}
	office := s.Words[field].Head
	return office >= 0 && strings.ToLower(s.Words[office].Lemma) == "minister"
}

// fieldBefore reports whether the office at word k has its field written
// before it ("the health minister of Castrelia", "the Foreign Minister of
// Ostrand"): the "of" phrase after it then names the state, not a field.
func fieldBefore(s *syntax.Sentence, k int) bool {
	for _, c := range s.Children(k) {
		if c < k && (s.Words[c].Rel == "compound" || s.Words[c].Rel == "amod") {
			return true
		}
	}
	return false
}

// stateGovernment reports whether the name at word h, no ordinary word,
// stands between "the" and "government" ("the Veloria government"), as a
// state's name does; not "a Labour government", "the Ceará state
// government", nor a leader's surname (see namesPerson).
func stateGovernment(s *syntax.Sentence, h int) bool {
	w := s.Words[h]
	if w.Head != h+1 || h == 0 || !strings.EqualFold(s.Words[h-1].Form, "the") || !strings.EqualFold(s.Words[h+1].Lemma, "government") {
		return false
	}
	return text.LoadPunkt().Ortho[strings.ToLower(w.Form)]&text.OrthoMidLc == 0
}

// calledState reports whether the text calls the name at word h a state
// by an apposition either way round ("Oskaria, the host country, said",
// "the small kingdom, Tessaly, said").
func calledState(s *syntax.Sentence, h int) bool {
	for _, c := range s.ChildrenWith(h, "appos") {
		if stateCallings[strings.ToLower(s.Words[c].Lemma)] {
			return true
		}
	}
	w := s.Words[h]
	return w.Rel == "appos" && w.Head >= 0 && stateCallings[strings.ToLower(s.Words[w.Head].Lemma)]
}

// stateCallings call what they name a state.
var stateCallings = text.SetOf("country", "nation", "kingdom", "republic", "emirate", "principality")

// ownsOffice reports whether the name ending at word last owns, by a
// possessive, a title of a state's institution before a person's name or
// alone ("Norvania's Defence Minister Ana Roth", "Norvania's army chief"),
// read from the words as written, whatever head the parse gives the
// possessive.
func ownsOffice(s *syntax.Sentence, last int) bool {
	if last+1 >= len(s.Words) || s.Words[last+1].XPOS != "POS" {
		return false
	}
	for k := last + 2; k < len(s.Words) && k <= last+4; k++ {
		w := s.Words[k]
		if w.UPOS != "NOUN" && w.UPOS != "PROPN" && w.UPOS != "ADJ" {
			return false
		}
		if stateInstitutions[strings.ToLower(w.Lemma)] {
			return true
		}
	}
	return false
}

// centralBank reports whether word k is "bank" qualified by "central"
// ("Norvania's central bank").
func centralBank(s *syntax.Sentence, k int) bool {
	if strings.ToLower(s.Words[k].Lemma) != "bank" {
		return false
	}
	for _, c := range s.ChildrenWith(k, "amod") {
		if strings.EqualFold(s.Words[c].Form, "central") {
			return true
		}
	}
	return false
}

// stateInstitutions are the words for what a state has and a body has
// not.
var stateInstitutions = text.SetOf("government", "parliament", "cabinet", "army", "military", "embassy",
	"ambassador", "constitution", "ministry", "minister", "navy", "troop", "soldier", "consulate")
