package text

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// roleList names the jobs of the people who write and make the news, as
// bylines, role lines and author bios give them; roleNouns holds them.
var (
	roleList = []string{"reporter", "correspondent", "editor", "writer", "journalist", "columnist", "critic",
		"producer", "presenter", "contributor", "photographer", "videographer", "intern", "stringer"}
	roleNouns = SetOf(roleList...)
)

// NewsRole reports whether role names a job of those who write and make
// the news ("Political Editor", "Europe correspondent").
func NewsRole(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if roleNouns[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// maxRoleWords is the longest a role line may be ("Deputy News Editor",
// "Pacific correspondent, Port Alvar").
const maxRoleWords = 8

// roleLine reports whether s is a journalist's role, alone: a capitalised
// phrase without a verb or a sentence end whose part before any comma
// ends in a role noun ("Environment correspondent", "Deputy News Editor").
func roleLine(s string) bool {
	s = strings.TrimSpace(s)
	head, _, _ := strings.Cut(s, ",")
	f := strings.Fields(head)
	return len(f) > 0 && WordCount(s) <= maxRoleWords && FirstRuneUpper(s) && !EndsSentence(s) &&
		!HasVerb(strings.Fields(s)) && roleNouns[strings.TrimSuffix(strings.ToLower(f[len(f)-1]), "s")]
}

// nameRoleLine reports whether s is a person's name and a role after a
// comma: "Owen Price, Deputy News Editor".
func nameRoleLine(s string) bool {
	name, role, ok := strings.Cut(strings.TrimSpace(s), ",")
	return ok && nameShaped(name) && roleLine(role)
}

// markAuthorLines marks the author lines of a page's header, above the
// first paragraph of the story: a name over a role line ("Tomas Reyes" /
// "Environment correspondent"), a name with its role ("Owen Price, Deputy
// News Editor"), a role line under a byline, and a name over a time stamp
// ("Ben Arkwright" / "Mon 4 May 2015 12.29 BST", "Jennifer Holm in
// Brussels" / "Tue 3 Mar 2027 10.12 GMT").
func markAuthorLines(text string, spans []briefing.Span, kinds []FurnitureKind) {
	for i := range spans {
		s := text[spans[i].Start:spans[i].End]
		if kinds[i] == Prose && storyParagraph(s) {
			return
		}
		if kinds[i] != Prose || !AloneOnLine(text, spans[i]) {
			continue
		}
		next := i+1 < len(spans) && AloneOnLine(text, spans[i+1])
		switch {
		case nameRoleLine(s), i > 0 && kinds[i-1] == furnByline && roleLine(s):
			kinds[i] = furnByline
		case authorNames(s) && next && kinds[i+1] == Prose && roleLine(text[spans[i+1].Start:spans[i+1].End]):
			kinds[i], kinds[i+1] = furnByline, furnByline
		case authorNames(s) && next && kinds[i+1] == furnByline && stampLine(text[spans[i+1].Start:spans[i+1].End]):
			kinds[i] = furnByline
		}
	}
}

// authorPlaceRe matches where the authors of a byline without "By" write
// from: " in Brussels".
var authorPlaceRe = regexp.MustCompile(` in (?:\p{Lu}[\p{L}'’.-]*(?: |$)){1,3}$`)

// authorNames reports whether s names one or more people, and perhaps the
// place they write from, and nothing else: "Ben Arkwright", "Jennifer Holm
// in Brussels", "Ana Diaz and Tom Hale".
func authorNames(s string) bool {
	s = strings.TrimSpace(s)
	if loc := authorPlaceRe.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	for _, name := range strings.FieldsFunc(strings.ReplaceAll(s, " and ", ","), func(r rune) bool { return r == ',' || r == '&' }) {
		if !nameShaped(strings.TrimSpace(name)) {
			return false
		}
	}
	return s != ""
}

// minStoryWords is the fewest words of a sentence that opens the story
// below a page's header.
const minStoryWords = 9

// storyParagraph reports whether s reads as a sentence of the story: long
// and ending as a sentence does.
func storyParagraph(s string) bool { return EndsSentence(s) && MoreWordsThan(s, minStoryWords-1) }

// bioRe matches the note on a story's author that closes a page: a name
// and what the author covers or which job the author holds ("Marta Olsen
// covers shipping for Tradewinds Weekly.", "Lena Fox is a staff writer
// covering county government.", "Rhys Morgan is a Local Democracy
// Reporter …").
var bioRe = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+ (?:covers|reports on|reports for|writes about|writes on|writes for|` +
	`is (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?i:` + strings.Join(roleList, "|") + `)\b).{0,160}$`)

// contactRe matches how to reach the author: "Contact her at …", "Reach
// him on 555-0142.", "Email the author at …".
var contactRe = regexp.MustCompile(`(?i)^(?:contact|reach|email|e-mail|write to) (?:him|her|them|me|the (?:author|writer|reporter)) (?:at|on|via)\b.{1,80}$`)

// signOffRe matches an agency's sign-off closing a story: its name in
// brackets or after a dash, or the agencies it drew on ("(NPA)", "— APP",
// "(With inputs from agencies)").
var signOffRe = regexp.MustCompile(`^(?:\((?i:with (?:additional )?(?:inputs?|reporting) from [^)]{1,60}|with [\p{L}]+ inputs)\)|` +
	`\(\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,3}\)|(?:[—–]|--?) ?(?:\p{Lu}{2,6}|` + agencyNames + `))\.?$`)

// markAuthorBios marks the author's bio and contact lines and the agency's
// sign-off that close a page: the last prose sentences, with only
// furniture after them, that read as one of these. A bio inside the story ("Ivan Petrov
// is a reporter for the Gazette who was arrested …" with the story going
// on) stays prose.
func markAuthorBios(text string, spans []briefing.Span, kinds []FurnitureKind) {
	for i := len(spans) - 1; i >= 0; i-- {
		if kinds[i] != Prose {
			continue
		}
		s := OneLineText(text[spans[i].Start:spans[i].End])
		if !bioRe.MatchString(s) && !contactRe.MatchString(s) && !signOffRe.MatchString(s) && !bioGoesOn(text, spans, kinds, i) {
			return
		}
		kinds[i] = furnByline
	}
}

// bioGoesOn reports whether prose sentence i goes on with the author's
// bio that the sentence before it in its paragraph opens ("Miriam
// Eastwood writes about transport and cities. Her book, Wrong Side of the
// Tracks, was published last year."): it speaks of the author as "she",
// "he" or "they".
func bioGoesOn(text string, spans []briefing.Span, kinds []FurnitureKind, i int) bool {
	if i == 0 || kinds[i-1] != Prose || strings.Contains(text[spans[i-1].End:spans[i].Start], "\n") {
		return false
	}
	first, _, _ := strings.Cut(OneLineText(text[spans[i].Start:spans[i].End]), " ")
	return bioPronouns[first] && bioRe.MatchString(OneLineText(text[spans[i-1].Start:spans[i-1].End]))
}

// bioPronouns open a sentence about the author a bio names.
var bioPronouns = SetOf("She", "He", "They", "Her", "His", "Their")

// contributorRe matches a live blog's credit of an entry's writers: "From
// KTV's Jane Morrow and Sam Ortiz".
var contributorRe = regexp.MustCompile(`^From (?:\p{Lu}[\p{L}.&-]*\s){0,3}\p{Lu}[\p{L}.&-]*['’]s (?:\p{Lu}[\p{L}'’.-]+ ?){2,3}(?:(?:,|,? and|,? &) (?:\p{Lu}[\p{L}'’.-]+ ?){2,3})*$`)

// contactHeadRe matches the heading of a press release's contact block,
// alone on its line: "Media contact:", "For media inquiries:", "For more
// information, contact:", and without the colon "Media contacts" or
// "Enquiries" (the colon, if any, is its group 1).
var contactHeadRe = regexp.MustCompile(`(?i)^(?:(?:for )?(?:media|press|news) (?:contacts?|enquiries|inquiries)|contacts?|enquiries|for (?:more|further) information(?:,? (?:please )?contact)?)\s*(:?)$`)

// contactLine reports whether the line that holds span sp gives a way to
// reach someone: an e-mail address or a telephone number.
func contactLine(text string, sp briefing.Span) bool {
	start := strings.LastIndex(text[:sp.Start], "\n") + 1
	end := strings.Index(text[sp.End:], "\n")
	if end < 0 {
		end = len(text) - sp.End
	}
	line := text[start : sp.End+end]
	return strings.Contains(line, "@") || phoneRe.MatchString(line)
}

// phoneRe matches a telephone number of at least nine digits, in groups.
var phoneRe = regexp.MustCompile(`\+?\(?\d[\d ()]{7,}\d`)

// markContactBlock marks the lines of a contact block: those right under
// its heading, each alone on its line and ending no sentence ("Tom
// Rigby, Head of Communications", an address, a number).
func markContactBlock(text string, spans []briefing.Span, kinds []FurnitureKind) {
	for i := 0; i+1 < len(spans); i++ {
		m := contactHeadRe.FindStringSubmatch(strings.TrimSpace(text[spans[i].Start:spans[i].End]))
		bare := m != nil && m[1] == "" && AloneOnLine(text, spans[i]) // "Media contacts" on a line of its own
		if m == nil || kinds[i] == Prose && !bare {
			continue
		}
		kinds[i] = furnByline // "Media contacts", "Enquiries": a heading alone on its line, with or without its colon
		for k := i + 1; k < len(spans) && strings.Count(text[spans[k-1].End:spans[k].Start], "\n") == 1; k++ {
			s := text[spans[k].Start:spans[k].End]
			if kinds[k] == Prose && (!AloneOnLine(text, spans[k]) || EndsSentence(s) || WordCount(s) > maxRoleWords) && !contactLine(text, spans[k]) {
				break
			}
			for kinds[k] = furnByline; k+1 < len(spans) && !strings.Contains(text[spans[k].End:spans[k+1].Start], "\n"); k++ {
				kinds[k+1] = furnByline // the rest of a contact's line: "Press Office: press@…, 01632 960 417"
			}
		}
	}
}
