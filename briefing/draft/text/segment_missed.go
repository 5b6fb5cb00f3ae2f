package text

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// appendMissed appends the sentences of text[start:end], splitting it where
// Punkt missed a boundary: between the items of an inline list (and
// before the first, after the colon that introduces it), where no
// space follows the end of a sentence ("world.Today"), after "NUMBER."
// before a capital ("until 2023. Sen. Warren"), and after an abbreviation
// followed by a word that only starts sentences ("the U.S. How"), and
// after the pronoun "I" ("Neither am I. Thank you") and the word "no" ("nor
// a no. He said", an answer "No. The Board has confirmed").
func appendMissed(out []briefing.Span, text string, start, end int) []briefing.Span {
	cuts := listCuts(text, start, end)
	if len(cuts) == 0 {
		cuts = introducedCuts(text, start, end)
	}
	if len(cuts) == 0 {
		cuts = bulletCuts(text, start, end)
	}
	for _, cut := range cuts {
		out = appendGlued(out, text, start, cut)
		start = cut
	}
	return appendGlued(out, text, start, end)
}

// appendSplitAt splits one list item or sentence at missed boundaries.
func appendSplitAt(out []briefing.Span, text string, start, end int) []briefing.Span {
	s := text[start:end]
	lead := len(s) - len(strings.TrimLeft(s, " \t\r\n•‣⁃-*"))
	from := 0
	for _, m := range missedRe.FindAllStringSubmatchIndex(s, -1) {
		cut := m[3] // after the period and any closing quote
		if m[2] < from || m[3] <= from || !missedBoundary(s, m, lead) {
			continue
		}
		out = append(out, briefing.Span{Start: start + from, End: start + cut})
		from = cut
	}
	return append(out, briefing.Span{Start: start + from, End: end})
}

// missedRe finds a word ending in a period (with an optional closing quote)
// followed by white space and a capitalised word.
var missedRe = regexp.MustCompile(`(\S+\.["”’']?)\s+["“‘'(]?(\p{Lu}[\p{L}'’]*)`)

// missedBoundary decides whether match m of missedRe in s (a sentence whose
// list marker, if any, ends at lead) is a sentence boundary.
func missedBoundary(s string, m []int, lead int) bool {
	word := s[m[2]:m[3]]
	next := strings.ToLower(s[m[4]:m[5]])
	bare := strings.TrimRight(word, "\"”’'")
	switch dots := trailingDots(s[:m[2]+len(bare)]); {
	case dots == 3:
		return false
	case dots > 3:
		return true
	}
	if numberDotRe.MatchString(bare) {
		if m[2] <= lead || IsListMarker(s[:m[3]]) {
			return false
		}
		return !beforeNumber[strings.ToLower(LastWord(s[:m[2]]))]
	}
	lw := strings.ToLower(bare)
	if isAddress(bare) || acronymDot.MatchString(bare) && Starters[next] {
		return true // "… tell the FT. But Rover said"
	}
	if (isMultiDot(bare) || finalAbbrev[lw]) && Starters[next] || corpSuffix[lw] && sentenceOpening(s[m[4]:]) {
		return true
	}
	if bare == "I." && m[2] > 0 && !capitalisedBefore(s[:m[3]]) && plainLowerWord(LastWord(s[:m[2]])) {
		return true // "Neither am I. Thank you": the pronoun, no initial ("b I. Austin" in a scorecard is one)
	}
	if bare == "no." && Starters[next] || bare == "No." && m[2] <= lead {
		return true // "neither a yes nor a no. He did promise", "No. The Board has confirmed": the word, not the abbreviation of "number"
	}
	if (lw == "a.m." || lw == "p.m.") && prepositive[next+"."] {
		return MoreWordsThan(s[:m[2]], 3)
	}
	return false
}

// acronymDot matches an acronym in capitals ending a sentence ("FT.",
// "BBC.", "NATO."), which Punkt may take for an abbreviation.
var acronymDot = regexp.MustCompile(`^\p{Lu}{2,5}\.$`)

// beforeNumber are words after which "NUMBER." is a reference, not the
// end of a sentence ("No. 10. ").
var beforeNumber = SetOf("no.", "nos.", "p.", "pp.", "vol.", "art.", "fig.", "ch.", "para.", "number")

// isAddress reports whether w (ending in a period) is an e-mail address,
// web address or file name: "press@example.org.", "https://a.b/c.html.".
func isAddress(w string) bool {
	body := strings.TrimSuffix(w, ".")
	return len(body) > 4 && !isMultiDot(w) && (strings.ContainsAny(body, "@/") ||
		(strings.Contains(body, ".") && !strings.ContainsFunc(body, unicode.IsUpper) && !numberDotRe.MatchString(w)))
}

// numberDotRe matches a number ending a sentence, with or without a unit
// written against it: "2023.", "22.", "$100.00.", "9.8p.", "£520m.", "400MW.".
var numberDotRe = regexp.MustCompile(`(?i)^[$€£¥]?\d[\d,.]*(?:p|m|bn|tn|k|kg|km|mw|gw|kw|mph|%)?\.$`)

// listMarkerRe matches an item marker at the start of a list item:
// "1.", "1)", "1.)", "a.", "• 9.", "⁃10.".
var listMarkerRe = regexp.MustCompile(`^(?:[•‣⁃*\-–] ?)?(\d{1,3}|[a-z])(\.\)|\)|\.)\s`)

// IsListMarker reports whether s is only a list marker.
func IsListMarker(s string) bool {
	t := strings.TrimSpace(s)
	at := listMarkerRe.FindStringIndex(t + " ")
	return at != nil && at[1] == len(t)+1
}

// listCuts returns where the next items of an inline list start, when
// text[start:end] starts with an item marker: "1) one 2) two" is cut before
// "2)"; items must be numbered in sequence (or lettered a, b, c).
func listCuts(text string, start, end int) []int {
	s := text[start:end]
	m := listMarkerRe.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	var cuts []int
	label, suffix := m[1], m[2]
	bullet := strings.TrimSpace(s[:strings.Index(s, label)])
	for from := len(m[0]); ; {
		label = nextLabel(label)
		if label == "" {
			return cuts
		}
		marker := " " + bullet + label + suffix + " "
		if bullet != "" {
			if i := strings.Index(s[from:], " "+bullet+" "+label+suffix+" "); i >= 0 && (!strings.Contains(s[from:], marker) || i < strings.Index(s[from:], marker)) {
				marker = " " + bullet + " " + label + suffix + " "
			}
		}
		i := strings.Index(s[from:], marker)
		if i < 0 {
			return cuts
		}
		cuts = append(cuts, start+from+i+1)
		from += i + len(marker)
	}
}

// bullets are the marks of an unnumbered list item.
var bullets = []string{" • ", " ● ", " ▪ ", " ‣ ", " ◦ "}

// bulletCuts returns where the items of an unnumbered list run together on
// one line start ("Key points: • Prices rose • Jobs fell"), when there are
// two bullets or more.
func bulletCuts(text string, start, end int) []int {
	s := " " + text[start:end] // s[j+1] is text[start+j]
	for _, b := range bullets {
		if strings.Count(s, b) < 2 {
			continue
		}
		var cuts []int
		for j := strings.Index(s, b); j >= 0; {
			if j > 0 {
				cuts = append(cuts, start+j) // the bullet's own position
			}
			k := strings.Index(s[j+len(b):], b)
			if k < 0 {
				break
			}
			j += len(b) + k
		}
		return cuts
	}
	return nil
}

// nextLabel returns the label after l in a list: 9 → 10, a → b.
func nextLabel(l string) string {
	if n, err := strconv.Atoi(l); err == nil {
		return strconv.Itoa(n + 1)
	}
	if len(l) == 1 && l[0] >= 'a' && l[0] < 'z' {
		return string(l[0] + 1)
	}
	return ""
}

// corpSuffix are the abbreviations that end a company's name.
var corpSuffix = SetOf("inc.", "corp.", "ltd.", "co.", "plc.", "bros.", "llc.")

// sentenceOpening reports whether s opens like a sentence: a word in title
// case ("Former", not "CEO") followed by one in lower case. After a
// company's name that starts a new sentence: "… to MCI Inc. Former chief
// executive Bernard Ebbers …".
func sentenceOpening(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	w := strings.Trim(f[0], "\"“‘'(")
	r, n := utf8.DecodeRuneInString(w)
	nr, _ := utf8.DecodeRuneInString(f[1])
	return unicode.IsUpper(r) && n < len(w) && !strings.ContainsFunc(w[n:], unicode.IsUpper) && unicode.IsLower(nr)
}

// plainLowerWord reports whether w is a word of two or more letters, all
// in lower case ("am" of "Neither am I."; not "b" or "52;" of a scorecard).
func plainLowerWord(w string) bool {
	return len(w) > 1 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) < 0
}
