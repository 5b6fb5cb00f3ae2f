package title

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/commitments"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/summary"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// mainClauses builds headlines from sentence si's main clause, best
// first: subject, verb and object read from the parse when it gives them
// (see parsedClause) within maxHeadlineWords; the same found with
// word-level rules: without the dateline, an introductory phrase,
// bracketed and comma-enclosed asides, the attribution ("…, officials
// said") and what follows a clause break, trailing phrases dropped while a
// verb stays; the parsed clause within maxHeadlineWords+headlineSlack; then
// the word-level clause cut at each phrase break, longest first; last the
// parsed clause without the verb of a report by its own subject (see
// parsedClause), for a caller that refuses titles cut off inside a phrase.
func mainClauses(d *doc.Document, si int) []string {
	sent := d.Sentences[si]
	s := text.SentenceItemText(d, sent)
	var short, long, unreported string // from the parse
	if si < len(d.Parsed) {
		cuts := summary.TitleCuts(d, si)
		if c, ok := rootInTail(&d.Parsed[si], cuts); ok { // "Exports rose, figures show": the statement is the news
			s = text.SentenceItemText(d, briefing.Span{Start: sent.Start, End: c.Start})
		} else {
			short = parsedClause(&d.Parsed[si], d.Text, maxHeadlineWords, cuts, false)
			long = parsedClause(&d.Parsed[si], d.Text, maxHeadlineWords+headlineSlack, cuts, false)
			unreported = parsedClause(&d.Parsed[si], d.Text, maxHeadlineWords, cuts, true)
		}
	}
	if w := headFirstWord(s); commitments.Prepositions[w] || commitments.ClauseOpeners[w] {
		if k := strings.Index(s, ", "); k > 0 && k < len(s)/2 {
			s = s[k+2:]
		}
	}
	whole := s
	s = dropAsides(s)
	s = cutAttribution(s)
	for _, cut := range []string{"; ", " – ", " — ", " - ", ": ", ", but ", ", while ", ", as ", ", after ", ", which ", ", who "} {
		if k := strings.Index(s, cut); k > 0 && text.HasVerb(strings.Fields(s[:k])) {
			s = s[:k]
		}
	}
	f := shortenClause(strings.Fields(headTrimEnd(s)), maxHeadlineWords)
	if !text.HasVerb(f) {
		f = strings.Fields(headWords(headTrimEnd(whole), maxHeadlineWords))
	}
	out := []string{short, headCapitalise(headTrimEnd(headWords(strings.Join(f, " "), maxHeadlineWords))), long}
	for _, p := range phraseBreaks(strings.Fields(headTrimEnd(s)), maxHeadlineWords+headlineSlack) {
		out = append(out, headCapitalise(headTrimEnd(strings.Join(p, " "))))
	}
	return append(out, unreported)
}

// phraseBreaks returns the beginnings of a clause's words that end before
// a phrase or clause break and hold a verb, of at most n words and at
// least four, longest first.
func phraseBreaks(f []string, n int) [][]string {
	var out [][]string
	if len(f) <= n && text.HasVerb(f) {
		out = append(out, f)
	}
	for k := min(len(f)-1, n); k >= 4; k-- {
		if (clauseCuts[strings.ToLower(f[k])] || strings.HasSuffix(f[k-1], ",")) && text.HasVerb(f[:k]) {
			out = append(out, f[:k])
		}
	}
	return out
}

// rootInTail returns the attribution cut that holds the root of a parsed
// sentence: the parser took the verb of saying for the main verb ("Exports
// rose by a fifth, official figures show").
func rootInTail(s *syntax.Sentence, cuts []summary.CutRange) (summary.CutRange, bool) {
	r := s.Root()
	if r < 0 {
		return summary.CutRange{}, false
	}
	for _, c := range cuts {
		if c.Start > s.Start && s.Words[r].Start >= c.Start && s.Words[r].End <= c.End {
			return c, true
		}
	}
	return summary.CutRange{}, false
}

// asideRes match removable asides: a bracketed phrase, an age or a
// relative or appositive clause between commas ("Barry Beavis, 48, lost",
// "Mr Smith, who led the talks, said", "the firm, a unit of X, said").
var asideRes = []*regexp.Regexp{
	regexp.MustCompile(`\s*\([^()]*\)`),
	regexp.MustCompile(`,\s+(?:\d{1,3}|aged \d{1,3})\s*,`),
	regexp.MustCompile(`,\s+(?:who|which|whose|where|including|a|an|the|its|his|her|their|now|once|formerly|also)\s[^,;]{1,80},`),
}

// dropAsides removes the asides asideRes find.
func dropAsides(s string) string {
	for _, re := range asideRes {
		s = re.ReplaceAllString(s, "")
	}
	return s
}

// attributionHead matches who says it (its first group, a time word
// after it aside) before what they said.
var attributionHead = regexp.MustCompile(`^((?:\S+\s+){0,9}?\S+)\s+(?:(?:today|yesterday)\s+)?(?:said|says|announced|warned|reported|confirmed|claimed)(?:\s+on\s+\S+)?\s+that\s+`)

// reportedPronoun matches a pronoun for the speaker opening what they said.
var reportedPronoun = regexp.MustCompile(`^(?:it|they|we)\s`)

// cutAttribution drops the attribution of a sentence, keeping the clause
// that is reported; a pronoun opening it for the speaker gives way to the
// speaker's name ("Halvorsen and Kestrel today announced that they have
// signed …" → "Halvorsen and Kestrel have signed …").
func cutAttribution(s string) string {
	if loc := text.AttributionTail.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	m := attributionHead.FindStringSubmatchIndex(s)
	if m == nil || !text.HasVerb(strings.Fields(s[m[1]:])) {
		return s
	}
	rest := s[m[1]:]
	if p := reportedPronoun.FindString(rest); p != "" {
		return s[m[2]:m[3]] + " " + rest[len(p):]
	}
	return rest
}

// clauseCuts are words a trailing phrase of a headline may start with.
var clauseCuts = text.SetOf("in", "on", "at", "after", "before", "during", "since", "following", "with", "for", "from",
	"under", "by", "over", "as", "amid", "to", "because", "while", "when", "where", "which", "that", "who", "and",
	"but", "despite", "than", "into", "across", "against", "near", "about", "between", "through", "until", "if")

// shortenClause drops trailing phrases from the words of a clause, the
// last first, until at most n words remain, never cutting away its verb
// or leaving fewer than four words.
func shortenClause(f []string, n int) []string {
	for len(f) > n {
		cut := -1
		for k := len(f) - 1; k >= 4; k-- {
			if (clauseCuts[strings.ToLower(f[k])] || strings.HasSuffix(f[k-1], ",")) && text.HasVerb(f[:k]) {
				cut = k
				break
			}
		}
		if cut < 0 {
			return f
		}
		f = f[:cut]
		for len(f) > 1 && headDangling[strings.ToLower(strings.Trim(f[len(f)-1], ",;:"))] {
			f = f[:len(f)-1]
		}
	}
	return f
}
