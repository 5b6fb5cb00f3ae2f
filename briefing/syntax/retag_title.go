package syntax

import "strings"

// officeQualifiers are the words that open a title before a name and
// change the office ("Deputy Foreign Minister Anton Krell", "Acting
// Governor Lee Ann"), which the tagger may read as a common noun, an
// adjective or a verb.
var officeQualifiers = map[string]bool{
	"deputy": true, "vice": true, "acting": true, "shadow": true, "assistant": true, "junior": true, "interim": true,
}

// titleWordAsOther returns the first capitalised office qualifier not
// read as a proper noun before a capitalised proper noun ("by Velsian
// Deputy Foreign Minister Anton Krell"), or -1, and the last word of the
// run of capitalised words it opens: the qualifier is a word of the
// title, which the name at the run's end carries.
func titleWordAsOther(words []Word) (w, end int) {
	for k := 0; k+1 < len(words); k++ {
		if words[k].UPOS == "PROPN" || !capitalisedWord(words[k].Form) || !officeQualifiers[strings.ToLower(words[k].Form)] ||
			words[k+1].XPOS != "NNP" || !capitalisedWord(words[k+1].Form) {
			continue
		}
		end = k + 1
		for end+1 < len(words) && words[end+1].XPOS == "NNP" && capitalisedWord(words[end+1].Form) {
			end++
		}
		return k, end
	}
	return -1, -1
}

// officeHeads are the words that open an office title before a name
// ("Prime Minister", "President", "Foreign Minister") and that no
// portfolio stands before ("Works and Transport Minister" is one office).
var officeHeads = map[string]bool{
	"prime": true, "president": true, "chancellor": true, "premier": true, "foreign": true, "defence": true,
	"defense": true, "finance": true, "interior": true, "king": true, "queen": true, "ambassador": true, "envoy": true,
}

// peopleWordAsName returns a capitalised word read as a proper noun that
// opens a run of capitalised words whose next word heads an office
// ("Polish Prime Minister Donald Tusk", "Dutch Foreign Minister …"), and
// the run's last word, when the parse hangs that word outside the run as
// a conjunct: the word is the people's adjective of the title, read as a
// name of its own that the parser joined to what came before. It returns -1, -1
// when the parse already keeps the word inside the title.
func peopleWordAsName(words []Word) (w, end int) {
	for k := 0; k+2 < len(words); k++ {
		if words[k].UPOS != "PROPN" || !capitalisedWord(words[k].Form) || !capitalisedWord(words[k+1].Form) ||
			!officeHeads[strings.ToLower(words[k+1].Form)] || (k > 0 && (capitalisedWord(words[k-1].Form) || words[k-1].Lemma == "of")) {
			continue
		}
		end = k + 1
		for end+1 < len(words) && words[end+1].XPOS == "NNP" && capitalisedWord(words[end+1].Form) {
			end++
		}
		if end > k+1 && words[k].Rel == "conj" && (words[k].Head <= k || words[k].Head > end) {
			return k, end
		}
	}
	return -1, -1
}

// officeAdjectives are nouns of an office or a post that the tagger may
// read as adjectives ("fisheries official", "company executive").
var officeAdjectives = map[string]bool{"official": true, "executive": true, "representative": true}

// officeNounAsAdjective returns the first lower-case office noun read as
// an adjective between a noun and a capitalised proper noun ("Norwegian
// fisheries official Jogvan Dalsgaard said"), or -1: the office describes
// the name after it, which the parse loses when it takes the office for
// a subject of its own.
func officeNounAsAdjective(words []Word) int {
	for k := 1; k+1 < len(words); k++ {
		if words[k].UPOS == "ADJ" && officeAdjectives[words[k].Form] && words[k-1].UPOS == "NOUN" &&
			words[k+1].UPOS == "PROPN" && capitalisedWord(words[k+1].Form) {
			return k
		}
	}
	return -1
}
