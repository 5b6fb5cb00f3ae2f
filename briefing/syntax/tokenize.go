package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits the sentence text[start:end] into syntactic words the way
// UD English EWT writes them: punctuation split off, clitics split ("don't"
// → "do" "n't", "I'm" → "I" "'m", "Jones's" → "Jones" "'s", "cannot" →
// "can" "not", "gonna" → "gon" "na"), hyphenated compounds split into their
// parts and the hyphen ("long-term" → "long" "-" "term") except after
// prefixes such as "e-", "co-", "non-", "re-" and in phone numbers, "$" and
// units split from numbers ("$6.75bn" → "$" "6.75" "bn"), while
// abbreviations ("U.S.", "Mr.", "a.m.", "e.g."), numbers ("1,000.50"),
// URLs, e-mail addresses, runs of punctuation ("...", "--", "?!") and
// emoticons stay whole. Curly apostrophes count as straight ones.
//
// Only Form, Start and End are filled (Head is -1): Start and End are
// absolute byte offsets into text and text[Start:End] == Form for every
// word; no word starts or ends inside a UTF-8 sequence. start and end are
// clamped to the text and moved inward to rune boundaries. Invalid UTF-8
// bytes become one-byte words.
func Tokenize(text string, start, end int) []Word {
	start, end = clampSpan(text, start, end)
	if start >= end {
		return nil
	}
	t := tokenizer{text: text, end: end, finalDot: -1}
	t.out = make([]Word, 0, (end-start)/3+2)
	t.findFinalDot(start)
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if isSpace(r, n) {
			i += n
			continue
		}
		j := i + n
		for j < end {
			r, n = utf8.DecodeRuneInString(text[j:end])
			if isSpace(r, n) {
				break
			}
			j += n
		}
		t.chunk(i, j)
		i = j
	}
	return t.out
}

// clampSpan keeps the span inside the text and on rune boundaries.
func clampSpan(text string, start, end int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	for start < end && !utf8.RuneStart(text[start]) {
		start++
	}
	for end > start && end < len(text) && !utf8.RuneStart(text[end]) {
		end--
	}
	return start, end
}

func isSpace(r rune, n int) bool {
	return n == 1 && r < utf8.RuneSelf && asciiSpace(byte(r)) || r != utf8.RuneError && r >= utf8.RuneSelf && unicode.IsSpace(r)
}

func asciiSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}

type tokenizer struct {
	text     string
	end      int
	finalDot int // byte offset of the sentence-final full stop, or -1
	out      []Word
}

func (t *tokenizer) emit(s, e int) {
	if s < e {
		t.out = append(t.out, Word{Form: t.text[s:e], Start: s, End: e, Head: -1})
	}
}

// findFinalDot records the full stop that ends the sentence (before any
// closing quotes or brackets): EWT splits it even from an abbreviation.
func (t *tokenizer) findFinalDot(start int) {
	q := t.end
	for q > start {
		r, n := utf8.DecodeLastRuneInString(t.text[start:q])
		if isSpace(r, n) || strings.ContainsRune(`"')]}”’»`, r) {
			q -= n
			continue
		}
		break
	}
	if q > start && t.text[q-1] == '.' && (q-1 == start || t.text[q-2] != '.') {
		t.finalDot = q - 1
	}
}

// chunk splits one whitespace-delimited chunk text[a:b].
func (t *tokenizer) chunk(a, b int) {
	if t.link(a, b) {
		return
	}
	i := a
	for i < b {
		r, n := utf8.DecodeRuneInString(t.text[i:b])
		switch {
		case isWordRune(r, n):
			if k := shorthandAt(t.text[i:b]); k > 0 {
				t.emit(i, i+k)
				i += k
				continue
			}
			i = t.word(i, b)
		case r == '\'' || r == '’' || r == '‘' || r == '`':
			i = t.apostrophe(i, b)
		case r == '+' && i == a && i+1 < b && isDigitByte(t.text[i+1]):
			j := i + 1 // a dialling code: +44
			for j < b && isDigitByte(t.text[j]) {
				j++
			}
			t.emit(i, j)
			i = j
		case (r == '#' || r == '.' && i == a) && i+1 < b && isASCIILetter(t.text[i+1]):
			// a hashtag, or a file extension written alone (".doc")
			j := i + 1
			for j < b && (isASCIILetter(t.text[j]) || isDigitByte(t.text[j]) || t.text[j] == '_') {
				j++
			}
			t.emit(i, j)
			i = j
		default:
			if e := emoticonAt(t.text[i:b]); e > 0 {
				t.emit(i, i+e)
				i += e
				continue
			}
			i = t.punct(i, b, r, n)
		}
	}
}

func isWordRune(r rune, n int) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	if r == utf8.RuneError && n == 1 {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || r == 0x200C || r == 0x200D
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// link emits a URL or an e-mail address whole, with the punctuation that
// wraps it split off. It reports whether the chunk was one.
func (t *tokenizer) link(a, b int) bool {
	s := t.text[a:b]
	if !strings.Contains(s, "://") && !hasPrefixFold(strings.TrimLeft(s, `<(["'“‘`), "www.") && !isEmail(s) {
		return false
	}
	for a < b && strings.IndexByte(`<(["'`, t.text[a]) >= 0 {
		t.emit(a, a+1)
		a++
	}
	for _, q := range []string{"“", "‘"} {
		if strings.HasPrefix(t.text[a:b], q) {
			t.emit(a, a+len(q))
			a += len(q)
		}
	}
	e := b
	for e > a {
		r, n := utf8.DecodeLastRuneInString(t.text[a:e])
		if !strings.ContainsRune(`.,;:!?)]>"'”’`, r) {
			break
		}
		e -= n
	}
	t.emit(a, e)
	for i := e; i < b; {
		_, n := utf8.DecodeRuneInString(t.text[i:b])
		t.emit(i, i+n)
		i += n
	}
	return true
}

func hasPrefixFold(s, p string) bool { return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) }

// isEmail reports whether s holds name@host: a host with a dot, or a mail
// system's node name ("Bryngelson@AZURIX"); the name may be shortened with
// dots ("franz371...@gmail.com") or missing ("@example.com").
func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at < 0 || at == len(s)-1 {
		return false
	}
	host := strings.TrimRight(s[at+1:], `.,;:!?)]>"'”’`)
	if len(host) < 2 || !isASCIILetter(host[0]) {
		return false
	}
	if at == 0 {
		return strings.IndexByte(host, '.') > 0
	}
	name := strings.TrimRight(s[:at], ".")
	r, n := utf8.DecodeLastRuneInString(name)
	return name != "" && isWordRune(r, n)
}

// shorthands are the slashed abbreviations EWT keeps whole.
var shorthands = []string{"b/c", "w/o", "w/"}

// shorthandAt returns the length of the shorthand that s starts with when
// no letter or digit follows it, or 0.
func shorthandAt(s string) int {
	if len(s) < 2 || s[1] != '/' {
		return 0
	}
	for _, sh := range shorthands {
		if hasPrefixFold(s, sh) && (len(s) == len(sh) || !isWordStart(s[len(sh):])) {
			return len(sh)
		}
	}
	return 0
}

// emoticons are the ASCII faces EWT keeps as one word.
var emoticons = []string{":-)", ":-(", ";-)", ":-D", ":-P", ":'(", "^_^", ":)", ":(", ";)", ":D", ":P", ":p", "=)", "(:", "^^", "<3", ":/"}

// emoticonAt returns the length of the emoticon that s starts with when no
// letter or digit follows it, or 0.
func emoticonAt(s string) int {
	for _, e := range emoticons {
		if strings.HasPrefix(s, e) {
			if len(s) > len(e) {
				r, n := utf8.DecodeRuneInString(s[len(e):])
				if isWordRune(r, n) {
					continue
				}
			}
			return len(e)
		}
	}
	return 0
}

// punct emits the punctuation or symbol at i: a run of . ! ? is one word
// ("...", "?!"), as is a run of one repeated character ("--", "<<", "”");
// an emoji keeps its modifiers and joined parts.
func (t *tokenizer) punct(i, b int, r rune, n int) int {
	j := i + n
	switch {
	case r == '.' || r == '!' || r == '?':
		for j < b && strings.IndexByte(".!?", t.text[j]) >= 0 {
			j++
		}
	case r == utf8.RuneError && n == 1:
	case unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r):
		for j < b {
			r2, n2 := utf8.DecodeRuneInString(t.text[j:b])
			if r2 == 0x200D && j+n2 < b {
				_, n3 := utf8.DecodeRuneInString(t.text[j+n2 : b])
				j += n2 + n3
				continue
			}
			if r2 == 0xFE0F || r2 >= 0x1F3FB && r2 <= 0x1F3FF || unicode.Is(unicode.Mn, r2) || unicode.Is(unicode.Me, r2) {
				j += n2
				continue
			}
			break
		}
	default:
		for j < b {
			r2, n2 := utf8.DecodeRuneInString(t.text[j:b])
			if r2 != r || r == utf8.RuneError {
				break
			}
			j += n2
		}
	}
	t.emit(i, j)
	return j
}

// apostrophe handles a word that starts with an apostrophe: a clitic
// written apart ("'s", "'ll") and a shortened year ("'72", "'60s") are one word, a
// run of quote marks ("”", "‘’") is one word, any other apostrophe is a
// quote.
func (t *tokenizer) apostrophe(i, b int) int {
	_, n := utf8.DecodeRuneInString(t.text[i:b])
	j := i + n
	for j < b && isASCIILetter(t.text[j]) {
		j++
	}
	if j > i+n && isClitic(t.text[i+n:j]) && (j == b || !isWordStart(t.text[j:b])) {
		t.emit(i, j)
		return j
	}
	if j == i+n && j+2 <= b && isDigitByte(t.text[j]) && isDigitByte(t.text[j+1]) {
		e := j + 2
		if e < b && t.text[e] == 's' {
			e++ // the '60s
		}
		if e == b || !isWordStart(t.text[e:b]) {
			t.emit(i, e)
			return e
		}
	}
	for j = i + n; j < b; {
		r, n2 := utf8.DecodeRuneInString(t.text[j:b])
		if r != '\'' && r != '’' && r != '‘' && r != '`' {
			break
		}
		j += n2
	}
	t.emit(i, j)
	return j
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isWordStart(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return isWordRune(r, n)
}

// isClitic reports whether s (after the apostrophe) is s, m, d, ll, re or ve.
func isClitic(s string) bool {
	switch len(s) {
	case 1:
		c := s[0] | 0x20
		return c == 's' || c == 'm' || c == 'd'
	case 2:
		return strings.EqualFold(s, "ll") || strings.EqualFold(s, "re") || strings.EqualFold(s, "ve")
	}
	return false
}

// word scans the run of letters and digits at i, with the joiners that stay
// inside a token (decimal points and thousands commas between digits, the
// dots of abbreviations and host names, apostrophes and hyphens between
// letters, slashes and colons between digits, underscores), then emits its
// parts. It returns the end of the run.
func (t *tokenizer) word(i, b int) int {
	j := i
	for j < b {
		r, n := utf8.DecodeRuneInString(t.text[j:b])
		if isWordRune(r, n) {
			j += n
			continue
		}
		next := j + n
		if next >= b {
			break
		}
		nr, nn := utf8.DecodeRuneInString(t.text[next:b])
		if !isWordRune(nr, nn) {
			break
		}
		prevDigit := isDigitByte(t.text[j-1])
		nextDigit := isDigitByte(t.text[next])
		ok := false
		switch r {
		case '.', '-', '_', '\'', '’':
			ok = true
		case ',', ':', '/':
			ok = prevDigit && nextDigit
		case '&':
			ok = isASCIILetter(t.text[j-1]) && isASCIILetter(t.text[next]) // AT&T, P&L
		}
		if !ok {
			break
		}
		j = next
	}
	// A full stop right after the run belongs to it when the run is an
	// abbreviation, unless it ends the sentence.
	if j < b && t.text[j] == '.' && j != t.finalDot && (j+1 == b || t.text[j+1] != '.') &&
		(isAbbreviation(t.text[i:j]) || strings.EqualFold(t.text[i:j], "no") && t.digitAfter(j+1)) {
		t.emit(i, j+1)
		return j + 1
	}
	// A name in capitals with a plus for its allies: "OPEC+".
	if j < b && t.text[j] == '+' && j-i >= 2 && isUpperASCII(t.text[i:j]) && (j+1 == b || !isWordRune(utf8.DecodeRuneInString(t.text[j+1:b])) && t.text[j+1] != '+') {
		t.emit(i, j+1)
		return j + 1
	}
	// A currency written with its country: "US$", "HK$".
	if j < b && t.text[j] == '$' && j-i <= 2 && isUpperASCII(t.text[i:j]) {
		t.emit(i, j+1)
		return j + 1
	}
	t.parts(i, j)
	return j
}

// digitAfter reports whether the next word after offset p starts with a
// digit ("No. 10").
func (t *tokenizer) digitAfter(p int) bool {
	for p < t.end && asciiSpace(t.text[p]) {
		p++
	}
	return p < t.end && isDigitByte(t.text[p])
}

func isUpperASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < 'A' || s[k] > 'Z' {
			return false
		}
	}
	return s != ""
}

// abbreviations that keep their full stop (lower case, without it).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "bros": true, "vs": true, "etc": true, "no": false,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "gen": true, "sen": true, "rep": true, "gov": true,
	"lt": true, "col": true, "sgt": true, "capt": true, "mt": true, "ft": true, "dept": true, "univ": true,
	"approx": true, "ave": true, "blvd": true, "rd": true, "hon": true, "rev": true, "pres": true,
	"messrs": true, "ext": true, "attn": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true, "la": true, "calif": true, "conn": true, "fla": true, "ga": true, "va": true,
	"tex": true, "ariz": true, "colo": true, "md": true, "mich": true, "minn": true, "nev": true, "okla": true,
	"pa": true, "tenn": true, "wis": true, "ky": true, "ala": true, "ark": true, "kan": true, "neb": true, "cf": true, "fig": true, "est": true, "maj": true, "adm": true, "cmdr": true,
}

// isAbbreviation reports whether s, followed by a full stop, is written as
// an abbreviation: it has inner dots ("U.S", "e.g"), is a single letter
// (an initial) or is a known abbreviation.
func isAbbreviation(s string) bool {
	if strings.IndexByte(s, '.') > 0 {
		return true
	}
	if len(s) == 1 && isASCIILetter(s[0]) {
		return true
	}
	return lookupFold(abbreviations, s)
}

// hyphenPrefixes are the prefixes EWT keeps joined to the rest of the word.
var hyphenPrefixes = map[string]bool{
	"e": true, "co": true, "non": true, "pre": true, "post": true, "re": true, "pro": true, "anti": true,
	"semi": true, "mid": true, "multi": true, "ex": true, "sub": true, "un": true, "socio": true,
	"psycho": true, "vice": true, "over": true, "counter": true, "cross": true, "inter": true, "intra": true,
	"neo": true, "arch": true, "mis": true,
}

// parts splits a scanned run at its hyphens and slashes where EWT does and
// emits each part with its clitics and units split off.
func (t *tokenizer) parts(i, j int) {
	s := t.text[i:j]
	if strings.IndexByte(s, '-') < 0 && strings.IndexByte(s, '/') < 0 || keepHyphens(s) {
		t.piece(i, j)
		return
	}
	if strings.IndexByte(s, '/') > 0 && !keepSlashes(s) {
		p := i
		for k := i; k < j; k++ {
			if t.text[k] == '/' {
				t.piece(p, k)
				t.emit(k, k+1)
				p = k + 1
			}
		}
		t.piece(p, j)
		return
	}
	p := i
	for k := i; k < j; k++ {
		if t.text[k] != '-' {
			continue
		}
		if isHyphenPrefix(t.text[p:k]) {
			continue
		}
		t.piece(p, k)
		t.emit(k, k+1)
		p = k + 1
	}
	t.piece(p, j)
}

func isHyphenPrefix(s string) bool { return lookupFold(hyphenPrefixes, s) }

// lookupFold looks up the ASCII lower case of a short s in m without
// allocating; longer or non-letter keys give the zero value.
func lookupFold[V any](m map[string]V, s string) V {
	var buf [8]byte
	var zero V
	if len(s) > len(buf) {
		return zero
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return m[string(buf[:len(s)])]
}

// keepHyphens reports whether a hyphenated run is a phone or reference
// number that stays whole: digits only, and three groups or more or a
// 3-4 digit local number.
func keepHyphens(s string) bool {
	if strings.IndexByte(s, '-') < 0 {
		return false
	}
	groups, first, last := 1, 0, 0
	for k := 0; k < len(s); k++ {
		switch {
		case s[k] == '-':
			if groups == 1 {
				first = last
			}
			groups++
			last = 0
		case isDigitByte(s[k]):
			last++
		default:
			return false
		}
	}
	return groups >= 3 || (first == 3 || first == 1) && last == 4 // 853-1696, x3-5213
}

// keepSlashes reports whether digits joined by slashes are a date
// ("9/11", "3/8/00") rather than a fraction or ratio ("1/2").
func keepSlashes(s string) bool {
	if strings.IndexByte(s, '-') >= 0 {
		return false
	}
	return strings.Count(s, "/") >= 2 || len(s) >= 4
}

// piece emits one part of a run, splitting clitics, contractions written
// without apostrophe and units after numbers.
func (t *tokenizer) piece(i, j int) {
	if i >= j {
		return
	}
	s := t.text[i:j]
	if k := contractionSplit(s); k > 0 {
		t.emit(i, i+k)
		t.emit(i+k, j)
		return
	}
	if k := cliticStart(s); k > 0 {
		t.emit(i, i+k)
		t.emit(i+k, j)
		return
	}
	if k := unitStart(s); k > 0 {
		t.emit(i, i+k)
		t.emit(i+k, j)
		return
	}
	t.emit(i, j)
}

// cliticStart returns where a trailing clitic ('s 'm 'd 'll 're 've n't,
// straight or curly apostrophe) starts in s, or 0.
func cliticStart(s string) int {
	for _, ap := range []string{"'", "’"} {
		k := strings.LastIndex(s, ap)
		if k <= 0 {
			continue
		}
		rest := s[k+len(ap):]
		if (rest == "t" || rest == "T") && k >= 2 && (s[k-1]|0x20) == 'n' {
			if k-1 > 0 {
				return k - 1
			}
			return 0
		}
		if isClitic(rest) {
			if (rest == "s" || rest == "S") && isDigitByte(s[k-1]) {
				return 0 // the 1960's
			}
			return k
		}
	}
	return 0
}

// contractionSplit returns where to split a contraction written as one
// word ("cannot", "gonna", "dont"), or 0.
func contractionSplit(s string) int {
	return lookupFold(contractions, s)
}

// contractions maps a contraction (lower case) to the length of its first
// word.
var contractions = map[string]int{
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3,
	"dont": 2, "doesnt": 4, "didnt": 3, "cant": 2, "wont": 2, "isnt": 2, "arent": 3, "wasnt": 3,
	"werent": 4, "couldnt": 5, "wouldnt": 5, "shouldnt": 6, "havent": 4, "hasnt": 3, "hadnt": 3,
	"aint": 2, "im": 1,
}

// units that EWT splits from the number before them ("65k", "$6.75bn", "7:30PM").
var units = map[string]bool{
	"k": true, "m": true, "b": true, "bn": true, "mn": true, "mm": true, "cm": true, "km": true,
	"kg": true, "g": true, "lb": true, "lbs": true, "ft": true, "pm": true, "am": true, "mb": true,
	"gb": true, "tb": true, "mph": true, "kw": true, "mw": true, "mwh": true, "hrs": true, "min": true,
}

// unitStart returns where a unit after a number starts in s, or 0.
func unitStart(s string) int {
	if !isDigitByte(s[0]) {
		return 0
	}
	k := 0
	for k < len(s) && (isDigitByte(s[k]) || s[k] == '.' || s[k] == ',' || s[k] == ':') {
		k++
	}
	if k == len(s) || len(s)-k > 3 || !isDigitByte(s[k-1]) {
		return 0
	}
	for m := k; m < len(s); m++ {
		if !isASCIILetter(s[m]) {
			return 0
		}
	}
	if lookupFold(units, s[k:]) {
		return k
	}
	return 0
}
