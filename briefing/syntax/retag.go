package syntax

import (
	"slices"
	"strings"
	"unicode"
)

// retagged mends mistakes of the tagger that derail the parse, by
// parsing the sentence again with the word's tag corrected:
//   - a past tense read as a participle right after its subject (see
//     verblessParticiple), and "rose", "fell", "found", "saw" or "met"
//     read as anything but a verb after one (see pastFormAsOther), become
//     a past tense, with an adjective right before it made a noun when the
//     verb has no subject otherwise ("Our executive met"), kept if the
//     parser then gives the verb a subject;
//   - a verb that takes an infinitive read as a noun or an adjective in
//     a sentence with no verb at its root ("the mission's head plans to
//     open two bases") becomes a verb, kept if it then has a subject (see
//     controlVerbAsOther);
//   - a verb in -s read as a plural noun right after a relative "that"
//     or "which" that follows a noun, before a determiner ("an agreement
//     that hands the premiership to …"), becomes a verb, kept if it then
//     has a subject (see relativeVerbAsNoun);
//   - a capitalised verb in -s or -ing inside a name ("the rebel Lakes
//     Popular Resistance Front signed", "Brightwing Airways today
//     confirmed"), before another capitalised name word and
//     with a verb after the name, becomes a proper noun, kept if the name
//     is then part of a later verb's subject (see nameWordAsVerb);
//   - the word after names listed in a "whose" clause, read as an
//     adjective or a noun where its verb belongs ("whose members Corliss
//     Line and Kaibo Shipping operate 640 ships"), becomes a verb, kept if
//     the clause's noun is then its subject (see whoseVerbAsOther);
//   - a sentence's first word, capitalised and read as an adverb before a
//     description set off by commas ("Greenhallow, Britain's fifth-largest
//     supermarket chain, has pledged"), becomes a proper noun, kept if it
//     is then the subject (see initialNameAsAdverb);
//   - "executive" after "chief" read as an adjective before no noun
//     becomes a noun, the office, kept if it then has the head and
//     relation "chief" had (see officeNounAsOther);
//   - a capitalised office qualifier before a capitalised name word
//     ("by Velsian Deputy Foreign Minister Anton Krell") read as anything
//     but a proper noun becomes one, kept if it then hangs inside the
//     run of capitalised words it opens (see titleWordAsOther);
//   - a capitalised word read as a proper noun before an office
//     ("Polish Prime Minister Donald Tusk") and hung outside the title
//     becomes an adjective, kept if it then hangs inside the title (see
//     peopleWordAsName);
//   - a verb's base form after a modal and adverbs ("would no longer fund
//     the route") read as anything but a verb becomes one, kept if the
//     modal is then its auxiliary (see modalBaseAsOther);
//   - a word in -s read as a verb in the present that the parse hangs as
//     an object or a modifier ("fines on Kenyan trucks", "trucks" the
//     object of "agreed") becomes a plural noun, kept if it then is a
//     nominal of a word other than the one before it (see verbInNounSlot);
//   - a name in capitals ending in a plus sign ("OPEC+") read as
//     anything but a proper noun becomes one (see plusNameAsOther);
//   - "works" read as a verb after a bare noun in a clause completing a
//     verb that has no object ("to upgrade treatment works") becomes a
//     plural noun, kept if it then is the object (see worksAsPlant);
//   - an adjective between a possessive and a verb ("said its executive
//     had voted") becomes a noun, kept if it then is the subject its
//     possessive owns (see possessedAdjective);
//   - "morning", "evening" or "afternoon" read as a verb ("on Saturday
//     evening to protest" with "evening" a gerund governing "to protest"),
//     and a gerund with "a" or "an" for its determiner ("a court-enforceable
//     undertaking"), become a noun;
//   - an apostrophe after a word in -s read as a quotation mark ("the
//     Supporters' Trust") becomes the possessive, kept if it then hangs on
//     that word (see pluralPossessiveAsQuote);
//   - "further", "extra" or "additional" read as an adverb between "a" and
//     a sum ("lend the company a further £3bn") becomes an adjective,
//     kept if it then hangs where "a" does (see amountAdverb);
//   - "official" or "executive" read as an adjective between a noun and a
//     name ("fisheries official Jogvan Dalsgaard said") becomes a noun,
//     kept if it then hangs on a later word (see officeNounAsAdjective).
//
// Otherwise it returns words unchanged.
func (m *Model) retagged(forms []string, joined []bool, infos []wordInfo, tags []int, words []Word) []Word {
	for _, find := range []func([]Word) int{verblessParticiple, pastFormAsOther} {
		if w := find(words); w >= 0 {
			again, t := m.reparse(forms, joined, infos, tags, w, "VERB VBD")
			if (again == nil || !hasActiveSubject(&Sentence{Words: again}, w)) && w > 0 && words[w-1].UPOS == "ADJ" {
				if _, t1 := m.reparse(forms, joined, infos, tags, w-1, "NOUN NN"); t1 != nil {
					again, t = m.reparse(forms, joined, infos, t1, w, "VERB VBD") // "Our executive met": the noun before read as an adjective too
				}
			}
			if again != nil && hasActiveSubject(&Sentence{Words: again}, w) {
				words, tags = again, t
			}
		}
	}
	if w := relativeVerbAsNoun(words); w >= 0 {
		if again, t := m.reparse(forms, joined, infos, tags, w, "VERB VBZ"); again != nil && hasActiveSubject(&Sentence{Words: again}, w) {
			words, tags = again, t
		}
	}
	if w, class := m.controlVerbAsOther(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, class); again != nil && hasActiveSubject(&Sentence{Words: again}, w) {
			words = again
		}
	}
	if w := participleAfterThat(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "VERB VBN"); again != nil && again[w-1].Rel == "mark" && again[w].Rel == "amod" {
			words = again // "promised that regulated fares on the route would be frozen"
		}
	}
	if w := m.coordinatedControlVerb(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "VERB VBZ"); again != nil && again[w].Rel == "conj" && again[w].Head < w {
			words = again // "will be responsible for development and plans to submit"
		}
	}
	if w, class, noun := whoseVerbAsOther(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, class); again != nil && again[noun].Head == w && again[noun].Rel == "nsubj" && whoseClauseRooted(again, w, noun) {
			words = again
		}
	}
	if w := nameWordAsVerb(words); w >= 0 {
		class := "PROPN NNPS"
		if words[w].XPOS == "VBG" {
			class = "PROPN NNP"
		}
		if again, _ := m.reparse(forms, joined, infos, tags, w, class); again != nil && inLaterSubject(again, w) && (w > 0 || again[w].Rel == "compound") {
			words = again
		}
	}
	if w := indefiniteGerund(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "NOUN NN"); again != nil {
			words = again
		}
	}
	if w := initialNameAsAdverb(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "PROPN NNP"); again != nil && subjectName(again, w) {
			words = again
		}
	}
	if w := officeNounAsOther(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "NOUN NN"); again != nil && again[w].Head == words[w-1].Head && again[w].Rel == words[w-1].Rel {
			words = again // the office takes the place in the sentence its first word had
			if c := &words[w-1]; c.Head == w && c.UPOS == "NOUN" && c.Rel == "amod" {
				c.Rel = "compound" // a noun modifies a noun as a compound
			}
		}
	}
	if w, end := titleWordAsOther(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "PROPN NNP"); again != nil && again[w].Head > w && again[w].Head <= end {
			words = again // the qualifier hangs inside the title it opens
		}
	}
	if w, end := peopleWordAsName(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "ADJ JJ"); again != nil && again[w].Head > w && again[w].Head <= end {
			words = again // the people's adjective hangs inside the title it opens
		}
	}
	if w := modalBaseAsOther(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "VERB VB"); again != nil && hasModal(again, w) {
			words = again
		}
	}
	if w := verbInNounSlot(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "NOUN NNS"); again != nil && again[w].Head >= 0 && again[w].Head != w-1 && nominalRel(again[w].Rel) {
			words = again // "agreed to suspend fines on Kenyan trucks while …", not "Kenyan" the object of "trucks"
		}
	}
	if w := plusNameAsOther(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "PROPN NNP"); again != nil {
			words = again // "OPEC+ agreed on Sunday"
		}
	}
	if w := worksAsPlant(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "NOUN NNS"); again != nil && again[w].Rel == "obj" {
			words = again // "to upgrade treatment works in Herefordshire"
		}
	}
	if w := possessedAdjective(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "NOUN NN"); again != nil && possessiveOwns(again, w) && again[w].Rel == "nsubj" {
			words = again
		}
	}
	if w := pluralPossessiveAsQuote(words, joined); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "PART POS"); again != nil && again[w].Head == w-1 {
			words = again
		}
	}
	if w := amountAdverb(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "ADJ JJ"); again != nil && again[w-1].Head == again[w].Head {
			words = again // "lend the company a further £3bn": "a" and "further" both on the sum
		}
	}
	if w := agentNounAsVerb(words); w >= 0 {
		class := "NOUN NN"
		if strings.HasSuffix(words[w].Form, "s") {
			class = "NOUN NNS"
		}
		if again, _ := m.reparse(forms, joined, infos, tags, w, class); again != nil {
			words = again
		}
	}
	if w := officeNounAsAdjective(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "NOUN NN"); again != nil && again[w].Head > w {
			words = again // the office hangs on the name it describes
		}
	}
	if w := timeOfDayVerb(words); w >= 0 {
		if again, _ := m.reparse(forms, joined, infos, tags, w, "NOUN NN"); again != nil {
			words = again
		}
	}
	return words
}

// reparse parses the sentence again with word w tagged as class ("VERB
// VBD") and returns the words and their tags, or nil when the model has
// no such class.
func (m *Model) reparse(forms []string, joined []bool, infos []wordInfo, tags []int, w int, class string) ([]Word, []int) {
	c := slices.Index(m.tagger.tags, class)
	if c < 0 {
		return nil, nil
	}
	tags = slices.Clone(tags)
	tags[w] = c
	heads, rels := m.parseJoined(forms, joined, infos, tags)
	return m.words(forms, tags, heads, rels), tags
}

// relativeVerbAsNoun returns the first plural common noun right after a
// relative "that" or "which" that follows a noun and before a
// determiner, where a verb in the third person belongs ("a coalition
// agreement that hands the premiership"), or -1.
func relativeVerbAsNoun(words []Word) int {
	for k := 2; k+1 < len(words); k++ {
		rel := strings.ToLower(words[k-1].Form)
		if words[k].XPOS == "NNS" && (rel == "that" || rel == "which") && words[k-2].UPOS == "NOUN" && words[k+1].UPOS == "DET" {
			return k
		}
	}
	return -1
}

// indefiniteGerund returns the first gerund the parse gives "a" or "an"
// before it as its determiner ("given the commission a court-enforceable
// undertaking"), which makes it a noun, or -1; not "completing | a test",
// the article of the gerund's object hung on it.
func indefiniteGerund(words []Word) int {
	for k, w := range words {
		if h := w.Head; w.Rel == "det" && h > k && h < len(words) && words[h].XPOS == "VBG" && (strings.EqualFold(w.Form, "a") || strings.EqualFold(w.Form, "an")) &&
			onlyModifiers(words[k+1:h]) {
			return h
		}
	}
	return -1
}

// onlyModifiers reports whether words are common words that may stand
// between an article and its noun: adjectives, adverbs, common nouns and
// hyphens ("court-enforceable"), no name ("a Graduate Stay Permit
// allowing").
func onlyModifiers(words []Word) bool {
	for _, w := range words {
		switch {
		case w.UPOS == "ADJ" || w.UPOS == "ADV" || w.XPOS == "HYPH":
		case w.UPOS == "NOUN" && w.Form == strings.ToLower(w.Form):
		default:
			return false
		}
	}
	return true
}

// initialNameAsAdverb returns 0 when the sentence's first word is
// capitalised, not in -ly, tagged an adverb and followed by a comma and a
// description closed by another comma right before a verb
// ("Greenhallow, Britain's fifth-largest supermarket chain, has pledged"):
// a name the tagger took for "However,", which takes no such description
// ("Meanwhile, the group said"); else -1.
func initialNameAsAdverb(words []Word) int {
	if len(words) < 5 || words[0].UPOS != "ADV" || words[1].Form != "," {
		return -1
	}
	if f := words[0].Form; f == strings.ToLower(f) || strings.HasSuffix(strings.ToLower(f), "ly") {
		return -1
	}
	c := slices.IndexFunc(words[2:], func(w Word) bool { return w.Form == "," }) + 2
	if c < 3 || c+1 >= len(words) || words[c+1].UPOS != "AUX" && words[c+1].UPOS != "VERB" {
		return -1
	}
	noun := false
	for _, w := range words[2:c] {
		if w.UPOS == "VERB" || w.UPOS == "AUX" {
			return -1
		}
		noun = noun || w.UPOS == "NOUN" || w.UPOS == "PROPN"
	}
	if !noun {
		return -1
	}
	return 0
}

// subjectName reports whether word w is the subject of a verb, or heads
// the name an apposition beside it describes.
func subjectName(words []Word, w int) bool {
	return strings.HasPrefix(words[w].Rel, "nsubj")
}

// officeNounAsOther returns the first "executive" after "chief" read as
// an adjective or a verb with no noun after it ("by Harrowfield's chief
// executive, Dr Nadia Okwuosa,"): the office, a noun; or -1. "Chief
// executive officer" keeps its adjective.
func officeNounAsOther(words []Word) int {
	for k := 1; k < len(words); k++ {
		if w := words[k]; strings.EqualFold(w.Form, "executive") && w.UPOS != "NOUN" && w.UPOS != "PROPN" && strings.EqualFold(words[k-1].Form, "chief") &&
			(k+1 == len(words) || words[k+1].UPOS != "NOUN" && words[k+1].UPOS != "PROPN") {
			return k
		}
	}
	return -1
}

// timesOfDay are nouns the tagger may read as gerunds.
var timesOfDay = map[string]bool{"morning": true, "evening": true, "afternoon": true}

// timeOfDayVerb returns the first time of day tagged as a verb, or -1.
func timeOfDayVerb(words []Word) int {
	for k, w := range words {
		if w.UPOS == "VERB" && timesOfDay[strings.ToLower(w.Form)] {
			return k
		}
	}
	return -1
}

// nameWordAsVerb returns the first capitalised verb in -s after the
// sentence's first word, or in -ing anywhere, that stands before a
// capitalised proper noun,
// with a verb later in the sentence ("the rebel Lakes Popular Resistance
// Front signed", "– Brightwing Airways today confirmed"): a word of a
// name, or -1.
func nameWordAsVerb(words []Word) int {
	for k := 0; k+1 < len(words); k++ {
		w, next := words[k], words[k+1]
		if k == 0 && w.XPOS != "VBG" {
			continue // "Lakes …" opening a sentence may be a verb in a headline; "Brightwing Airways" is a name if it modifies the next word
		}
		if !(w.XPOS == "VBZ" && strings.HasSuffix(w.Form, "s") || w.XPOS == "VBG") || !capitalisedWord(w.Form) ||
			next.XPOS != "NNP" && next.XPOS != "NNPS" || !capitalisedWord(next.Form) {
			continue
		}
		if slices.ContainsFunc(words[k+2:], func(v Word) bool { return v.UPOS == "VERB" }) {
			return k
		}
	}
	return -1
}

// capitalisedWord reports whether form opens with a capital and goes on
// in lower case ("Lakes", not "NATO").
func capitalisedWord(form string) bool {
	return len(form) > 1 && form[0] >= 'A' && form[0] <= 'Z' && form[1] >= 'a' && form[1] <= 'z'
}

// inLaterSubject reports whether word k lies in the subject of a verb
// after it.
func inLaterSubject(words []Word, k int) bool {
	for n, steps := k, 0; n >= 0 && steps < len(words); n, steps = words[n].Head, steps+1 {
		if baseRel(words[n].Rel) == "nsubj" {
			return words[n].Head > k
		}
	}
	return false
}

// pluralPossessiveAsQuote returns the first apostrophe read as a quotation
// mark that ends a word in -s, written against it and followed by a space
// and a word ("the Lunsenga Lions Supporters' Trust, which …"), where no
// single quotation mark opened before it in the sentence: the possessive
// of a plural, or -1.
func pluralPossessiveAsQuote(words []Word, joined []bool) int {
	for k := 1; k+1 < len(words); k++ {
		w := words[k]
		if w.Form == "‘" || (w.Form == "'" || w.Form == "`") && !joined[k-1] && joined[k] {
			return -1 // a single quotation opened: its closing mark follows a word
		}
		if (w.Form == "'" || w.Form == "’") && w.UPOS == "PUNCT" && joined[k-1] && !joined[k] &&
			strings.HasSuffix(words[k-1].Form, "s") && firstLetter(words[k+1].Form) {
			return k
		}
	}
	return -1
}

// firstLetter reports whether a word opens with a letter.
func firstLetter(form string) bool {
	for _, r := range form {
		return unicode.IsLetter(r)
	}
	return false
}
