package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// piece is a stretch of a paragraph and what it is.
type piece struct {
	span briefing.Span
	kind FurnitureKind
}

// inlinePromptRe finds a prompt run into the text around it: "… the Second
// World War. Scroll down for videos. Deadly: …".
var inlinePromptRe = regexp.MustCompile(`(?i)\bscroll (?:down|up) (?:for|to (?:see|watch)) (?:the )?(?:videos?|more|pictures|photos)\b[.!:]?|` +
	`\bshare (?:this|the) (?:article|story)\b(?: share\b)?|\bAdvertisement\b`)

// furniturePieces splits paragraph b where page furniture was run into it:
// a byline or agency tag opening it, and prompts such as "Scroll down for
// video" inside it. The rest are prose pieces for the sentence splitter.
func furniturePieces(text string, b briefing.Span) []piece {
	var out []piece
	start := b.Start
	if n := bylinePrefix(text[b.Start:b.End]); n > 0 {
		if k := furnitureLine(text[b.Start:b.End]); k != Prose { // "By Marta Olsen | Mar 3, 2027 | 4 min read"
			return []piece{{b, k}}
		}
		out = append(out, piece{briefing.Span{Start: b.Start, End: b.Start + n}, furnByline})
		start += n
	}
	base := start
	for _, m := range inlinePromptRe.FindAllStringIndex(text[base:b.End], -1) {
		s, e := base+m[0], base+m[1]
		if !inlinePrompt(text, start, s, e, b.End) {
			continue
		}
		if s > start {
			out = append(out, piece{briefing.Span{Start: start, End: s}, Prose})
		}
		out = append(out, piece{briefing.Span{Start: s, End: e}, furnPrompt})
		start = e
	}
	if start < b.End {
		out = append(out, piece{briefing.Span{Start: start, End: b.End}, Prose})
	}
	return out
}

// inlinePrompt reports whether the prompt text[s:e] stands between
// sentences: right after the paragraph's start or other furniture (from),
// or after terminal punctuation, or with a capitalised word after it.
// "Advertisement" needs both.
func inlinePrompt(text string, from, s, e, to int) bool {
	before := strings.TrimSpace(text[from:s])
	after := strings.TrimSpace(text[e:to])
	atStart := before == "" || EndsSentence(before)
	r, _ := utf8.DecodeRuneInString(after)
	capAfter := after == "" || unicode.IsUpper(r) || strings.ContainsRune("\"“‘'(", r)
	if strings.EqualFold(text[s:e], "advertisement") {
		return atStart && capAfter && text[s] == 'A'
	}
	return atStart || capAfter
}

// fusedStarters are capitalised words that begin a sentence and rarely
// stand capitalised inside one, so after a word with no punctuation they
// mark a caption run into the next sentence: "… at auction on Saturday The
// dress was …".
var fusedStarters = SetOf("the", "he", "she", "they", "we", "his", "their", "this", "these", "those",
	"but", "however", "meanwhile", "police", "officers", "officials", "although")

// fusedNotBefore are words after which a capitalised word continues the
// sentence (a title, a name, a quotation): "called The Times", "said The".
var fusedNotBefore = SetOf("the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from",
	"as", "said", "says", "told", "tells", "called", "named", "titled", "entitled", "dubbed", "film", "book", "song",
	"show", "album", "novel", "series", "play", "magazine", "newspaper", "paper", "is", "was", "are", "were", "be",
	"that", "than", "into", "onto", "about", "like", "&", "–", "—", "-", "me", "you", "him", "us", "them", "his", "her",
	"its", "their", "our", "my", "your", "whose", "this", "these", "those", "every", "each", "any", "some", "no", "all",
	"include", "includes", "including", "featuring", "starring", "versus", "vs", "v")

// fusedStart reports whether w, written capitalised inside a sentence
// after the text left, starts a new one: a starter such as "The" always; a
// word Punkt has seen in lower case inside sentences ("Millions") only when
// left reads as a caption (an age, "(pictured)"), as names and titles
// ("League of Rural Voters", "oil giant Shell") are written so too.
func fusedStart(w, left string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || n == len(w) || strings.ContainsFunc(w[n:], func(r rune) bool { return !unicode.IsLower(r) }) {
		return false
	}
	lower := strings.ToLower(w)
	if fusedStarters[lower] {
		return true
	}
	o := LoadPunkt().Ortho[lower]
	return o&OrthoMidLc != 0 && captionSigns(left) && (o&OrthoMidUc == 0 || !endsInNameWord(left))
}

// endsInNameWord reports whether the last word of s is written with a
// capital and never in lower case inside sentences, a word of names only:
// a word after it that is also written with a capital inside sentences
// goes on with the name ("the Covent | Garden site", not "the Court of
// Appeal | Thousands of tenants").
func endsInNameWord(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	r, _ := utf8.DecodeRuneInString(last)
	return unicode.IsUpper(r) && LoadPunkt().Ortho[strings.ToLower(last)]&OrthoMidLc == 0
}

// fusedTitles are titles that open a sentence run into a caption ("…
// on Friday Mr Manuel added …") when the caption reads as one.
var fusedTitles = SetOf("mr", "mrs", "ms", "dr", "sir")

// fusedOpening reports whether words[i:] open a new sentence run into the
// text left before it: a starter and a word in lower case ("The dress
// was"), "However," or "Meanwhile,", or, after a caption, a title and a
// name ("Mr Manuel added").
func fusedOpening(text string, words []briefing.Span, i int, left string) bool {
	w := text[words[i].Start:words[i].End]
	next := text[words[i+1].Start:words[i+1].End]
	nr, _ := utf8.DecodeRuneInString(next)
	lower := strings.ToLower(strings.TrimRight(w, ","))
	switch {
	case (lower == "however" || lower == "meanwhile") && strings.HasSuffix(w, ","):
		return true
	case fusedTitles[lower]:
		// "Mr Manuel added": the caption ends without a verb of its own
		// ("… directed Mr Sullivan to hide" is prose), the name is no
		// possessive and a verb follows it.
		name := next
		return unicode.IsUpper(nr) && i+2 < len(words) && captionSigns(left) &&
			(!HasVerb(strings.Fields(left)) || markedCaptionEnd(left) || picturedAside.MatchString(left)) &&
			!strings.HasSuffix(name, "'") && !strings.HasSuffix(name, "’") && !strings.HasSuffix(name, "'s") &&
			VerbForm(text[words[i+2].Start:words[i+2].End], true)
	}
	return (unicode.IsLower(nr) || (markedCaptionEnd(left) || labelledCaption(left) || creditOpens(left) || ageAfterCaption(next, left)) && fusedStarters[lower]) && fusedStart(w, left)
}

// ageAfterCaption reports whether word next, after a starter, gives an
// age ("The 52-year-old star of …") after text left that reads as a
// caption: the story's next sentence describing the person pictured.
func ageAfterCaption(next, left string) bool {
	return strings.Contains(next, "-year-old") && captionSigns(left)
}

// markedCaptionEnd reports whether s ends with a bracketed picture
// reference ("… in September (file photo)"): a caption however it reads.
func markedCaptionEnd(s string) bool {
	s = strings.TrimSpace(s)
	open := strings.LastIndex(s, "(")
	return strings.HasSuffix(s, ")") && open >= 0 && hasCaptionMark(s[open:])
}

// captionSigns reports whether s reads as a photo caption: it gives a
// person's age between commas or points at a picture ("(pictured)", ",
// pictured leaving Downing Street,").
func captionSigns(s string) bool {
	return hasCaptionMark(s) || ageRe.MatchString(s) || picturedAside.MatchString(s) || creditOpens(s)
}

// pictureWords end the name of a picture agency ("Getty Images", "PA
// Photos", "Alamy Pictures").
var pictureWords = SetOf("images", "photos", "pictures", "photography")

// creditOpens reports whether s opens with a picture agency's name of two
// or three capitalised words and a capitalised word after it, as a
// page's credit runs into the caption under it: "Getty Images Quillo says
// it has 4.2 million users".
func creditOpens(s string) bool {
	f := strings.Fields(s)
	for n := 2; n <= 3 && n < len(f); n++ {
		if pictureWords[strings.ToLower(f[n-1])] && FirstRuneUpper(f[n]) {
			for _, w := range f[:n] {
				if !FirstRuneUpper(w) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// labelledCaption reports whether s opens with a caption label and a
// comma or colon: "Image caption, The trust says …".
func labelledCaption(s string) bool {
	label, _, ok := strings.Cut(s, ",")
	if l, _, ok2 := strings.Cut(s, ":"); ok2 && (!ok || len(l) < len(label)) {
		label, ok = l, true
	}
	return ok && captionLabels[strings.ToLower(strings.TrimSpace(label))]
}

// picturedAside finds an aside that points at a picture of the person
// named before it: "Rebecca Thorne, pictured leaving Downing Street on
// Friday, said …".
var picturedAside = regexp.MustCompile(`\p{L}, pictured\b[^,]{0,80},`)

// ageRe finds a person's age set off by commas, as captions give it:
// "Barry Beavis, 48, lost …".
var ageRe = regexp.MustCompile(`\p{L}, \d{1,3}, \p{Ll}`)

// fusedPieces splits sentence sp where a caption runs into the next
// sentence without punctuation ("… lost his case at the Court of Appeal
// Millions of motorists could …"): the part before such a break is a
// caption when it reads as one (see captionSigns), else a sentence that
// lost its period; after other furniture ("Scroll down for video") it is a
// caption too. A break needs a word ending in a letter, digit or bracket, then a
// capitalised sentence starter, then a word in lower case, with at least
// four words before it and three after, outside quotation marks. A line
// of its own that ends no sentence (a caption or a headline line) runs no
// sentence into it: "Stranded: … at Tenerife South airport this morning"
// stays whole.
func fusedPieces(text string, sp briefing.Span, afterFurniture bool) []piece {
	if AloneOnLine(text, sp) && !EndsSentence(text[sp.Start:sp.End]) {
		return []piece{{sp, Prose}}
	}
	words := wordSpans(text, sp)
	var out []piece
	from, open := 0, false
	for i := 1; i+2 < len(words); i++ {
		prev := text[words[i-1].Start:words[i-1].End]
		open = open != quoteToggles(prev)
		if open || i-from < 4 {
			continue
		}
		before := text[words[from].Start:words[i].Start]
		if cut := gluedStarter(text, words, i, afterFurniture || captionSigns(before) || labelledCaption(before)); cut > 0 {
			out = append(out, piece{briefing.Span{Start: words[from].Start, End: cut}, furnCaption})
			words[i].Start, from = cut, i // "… where a breakfast club closed last yearThe government has announced …"
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(prev)
		leftText := text[words[from].Start:words[i-1].End]
		if !(unicode.IsLetter(last) || unicode.IsDigit(last) || last == ')' || closingQuote(prev)) || fusedNotBefore[strings.ToLower(prev)] ||
			!fusedOpening(text, words, i, leftText) ||
			strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") || len(words)-i < 3 ||
			!opensClause(text, prev, words[i:], sp.End) {
			continue
		}
		if strongerStartAfter(text, words, i, from, sp.End) {
			continue // "… has played Dawn since 2012 She will film …": the name goes on with the caption
		}
		left := briefing.Span{Start: words[from].Start, End: words[i-1].End}
		kind := Prose // a sentence that lost its period
		if afterFurniture || captionSigns(text[left.Start:left.End]) {
			kind = furnCaption
		}
		out = append(out, piece{left, kind})
		from = i
	}
	return append(out, piece{briefing.Span{Start: words[from].Start, End: sp.End}, Prose})
}

// strongerStartAfter reports whether the break before words[i] rests
// only on a capitalised word English also writes in lower case ("Dawn",
// a name here) while a later word of the same run is a starter that
// always opens a sentence ("She") and does so there: the later break is
// the one.
func strongerStartAfter(text string, words []briefing.Span, i, from, end int) bool {
	if fusedStarters[strings.ToLower(strings.TrimRight(text[words[i].Start:words[i].End], ","))] {
		return false
	}
	for j := i + 1; j+2 < len(words); j++ {
		w := strings.ToLower(strings.TrimRight(text[words[j].Start:words[j].End], ","))
		prev := text[words[j-1].Start:words[j-1].End]
		last, _ := utf8.DecodeLastRuneInString(prev)
		if fusedStarters[w] && (unicode.IsLetter(last) || unicode.IsDigit(last)) && !fusedNotBefore[strings.ToLower(prev)] &&
			fusedOpening(text, words, j, text[words[from].Start:words[j-1].End]) && opensClause(text, prev, words[j:], end) {
			return true
		}
	}
	return false
}

// gluedStarter returns where a sentence starter glued to the word before
// it without a space begins inside word i ("yearThe" in "… closed last
// yearThe government has announced …"), a caption copied from a page
// and run into the paragraph under it; 0 when word i is no such word.
// A word in lower case must follow it, or a name after "The". After text
// that reads as a caption, any word glued so starts one (see
// gluedAfterCaption).
func gluedStarter(text string, words []briefing.Span, i int, caption bool) int {
	w := text[words[i].Start:words[i].End]
	m := gluedStarterRe.FindStringSubmatchIndex(w)
	if m == nil || i+1 >= len(words) {
		return 0
	}
	next, _ := utf8.DecodeRuneInString(text[words[i+1].Start:words[i+1].End])
	starter := strings.ToLower(w[m[2]:])
	switch {
	case (fusedStarters[starter] || starter == "a") && (unicode.IsLower(next) || starter == "the" && unicode.IsUpper(next)):
		return words[i].Start + m[2] // not "… in Lomaru on FridayThe Pacific island state …", an article before a name
	case caption && gluedAfterCaption(w, m[2]) && (unicode.IsLower(next) || w[:m[2]] == strings.ToLower(w[:m[2]])):
		return words[i].Start + m[2] // "… the Millbrook name and uniformWexley Borough Council, which …"
	}
	return 0
}

// gluedAfterCaption reports whether the word w, cut at at, joins the end
// of a caption to the first word of a sentence: a word in lower case
// glued to a capitalised one ("uniformWexley"), or a word English writes
// in lower case glued to a name ("PorvaCitizens"); not a name built of two
// words ("YouTube", "BlackRock").
func gluedAfterCaption(w string, at int) bool {
	prefix, starter := w[:at], strings.ToLower(w[at:])
	if prefix == strings.ToLower(prefix) {
		return true
	}
	return commonWord(starter) && !commonWord(strings.ToLower(prefix))
}

// commonWord reports whether English writes w in lower case inside
// sentences.
func commonWord(w string) bool { return LoadPunkt().Ortho[w]&OrthoMidLc != 0 }

// gluedStarterRe finds a word in lower case, or a capitalised one
// ("FridayThe"), with a capitalised word or the article "A" glued to its
// end ("MondayA police force has apologised").
var gluedStarterRe = regexp.MustCompile(`^\p{Lu}?\p{Ll}{2,}(\p{Lu}\p{Ll}+|A)$`)

// opensClause reports whether the words from a break to the sentence's
// end (rest), after the word prev, can be a sentence of their own. A word
// that ends names of bodies ("Police") continues a capitalised prev ("West
// Yorkshire Police said"); another strong starter ("The", "However,")
// always opens one; a capitalised word that may also continue a name needs
// a verb after it, so "… at Cardiff Crown Court on Friday" stays whole
// while "… Court of Appeal Millions of motorists could face …" breaks.
func opensClause(text, prev string, rest []briefing.Span, end int) bool {
	first := strings.ToLower(strings.TrimRight(text[rest[0].Start:rest[0].End], ","))
	if nameNouns[first] && FirstRuneUpper(prev) {
		return false // "West Yorkshire Police said": the name goes on
	}
	if fusedStarters[first] || fusedTitles[first] {
		return true
	}
	return HasVerb(strings.Fields(text[rest[1].Start:end]))
}

// nameNouns are the nouns that end the names of bodies, courts and
// places ("West Yorkshire Police said", "Northampton Magistrates' Court",
// "the Maryland Port Commission from 2017"): after a capitalised word they
// continue the name rather than start a sentence.
var nameNouns = SetOf("police", "officers", "officials", "court", "courts", "commission", "committee", "council",
	"authority", "board", "agency", "department", "ministry", "office", "service", "bank", "union", "party",
	"tribunal", "parliament", "assembly", "senate", "house", "hospital", "university", "college", "school",
	"institute", "foundation", "trust", "fund", "association", "federation", "league", "club", "group",
	"corporation", "company", "bureau", "inquiry", "prison", "station", "airport", "port", "street", "road",
	"lane", "avenue", "square", "bridge", "county", "district", "province", "state", "city", "island", "river")

// closingQuote reports whether a word ends a quotation of one or more
// words ("'outrageous'", "devastated’"), after which a caption can run
// into the next sentence.
func closingQuote(w string) bool {
	for _, q := range []string{"'", "’", "\"", "”"} {
		if len(w) > len(q) && strings.HasSuffix(w, q) {
			r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(w, q))
			return unicode.IsLetter(r) || unicode.IsDigit(r)
		}
	}
	return false
}

// quoteToggles reports whether a word opens or closes a quotation with
// straight or curly double quotation marks (an odd count).
func quoteToggles(w string) bool {
	return (strings.Count(w, "\"")+strings.Count(w, "“")+strings.Count(w, "”"))%2 == 1
}

// wordSpans returns the spans of the space-separated words of sp.
func wordSpans(text string, sp briefing.Span) []briefing.Span {
	var out []briefing.Span
	start := -1
	for i, r := range text[sp.Start:sp.End] {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, briefing.Span{Start: sp.Start + start, End: sp.Start + i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, briefing.Span{Start: sp.Start + start, End: sp.End})
	}
	return out
}
