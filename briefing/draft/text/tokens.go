package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// AbbrevWord holds lower-cased words whose final period belongs to them.
var AbbrevWord = SetOf("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cmdr", "adm",
	"maj", "brig", "sgt", "cpl", "pvt", "st", "mt", "ft", "jr", "sr", "prof", "rev", "hon", "pres", "supt",
	"insp", "inc", "corp", "co", "ltd", "bros", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", "plc", "messrs")

// tokenize splits sentence number sent, text[sp.Start:sp.End], into tokens.
func tokenize(text string, sp briefing.Span, sent int, out []doc.Token) []doc.Token {
	quoted := false
	i := sp.Start
	for i < sp.End {
		r, n := utf8.DecodeRuneInString(text[i:sp.End])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !IsWordRune(r) {
			switch r {
			case '“':
				quoted = true
			case '”':
				quoted = false
			case '"':
				quoted = !quoted
			}
			t := doc.Token{Start: i, End: i + n, Text: text[i : i+n], Sent: sent,
				Quoted: quoted || r == '”' || (r == '"' && !quoted)}
			t.Lower = lowerForm(t.Text)
			out = append(out, t)
			i += n
			continue
		}
		j := ScanWord(text, i, sp.End)
		t := doc.Token{Start: i, End: j, Word: true, Cap: unicode.IsUpper(r), Quoted: quoted, Sent: sent}
		w := text[i:j]
		t.Lower = lowerForm(w)
		for _, s := range []string{"’s", "'s", "’", "'"} {
			if len(w) > len(s) && strings.HasSuffix(w, s) && (len(s) > 1 || strings.HasSuffix(w[:len(w)-len(s)], "s")) {
				w, t.Poss = w[:len(w)-len(s)], true
				break
			}
		}
		t.Text = w
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
		case IsWordRune(r):
			i = ScanWord(text, i, sp.End)
		default:
			i += size
		}
		n++
	}
	return n
}

// IsWordRune reports whether r can start a word.
func IsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// ScanWord returns the end of the word starting at i: letters, digits and
// marks, joined by inner apostrophes, hyphens, periods, ampersands and
// slashes; a final period stays with abbreviations ("U.S.", "J.", "Dr."),
// not with numbers ("$6.75bn.").
func ScanWord(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if IsWordRune(r) || unicode.IsMark(r) {
			j += n
			continue
		}
		if strings.ContainsRune("'’-‑.&/+", r) && j+n < end {
			next, _ := utf8.DecodeRuneInString(text[j+n : end])
			if IsWordRune(next) {
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
		if strings.Contains(w, ".") && !unicode.IsDigit(first) || AbbrevWord[strings.ToLower(w)] || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(first)) {
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

// NameEnd returns where the token's text ends, before any possessive.
func NameEnd(t doc.Token) int { return t.Start + len(t.Text) }

// JoinToks renders toks from the source, keeping the source's own spacing
// collapsed to single spaces.
func JoinToks(text string, toks []doc.Token) string {
	if len(toks) == 0 {
		return ""
	}
	return strings.Join(strings.Fields(text[toks[0].Start:toks[len(toks)-1].End]), " ")
}

// ClauseTokens returns the tokens of sentence s of d as the commitment, summary
// and title stages read them: a number grouped by commas is one word
// ("350,000"), where the name stages see digits and commas.
func ClauseTokens(d *doc.Document, s int) []doc.Token {
	ts := d.SentenceTokens(s)
	for k := 0; k+2 < len(ts); k++ {
		if groupsDigits(ts[k], ts[k+1], ts[k+2]) {
			return joinDigitGroups(d.Text, ts)
		}
	}
	return ts[:len(ts):len(ts)]
}

// groupsDigits reports whether comma c joins the digits of a and b, written
// with no space between: "350" "," "000".
func groupsDigits(a, c, b doc.Token) bool {
	if !a.Word || a.Poss || c.Text != "," || a.End != c.Start || c.End != b.Start || !b.Word {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(a.Text)
	first, _ := utf8.DecodeRuneInString(b.Text)
	return unicode.IsDigit(last) && unicode.IsDigit(first)
}

// joinDigitGroups returns a copy of ts with each number grouped by commas
// made one token.
func joinDigitGroups(text string, ts []doc.Token) []doc.Token {
	out := make([]doc.Token, 0, len(ts))
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		for k+2 < len(ts) && groupsDigits(t, ts[k+1], ts[k+2]) {
			b := ts[k+2]
			t.End, t.Poss = b.End, b.Poss
			t.Text = text[t.Start : b.Start+len(b.Text)]
			t.Lower = lowerForm(text[t.Start:t.End])
			k += 2
		}
		out = append(out, t)
	}
	return out
}

// IndexTokens tokenizes every sentence into d.Tokens; the tokens of
// sentence s are d.Tokens[d.SentTok[s]:d.SentTok[s+1]].
func IndexTokens(d *doc.Document) {
	n := 0
	for _, sp := range d.Sentences {
		n += countTokens(d.Text, sp)
	}
	d.Tokens = make([]doc.Token, 0, n)
	d.SentTok = make([]int, 0, len(d.Sentences)+1)
	for s, sp := range d.Sentences {
		d.SentTok = append(d.SentTok, len(d.Tokens))
		d.Tokens = tokenize(d.Text, sp, s, d.Tokens)
	}
	d.SentTok = append(d.SentTok, len(d.Tokens))
}
