package draft

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// abbrevWord holds lower-cased words whose final period belongs to them.
var abbrevWord = setOf("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cmdr", "adm",
	"maj", "brig", "sgt", "cpl", "pvt", "st", "mt", "ft", "jr", "sr", "prof", "rev", "hon", "pres", "supt",
	"insp", "inc", "corp", "co", "ltd", "bros", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", "plc", "messrs")

// tokenize splits sentence number sent, text[sp.Start:sp.End], into tokens.
func tokenize(text string, sp briefing.Span, sent int, out []token) []token {
	quoted := false
	i := sp.Start
	for i < sp.End {
		r, n := utf8.DecodeRuneInString(text[i:sp.End])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			switch r {
			case '“':
				quoted = true
			case '”':
				quoted = false
			case '"':
				quoted = !quoted
			}
			t := token{start: i, end: i + n, text: text[i : i+n], sent: sent,
				quoted: quoted || r == '”' || (r == '"' && !quoted)}
			t.lower = lowerForm(t.text)
			out = append(out, t)
			i += n
			continue
		}
		j := scanWord(text, i, sp.End)
		t := token{start: i, end: j, word: true, cap: unicode.IsUpper(r), quoted: quoted, sent: sent}
		w := text[i:j]
		t.lower = lowerForm(w)
		for _, s := range []string{"’s", "'s", "’", "'"} {
			if len(w) > len(s) && strings.HasSuffix(w, s) && (len(s) > 1 || strings.HasSuffix(w[:len(w)-len(s)], "s")) {
				w, t.poss = w[:len(w)-len(s)], true
				break
			}
		}
		t.text = w
		out = append(out, t)
		i = j
	}
	return out
}

// countTokens returns how many tokens tokenize makes of text[sp.Start:sp.End],
// so that the token list is allocated once at its final size.
func countTokens(text string, sp briefing.Span) int {
	n := 0
	for i := sp.Start; i < sp.End; {
		r, size := utf8.DecodeRuneInString(text[i:sp.End])
		switch {
		case unicode.IsSpace(r):
			i += size
			continue
		case isWordRune(r):
			i = scanWord(text, i, sp.End)
		default:
			i += size
		}
		n++
	}
	return n
}

// isWordRune reports whether r can start a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// scanWord returns the end of the word starting at i: letters, digits and
// marks, joined by inner apostrophes, hyphens, periods, ampersands and
// slashes; a final period stays with abbreviations ("U.S.", "J.", "Dr."),
// not with numbers ("$6.75bn.").
func scanWord(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if isWordRune(r) || unicode.IsMark(r) {
			j += n
			continue
		}
		if strings.ContainsRune("'’-‑.&/+", r) && j+n < end {
			next, _ := utf8.DecodeRuneInString(text[j+n : end])
			if isWordRune(next) {
				j += n
				continue
			}
		}
		if r == '+' && j > i { // "OPEC+"
			j += n
		}
		break
	}
	if j < end && text[j] == '.' {
		w := text[i:j]
		first, _ := utf8.DecodeRuneInString(w)
		if strings.Contains(w, ".") && !unicode.IsDigit(first) || abbrevWord[strings.ToLower(w)] || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(first)) {
			j++
		}
	}
	return j
}

var straightApostrophes = strings.NewReplacer("’", "'", "‘", "'")

// lowerForm returns s in lower case with curly apostrophes made straight.
func lowerForm(s string) string {
	s = strings.ToLower(s)
	if strings.ContainsAny(s, "’‘") {
		s = straightApostrophes.Replace(s)
	}
	return s
}

// nameEnd returns where the token's text ends, before any possessive.
func nameEnd(t token) int { return t.start + len(t.text) }

// joinToks renders toks from the source, keeping the source's own spacing
// collapsed to single spaces.
func joinToks(text string, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	return strings.Join(strings.Fields(text[toks[0].start:toks[len(toks)-1].end]), " ")
}

// clauseTokens returns the tokens of sentence s of d as the commitment, summary
// and title stages read them: a number grouped by commas is one word
// ("350,000"), where the name stages see digits and commas. The document is
// indexed first when no earlier stage has (the parties stage normally does).
func clauseTokens(d *Document, s int) []token {
	if len(d.sentTok) != len(d.sentences)+1 {
		indexTokens(d)
	}
	ts := d.sentenceTokens(s)
	for k := 0; k+2 < len(ts); k++ {
		if groupsDigits(ts[k], ts[k+1], ts[k+2]) {
			return joinDigitGroups(d.text, ts)
		}
	}
	return ts[:len(ts):len(ts)]
}

// groupsDigits reports whether comma c joins the digits of a and b, written
// with no space between: "350" "," "000".
func groupsDigits(a, c, b token) bool {
	if !a.word || a.poss || c.text != "," || a.end != c.start || c.end != b.start || !b.word {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(a.text)
	first, _ := utf8.DecodeRuneInString(b.text)
	return unicode.IsDigit(last) && unicode.IsDigit(first)
}

// joinDigitGroups returns a copy of ts with each number grouped by commas
// made one token.
func joinDigitGroups(text string, ts []token) []token {
	out := make([]token, 0, len(ts))
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		for k+2 < len(ts) && groupsDigits(t, ts[k+1], ts[k+2]) {
			b := ts[k+2]
			t.end, t.poss = b.end, b.poss
			t.text = text[t.start : b.start+len(b.text)]
			t.lower = lowerForm(text[t.start:t.end])
			k += 2
		}
		out = append(out, t)
	}
	return out
}

// indexTokens tokenizes every sentence into d.tokens; the tokens of
// sentence s are d.tokens[d.sentTok[s]:d.sentTok[s+1]].
func indexTokens(d *Document) {
	n := 0
	for _, sp := range d.sentences {
		n += countTokens(d.text, sp)
	}
	d.tokens = make([]token, 0, n)
	d.sentTok = make([]int, 0, len(d.sentences)+1)
	for s, sp := range d.sentences {
		d.sentTok = append(d.sentTok, len(d.tokens))
		d.tokens = tokenize(d.text, sp, s, d.tokens)
	}
	d.sentTok = append(d.sentTok, len(d.tokens))
}
