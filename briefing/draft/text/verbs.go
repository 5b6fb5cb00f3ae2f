package text

import "strings"

// verbWords are verbs and auxiliaries common in news leads that do not end
// in -ed.
var verbWords = SetOf("is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
	"may", "might", "must", "should", "shall", "do", "does", "did", "said", "says", "say", "told", "tells", "won",
	"wins", "lost", "loses", "made", "makes", "took", "takes", "gave", "gives", "saw", "sees", "became", "becomes",
	"began", "begins", "grew", "grows", "rose", "rises", "fell", "falls", "sold", "sells", "bought", "buys", "left",
	"hit", "hits", "held", "holds", "sent", "sends", "set", "sets", "cut", "cuts", "put", "puts", "paid", "pays",
	"ran", "runs", "came", "comes", "went", "goes", "found", "finds", "kept", "keeps", "led", "leads", "spent",
	"brought", "brings", "fought", "caught", "built", "builds", "broke", "chose", "drove", "fled", "flew", "got",
	"gets", "heard", "knew", "met", "meets", "quit", "sank", "shut", "spoke", "speaks", "stood", "struck", "strikes",
	"swore", "threw", "wrote", "writes", "wants", "faces", "plans", "seeks", "sought", "vows", "warns", "agrees",
	"signs", "calls", "hopes", "expects", "needs", "offers", "unveils", "launches", "hails", "backs", "rejects",
	"denies", "admits", "urges", "orders", "bans", "beats", "ends", "opens", "shows", "reveals", "returns", "joins",
	"agree", "sign", "pledge", "vow", "promise", "ratify", "commit", "swear", "undertake", "pledges", "promises", "ratifies",
	"commits", "swears", "undertakes")

// HasVerb reports whether words hold a finite verb or auxiliary (a verb
// form of the list above, a past form in -ed, or a commitment verb).
func HasVerb(words []string) bool {
	for k, w := range words {
		if VerbForm(w, k > 0) {
			return true
		}
	}
	return false
}

// VerbForm reports whether w is a verb form of verbWords or a commitment
// verb, or, when pastForms, a past form in -ed (not taken from the first
// word of a text, which is more often a name or adjective).
func VerbForm(w string, pastForms bool) bool {
	lw := strings.ToLower(strings.Trim(w, ",.;:!?\"“”‘’'()"))
	return verbWords[lw] || PresentVerbs[lw] != "" || pastForms && len(lw) > 4 && strings.HasSuffix(lw, "ed")
}

// PresentVerbs turn a past cue into the present of a headline.
var PresentVerbs = map[string]string{"agreed": "agree", "signed": "sign", "pledged": "pledge", "vowed": "vow",
	"promised": "promise", "ratified": "ratify", "committed": "commit", "swore": "swear", "undertook": "undertake"}
