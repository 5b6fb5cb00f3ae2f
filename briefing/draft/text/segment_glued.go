package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// appendGlued appends the sentences of text[start:end], first cutting it
// where two sentences run together with no space after the terminal
// punctuation ("Hello world.Today is Tuesday."), then at the boundaries
// appendSplitAt finds.
func appendGlued(out []briefing.Span, text string, start, end int) []briefing.Span {
	from := start
	for _, cut := range gluedCuts(text[start:end]) {
		out = appendSplitAt(out, text, from, start+cut)
		from = start + cut
	}
	return appendSplitAt(out, text, from, end)
}

// gluedCuts returns the offsets in s where a sentence starts right after
// the terminal punctuation of the one before, without a space.
func gluedCuts(s string) []int {
	var cuts []int
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		end := strings.IndexFunc(s[i:], unicode.IsSpace)
		if end < 0 {
			end = len(s) - i
		}
		for _, c := range tokenCuts(s[i : i+end]) {
			cuts = append(cuts, i+c)
		}
		i += end
	}
	return cuts
}

// gluedTail returns the last sentence's part of tok: "Mr." for
// "Tuesday.Mr.".
func gluedTail(tok string) string {
	if c := tokenCuts(tok); len(c) > 0 {
		return tok[c[len(c)-1]:]
	}
	return tok
}

// gluedRe finds terminal punctuation (with an optional closing quote)
// directly followed by a capitalised word (with an optional opening quote).
var gluedRe = regexp.MustCompile(`([.!?]+["”’]?)(["“‘]?)(\p{Lu}[\p{L}'’]*)`)

// tokenCuts returns the offsets in tok, a run of text without spaces, where
// a new sentence starts. E-mail and web addresses, paths, abbreviations
// (U.S.A., Ph.D., e.g.), initials (J.R.R.), numbers (v2.0), file and
// domain names (report.PDF, Amazon.com) and names like ASP.NET or
// System.Collections.Generic are never cut.
func tokenCuts(tok string) []int {
	if strings.ContainsAny(tok, "@/\\") || strings.HasPrefix(strings.ToLower(tok), "www.") {
		return nil
	}
	var cuts []int
	from := len(tok) - len(strings.TrimLeft(tok, "\"“‘'(["))
	for _, m := range gluedRe.FindAllStringSubmatchIndex(tok, -1) {
		left, punct := tok[from:m[2]], tok[m[2]:m[3]]
		word, after := tok[m[6]:m[7]], tok[m[7]:]
		if gluedBoundary(left, punct, word, after) {
			cuts = append(cuts, m[3])
			from = m[4]
		}
	}
	return cuts
}

// gluedBoundary reports whether punct ends the sentence whose last word is
// left, so that word (followed in its token by after) starts the next one.
func gluedBoundary(left, punct, word, after string) bool {
	last, _ := utf8.DecodeLastRuneInString(left)
	if left == "" || strings.Count(punct, ".") > 1 || strings.Contains(left, ".") ||
		!(unicode.IsLetter(last) || unicode.IsDigit(last)) {
		return false
	}
	tail := left[strings.LastIndexFunc(left, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
	if unicode.IsLetter(last) && utf8.RuneCountInString(tail) < 2 {
		return false // an initial: "J.R.R."
	}
	lw, next := strings.ToLower(left)+".", strings.ToLower(word)
	if punct == "." && (prepositive[lw] || finalAbbrev[lw] && !Starters[next]) {
		return false
	}
	if len(after) > 1 && after[0] == '.' {
		if r, _ := utf8.DecodeRuneInString(after[1:]); unicode.IsLetter(r) {
			return false // a dotted name: "System.Collections.Generic"
		}
	}
	if nameEnds[next] || strings.ContainsFunc(word[1:], unicode.IsUpper) {
		return false // "Amazon.Com", "report.PDF", "ASP.NET", "Console.WriteLine"
	}
	if utf8.RuneCountInString(word) == 1 {
		return (word == "I" || word == "A") && after == "" && unicode.IsLetter(last)
	}
	return true
}

// nameEnds are the last parts of domain and file names that may be
// written capitalised ("Booking.Com", "Notes.Pdf").
var nameEnds = SetOf("com", "org", "net", "edu", "gov", "io", "uk", "info", "biz",
	"pdf", "doc", "docx", "txt", "htm", "html", "csv", "xls", "xlsx", "ppt", "pptx", "jpg", "jpeg", "png",
	"gif", "zip", "exe")
