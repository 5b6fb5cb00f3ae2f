package syntax

import "strings"

// Lexicon maps lower-case English words to the word classes a dictionary
// gives them (see the lex* bits) and the semantic classes of their most
// frequent noun and verb senses (WordNet's lexicographer files: person,
// location, communication …). The parser reads the semantic classes, which
// generalise over words the treebank sees rarely or never. Inflected forms
// are found through suffix rules (Lexicon.entry), so only base forms and
// irregular forms are stored.
type Lexicon map[string]uint32

// Word-class bits of a lexicon entry.
const (
	lexNoun      = 1 << iota // a common noun
	lexProper                // a name (written capitalised in the dictionary)
	lexVerb                  // a verb's base form
	lexAdj                   // an adjective
	lexAdv                   // an adverb
	lexPlural                // a noun's plural
	lexVerbS                 // a verb's third person singular
	lexVerbEd                // a verb's past tense or participle
	lexVerbIng               // a verb's -ing form
	lexCompared              // an adjective's comparative or superlative
	lexDominant  = 1 << 12   // three bits from here: which of noun, verb, adjective, adverb has most senses (1–4)
	lexClassBits = 1<<15 - 1 // the bits above
	lexNounLemma = lexNoun | lexProper
	lexTagBits   = lexNoun | lexProper | lexVerb | lexAdj | lexAdv | 7*lexDominant // what the tagger reads (see tagFeatures)
	lexNounSense = 1 << 16                                                         // six bits from here: the first noun sense's semantic class + 1
	lexVerbSense = 1 << 22                                                         // six bits from here: the first verb sense's semantic class + 1
	lexSenseMask = 63
	lexKnown     = 1 << 28 // the tagger's treebank has the word often enough to tag it without the dictionary
)

// nounSense and verbSense return the semantic class (+1, 0 for none) of a
// lexicon entry's first noun or verb sense.
func nounSense(e uint32) uint32 { return e / lexNounSense & lexSenseMask }

func verbSense(e uint32) uint32 { return e / lexVerbSense & lexSenseMask }

// inflection is a suffix rule: a word ending in suffix whose stem (with
// replace appended) has the base class base is an inflected form of class
// form.
type inflection struct {
	suffix, replace string
	base, form      uint32
}

// inflections are English's regular inflections; a stem with a doubled
// final consonant ("stopped", "bigger") is tried undoubled as well.
var inflections = []inflection{
	{"s", "", lexNounLemma, lexPlural},
	{"ses", "s", lexNounLemma, lexPlural},
	{"xes", "x", lexNounLemma, lexPlural},
	{"zes", "z", lexNounLemma, lexPlural},
	{"ches", "ch", lexNounLemma, lexPlural},
	{"shes", "sh", lexNounLemma, lexPlural},
	{"men", "man", lexNounLemma, lexPlural},
	{"ies", "y", lexNounLemma, lexPlural},
	{"s", "", lexVerb, lexVerbS},
	{"ies", "y", lexVerb, lexVerbS},
	{"es", "e", lexVerb, lexVerbS},
	{"es", "", lexVerb, lexVerbS},
	{"ed", "e", lexVerb, lexVerbEd},
	{"ed", "", lexVerb, lexVerbEd},
	{"ied", "y", lexVerb, lexVerbEd},
	{"ing", "e", lexVerb, lexVerbIng},
	{"ing", "", lexVerb, lexVerbIng},
	{"er", "", lexAdj, lexCompared},
	{"est", "", lexAdj, lexCompared},
	{"er", "e", lexAdj, lexCompared},
	{"est", "e", lexAdj, lexCompared},
	{"ier", "y", lexAdj, lexCompared},
	{"iest", "y", lexAdj, lexCompared},
}

// entry returns the lexicon entry of a lower-case word: its own entry and
// the inflections that lead to a base form of the right class, with that
// base form's noun or verb sense when the word has none of its own.
func (l Lexicon) entry(low string) uint32 {
	if len(l) == 0 || low == "" {
		return 0
	}
	bits := l[low]
	for _, in := range inflections {
		if bits&in.form != 0 || len(low) <= len(in.suffix)+1 || !strings.HasSuffix(low, in.suffix) {
			continue
		}
		stem := low[:len(low)-len(in.suffix)]
		base := l[stem+in.replace]
		if base&in.base == 0 && in.replace == "" && doubled(stem) {
			base = l[stem[:len(stem)-1]]
		}
		if base&in.base != 0 {
			bits |= in.form | inheritedSenses(bits, base&sensesOf(in.base))
		}
	}
	return bits
}

// sensesOf returns the bits of the senses of the base classes in class.
func sensesOf(class uint32) uint32 {
	var out uint32
	if class&lexNounLemma != 0 {
		out |= lexSenseMask * lexNounSense
	}
	if class&lexVerb != 0 {
		out |= lexSenseMask * lexVerbSense
	}
	return out
}

// inheritedSenses returns the noun and verb senses of base that entry lacks.
func inheritedSenses(entry, base uint32) uint32 {
	var out uint32
	if nounSense(entry) == 0 {
		out |= nounSense(base) * lexNounSense
	}
	if verbSense(entry) == 0 {
		out |= verbSense(base) * lexVerbSense
	}
	return out
}

// doubled reports whether s ends in a doubled consonant ("stopp").
func doubled(s string) bool {
	n := len(s)
	return n >= 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiouy", rune(s[n-1])) && s[n-1] >= 'a' && s[n-1] <= 'z'
}

// withKnown returns a copy of l in which the words that blocks have at least
// min times (in any case) carry lexKnown, so the tagger reads the
// dictionary only for the words it has seen too rarely to know.
func (l Lexicon) withKnown(blocks []Block, min int) Lexicon {
	counts := map[string]int{}
	for _, b := range blocks {
		for _, t := range b.Words() {
			counts[lexKey(t.Form)]++
		}
	}
	out := make(Lexicon, len(l))
	for w, e := range l {
		out[w] = e
	}
	for w, n := range counts {
		if n >= min {
			out[w] |= lexKnown
		}
	}
	return out
}

// lexKey is the form of word w the lexicon is looked up by.
func lexKey(w string) string { return strings.ToLower(strings.ReplaceAll(w, "’", "'")) }
