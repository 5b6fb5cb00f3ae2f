package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// FurnitureKind says what part of a web page a sentence is when it is not
// article prose. Furniture stays in the source's sentences, marked, and is
// kept out of every drafted section and the title.
type FurnitureKind uint8

// The kinds of page furniture.
const (
	Prose       FurnitureKind = iota // article text
	furnCaption                      // a photo caption, often run into the text
	furnByline                       // author, agency, published and updated times
	furnPrompt                       // "Scroll down for video", "Click here", "Read more", "Share this article", "Advertisement"
	furnCredit                       // an image or video credit
	furnRelated                      // a related-stories heading or one of its links
	furnLive                         // a live-blog header or entry time
	furnLabel                        // a page-type label or document code above the headline
	furnHeader                       // a line of an e-mail's or a memo's header ("From: …", "Subject: …")
	// StandingSection is no furniture but prose a press release or a filing
	// carries in every issue ("About the company", its forward-looking
	// statements): read for names and dates, never for the news.
	StandingSection
	// DatelineLine is no furniture but a dateline with a date that
	// segmentation cut from its paragraph ("CHICAGO, October 28, 2026"):
	// read for its date only.
	DatelineLine
)

// furnitureNames name the kinds in tests and messages.
var furnitureNames = [...]string{"prose", "caption", "byline", "prompt", "credit", "related", "live", "label", "header", "standing", "dateline"}

func (k FurnitureKind) String() string { return furnitureNames[k] }

// promptRe matches a whole sentence that asks the reader to do something
// on the page rather than telling the news.
var promptRe = regexp.MustCompile(`(?i)^(?:scroll (?:down|up) (?:for|to (?:see|watch)) (?:the )?(?:videos?|more|pictures|photos)|` +
	`click (?:here|on the (?:link|image|picture))\b.*|(?:read|see) (?:more|also)\b.*|more:\s*\S.*|read (?:our|the) (?:full |latest )?(?:story|report|article|coverage)\b.{0,60}|also (?:read|see|watch)\b.*|` +
	`related(?: (?:story|stories|article|news|video|coverage|content|reading))?\s*[:|]\s*.+|(?:watch|see|view) (?:the )?(?:video|gallery|pictures|photos)\b.*|` +
	`share (?:this|the) (?:article|story|page|post)(?: (?:on|via|with) \S+)?|share or comment on this article:?|share(?: this)?|` +
	`(?:share on |)(?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|pinterest|messenger|copy link|print)(?:[ ,|/]+(?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|pinterest|messenger|copy link|print))*|` +
	`advertisement(?:\s*[·|-]\s*scroll to continue(?: with content)?)?|scroll to continue(?: with content)?|sponsored(?: content)?|(?:view |show |read )?(?:\d[\d,]* )?comments?(?: \(\d[\d,]*\))?(?: ?[/|·] ?\d[\d,]* new)?|comments are (?:closed|disabled)\b.*|` +
	`media playback is (?:un|not )?supported on (?:your|this) device|` +
	`(?:sign up|subscribe)\b.*\b(?:newsletter|alerts?|updates|here)\b.*|(?:log ?in|sign in|register)(?:,? (?:or )?(?:register|subscribe|sign up))+ to (?:save|read|continue|access|comment)\b.*|follow (?:us|@\w+|\S+ \S+ on (?:twitter|x|facebook|instagram))\b.*|` +
	`(?:download|get) (?:our|the)(?: [\p{L}'’-]+){0,3} app\b.*|join (?:our|us on) [\p{L}'’ ]{1,40}|` +
	`(?:we|this (?:site|website)) uses? cookies\b.*|.*\byou (?:agree|consent) to (?:our|the) use of cookies\b.*|` +
	`accept(?: all)?(?: cookies)?(?:\s*\|\s*(?:manage|reject|customi[sz]e|cookie)[\p{L} ]*)+|(?:manage|cookie) (?:preferences|settings)|` +
	`listen (?:live|now|again)|watch live|got a story\?.*|(?:contact|email|e-mail|call) (?:the|our) (?:newsroom|news ?desk)\b.*)[.!:]?$`)

// relatedHeadRe matches the heading of a related-stories block.
var relatedHeadRe = regexp.MustCompile(`(?i)^(?:related(?: (?:topics|stories|articles|content|coverage|links|news|internet links|video))?|` +
	`more (?:on|about) (?:this|the) (?:story|topic)|more from [\p{L} ]{2,30}|you (?:may|might) (?:also )?(?:like|be interested in)|` +
	`most (?:read|popular|viewed|shared)|top stories|latest (?:news|stories)|trending(?: now)?|recommended(?: for you)?|` +
	`(?:in|from) (?:other|around the) news|topics|tags|contents|on this page|in this (?:article|story|section)|elsewhere on [\p{L} ]{2,30}|around the (?:bbc|web)|features(?: & analysis)?)[.:]?$`)

// creditRe matches an image or video credit, or a caption label line.
var creditRe = regexp.MustCompile(`(?i)^(?:[|—–-]\s*)?(?:(?:image|photo|picture|photograph|video|media) (?:copyright|source|credit|caption|by)\b.*|` +
	`(?:images?|photos?|pictures?|photographs?|photo credit|credit|copyright|source|video)\s*:\s*.{1,80}|` + bracketCredit + `|` +
	`\(?(?:photos?|pictures?|images?|photographs?) (?:by|courtesy(?: of)?|credit)\b.{1,80}|©.*|\((?:submitted|supplied|provided) by [^()]{1,60}\)|` +
	`.{0,60}/(?:getty images|afp|reuters|ap|epa|pa(?: media| wire)?|shutterstock|alamy|rex|bloomberg|anadolu|xinhua)\)?|` +
	`\(?(?:getty images|afp|reuters|ap photo|epa|pa (?:media|wire)|shutterstock|alamy|rex features|ap)(?:/[\p{L} .]+)?\)?)$`)

// bracketCredit is a picture's credit in brackets with its label, perhaps
// after an agency's name: "(Image: Ellie Ward)", "(Courtesy: Buffalo
// County Fire District)", "(Photo credit: NAN)", "(AP Photo/Jane Doe,
// File)".
const bracketCredit = `\((?:\p{Lu}[\p{L}]* )?(?:images?|photos?|pictures?|pic|photographs?|video|courtesy|credit|handout|supplied)(?: (?:credit|courtesy))?\s*[:/|]\s*[^()]{1,80}\)`

// creditEndRe matches a caption whose credit closes it in brackets: "The
// library on Castle Street, which opened in 1932 (Image: Ellie Ward)".
var creditEndRe = regexp.MustCompile(`(?i)^[^()]{8,240}\s` + bracketCredit + `$`)

// fileCaptionRe matches a caption of a picture from the archive, as
// agencies mark it: "FILE - A police car sits outside the bank …".
var fileCaptionRe = regexp.MustCompile(`^FILE(?: PHOTO)?\s*(?:--?|[–—:])\s+\p{Lu}`)

// liveRe matches a live-blog header, the time stamp of an entry or the
// blog's sign-off ("That's where we'll leave our live coverage for
// today.", "We'll be back with full results tomorrow morning.", "Thanks
// for following.").
var liveRe = regexp.MustCompile(`(?i)^(?:live(?: updates| reporting| coverage| blog|:.*)?|live (?:updates|coverage|reporting) (?:on|from|of|as) .{1,160}|as it happened|key events|show key events only|` +
	`pinned(?: post)?|breaking(?: news)?|updated|published|refresh|latest|just now|(?:please )?(?:turn on|enable) javascript\b.*|` +
	`(?:that's (?:where|it)[,;]? |this is where )?we(?:'ll| will| are going to) (?:leave|end|pause|close|wrap up) (?:our|the|this) (?:live )?(?:coverage|blog|updates)\b.*|we(?:'ll|’ll| will) be back (?:with|tomorrow|later|at|on|in)\b.*|thanks? (?:you )?for (?:following|reading|joining us)\b.*|our (?:full |main |latest )?(?:report|story|coverage|write-up) will (?:be|appear|follow)\b.*|` +
	`(?:(?:\d+ ?(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d) ago\s*)?|(?:posted|updated|published)(?: at)? )\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:gmt|bst|est|edt|cet|cest|utc|et|pt|ist))?|` +
	`(?:(?:updated|posted|published|last updated)\s+)?\d+ ?(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mo) ago)$`)

// productionRe matches a wire service's production credit and a press
// release's markers: "(Reporting by A; Editing by B)", "The Associated
// Press contributed to this report.", "Report supplied by Press
// Association.", "FOR IMMEDIATE RELEASE", "Issued by Kelvra Ltd, 22 June
// 2027", "Media
// contact: …", "Notes to editors", "ENDS", "This transcript has been
// edited for length and clarity.", "Transcript of an interview with …".
var productionRe = regexp.MustCompile(`(?i)^(?:(?:[—–-]\s*)?\(?(?:additional )?(?:reporting|writing|editing|compiled|graphics) by\b.{1,160}\)?\.?|` +
	`(?:[—–-]\s*)?with (?:additional )?(?:assistance|reporting) (?:from|by)\s+\p{Lu}.{1,160}|` +
	`.{1,80}\bcontributed (?:to this (?:report|story|article)|reporting)\b.{0,60}|` +
	`(?:this|the (?:following|above)) (?:transcript|interview|conversation|exchange|q&a) (?:has been|was|is) (?:lightly )?(?:edited|condensed)\b.{0,40}|(?:edited |full )?transcript of (?:an? |the )?(?:interview|conversation|exchange|briefing|press conference|programme|program|broadcast) (?:with|between|by|on)\b.{0,160}|(?:report|story|article|content) (?:supplied|provided|produced) by\b.{1,80}|for immediate release|issued by [^.!?]{1,160}|(?:for )?(?:media|press) (?:contact|enquiries|inquiries|office)s?\b.{0,120}|notes? to editors:?|-*\s*ends?\s*-*|#{3})$`)

// furnitureLine tells which kind of furniture a whole sentence is, or
// prose.
func furnitureLine(s string) FurnitureKind {
	s = OneLineText(s)
	if s == "" || WordCount(s) > 24 {
		return Prose
	}
	switch {
	case liveRe.MatchString(s), OpensWithEntryTime(s[ListMark(s):]) && !EndsSentence(s):
		return furnLive // a header, an entry's time, or a line of the index of entries ("23:41 Minister resigns", "- 15:20 Defence says it will appeal")
	case stampLine(s):
		return furnByline
	case promptRe.MatchString(s), pageToolLine(s):
		return furnPrompt
	case relatedHeadRe.MatchString(s):
		return furnRelated
	case creditRe.MatchString(s):
		return furnCredit
	case bylineLine(s), productionRe.MatchString(s), pipedByline(s), dottedByline(s), pipedStamp(s), contributorRe.MatchString(s):
		return furnByline
	case captionLabel(s), creditEndRe.MatchString(s), fileCaptionRe.MatchString(s):
		return furnCaption
	case draftStampRe.MatchString(s):
		return furnLabel // "Subject to approval by the Council": a record's draft stamp
	}
	return Prose
}

// IsByline reports whether a line of page furniture is a byline, a time
// stamp or a production credit: the block that closes a page's header.
func IsByline(s string) bool { return furnitureLine(s) == furnByline }

// IsLiveMark reports whether a line of page furniture is a live blog's
// header or the time stamp of one of its entries.
func IsLiveMark(s string) bool { return furnitureLine(s) == furnLive }

// captionWords mark a sentence as a caption when they stand in brackets:
// "the plane (pictured) vanished", "Smith (left) and Jones (right)".
var captionMarks = []string{"(pictured", "pictured)", "(left", "(right", "(centre", "(center", "(above", "(below",
	"(top", "(bottom", "(inset", "(file photo", "(file picture", "(main picture", "(main image", "(second left",
	"(second right", "(middle", "(front"}

// hasCaptionMark reports whether s holds a bracketed picture reference.
func hasCaptionMark(s string) bool { return ContainsAnyOf(strings.ToLower(s), captionMarks) }

// ContainsAnyOf reports whether s contains one of parts.
func ContainsAnyOf(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// captionLabelRe matches a caption that opens with a one-word label and a
// colon: "Deadly: The past 12 months …", "Pictured: the scene".
var captionLabelRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]{1,15}((?: [\p{L}'’-]{1,15}){0,2})): +["“‘]?\p{Lu}`)

// labelWords are caption and live-blog labels that need no other sign.
var labelWords = SetOf("pictured", "above", "below", "left", "right", "inset", "top", "bottom", "main", "update",
	"updated", "watch", "video", "exclusive", "breaking", "pictures", "photo", "photos", "gallery", "note",
	"advertisement", "listen", "related", "caption", "file", "picture")

// captionLabel reports whether s is a labelled caption: a label word such
// as "Pictured:", or any label of one to three words ("Happy day:") when
// the rest points at a picture or ends without punctuation.
func captionLabel(s string) bool {
	m := captionLabelRe.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	if m[2] == "" && labelWords[strings.ToLower(m[1])] {
		return true
	}
	if m[1] == strings.ToUpper(m[1]) && !hasCaptionMark(s) {
		return false // "CHAD: Floods — Situation Report No. 4": a place or a subject heading the title, as wire and agency titles write it
	}
	return hasCaptionMark(s) || !EndsSentence(s) && !tally(s, m[1])
}

// shoutedCaption reports whether s is a caption under a label in capitals
// ("GUTTED: Doyle shows off his plastered hand", "READY TO RUMBLE: Adeyemi
// during an open workout"): a line that closes with no stop, is no tally,
// and describes a scene in words, not a list of names or a contact
// ("JUSTICES: Lord Ashcombe (President), Lady Marlow", "PRESS OFFICER:
// Daniel Whitlow"). Read only below a text's first line, where such a
// label is no heading's place or subject ("CHAD: Floods — Situation
// Report No. 4").
func shoutedCaption(s string) bool {
	m := captionLabelRe.FindStringSubmatch(s)
	if m == nil || m[1] != strings.ToUpper(m[1]) || EndsSentence(s) || tally(s, m[1]) {
		return false
	}
	lower := 0
	for _, w := range strings.Fields(s[len(m[1])+1:]) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	return lower >= minSceneWords
}

// minSceneWords is how many words in lower case a caption under a label
// in capitals has at least: it describes a scene.
const minSceneWords = 3

// labelledHeadline reports whether s, read as a labelled caption, has a
// label that is no caption's own word ("Interview transcript: …",
// "Analysis: …"): as a text's first line, it is the headline.
func labelledHeadline(s string) bool {
	m := captionLabelRe.FindStringSubmatch(s)
	if m == nil || labelWords[strings.ToLower(m[1])] || headerLabels[strings.ToLower(m[1])] || hasCaptionMark(s) {
		return false
	}
	_, rest, _ := strings.Cut(s, ":")
	return WordCount(rest) >= 4 && (!strings.Contains(rest, ",") || strings.Contains(rest, " and ")) // not "Filed under: Policy, Apps"; "Brackwater Group plc: Half-year results, restructuring programme and share buyback"
}

// headerLabels label the lines of a message's or a page's header
// ("From: Department for Transport …").
var headerLabels = SetOf("from", "to", "cc", "sent", "date", "by", "tags", "topics", "filed under", "posted in", "category")

// tally reports whether s, labelled label, reads as a line of results,
// fixtures or figures rather than a picture's caption: at least
// minTallyNumbers numbers ("Hove: Sussex 363, Lancashire 197-8"), a
// fixture ("Postponed: Walsall v Wrexham") or a label of a match report's
// fields ("Scorers: Ana Ruiz (39th minute)"). A caption describes a scene
// in words; such a line is the story's data, written without a full stop.
func tally(s, label string) bool {
	return len(numberRe.FindAllString(s, minTallyNumbers)) >= minTallyNumbers || fixtureRe.MatchString(s) ||
		matchFields[strings.ToLower(label)]
}

// fixtureRe matches a fixture: two capitalised names joined by "v" or "vs".
var fixtureRe = regexp.MustCompile(`\p{Lu}[\p{L}'’.-]* vs?\.? \p{Lu}`)

// matchFields label the lines of a match report's data.
var matchFields = SetOf("scorer", "scorers", "goalscorers", "attendance", "referee", "postponed", "abandoned",
	"result", "results", "half-time", "halftime", "teams", "line-ups", "lineups", "sent off", "booked")

// minTallyNumbers is how many numbers make a line a tally.
const minTallyNumbers = 3

// numberRe matches a number.
var numberRe = regexp.MustCompile(`\d+`)

// EndsSentence reports whether s ends with terminal punctuation, a closing
// quotation mark or bracket after it allowed.
func EndsSentence(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "\"”’')]")
	return s != "" && strings.ContainsRune(".!?…", rune(s[len(s)-1])) || strings.HasSuffix(s, "…")
}

// maxLinkWords is the longest a related-story link line may be.
const maxLinkWords = 20

// markRelated marks the links under a related-stories heading ("Related
// topics", "More on this story", "Read more:"): the lines after it that
// stand alone and end without punctuation.
func markRelated(text string, spans []briefing.Span, kinds []FurnitureKind) {
	in := false
	for i, sp := range spans {
		s := text[sp.Start:sp.End]
		switch {
		case kinds[i] == furnRelated || kinds[i] == furnPrompt && readMoreHead(s):
			in = true
		case in && kinds[i] == Prose && linkLine(text, sp):
			kinds[i] = furnRelated
		case in && kinds[i] != Prose:
		default:
			in = false
		}
	}
}

// linkLine reports whether sentence sp lies on a line that reads as the
// headline of a linked story: short, and ending without terminal
// punctuation ("Who is Tomas Keller? The banker who wants to run
// Norvania"), or an item of a bulleted list that ends with a question or
// an exclamation ("- Explainer: How does EU enlargement work?").
func linkLine(text string, sp briefing.Span) bool {
	line := lineOf(text, sp.Start)
	s := strings.TrimSpace(text[line.Start:line.End])
	asked := strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "• ")
	asked = asked && (strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!"))
	return sp.End <= line.End && (!EndsSentence(s) || asked) && WordCount(s) <= maxLinkWords
}

// readMoreHead reports whether a prompt heads a list of links: "Read
// more:", "See also".
func readMoreHead(s string) bool {
	lower := strings.ToLower(strings.TrimSpace(s))
	return (strings.HasPrefix(lower, "read more") || strings.HasPrefix(lower, "see also") ||
		strings.HasPrefix(lower, "more on")) && (strings.HasSuffix(lower, ":") || !MoreWordsThan(lower, 3))
}

// AloneOnLine reports whether sp is a whole line of text.
func AloneOnLine(text string, sp briefing.Span) bool {
	after := text[sp.End:]
	lineEnd := strings.TrimLeft(after, " \t") == "" || strings.HasPrefix(strings.TrimLeft(after, " \t\r"), "\n")
	return startsLine(text, sp.Start) && lineEnd
}

// lineOf returns the line of text that holds offset i, without its line
// break.
func lineOf(text string, i int) briefing.Span {
	start := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		return briefing.Span{Start: start, End: len(text)}
	}
	return briefing.Span{Start: start, End: i + end}
}

// Furniture reports whether a kind is page furniture: neither prose nor
// a standing section or a dateline's line, which are read as prose.
func (k FurnitureKind) Furniture() bool {
	return k != Prose && k != StandingSection && k != DatelineLine
}

// SplitFurniture separates the prose sentences, standing sections
// included, from the furniture.
func SplitFurniture(spans []briefing.Span, kinds []FurnitureKind) (prose_, furniture []briefing.Span) {
	for i, sp := range spans {
		if !kinds[i].Furniture() {
			prose_ = append(prose_, sp)
		} else {
			furniture = append(furniture, sp)
		}
	}
	return prose_, furniture
}

// SentencesOf returns the sentences of one kind (StandingSection,
// DatelineLine).
func SentencesOf(spans []briefing.Span, kinds []FurnitureKind, kind FurnitureKind) []briefing.Span {
	var out []briefing.Span
	for i, sp := range spans {
		if kinds[i] == kind {
			out = append(out, sp)
		}
	}
	return out
}

// maxCaptionWords is the longest a caption before its credit may be.
const maxCaptionWords = 30

// markCredited marks a caption that a credit follows on its line: "Trucks
// queue at the border crossing. Photo: Reuters" is a picture's caption and
// its credit, pasted at the start of a line, not a sentence of the story,
// also when the story's next sentence runs on after the credit. Pasted
// inside a paragraph, with the story running on after the credit, the
// sentence before the credit is its caption when it reads as a scene
// (see sceneShaped).
func markCredited(text string, spans []briefing.Span, kinds []FurnitureKind) {
	for i := 0; i+1 < len(spans); i++ {
		sp, credit := spans[i], spans[i+1]
		if kinds[i] != Prose || kinds[i+1] != furnCredit || strings.Contains(text[sp.End:credit.Start], "\n") {
			continue
		}
		if first := captionLineStart(text, spans, kinds, i); first >= 0 && !runsOn(text, credit.End) {
			for k := first; k <= i; k++ {
				kinds[k] = furnCaption // "A crew lays cable near Dauphin in January. The company says … (Submitted by Boreal Fibre)"
			}
			continue
		}
		if WordCount(text[sp.Start:sp.End]) > maxCaptionWords {
			continue
		}
		if startsLine(text, sp.Start) || runsOn(text, credit.End) && sceneShaped(text[sp.Start:sp.End]) {
			kinds[i] = furnCaption
		}
	}
}

// captionLineStart returns the first of the prose sentences that fill the
// line ending with sentence i, when that line is short enough to be a
// picture's caption, or -1.
func captionLineStart(text string, spans []briefing.Span, kinds []FurnitureKind, i int) int {
	k, words := i, WordCount(text[spans[i].Start:spans[i].End])
	for k > 0 && kinds[k-1] == Prose && !strings.Contains(text[spans[k-1].End:spans[k].Start], "\n") {
		k--
		words += WordCount(text[spans[k].Start:spans[k].End])
	}
	if !startsLine(text, spans[k].Start) || words > 2*maxCaptionWords {
		return -1
	}
	return k
}

// runsOn reports whether text goes on after offset i on the same line:
// a credit pasted inside a paragraph, with its caption before it.
func runsOn(text string, i int) bool {
	rest := text[i:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	return strings.TrimSpace(rest) != ""
}

// narrativeWords tell a sentence of a story: a finite auxiliary, a modal
// or a verb of saying. A caption describes a scene in the present
// ("Soldiers fill sandbags on the promenade in Düsseldorf.").
var narrativeWords = SetOf("has", "have", "had", "was", "were", "will", "would", "could", "should", "can", "may", "might",
	"must", "said", "says", "say", "told", "is", "are", "been")

// sceneShaped reports whether sentence s reads as a caption's scene: no
// quotation, no word of narrativeWords and no past tense in -ed.
func sceneShaped(s string) bool {
	if strings.ContainsAny(s, "\"“”") {
		return false
	}
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.Trim(w, ".,;:!?()"))
		if narrativeWords[w] || strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// startsLine reports whether only spaces stand between the start of its
// line and offset i.
func startsLine(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \t")
	return before == "" || strings.HasSuffix(before, "\n")
}

// nameShaped reports whether s is two to four capitalised words and
// nothing else, as a person's name is.
func nameShaped(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ".,:;!?0123456789") {
			return false
		}
	}
	return true
}
