package syntax

import "strings"

// repairConditionClause mends a clause opened by "if" or "unless" that
// the parser took for a verb's complement ("would only agree to the new
// date if Doyle signed a contract"): it is the condition the verb's act
// hangs on, an adverbial clause. A clause after a verb of asking, knowing
// or telling is left alone ("asked if he would resign", "did not know if
// the deal would hold"), where "if" means "whether".
func repairConditionClause(words []Word) {
	for k, w := range words {
		if w.Rel != "ccomp" || w.Head < 0 || whetherVerbs[words[w.Head].Lemma] {
			continue
		}
		for _, c := range words {
			if c.Head == k && c.Rel == "mark" && (strings.EqualFold(c.Form, "if") || strings.EqualFold(c.Form, "unless")) {
				words[k].Rel = "advcl"
				break
			}
		}
	}
}

// whetherVerbs take a clause opened by "if" as what is asked, known or
// told: there "if" means "whether".
var whetherVerbs = map[string]bool{"ask": true, "know": true, "wonder": true, "see": true, "check": true, "say": true,
	"tell": true, "decide": true, "doubt": true, "question": true, "determine": true, "clarify": true, "confirm": true,
	"learn": true, "find": true, "investigate": true, "consider": true, "discuss": true, "inquire": true, "enquire": true,
	"unclear": true, "clear": true, "sure": true, "certain": true, "matter": true, "care": true, "remember": true}
