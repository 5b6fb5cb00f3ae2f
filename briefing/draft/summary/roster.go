package summary

import (
	"slices"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// maxRosterLabel bounds the words of a roster's label ("Members present",
// "In attendance").
const maxRosterLabel = 3

// roster reports whether sentence si only lists who attends, as a record
// of a hearing or a meeting opens ("Members present: Helen Brightwell
// (Chair); Owen Carrick.", "Witness: Martin Fairclough, Chief Executive,
// Pennine Cross Rail Ltd."): a label and a colon, then names and offices
// with no verb. It tells who took part, not the news.
func roster(d *doc.Document, si int) bool {
	if si >= len(d.Parsed) || len(d.Parsed[si].Words) == 0 {
		return false
	}
	words := d.Parsed[si].Words
	n := slices.IndexFunc(words, func(w syntax.Word) bool { return w.Form == ":" }) + 1
	if n < 2 || n > maxRosterLabel+1 || n >= len(words) || !unicode.IsUpper([]rune(words[0].Form)[0]) {
		return false
	}
	names := 0
	for _, w := range words[n:] {
		switch {
		case w.UPOS == "VERB" || w.UPOS == "AUX" || w.UPOS == "NUM" && !spelledNumber(w.Form) || w.UPOS == "SYM":
			return false // a date, a sum or a result; "four members of the public" still counts people
		case w.UPOS == "PROPN":
			names++
		}
	}
	return names >= 2
}

// spelledNumber reports whether a number is written in letters ("four").
func spelledNumber(form string) bool {
	for _, r := range form {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return form != ""
}
