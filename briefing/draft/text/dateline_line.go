package text

import (
	"regexp"
	"strings"
)

// dateLineRe matches a line that only dates a document, with the place
// it was issued at or a word that says what the date is: "Halifax, 16
// June 2026", "As of 8 September 2025", "Wednesday 12 November 2025",
// "Updated: March 3, 2026".
var dateLineRe = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'’\-]*(?: \p{Lu}[\p{L}.'’\-]*){0,2}, |(?i:as of|as at|updated:?|published:?|issued:?|dated:?) )?` +
	`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?` +
	`(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?` + monthNames + `|` + monthNames + ` \d{1,2}(?:st|nd|rd|th)?,?)(?: \d{4})?$`)

// monthNames are the names of the months, for dateLineRe.
const monthNames = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`

// DateLine reports whether s, a line, only dates the document: no
// headline, whatever its case.
func DateLine(s string) bool {
	return dateLineRe.MatchString(strings.TrimSpace(OneLineText(s)))
}
