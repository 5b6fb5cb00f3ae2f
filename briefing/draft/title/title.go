// Package title is the title stage of drafting: the article's own
// headline when the paste opens with one, else one built from the lead's
// main clause, never from page furniture.
package title

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/commitments"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/summary"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// maxHeadlineWords bounds a headline built from a sentence; a whole main
// clause may run headlineSlack words longer rather than be cut inside a
// phrase.
const (
	maxHeadlineWords = 12
	headlineSlack    = 4
)

// Headline returns the brief's title: the source's own title when given
// (an HTML title or e-mail subject, without the site's name), else the
// subject line of the message header the text opens with, else the
// article's headline heading the text (without a kicker such as "Live:";
// joined to the heading under it when it only names the body that issues
// the document, see mastheadTitle), else the lead commitment of the
// lead sentence ("Morocco and China agree to partner in vaccine trials"),
// else the lead's main clause: the first of these that is not cut off
// inside a phrase (see CutOff) and runs to at most 16 words, else to at
// most MaxTitleWords. Every word comes from the source; a title
// is never a cut-off phrase, a document code, a byline or a dateline.
func Headline(d *doc.Document, title string) string {
	if t := siteTitle(text.OneLineText(title)); t != "" {
		return t
	}
	if sp, ok := text.MailSubject(d.Text); ok {
		return text.OneLineText(d.Text[sp.Start:sp.End]) // "Subject: A simpler Brightwell": the message's own title
	}
	if sp, ok := text.TitleLine(d); ok {
		if t, ok := mastheadTitle(d, sp); ok {
			return t
		}
		if _, ok := text.Masthead(d); ok {
			if t := headingAbove(d); t != "" {
				return t // the masthead, a date, then the heading in capitals
			}
		}
		return text.DropKicker(text.OneLineText(d.Text[sp.Start:sp.End]))
	}
	if t := namedDocument(d); t != "" {
		return t // "AGREEMENT BETWEEN … AND … ON COOPERATION IN …": the document's name
	}
	if t := headingAbove(d); t != "" {
		return t // "RECOMMENDED ALL-SHARE MERGER OF …" under a masthead and a date
	}
	body := slices.DeleteFunc(text.BodySentences(d), func(si int) bool { return summary.Occasion(d, si) }) // "Good morning, it's eight o'clock" is no lead
	if len(body) == 0 {
		body = text.BodySentences(d)
	}
	if len(body) == 0 {
		return ""
	}
	lead := body[summary.LeadSentence(d, body)]
	heads := append([]string{commitmentHeadline(d, lead)}, mainClauses(d, lead)...)
	for _, h := range heads {
		if h != "" && text.WordCount(h) <= maxHeadlineWords+headlineSlack && !CutOff(d, lead, h) {
			return h
		}
	}
	for _, h := range heads {
		if h != "" && text.WordCount(h) <= text.MaxTitleWords && !CutOff(d, lead, h) {
			return h
		}
	}
	if h := laterHead(d, body, lead); h != "" {
		return h // the lead's clauses are all cut off by a misparse: the main clause of a sentence after it
	}
	for _, h := range heads {
		if h != "" {
			return h
		}
	}
	return ""
}

// laterReach is how many body sentences after the lead a title may be
// built from.
const laterReach = 2

// laterHead returns the main clause of one of the laterReach body
// sentences after the lead that is not cut off and runs to at most
// MaxTitleWords, or "".
func laterHead(d *doc.Document, body []int, lead int) string {
	at := slices.Index(body, lead)
	for _, si := range body[at+1 : min(len(body), at+1+laterReach)] {
		for _, h := range mainClauses(d, si) {
			if h != "" && text.WordCount(h) <= text.MaxTitleWords && !CutOff(d, si, h) {
				return h
			}
		}
	}
	return ""
}

// siteSuffixRe matches the site's name after a page title: " | Daily Mail
// Online", " - BBC News", " – The Guardian".
var siteSuffixRe = regexp.MustCompile(`\s+[|–—-]\s+(?:\p{Lu}[\p{L}.'’&]*\s?){1,4}$`)

// siteTitle drops the site's name from a page title.
func siteTitle(t string) string {
	if loc := siteSuffixRe.FindStringIndex(t); loc != nil && text.MoreWordsThan(t[:loc[0]], 2) {
		return t[:loc[0]]
	}
	return t
}

// commitmentHeadline renders the first commitment found in a sentence as a
// headline: actor, the verb in the present, and the action up to a purpose
// clause.
func commitmentHeadline(d *doc.Document, sent int) string {
	toks := text.ClauseTokens(d, sent)
	for _, f := range commitments.HeadlineClauses(d, sent, toks) {
		if f.Subj[0] >= f.Subj[1] || f.Inherited || f.Cue >= len(toks) || !f.Strong {
			continue
		}
		subj := withoutApposition(toks[f.Subj[0]:f.Subj[1]])
		for len(subj) > 1 && (!subj[len(subj)-1].Word || headAuxiliaries[subj[len(subj)-1].Lower]) {
			subj = subj[:len(subj)-1] // "Priya Shah," of "…, Priya Shah, has promised"; "trustees have" of "trustees have agreed"
		}
		verb := presentVerb(toks[f.Cue].Lower, f.Plural || pluralSubject(subj))
		if verb == "" {
			continue
		}
		action := toks[f.Cue+1 : f.Action[1]]
		action = action[:purposeCut(action)]
		for k, t := range action {
			if t.Text == "(" || t.Text == "[" { // "to pay $12m (£9.4m)": the conversion is an aside
				action = action[:k]
				break
			}
		}
		words := []string{text.JoinToks(d.Text, subj), verb}
		if len(action) > 0 {
			words = append(words, text.JoinToks(d.Text, action))
		}
		short := shortenClause(strings.Fields(strings.Join(words, " ")), maxHeadlineWords)
		kept := len(short) - len(strings.Fields(text.JoinToks(d.Text, subj))) - 1
		if !actionKept(d, action, kept) {
			continue // "X agree on Friday": the verb without what was agreed
		}
		if len(short) > maxHeadlineWords+headlineSlack {
			continue // a subject so long that the act would be cut away
		}
		return headCapitalise(strings.Join(short, " "))
	}
	return ""
}

// withoutApposition returns a subject without the description set off by
// commas after its name ("Greenhallow, a supermarket chain," →
// "Greenhallow"); a list ("Arland, Belova and Corso") and a description
// before a name stay whole.
func withoutApposition(subj []doc.Token) []doc.Token {
	if len(subj) < 4 || subj[len(subj)-1].Text != "," {
		return subj
	}
	c := slices.IndexFunc(subj, func(t doc.Token) bool { return t.Text == "," })
	if c >= 1 && c+1 < len(subj) && relativeWords[subj[c+1].Lower] && !slices.ContainsFunc(subj[:c], func(t doc.Token) bool { return t.Lower == t.Text }) {
		return subj[:c] // "The Aurora Shipping Alliance, whose members A, B and C operate 640 ships,": a clause on the name, not a list
	}
	if c < 1 || c == len(subj)-1 || slices.ContainsFunc(subj[c:], func(t doc.Token) bool { return t.Lower == "and" || t.Lower == "or" }) ||
		slices.ContainsFunc(subj[:c], func(t doc.Token) bool { return t.Lower == t.Text }) {
		return subj // not a name before the comma: "The head of the service, Priya Shah,"
	}
	return subj[:c]
}

// relativeWords open a relative clause set off by commas after a name.
var relativeWords = text.SetOf("who", "whose", "which")

// actionKept reports whether the first kept words of an action (the
// words after the verb a headline keeps) say what was committed to: more
// than a preposition and the date it opens ("on Friday").
func actionKept(d *doc.Document, action []doc.Token, kept int) bool {
	n := 0
	for _, t := range action {
		if n >= kept {
			break
		}
		n += len(strings.Fields(d.Text[t.Start:t.End]))
		if t.Word && !commitments.Prepositions[t.Lower] && !dayOrMonth[t.Lower] && len(dates.In(d, briefing.Span{Start: t.Start, End: t.End})) == 0 {
			return true
		}
	}
	return false
}

// dayOrMonth holds the weekdays and months, and the words that may come
// before them in a phrase of time.
var dayOrMonth = text.SetOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"last", "next", "this", "early", "late", "night", "morning", "evening", "afternoon")

// headAuxiliaries stand between a subject and the verb a commitment
// headline puts in the present, and go with the past form they belong to.
var headAuxiliaries = text.SetOf("have", "has", "had", "will", "would", "shall", "should", "can", "could", "may",
	"might", "must", "is", "are", "was", "were", "be", "been", "also", "now")

func presentVerb(w string, plural bool) string {
	base, ok := text.PresentVerbs[w]
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
// A subject is plural when it joins names, counts more than one, or its
// head noun (the last word before "of", "at", "in" or "from") is a plural
// in -s ("Ten former directors of the firm").
func pluralSubject(subj []doc.Token) bool {
	head := ""
	for _, t := range subj {
		switch t.Lower {
		case "and", "both", "two", "three", "four", "five", "ten", "they", "we", "leaders", "countries", "sides", "nations":
			return true
		case "of", "at", "in", "from", "for", "with":
			if head != "" {
				return pluralNoun(head)
			}
		}
		if t.Word {
			head = t.Lower
		}
	}
	return pluralNoun(head)
}

// pluralNoun reports whether a lower-case common noun looks plural.
func pluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is")
}

// purposeCut returns where a second "to" + verb starts a purpose clause
// ("to partner in trials | to combat the pandemic"; "on Tuesday to double
// trade | to boost growth").
func purposeCut(action []doc.Token) int {
	seen := len(action) > 0 && action[0].Lower == "to"
	for k := 1; k+1 < len(action); k++ {
		if action[k].Lower == "to" && action[k+1].Word && !action[k+1].Cap && !commitments.Determiners[action[k+1].Lower] {
			if seen {
				return k
			}
			seen = true
		}
	}
	return len(action)
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
			return commitments.TrimLoneQuotes(t)
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
var headBreaks = commitments.WordSet("and but that who which after before while because as when where during")

// headDangling cannot end a headline.
var headDangling = commitments.WordSet("the a an of to in on and or with for during by at from as its their his her our " +
	"this that these those is are was were be")

func headCapitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return strings.ToUpper(string(r)) + s[n:]
}
