package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// caseless reports whether case says nothing about names in a sentence:
// it is written in capitals (see shouting) or it is a headline in title
// case (see titleCase). A transcript's label that gives a title and a
// name is read as a name whatever its case (see titledLabel).
func caseless(d *document, ts []doc.Token) bool {
	return (shouting(ts) || titleCase(d, ts)) && !titledLabel(ts)
}

// titleCase reports whether a sentence is a headline or a subheading
// written in title case ("Council Extends Mission, Sets Timetable for
// Withdrawal"): no full stop ends it, every word in lower case is one of
// the small words titles keep so (see headlineSmallWords), and at least two of its capitalised
// words are ordinary words: the article writes them in lower case, or
// English writes them so in the middle of sentences and never with a
// capital there.
func titleCase(d *document, ts []doc.Token) bool {
	if len(ts) == 0 || ts[len(ts)-1].Text == "." {
		return false
	}
	ortho := text.LoadPunkt().Ortho
	ordinary := 0
	for k, t := range ts {
		switch {
		case !t.Word || isNumber(t.Text) || t.Text[0] >= '0' && t.Text[0] <= '9': // "$40.5", "3.5%"
		case !t.Cap:
			if !titleSmallWords[t.Text] && !headlineSmallWords[t.Text] {
				return false
			}
		default:
			w := strings.ToLower(t.Text)
			if f := ortho[w]; k > 0 && (f&text.OrthoMidLc != 0 && f&text.OrthoMidUc == 0 || d.lowerWords[w]) {
				ordinary++ // the first word has its capital whatever it is: no evidence
			}
		}
	}
	return ordinary >= 2
}

// headlineSmallWords are the further short words that headline styles keep
// in lower case: conjunctions and prepositions ("Lumeria Reaches $3.2
// Billion IMF Deal, Vows to Cut Deficit to 3% by 2030").
var headlineSmallWords = text.SetOf("by", "or", "but", "nor", "as", "per", "via", "vs", "into", "onto", "over",
	"amid", "after", "off", "up", "out", "than")
