package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stampRe matches a publication time stamp: a time, a zone, a weekday and a
// date with its year, in the orders news sites print them: "10:02 EST, 3
// April 2015", "1907 GMT (0307 HKT) April 4, 2015", "Mon 4 May 2015 12.29
// BST", "10:49 AM on 21st November 2011".
var stampRe = regexp.MustCompile(`(?:\d{1,2}[:.]\d{2}|\d{4})\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\b)?\s*(?:\(\d{1,2}[:.]?\d{2}\s*[A-Z]{2,4}\)\s*)?,?\s*(?:on\s+)?` +
	`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?` + stampDate + `|` +
	`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?` + stampDate + `(?:\s*(?:[,/|]|\s-)?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\b)?)?`)

// stampDate is a calendar date with its year, the month in words or in
// figures ("03/03/2027", "03.03.2027", "2027-03-03").
const stampDate = `(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + stampMonth + `,?\s+\d{4}|` + stampMonth + `\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|` +
	`\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})`

// stampMonth is a month's name or its abbreviation, in any case ("Jun",
// "JUN").
const stampMonth = `(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`

// stampLabelRe matches the label before a time stamp: "PUBLISHED:",
// "| UPDATED:", "Last updated at", "Posted", with the stray periods and
// bars of text copied from a page.
var stampLabelRe = regexp.MustCompile(`^[\s.|,]*(?i:published|updated|last updated|last modified|first published|posted|created|modified|issued)(?:\s+(?i:on|at))?\s*:?[\s.]*`)

// stampTimeRe matches a time of day alone, with its zone, which a
// labelled stamp after a dated one may give ("Published June 17, 2026,
// 6:02 a.m. ET | Updated 11:40 a.m. ET").
var stampTimeRe = regexp.MustCompile(`^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\b)?`)

// stampTail matches what may close a run of labelled stamps: periods,
// bars and spaces.
var stampTail = regexp.MustCompile(`^[\s.|]*`)

// stampRun returns the length of the labelled time stamps at the start of s
// ("PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . 15:36 EST, 25
// October 2013 ."), and 0 when s does not start with one.
func stampRun(s string) int {
	end := 0
	for {
		m := stampLabelRe.FindStringIndex(s[end:])
		if m == nil {
			break
		}
		rest := s[end+m[1]:]
		st := stampRe.FindStringIndex(rest)
		if (st == nil || st[0] != 0) && end > 0 {
			st = stampTimeRe.FindStringIndex(rest) // "| Updated 11:40 a.m. ET" after a dated stamp
		}
		if st == nil || st[0] != 0 {
			break
		}
		end += m[1] + st[1]
		end += len(stampTail.FindString(s[end:]))
	}
	if end == 0 { // an unlabelled stamp, alone or before labelled ones: "06:00, 7 JUN 2028 Updated 13:45, 7 JUN 2028"
		if st := stampRe.FindStringIndex(s); st != nil && st[0] == 0 {
			end = st[1] + len(stampTail.FindString(s[st[1]:]))
			if more := stampRun(s[end:]); more > 0 && stampLabelRe.MatchString(s[end:]) {
				end += more
			}
		}
	}
	return end
}

// stampLine reports whether s is only time stamps, with their labels.
func stampLine(s string) bool {
	n := stampRun(s)
	return n > 0 && strings.TrimSpace(s[n:]) == ""
}

// bylineNameRe matches "By" and the author before a time stamp or a body:
// "By . Daily Mail Reporter . ", "By JOHN SMITH ", "By Sam Webb for
// MailOnline ", "By Sam Webb and Jo Li, Political Editor ".
var (
	bylineDotted = regexp.MustCompile(`^(?:By|BY)\s+\.\s+[^.]{1,80}?\s+\.\s+`)
	bylineCaps   = regexp.MustCompile(`^(?:By|BY)\s+\p{Lu}[\p{Lu}'’-]+(?:\s+(?:\p{Lu}[\p{Lu}'’.-]+|AND|and|&))*(?:,\s+\p{Lu}[\p{Lu} ]+)?(?:\s+|$)`)
	bylineFor    = regexp.MustCompile(`^(?:By|BY)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:(?:and|&)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})?` +
		`(?:[Ff]or|[Ii]n)\s+(?:MailOnline|Mail Online|Dailymail\.com|DailyMail\.com|(?:the |The )?(?:Daily Mail|Mail on Sunday)(?: Australia)?|` +
		`The Daily Telegraph|The Telegraph|The Sun|(?:the |The )?Associated Press|Reuters|AFP)\s+`)
	bylineNamed = regexp.MustCompile(`^(?:By|BY)\s+(?:\.\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:(?:and|&)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})?(?:[,.|]\s*)?(?:(?:on|at)\s+)?`)
)

// agencyPrefixRe matches an agency in brackets opening a story: "(CNN)",
// "(Reuters) - ".
var agencyPrefixRe = regexp.MustCompile(`^\((?:CNN|Reuters|AP|AFP|Bloomberg|UPI|Xinhua|PA)\)\s*(?:--?|–|—)?\s*`)

// bylinePrefix returns the length of the byline, time stamps or agency tag
// opening a paragraph whose article text follows in the same paragraph,
// and 0 when there is none.
func bylinePrefix(s string) int {
	if m := agencyPrefixRe.FindStringIndex(s); m != nil {
		return m[1]
	}
	if n := stampRun(s); n > 0 {
		return n
	}
	if !strings.HasPrefix(s, "By ") && !strings.HasPrefix(s, "BY ") {
		return 0
	}
	for _, re := range []*regexp.Regexp{bylineDotted, bylineFor, bylineCaps} {
		if m := re.FindStringIndex(s); m != nil {
			if re == bylineCaps && !MoreWordsThan(strings.TrimSpace(s[:m[1]]), 2) {
				continue
			}
			return m[1] + stampRun(s[m[1]:])
		}
	}
	// "By Jane Smith PUBLISHED: …": a name, then labelled stamps.
	if m := bylineNamed.FindStringIndex(s); m != nil {
		if n := stampRun(s[m[1]:]); n > 0 {
			return m[1] + n
		}
	}
	return 0
}

// bylineTailWords may stand in lower case in a byline's tail ("Jo Li, for
// the BBC in Washington").
var bylineTailWords = SetOf("and", "for", "in", "at", "of", "the", "de", "van", "von", "al", "bin", "&", "|", "-", "–", "—")

// bylineLine reports whether s is a byline alone: "By" and names in
// capitals, then an optional role, outlet or place after a comma or bar,
// each word capitalised or a linking word ("By Jo Li, Political Editor",
// "By JOHN SMITH", "by Jo Li"), or "By . Daily Mail Reporter .", with time stamps
// allowed after it. "By contrast, …" and "By Monday's close, …" are prose.
func bylineLine(s string) bool {
	s = bylineHead(s)
	f := strings.Fields(strings.NewReplacer(",", " ", "|", " ", " . ", " ").Replace(bylineNames(s) + " "))
	if len(f) < 2 || f[0] != "By" && f[0] != "BY" && f[0] != "by" || len(f) > MaxBylineWords {
		return stampLine(s) || agencyLine(s)
	}
	if n := stampRun(s); n == 0 {
		for _, w := range f[1:] {
			w = strings.Trim(w, ".")
			r, _ := utf8.DecodeRuneInString(w)
			if w != "" && !unicode.IsUpper(r) && !bylineTailWords[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") ||
				strings.ContainsFunc(w, unicode.IsDigit) {
				return stampRun(s[bylineNamedEnd(s):]) > 0 && bylineNamedEnd(s) > 0
			}
		}
	}
	return true
}

// bylineNames returns s without a role written in lower case after the
// names' comma ("By Jo Li, political correspondent" → "By Jo Li"): a line
// alone, with no closing stop, of at most four lower-case words after the
// comma. A sentence ("By Friday, most had left.") keeps its words.
func bylineNames(s string) string {
	head, role, ok := strings.Cut(strings.TrimSpace(s), ",")
	words := strings.Fields(role)
	if !ok || len(words) == 0 || len(words) > 4 || strings.ContainsAny(role, ".!?:;\"'“”") {
		return s
	}
	for _, w := range words {
		if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) && r != '-' }) >= 0 {
			return s
		}
	}
	return head
}

// bylineNamedEnd returns where the names of a byline end, or 0.
func bylineNamedEnd(s string) int {
	if m := bylineNamed.FindStringIndex(s); m != nil {
		return m[1]
	}
	return 0
}

// agencyRe matches a line that is only a news agency or outlet's name.
var agencyRe = regexp.MustCompile(`^\(?(?:` + agencyNames + `|BBC News(?:,? [A-Z][\p{L} ]{1,30})?|Sky News|Daily Mail Reporter|MailOnline|Mail Online|Staff Reporter|Staff Writer)\)?\.?$`)

// agencyNames are the news agencies' names a byline or sign-off gives.
const agencyNames = `Reuters|AP|AFP|CNN|Associated Press|Agence France-Presse|Bloomberg|PA Media|Press Association|UPI|Xinhua`

// agencyLine reports whether s only names an agency or outlet.
func agencyLine(s string) bool { return agencyRe.MatchString(s) }

// bylineLabelRe matches the opening of a byline in its other forms: "by:",
// "Written by", "Posted by", a release's "NEWS PROVIDED BY", "By political
// reporter".
var bylineLabelRe = regexp.MustCompile(`^(?:(?i:written|story|words|text|reported|posted|news provided|exclusive) )?(?:[Bb]y|BY):?\s+` +
	`(?:(?:[a-z-]+\s+){0,3}(?:` + strings.Join(roleList, "|") + `)s?\s+)?`)

// bylineHead returns s with its byline's opening written "By ": "by: Dana
// Whitcomb" and "By political reporter Amina Bello" read as "By Dana
// Whitcomb" and "By Amina Bello".
func bylineHead(s string) string {
	if m := bylineLabelRe.FindStringIndex(s); m != nil {
		return "By " + s[m[1]:]
	}
	return s
}

// pipedStamp reports whether s is a page's header line whose fields
// vertical bars set apart, one a time stamp and each other a word or a
// name in capitals, a section or an outlet: "Live | Nordic Business Daily
// | Updated 25 July 2025, 15:10 CEST".
func pipedStamp(s string) bool {
	fields := strings.Split(strings.ReplaceAll(s, " // ", " "), "|") // "Privacy | Tue 16 Jun 2026 // 14:32 UTC | Nadia Okonkwo": a date and its time
	if len(fields) < 2 {
		return false
	}
	stamped := false
	for _, f := range fields {
		switch f = strings.TrimSpace(f); {
		case stampLine(f):
			stamped = true
		case f != "" && !nameShaped(f) && !oneCapitalWord(f):
			return false
		}
	}
	return stamped
}

// oneCapitalWord reports whether s is a single word of letters opening
// with a capital ("Live", "Politics").
func oneCapitalWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

// dottedByline reports whether s is a broadcaster's byline with its fields
// parted by middle dots: the author's name, the outlet and a labelled time
// stamp ("Jordan Beaulieu · Prairie Public Broadcasting News · Posted: Mar
// 04, 2026 1:15 PM CST | Last Updated: 2 hours ago").
func dottedByline(s string) bool {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == '·' || r == '•' })
	if len(fields) < 2 || !personNameShaped(strings.TrimSpace(fields[0])) {
		return false
	}
	stamped := false
	for _, f := range fields[1:] {
		f = strings.TrimSpace(f)
		switch {
		case stampLabelRe.MatchString(f):
			stamped = true
		case WordCount(f) > maxOutletWords:
			return false
		}
	}
	return stamped
}

// maxOutletWords is the most words an outlet's name in a byline has.
const maxOutletWords = 6

// personNameShaped reports whether s is two to four capitalised words, as
// an author's name is.
func personNameShaped(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !FirstRuneUpper(w) || strings.ContainsAny(w, ":0123456789") {
			return false
		}
	}
	return true
}

// pipedByline reports whether s is a byline whose fields vertical bars set
// apart, each after the first a time stamp, a reading time, an outlet or
// a role: "By Marta Olsen | Mar 3, 2027 | 4 min read".
func pipedByline(s string) bool {
	fields := strings.Split(s, "|")
	if len(fields) < 2 || !bylineLine(strings.TrimSpace(fields[0])) {
		return false
	}
	for _, f := range fields[1:] {
		if f = strings.TrimSpace(f); f != "" && !stampLine(f) && !pageToolRe.MatchString(f) && !agencyLine(f) && !roleLine(f) {
			return false
		}
	}
	return true
}
