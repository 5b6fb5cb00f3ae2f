package syntax

import "unicode"

// Markers the tagger reads in place of a word's dictionary classes where the
// word's case tells more than the dictionary: a capitalised word in running
// text is most often a name, whatever a dictionary says of the common word
// ("Trump", "Federated", "Dock"), and a word in capitals is an acronym or
// part of a heading. A name the dictionary knows keeps its lexProper bit.
const (
	classCapitalised = 1 << 20
	classAllCaps     = 2 << 20
)

// setTagClasses sets each word's tagClass, what the tagger reads of the
// dictionary (see tagFeatures): the word's parts of speech where its case
// says nothing about them (a word in lower case, or a capitalised one that
// opens the sentence, a quotation or what follows a colon), a marker of its
// case otherwise.
func setTagClasses(forms []string, infos []wordInfo) {
	opening, quotes := true, 0
	for i, f := range forms {
		infos[i].tagClass = tagClassOf(f, infos[i].entry, opening)
		opening = opensNext(f, opening, &quotes)
	}
}

// tagClassOf returns the tagClass of word f with lexicon entry entry;
// opening tells whether f stands where any word is capitalised.
func tagClassOf(f string, entry uint32, opening bool) uint64 {
	classes := uint64(entry & lexTagBits)
	if entry&lexKnown != 0 {
		classes = 0
	}
	upper, lower := 0, 0
	firstUpper := false
	for _, r := range f {
		switch {
		case unicode.IsUpper(r):
			firstUpper = firstUpper || upper+lower == 0
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	switch {
	case !firstUpper:
		return classes
	case lower == 0 && upper >= 2:
		return classAllCaps
	case opening:
		return classes
	}
	return classCapitalised | uint64(entry&lexProper)
}

// opensNext tells whether the word after f stands where any word is
// capitalised: after an opening quotation mark, a colon or a full stop, and
// after other punctuation wherever f stood; quotes counts the straight
// double quotes so far, odd ones opening.
func opensNext(f string, opening bool, quotes *int) bool {
	switch f {
	case "“", "‘", "``", ":", ".", "!", "?":
		return true
	case "\"":
		*quotes++
		return *quotes%2 == 1
	case "”", "’", "''":
		return false
	}
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return opening
}
