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
