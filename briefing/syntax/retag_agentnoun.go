package syntax

import "strings"

// istVerbs are the verbs that end as nouns of people in "-ist" do
// ("insist", "resist").
var istVerbs = map[string]bool{"exist": true, "insist": true, "persist": true, "assist": true, "resist": true,
	"subsist": true, "desist": true, "consist": true, "enlist": true, "list": true, "twist": true, "hoist": true,
	"foist": true, "mist": true}

// agentNounAsVerb returns the first lower-case word in "-ist" or "-ists"
// that names a person by a trade or a cause but that the tagger read as a
// verb ("an emerging markets strategist at Ridgeline Capital" with
// "strategist" a present verb), or -1.
func agentNounAsVerb(words []Word) int {
	for k, w := range words {
		f := w.Form
		if w.UPOS != "VERB" || f != strings.ToLower(f) {
			continue
		}
		stem := strings.TrimSuffix(f, "s")
		if strings.HasSuffix(stem, "ist") && len(stem) >= 6 && !istVerbs[stem] {
			return k
		}
	}
	return -1
}
