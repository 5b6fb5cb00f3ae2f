package text

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// boilerplateHeadRe matches the heading, alone on its line, of a section a
// press release or a filing carries in every issue: "About Brightmere
// Foods", "ABOUT VELTRIX ENERGY", "About the company", "Forward-Looking
// Statements", "Safe Harbor Statement".
var boilerplateHeadRe = regexp.MustCompile(`^(?:(?:About|ABOUT) (?:the \p{Ll}+|\p{Lu}[\p{L}\p{N}&.,'’ -]{1,60})|` +
	`(?i:(?:cautionary (?:note|statement) (?:regarding|on|about) )?forward[- ]looking statements?|safe harbou?r(?: statement)?))\s*:?$`)

// maxHeadingWords is the longest a section heading may be.
const maxHeadingWords = 9

// markBoilerplate marks the sections a press release or a filing carries
// in every issue (see boilerplateHeadRe) as standing sections: the
// heading, alone on its line and ending no sentence, and the sentences of
// the paragraph under it; and the statement of inside information (see
// insideInformationRe). No news is told there.
func markBoilerplate(text string, spans []briefing.Span, kinds []FurnitureKind) {
	for i, sp := range spans {
		if kinds[i] == Prose && insideInformationRe.MatchString(text[sp.Start:sp.End]) {
			kinds[i] = StandingSection // "Inside information: This announcement contains inside information for the purposes of Article 7 …"
		}
	}
	for i := 0; i+1 < len(spans); i++ {
		head := strings.TrimSpace(text[spans[i].Start:spans[i].End])
		if !AloneOnLine(text, spans[i]) || EndsSentence(head) || WordCount(head) > maxHeadingWords || !boilerplateHeadRe.MatchString(head) {
			continue
		}
		kinds[i] = StandingSection
		k := i + 1
		for ; k < len(spans); k++ {
			if k > i+1 && strings.Contains(text[spans[k-1].End:spans[k].Start], "\n\n") {
				break // the paragraph under the heading has ended
			}
			kinds[k] = StandingSection
		}
		i = k - 1
	}
}

// notesHeadRe matches the heading, alone on its line, of a release's
// notes to editors.
var notesHeadRe = regexp.MustCompile(`(?im)^[ \t]*(?:notes? (?:to|for) editors|editor['’]?s notes?)[ \t]*:?[ \t]*\r?$`)

// NotesStart returns the offset in text of a release's notes to editors
// (its numbered facts about the bodies that issue it: "1. Halden
// University was founded in 1965 …"), or -1: what they tell is no event
// of the story.
func NotesStart(text string) int {
	if loc := notesHeadRe.FindStringIndex(text); loc != nil {
		return loc[0]
	}
	return -1
}

// insideInformationRe matches the statement a listed company's
// announcement carries that it holds inside information under the market
// abuse rules: the same words in every such announcement, no news.
var insideInformationRe = regexp.MustCompile(`(?i)^(?:inside information:?\s*)?this announcement contains inside information\b`)

// draftStampRe matches the line that says a record is a draft awaiting
// approval: "Subject to approval by the Council", "DRAFT - subject to
// confirmation".
var draftStampRe = regexp.MustCompile(`(?i)^(?:draft\s*[-–—:]?\s*)?(?:minutes\s+)?(?:subject to|pending|awaiting) (?:approval|confirmation|ratification)\b[^.!?,;]{0,40}\.?$`)
