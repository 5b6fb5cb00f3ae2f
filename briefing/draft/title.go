package draft

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// maxHeadlineWords bounds a headline cut from a sentence.
const maxHeadlineWords = 14

// headline returns the brief's title: the source title when given, else a
// title line heading the text, else the lead commitment of the first
// sentence ("Morocco and China agree to partner in vaccine trials"), else
// the first sentence's main clause. Every word comes from the source.
func headline(d *document, title string) string {
	if t := oneLineText(title); t != "" {
		return t
	}
	if sp, ok := titleLine(d); ok {
		return oneLineText(d.text[sp.Start:sp.End])
	}
	body := bodySentences(d)
	if len(body) == 0 {
		return ""
	}
	first := d.sentences[body[0]]
	if h := commitmentHeadline(d, body[0]); h != "" {
		return h
	}
	return mainClause(d, first)
}

func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }

// titleLine finds a title line heading the text: a first sentence of at
// most fifteen words, alone on its line, without closing punctuation.
func titleLine(d *document) (briefing.Span, bool) {
	if len(d.sentences) < 2 {
		return briefing.Span{}, false
	}
	sp := d.sentences[0]
	if sp.Start < 0 || sp.End > len(d.text) || sp.Start >= sp.End {
		return briefing.Span{}, false
	}
	s := strings.TrimSpace(d.text[sp.Start:sp.End])
	if strings.TrimSpace(d.text[:sp.Start]) != "" || !strings.HasPrefix(d.text[sp.End:], "\n") &&
		!strings.HasPrefix(d.text[sp.End:], "\r\n") {
		return briefing.Span{}, false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?\"”’:;,", last) || len(strings.Fields(s)) > 15 {
		return briefing.Span{}, false
	}
	return sp, true
}

// bylineRe matches lines that credit an author or agency, and captions.
var bylineRe = regexp.MustCompile(`^(?i:by\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(,.*)?$|` +
	`(photo|image|picture|video|caption|source|copyright|read more|related|advertisement)\b[:\s])|` +
	`^\(?(Reuters|AP|AFP|CNN|Associated Press|Agence France-Presse|Bloomberg)\)?$`)

// bylineStarts are the first words (lower case, without "(") that a line
// matched by bylineRe can start with.
var bylineStarts = cmSet("by photo photo: image image: picture picture: video video: caption caption: source source: " +
	"copyright copyright: read related related: advertisement reuters reuters) ap ap) afp afp) cnn cnn) associated " +
	"agence bloomberg bloomberg)")

// isByline reports whether a short line credits an author or agency or is
// a caption.
func isByline(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || !bylineStarts[strings.ToLower(strings.TrimPrefix(f[0], "("))] {
		return false
	}
	return bylineRe.MatchString(oneLineText(s))
}

// maxBylineWords is the longest a byline or caption line may be.
const maxBylineWords = 16

// wordCount counts the space-separated words of s, stopping past
// maxBylineWords.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := r == ' ' || r == '\n' || r == '\t' || r == '\r'
		if !sp && !in {
			n++
			if n > maxBylineWords {
				return n
			}
		}
		in = !sp
	}
	return n
}

// bodySentences returns the indexes of the sentences that make the article's
// body: not the title line, bylines, captions or one- and two-word lines.
func bodySentences(d *document) []int {
	var out []int
	title, hasTitle := titleLine(d)
	for i, sp := range d.sentences {
		if sp.Start < 0 || sp.End > len(d.text) || sp.Start >= sp.End || hasTitle && sp == title {
			continue
		}
		if n := wordCount(d.text[sp.Start:sp.End]); n < 3 || n <= maxBylineWords && isByline(d.text[sp.Start:sp.End]) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// datelineLead matches a dateline left at the start of a sentence: a place
// in capitals before any dash ("WASHINGTON (Reuters) -"), or a capitalised
// place before an en or em dash ("Rabat –").
var datelineLead = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}.'’]+(?:[ ,]+\p{Lu}[\p{Lu}.'’]+){0,3}(?:\s*\([^)]{1,30}\))?\s*[–—-]|` +
	`\p{Lu}[\p{L}.'’]*(?:[ ,]+\p{Lu}[\p{L}.'’]*){0,2}(?:\s*\([^)]{1,30}\))?\s*[–—])\s+`)

// sentenceItemText returns a sentence on one line without a leading dateline.
func sentenceItemText(d *document, sp briefing.Span) string {
	s := oneLineText(d.text[sp.Start:sp.End])
	if loc := datelineLead.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		s = s[loc[1]:]
	}
	return s
}

// commitmentHeadline renders the first commitment found in a sentence as a
// headline: actor, the verb in the present, and the action up to a purpose
// clause.
func commitmentHeadline(d *document, sent int) string {
	toks := d.clauseTokens(sent)
	for _, f := range scanCommitments(toks, 0) {
		if f.subj[0] >= f.subj[1] || f.inherited || f.cue >= len(toks) || commitVerbCues[toks[f.cue].lower].kind != commitStrong {
			continue
		}
		subj := toks[f.subj[0]:f.subj[1]]
		verb := presentVerb(toks[f.cue].lower, pluralSubject(subj))
		if verb == "" {
			continue
		}
		action := toks[f.cue+1 : f.action[1]]
		action = action[:purposeCut(action)]
		words := []string{joinToks(d.text, subj), verb}
		if len(action) > 0 {
			words = append(words, joinToks(d.text, action))
		}
		return headCapitalise(headWords(strings.Join(words, " "), maxHeadlineWords))
	}
	return ""
}

// presentVerbs turn a past cue into the present of a headline.
var presentVerbs = map[string]string{"agreed": "agree", "signed": "sign", "pledged": "pledge", "vowed": "vow",
	"promised": "promise", "ratified": "ratify", "committed": "commit", "swore": "swear", "undertook": "undertake"}

func presentVerb(w string, plural bool) string {
	base, ok := presentVerbs[w]
	if !ok {
		return ""
	}
	if plural {
		return base
	}
	if strings.HasSuffix(base, "y") {
		return strings.TrimSuffix(base, "y") + "ies"
	}
	return base + "s"
}

// pluralSubject reports whether a subject names more than one actor.
func pluralSubject(subj []token) bool {
	for _, t := range subj {
		switch t.lower {
		case "and", "both", "two", "they", "we", "leaders", "countries", "sides", "nations":
			return true
		}
	}
	return false
}

// purposeCut returns where a second "to" + verb starts a purpose clause
// ("to partner in trials | to combat the pandemic").
func purposeCut(action []token) int {
	for k := 1; k+1 < len(action); k++ {
		if action[k].lower == "to" && action[k+1].word && !action[k+1].cap && !cmDeterminers[action[k+1].lower] {
			return k
		}
	}
	return len(action)
}

// mainClause cuts a sentence to its main clause: no introductory phrase, no
// dateline, nothing after the first clause break, at most fourteen words.
func mainClause(d *document, sent briefing.Span) string {
	s := sentenceItemText(d, sent)
	if w := headFirstWord(s); cmPrepositions[w] || cmClauseOpeners[w] {
		if k := strings.Index(s, ", "); k > 0 && k < len(s)/2 {
			s = s[k+2:]
		}
	}
	for _, cut := range []string{"; ", ", which ", ", who ", " – ", " — ", ", according ", ", said ", ", says ",
		", saying ", ", adding "} {
		if k := strings.Index(s, cut); k > 0 {
			s = s[:k]
		}
	}
	return headCapitalise(headTrimEnd(headWords(headTrimEnd(s), maxHeadlineWords)))
}

// headTrimEnd drops closing punctuation and quotation marks left without
// their opening partner from the end of a headline.
func headTrimEnd(s string) string {
	for {
		t := strings.TrimRight(s, ".!?;:, ")
		for _, q := range []string{"\"", "”", "'", "’"} {
			if strings.HasSuffix(t, q) && (q == "\"" && strings.Count(t, q)%2 == 1 || q == "”" && strings.Count(t, "“") < strings.Count(t, q) ||
				(q == "'" || q == "’") && len(t) > 1 && strings.ContainsAny(t[len(t)-len(q)-1:len(t)-len(q)], ".!?,")) {
				t = strings.TrimSuffix(t, q)
			}
		}
		if t == s {
			return trimLoneQuotes(t)
		}
		s = t
	}
}

func headFirstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[0], ",.;:"))
}

// headWords keeps at most n words of s. A longer text is cut at its last
// clause break within the limit when that leaves five words or more, else
// after the n-th word, and never ends on a word such as "the" or "of".
func headWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	cut := n
	for k := n; k >= 5; k-- {
		if strings.HasSuffix(f[k-1], ",") || headBreaks[strings.ToLower(f[k])] {
			cut = k
			break
		}
	}
	f = f[:cut]
	for len(f) > 1 && headDangling[strings.ToLower(strings.Trim(f[len(f)-1], ",;:"))] {
		f = f[:len(f)-1]
	}
	return strings.TrimRight(strings.Join(f, " "), ",;:–—-")
}

// headBreaks open a clause a headline may end before.
var headBreaks = cmSet("and but that who which after before while because as when where during")

// headDangling cannot end a headline.
var headDangling = cmSet("the a an of to in on and or with for during by at from as its their his her our " +
	"this that these those is are was were be")

func headCapitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return strings.ToUpper(string(r)) + s[n:]
}
