package syntax

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lemmatizer gives the dictionary form of a word from its form and tags,
// following UD English EWT: lower case except proper nouns and the pronoun
// "I", verbs to their base ("vowed" → "vow", "planned" → "plan"), nouns to
// the singular, comparatives to the positive, pronouns to the nominative
// ("me" → "I"), clitics to their full word ("n't" → "not", "'m" → "be").
// Rules cover regular words and a built-in table the common irregular ones;
// an exceptions table (see LemmaExceptions) overrides both.
type Lemmatizer struct {
	exceptions map[string]string
}

// NewLemmatizer returns a lemmatiser with the given exceptions, keyed as
// LemmaExceptions documents; nil means rules only. The map is not copied
// and must not change afterwards.
func NewLemmatizer(exceptions map[string]string) *Lemmatizer {
	return &Lemmatizer{exceptions: exceptions}
}

// LemmaKey returns the exceptions key of a word: its form, lower-cased
// unless the XPOS is NNP or NNPS, with curly apostrophes and backticks
// made straight, a
// tab, and the XPOS: "vowed\tVBD", "Dec.\tNNP".
func LemmaKey(form, xpos string) string {
	return lemmaForm(form, xpos) + "\t" + xpos
}

// lemmaForm is the form as exception keys write it.
func lemmaForm(form, xpos string) string {
	form = straightApostrophes(form)
	if xpos == "NNP" || xpos == "NNPS" {
		return form
	}
	return strings.ToLower(form)
}

var apostropheReplacer = strings.NewReplacer("’", "'", "`", "'")

// straightApostrophes writes curly apostrophes and backticks as "'".
func straightApostrophes(s string) string {
	if strings.ContainsAny(s, "’`") {
		s = apostropheReplacer.Replace(s)
	}
	return s
}

// Lemma returns the lemma of a word with the given form, UPOS and XPOS
// (Penn Treebank) tags. It never returns an empty string for a non-empty
// form.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	if form == "" {
		return ""
	}
	if len(l.exceptions) > 0 {
		if v, ok := lookupTagged(l.exceptions, lemmaForm(form, xpos), xpos); ok {
			return v
		}
	}
	return ruleLemma(form, upos, xpos)
}

// lookupTagged looks up form + "\t" + xpos in m, without building the key
// on the heap when it is short.
func lookupTagged(m map[string]string, form, xpos string) (string, bool) {
	var buf [64]byte
	if len(form)+1+len(xpos) > len(buf) {
		v, ok := m[form+"\t"+xpos]
		return v, ok
	}
	n := copy(buf[:], form)
	buf[n] = '\t'
	n += 1 + copy(buf[n+1:], xpos)
	v, ok := m[string(buf[:n])]
	return v, ok
}

// LemmaExceptions derives the exceptions table from annotated sentences:
// for every key (see LemmaKey) of their syntactic words, the treebank's most
// frequent lemma for that key (ties to the lexically smallest), kept only
// where the rules give another lemma. Words whose lemma is blank or "_" and
// the pieces of a split-up word (XPOS GW) are ignored. The result depends only on the blocks' content.
func LemmaExceptions(blocks []Block) map[string]string {
	type entry struct {
		form, upos, xpos string
		counts           map[string]int
	}
	seen := map[string]*entry{}
	for _, b := range blocks {
		for _, t := range b.Tokens {
			if !t.Word() || t.Form == "" || t.Lemma == "" || t.Lemma == "_" || t.XPOS == "GW" {
				continue
			}
			k := LemmaKey(t.Form, t.XPOS)
			e := seen[k]
			if e == nil {
				e = &entry{form: lemmaForm(t.Form, t.XPOS), upos: t.UPOS, xpos: t.XPOS, counts: map[string]int{}}
				seen[k] = e
			}
			e.counts[t.Lemma]++
		}
	}
	out := map[string]string{}
	for k, e := range seen {
		lemmas := make([]string, 0, len(e.counts))
		for lemma := range e.counts {
			lemmas = append(lemmas, lemma)
		}
		sort.Strings(lemmas)
		best := lemmas[0]
		for _, lemma := range lemmas[1:] {
			if e.counts[lemma] > e.counts[best] {
				best = lemma
			}
		}
		if ruleLemma(e.form, e.upos, e.xpos) != best {
			out[k] = best
		}
	}
	return out
}

// ruleLemma is the lemma the rules and the built-in tables give.
func ruleLemma(form, upos, xpos string) string {
	low := strings.ToLower(straightApostrophes(form))
	if v, ok := lookupTagged(closedClass, low, xpos); ok {
		return v
	}
	switch xpos {
	case "NNP":
		return shoutedName(form)
	case "NNPS":
		return keepCase(capitalised(shoutedName(form)), nounBase(low))
	case "NNS":
		if k := strings.LastIndex(low, "'s"); k > 0 && k == len(low)-2 {
			return low[:k] // DVD's, the 1960's
		}
		return nounBase(low)
	case "VBD", "VBN":
		if v, ok := irregularVerbs[low]; ok {
			return v
		}
		return pastBase(low)
	case "VB", "VBP":
		if v, ok := irregularVerbs[low]; ok && !pastAsBase[low] {
			return v // "and undertook to send engineers" tagged a base form: the past it is
		}
	case "VBG":
		return ingBase(low)
	case "VBZ":
		return sBase(low)
	case "JJR", "RBR", "JJS", "RBS":
		if v, ok := irregularDegrees[low]; ok {
			if v == "good" && xpos[0] == 'R' {
				return "well" // better, best as adverbs
			}
			return v
		}
		if xpos[2] == 'S' {
			return degreeBase(low, "est")
		}
		return degreeBase(low, "er")
	case "CD":
		if strings.IndexByte(low, ',') > 0 && low[0] >= '0' && low[0] <= '9' {
			return strings.ReplaceAll(low, ",", "")
		}
	case "ADD", "GW", "SYM", "LS", "$", "AFX":
		return form
	}
	if upos == "PROPN" {
		return shoutedName(form)
	}
	if form == "I" || len(form) == 1 && form[0] >= 'A' && form[0] <= 'Z' && (xpos == "NN" || xpos == "NNS") {
		return form // I; a letter named as a noun: "plan B"
	}
	if strings.ContainsAny(form, "’`") {
		return strings.ToLower(form) // the quote marks as written
	}
	return low
}

// capitalised gives a lower-case form an initial capital ("states" →
// "States"), as EWT writes plural proper nouns.
func capitalised(form string) string {
	if form != "" && form[0] >= 'a' && form[0] <= 'z' {
		return string(form[0]-'a'+'A') + form[1:]
	}
	return form
}

// shoutedName writes a proper name in capitals of five letters or more with
// only its initial capital, as EWT does ("TEHRAN" → "Tehran"); shorter
// ones are kept as acronyms ("NATO").
func shoutedName(form string) string {
	if len(form) < 5 {
		return form
	}
	for k := 0; k < len(form); k++ {
		if c := form[k]; c < 'A' || c > 'Z' {
			return form
		}
	}
	return form[:1] + strings.ToLower(form[1:])
}

// keepCase applies the lower-case lemma base to form, keeping form's case
// for the letters they share ("Americans" → "American").
func keepCase(form, base string) string {
	if len(base) <= len(form) && strings.EqualFold(form[:len(base)], base) {
		return form[:len(base)]
	}
	if r, n := utf8.DecodeRuneInString(form); unicode.IsUpper(r) && len(base) >= n {
		return form[:n] + base[n:]
	}
	return base
}

// closedClass maps "lower-case form\tXPOS" to the lemma for pronouns,
// determiners, modals, clitics, quotes and dashes.
var closedClass = map[string]string{
	"i\tPRP": "I", "me\tPRP": "I", "us\tPRP": "we", "him\tPRP": "he", "her\tPRP": "she", "them\tPRP": "they",
	"'s\tPRP": "we", "mine\tPRP": "my", "yours\tPRP": "your", "ours\tPRP": "our", "theirs\tPRP": "their",
	"hers\tPRP": "her", "etc\tFW": "etc.", "…\t.": ".", "‘'\t``": "''", "an\tDT": "a", "these\tDT": "this", "those\tDT": "that",
	"n't\tRB": "not", "nt\tRB": "not", "'s\tPOS": "'s", "'\tPOS": "'s", "s\tPOS": "'s",
	"wo\tMD": "will", "ca\tMD": "can", "'ll\tMD": "will", "ll\tMD": "will", "'d\tMD": "would", "sha\tMD": "shall",
	"'m\tVBP": "be", "m\tVBP": "be", "'re\tVBP": "be", "re\tVBP": "be", "'ve\tVBP": "have", "ve\tVBP": "have",
	"am\tVBP": "be", "are\tVBP": "be", "is\tVBZ": "be", "'s\tVBZ": "be", "s\tVBZ": "be", "has\tVBZ": "have",
	"does\tVBZ": "do", "goes\tVBZ": "go", "'d\tVBD": "have", "ai\tVBP": "be", "ai\tVBZ": "be",
	"gon\tVBG": "go", "na\tTO": "to", "ta\tTO": "to", "wan\tVBP": "want", "wan\tVB": "want",
	"m\tCD": "million", "k\tCD": "thousand", "b\tCD": "billion", "bn\tCD": "billion", "mn\tCD": "million",
	"“\t``": "\"", "”\t''": "\"", "‘\t``": "'", "'\t''": "'", "‘’\t``": "''", "''\t''": "''",
	"—\t,": "-", "–\t,": "-", "—\t:": "-", "–\t:": "-",
}

// irregularDegrees maps irregular comparatives and superlatives to the
// positive.
var irregularDegrees = map[string]string{
	"better": "good", "best": "good", "worse": "bad", "worst": "bad", "further": "far", "farther": "far",
	"furthest": "far", "farthest": "far", "more": "more", "most": "most", "less": "less", "least": "least",
	"elder": "old", "eldest": "old",
}

// pastAsBase are irregular past forms that are the base of another verb
// too ("to found a company", "to fell trees").
var pastAsBase = wordSet("found fell saw lay ground bound wound bore felt")

// irregularVerbs maps irregular past tenses and participles to the base.
var irregularVerbs = map[string]string{}

func init() {
	// base, then its irregular past forms.
	for _, line := range []string{
		"be was were been", "have had", "do did done", "go went gone", "say said", "make made", "take took taken",
		"come came", "see saw seen", "know knew known", "get got gotten", "give gave given", "find found",
		"think thought", "tell told", "become became", "leave left", "feel felt", "bring brought",
		"begin began begun", "keep kept", "hold held", "write wrote written", "stand stood", "hear heard",
		"mean meant", "meet met", "run ran", "pay paid", "sit sat", "speak spoke spoken", "lie lay lain",
		"lead led", "grow grew grown", "lose lost", "fall fell fallen", "send sent", "build built",
		"understand understood", "show shown", "blow blew blown", "prove proven", "sow sown", "spoil spoilt", "draw drew drawn", "break broke broken", "spend spent", "rise rose risen",
		"drive drove driven", "buy bought", "wear wore worn", "choose chose chosen", "seek sought",
		"throw threw thrown", "catch caught", "deal dealt", "win won", "forget forgot forgotten",
		"teach taught", "eat ate eaten", "fight fought", "sell sold", "shake shook shaken", "fly flew flown",
		"sleep slept", "steal stole stolen", "swim swam swum", "sing sang sung", "ride rode ridden",
		"hide hid hidden", "bite bit bitten", "strike struck stricken", "swear swore sworn", "tear tore torn",
		"freeze froze frozen", "wake woke woken", "bear bore born borne", "beat beaten", "shoot shot",
		"feed fed", "flee fled", "bleed bled", "slide slid", "light lit", "lend lent", "bend bent",
		"withdraw withdrew withdrawn", "undertake undertook undertaken", "overcome overcame",
		"forgive forgave forgiven", "mistake mistook mistaken", "arise arose arisen", "dig dug",
		"hang hung", "stick stuck", "sting stung", "swing swung", "spin spun", "cling clung",
		"shine shone", "sink sank sunk", "drink drank drunk", "ring rang rung", "spring sprang sprung",
		"shrink shrank shrunk", "stink stank stunk", "weave wove woven", "tread trod trodden",
		"forbid forbade forbidden", "foresee foresaw foreseen", "oversee oversaw overseen",
		"outgrow outgrew outgrown", "rebuild rebuilt", "retell retold", "resell resold", "uphold upheld",
		"withhold withheld", "mislead misled", "misunderstand misunderstood", "sweep swept", "weep wept",
		"creep crept", "kneel knelt", "dwell dwelt", "spell spelt", "burn burnt", "learn learnt",
		"dream dreamt", "leap leapt", "lay laid", "slay slew slain", "grind ground", "bind bound",
		"wind wound", "fling flung", "shed shed", "put put", "set set", "let let", "cut cut", "hit hit",
		"cost cost", "hurt hurt", "quit quit", "spread spread", "read read", "bet bet", "upset upset",
		"split split", "shut shut", "broadcast broadcast", "forecast forecast", "cast cast",
	} {
		f := strings.Fields(line)
		for _, past := range f[1:] {
			irregularVerbs[past] = f[0]
		}
	}
}

// nounBase returns the singular of a lower-case plural noun.
func nounBase(s string) string {
	if v, ok := irregularNouns[s]; ok {
		return v
	}
	switch {
	case len(s) > 4 && strings.HasSuffix(s, "ies") && !strings.HasSuffix(s, "eies"):
		return s[:len(s)-3] + "y"
	case len(s) > 4 && strings.HasSuffix(s, "lves"):
		return s[:len(s)-3] + "f"
	case strings.HasSuffix(s, "men") && len(s) > 3:
		return s[:len(s)-3] + "man"
	case hasAnySuffix(s, "sses", "shes", "ches", "xes", "zzes") || len(s) > 5 && strings.HasSuffix(s, "oes"):
		return s[:len(s)-2]
	case len(s) > 2 && strings.HasSuffix(s, "s") && !hasAnySuffix(s, "ss", "us") && !hasDigit(s):
		return s[:len(s)-1]
	}
	return s
}

// irregularNouns maps irregular plurals to the singular.
var irregularNouns = map[string]string{
	"children": "child", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
	"lives": "life", "wives": "wife", "knives": "knife", "criteria": "criterion", "phenomena": "phenomenon",
	"analyses": "analysis", "crises": "crisis", "theses": "thesis", "bases": "base", "leaves": "leaf",
	"thieves": "thief", "halves": "half", "shelves": "shelf", "selves": "self", "oxen": "ox",
	"series": "series", "species": "species", "news": "news", "people": "people", "police": "police",
	"dice": "die", "indices": "index", "matrices": "matrix", "appendices": "appendix", "women": "woman",
	"men": "man", "movies": "movie", "cookies": "cookie", "ties": "tie", "lies": "lie", "pies": "pie",
	"stories": "story", "ones": "one", "shoes": "shoe", "toes": "toe", "buses": "bus", "gases": "gas",
	// plurals EWT keeps as their own lemma
	"regards": "regards", "troops": "troops", "thanks": "thanks", "headquarters": "headquarters",
	"goods": "goods", "contents": "contents", "whereabouts": "whereabouts", "pants": "pants", "jeans": "jeans",
	"means": "means", "politics": "politics", "clothes": "clothes", "savings": "savings", "earnings": "earnings",
	"proceedings": "proceedings", "manners": "manners", "grounds": "grounds", "finances": "finances",
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// sBase returns the base of a lower-case third-person verb ("vows" → "vow").
func sBase(s string) string {
	switch {
	case len(s) > 4 && strings.HasSuffix(s, "ies"):
		return s[:len(s)-3] + "y"
	case hasAnySuffix(s, "sses", "shes", "ches", "xes", "zzes", "ocuses") || len(s) > 3 && strings.HasSuffix(s, "oes"):
		return s[:len(s)-2]
	case len(s) > 2 && strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss"):
		return s[:len(s)-1]
	}
	return s
}

// pastBase returns the base of a lower-case regular past form ("planned" →
// "plan", "agreed" → "agree", "studied" → "study", "died" → "die").
func pastBase(s string) string {
	switch {
	case len(s) > 4 && strings.HasSuffix(s, "eed"):
		return s[:len(s)-1]
	case strings.HasSuffix(s, "ied"):
		if len(s) <= 4 {
			return s[:len(s)-1] // died, lied, tied
		}
		return s[:len(s)-3] + "y"
	case len(s) > 3 && strings.HasSuffix(s, "ed"):
		return restoreStem(s[:len(s)-2])
	}
	return s
}

// ingBase returns the base of a lower-case present participle ("vowing" →
// "vow", "dying" → "die", "making" → "make", "stopping" → "stop").
func ingBase(s string) string {
	if v, ok := irregularIng[s]; ok {
		return v
	}
	if len(s) <= 4 || !strings.HasSuffix(s, "ing") {
		return s
	}
	stem := s[:len(s)-3]
	if len(stem) == 2 && stem[1] == 'y' {
		return stem[:1] + "ie" // dying, lying, tying
	}
	return restoreStem(stem)
}

// irregularIng maps participles the rules get wrong to the base.
var irregularIng = map[string]string{
	"being": "be", "having": "have", "doing": "do", "going": "go", "seeing": "see", "adding": "add",
	"creating": "create", "focusing": "focus", "controlling": "control", "installing": "install",
	"visiting": "visit", "offering": "offer", "opening": "open",
}

// restoreStem turns what is left of a word without its -ed or -ing into
// the base: undoubling a doubled final consonant ("stopp" → "stop") and
// restoring a final e where English spelling dropped it ("mak" → "make").
func restoreStem(stem string) string {
	n := len(stem)
	if n < 2 {
		return stem
	}
	last, prev := stem[n-1], stem[n-2]
	if last == prev {
		switch last {
		case 'b', 'd', 'g', 'm', 'n', 'p', 'r', 't':
			if n > 3 {
				return stem[:n-1]
			}
		case 'l':
			if n > 4 && stem[n-3] == 'e' && vowelGroups(stem[:n-2]) >= 2 {
				return stem[:n-1] // travelled, cancelled
			}
		}
		return stem
	}
	if strings.HasSuffix(stem, "ick") && vowelGroups(stem) >= 2 {
		return stem[:n-1] // mimicking, panicked
	}
	if needsE(stem) {
		return stem + "e"
	}
	return stem
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// vowelGroups counts the runs of vowels in s (y after a consonant counts).
func vowelGroups(s string) int {
	groups := 0
	in := false
	for k := 0; k < len(s); k++ {
		v := isVowel(s[k]) || s[k] == 'y' && k > 0 && !isVowel(s[k-1])
		if v && !in {
			groups++
		}
		in = v
	}
	return groups
}

// needsE reports whether a stem lost a final e before -ed or -ing.
func needsE(stem string) bool {
	n := len(stem)
	last, prev := stem[n-1], stem[n-2]
	switch last {
	case 'v', 'u', 'c':
		return true
	case 'z':
		return prev != 'z'
	case 'w':
		return n == 2 && isVowel(prev) // owed, awed; not showed, vowed
	case 'e', 'a', 'i', 'o', 'x', 'y', 'h':
		return false
	case 'g':
		if prev == 'n' {
			return n > 4 && strings.HasSuffix(stem, "hang") || strings.HasSuffix(stem, "rang") || strings.HasSuffix(stem, "eng")
		}
		return true // raging, managing, merging
	case 'l':
		return !isVowel(prev) && prev != 'r' && prev != 'w' && prev != 'l' ||
			n >= 3 && isVowel(prev) && !isVowel(stem[n-3]) && (vowelGroups(stem) == 1 || prev == 'i' || prev == 'u')
	case 's':
		if strings.HasSuffix(stem, "ocus") || strings.HasSuffix(stem, "ias") {
			return false // focus, bias
		}
		return isVowel(prev) || prev == 'r' || prev == 'n' || prev == 'p' || prev == 'l'
	}
	if !isVowel(prev) || n < 3 {
		return false
	}
	if isVowel(stem[n-3]) {
		// VVC: eat, seem, claim; but evaluate, negotiate, require, quote, create
		return stem[n-2:] == "at" && (stem[n-3] == 'u' || stem[n-3] == 'i') && n > 4 ||
			hasAnySuffix(stem, "uir", "uot", "creat")
	}
	if vowelGroups(stem) == 1 {
		return true // make, hope, vote, ride
	}
	// Longer stems: only the endings that almost always had an e.
	switch stem[n-2:] {
	case "at", "id", "ib", "ut", "ot", "ur", "in", "ar", "im", "od", "ud", "ag", "ok", "ir", "um", "ed", "om", "ap":
		return true
	case "or":
		return hasAnySuffix(stem, "ior", "lor", "ror", "gnor", "stor")
	case "et":
		return hasAnySuffix(stem, "plet", "elet", "mpet")
	}
	return false
}

// degreeBase returns the positive of a lower-case comparative (-er) or
// superlative (-est): "bigger" → "big", "happier" → "happy", "nicer" → "nice".
func degreeBase(s, suffix string) string {
	if len(s) <= len(suffix)+2 || !strings.HasSuffix(s, suffix) {
		return s
	}
	stem := s[:len(s)-len(suffix)]
	if strings.HasSuffix(stem, "i") {
		return stem[:len(stem)-1] + "y"
	}
	n := len(stem)
	if stem[n-1] == stem[n-2] && !isVowel(stem[n-1]) && stem[n-1] != 'l' && stem[n-1] != 's' {
		return stem[:n-1] // bigger, hottest
	}
	if needsE(stem) {
		return stem + "e"
	}
	return stem
}
