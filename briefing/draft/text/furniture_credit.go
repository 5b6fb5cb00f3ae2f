package text

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// creditLabelRe matches the label that opens a picture credit: "Photo:",
// "Pictures:", "Image credit:", "Photograph by".
var creditLabelRe = regexp.MustCompile(`(?i)^(?:(?:photo(?:graph)?s?|pictures?|images?|photo credit|image credit|credit)\s*:|` +
	`(?:photo(?:graph)?s?|pictures?|images?) by)\s+`)

// maxCreditWords is the most words a credit may have after its label.
const maxCreditWords = 6

// creditPieces splits sentence sp where a picture credit runs into the
// next sentence: "Photo: Wire/Jan Ost Under the deal, Keller will …". The
// credit is its label and capitalised words up to a sentence starter
// ("Under", "The"), or up to an agency, a slash and a photographer's first
// name and surname ("Reuters/Jan Ost"). What follows must read as a clause
// of three words or more with a verb, opening with a capital: a word in
// lower case goes on the caption's own phrase ("Photo: Pilot boats moored
// at the port"). It returns nil when sp is no such
// run.
func creditPieces(text string, sp briefing.Span) []piece {
	m := creditLabelRe.FindStringIndex(text[sp.Start:sp.End])
	if m == nil {
		return nil
	}
	words := wordSpans(text, briefing.Span{Start: sp.Start + m[1], End: sp.End})
	n := creditWords(text, words)
	if n == 0 || len(words)-n < 3 || !FirstRuneUpper(text[words[n].Start:words[n].End]) || !HasVerb(strings.Fields(text[words[n].Start:sp.End])) {
		return nil
	}
	return []piece{
		{briefing.Span{Start: sp.Start, End: words[n-1].End}, furnCredit},
		{briefing.Span{Start: words[n].Start, End: sp.End}, Prose},
	}
}

// creditTailRe finds a picture credit's label written inside a line after
// a word: " Credit: ", " Photo: ", " Picture: ".
var creditTailRe = regexp.MustCompile(`\s(?:Credit|Photo|Picture|Image|Photograph)s?:\s+`)

// minCaptionWords is the fewest words a caption before its credit has.
const minCaptionWords = 3

// creditTail splits sentence sp where a picture credit closes it with no
// stop before the label: "Okafor, 29, shows off his belts at his old club
// yesterday Credit: Lee Pritchard / Daily Post" is a picture's caption and
// its credit, pasted from a tabloid's page. The credit is capitalised words,
// slashes and ampersands, few of them, up to the sentence's end; the words
// before it, which end in no stop, are the caption. It returns nil when sp
// is no such run.
func creditTail(text string, sp briefing.Span) []piece {
	s := text[sp.Start:sp.End]
	loc := creditTailRe.FindStringIndex(s)
	if loc == nil || strings.ContainsAny(s[loc[0]-1:loc[0]], ".!?") || WordCount(s[:loc[0]]) < minCaptionWords {
		return nil // not "| Photo Credit: NAN"
	}
	words := strings.Fields(strings.TrimRight(s[loc[1]:], "."))
	if len(words) == 0 || len(words) > 2*maxCreditWords {
		return nil
	}
	for _, w := range words {
		if w != "/" && w != "&" && !FirstRuneUpper(w) {
			return nil
		}
	}
	return []piece{
		{briefing.Span{Start: sp.Start, End: sp.Start + loc[0]}, furnCaption},
		{briefing.Span{Start: sp.Start + loc[0] + 1, End: sp.End}, furnCredit},
	}
}

// creditWords returns how many of words, which follow a credit's label,
// belong to the credit, or 0 when they do not read as one: capitalised
// words up to a sentence starter or a word English writes in lower case
// inside sentences.
func creditWords(text string, words []briefing.Span) int {
	for i, w := range words {
		f := text[w.Start:w.End]
		switch {
		case i > 0 && (Starters[strings.ToLower(f)] || lowerWord(f) && !agencyWords[strings.ToLower(f)]):
			return i // "Photo: Jan Weber Residents were told …"
		case !FirstRuneUpper(f) || i >= maxCreditWords:
			return 0
		}
		if slash := strings.IndexByte(f, '/'); slash >= 0 && slash+1 < len(f) {
			// An agency and a photographer: "Wire/Jan Ost".
			if i+1 < len(words) && FirstRuneUpper(text[words[i+1].Start:words[i+1].End]) {
				return i + 2
			}
			return 0
		}
	}
	return 0
}

// captionLabels are the labels a broadcaster's page sets on a line of
// their own above a picture's caption ("Image caption,").
var captionLabels = SetOf("image caption", "photo caption", "caption", "picture caption", "video caption", "media caption")

// markLabelledCaptions marks the line right under a caption label alone
// on its line: "Image caption," over "Delegates applaud after the vote".
func markLabelledCaptions(text string, spans []briefing.Span, kinds []FurnitureKind) {
	for i := 0; i+1 < len(spans); i++ {
		label := strings.ToLower(strings.TrimRight(text[spans[i].Start:spans[i].End], ",: "))
		if kinds[i] == Prose || !captionLabels[label] || !AloneOnLine(text, spans[i]) ||
			strings.Count(text[spans[i].End:spans[i+1].Start], "\n") != 1 {
			continue
		}
		line := lineOf(text, spans[i+1].Start)
		for k := i + 1; k < len(spans) && spans[k].End <= line.End && kinds[k] == Prose; k++ {
			kinds[k] = furnCaption
		}
	}
}

// agencyWords end the name of a picture agency or a source ("Getty
// Images", "Company handout", "Pool").
var agencyWords = SetOf("images", "image", "photos", "photo", "pictures", "picture", "photography", "media", "news",
	"press", "pool", "handout", "agency", "wire", "service", "archive", "library", "collection")

// lowerWord reports whether English writes w in lower case inside
// sentences and never with a capital there ("Residents", not "Weber").
func lowerWord(w string) bool {
	f := LoadPunkt().Ortho[strings.ToLower(w)]
	return f&OrthoMidLc != 0 && f&OrthoMidUc == 0
}
