package parties

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

// definedLineRe matches a party's name on a line of its own and, on the
// line under it, the term the text calls it by after, as agreements set
// out their sides: "THE CITY OF VANTAA\n(hereinafter "the City")".
var definedLineRe = regexp.MustCompile(`(?m)^[ \t]*([^\n()]{3,80}?)[ \t]*\n[ \t]*\((?:hereinafter|hereafter)?[ \t]*(?:referred to as[ \t]+|called[ \t]+)?(?:the[ \t]+)?["“](?:[Tt]he[ \t]+)?(\p{Lu}[\p{L}-]*(?:[ \t]\p{Lu}[\p{L}-]*){0,3})["”]\)[ \t]*$`)

// definedOnNextLine joins the mentions of a term an agreement defines on
// the line under a party's name ("the City", "the Company") to the
// mentions of that name, wherever else the text writes it ("For the City
// of Vantaa"). keys are the merge keys of ms, changed in place.
func definedOnNextLine(src string, ms []mention, keys []string) {
	for _, m := range definedLineRe.FindAllStringSubmatch(src, -1) {
		nameKey := "n:" + withoutArticle(m[1])
		found := false
		for _, k := range keys {
			found = found || k == nameKey
		}
		if !found {
			continue
		}
		term := withoutArticle(m[2])
		for i := range ms {
			if ms[i].entity < 0 && withoutArticle(ms[i].name) == term {
				keys[i] = nameKey
			}
		}
	}
}

// withoutArticle folds a name and drops "the" before it.
func withoutArticle(name string) string {
	return strings.TrimPrefix(gazetteer.Fold(strings.TrimSpace(name)), "the ")
}
