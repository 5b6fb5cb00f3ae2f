package text

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// tokenTexts renders tokens as "text" for words (with ’s marked) and the
// mark itself for punctuation, joined by spaces.
func tokenTexts(ts []doc.Token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
		if t.Poss {
			b.WriteString("+s")
		}
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct{ text, want string }{
		{"China’s AT&T deal cost $6.75bn.", "China+s AT&T deal cost $ 6.75bn ."},
		{"Mr. Smith met U.S. and U.N. staff.", "Mr. Smith met U.S. and U.N. staff ."},
		{"Harry S. Truman took office on Jan. 5.", "Harry S. Truman took office on Jan. 5 ."},
		{"About 350,000 COVID-19 tests, don't worry.", "About 350 , 000 COVID-19 tests , don't worry ."},
		{"The firms’ OPEC+ talks and/or Jean‑Paul.", "The firms ’ OPEC+ talks and/or Jean‑Paul ."},
	}
	for _, tt := range tests {
		d := tokenised(tt.text)
		var all []doc.Token
		for s := range d.Sentences {
			all = append(all, ClauseTokens(d, s)...)
		}
		if got := tokenTexts(d.Tokens); got != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
		if len(all) == 0 {
			t.Errorf("clauseTokens(%q) is empty", tt.text)
		}
	}
}

func TestClauseTokens(t *testing.T) {
	tests := []struct {
		text, want string
		lower      []string // lower forms of the words, in order
	}{
		{"Kenya will hire 1,000 staff.", "Kenya will hire 1,000 staff .", []string{"kenya", "will", "hire", "1,000", "staff"}},
		{"It pays $1,200,000’s worth, 5, 6.", "It pays $ 1,200,000+s worth , 5 , 6 .", []string{"it", "pays", "1,200,000's", "worth", "5", "6"}},
		{"He said “we will sign” today.", "He said “ we will sign ” today .", []string{"he", "said", "we", "will", "sign", "today"}},
	}
	for _, tt := range tests {
		d := tokenised(tt.text)
		ts := ClauseTokens(d, 0)
		if got := tokenTexts(ts); got != tt.want {
			t.Errorf("clauseTokens(%q) = %q, want %q", tt.text, got, tt.want)
		}
		var lower []string
		for _, tok := range ts {
			if tok.Word {
				lower = append(lower, tok.Lower)
			}
			if got := tt.text[tok.Start:tok.End]; !strings.HasPrefix(got, tok.Text) {
				t.Errorf("%q: token %q does not start its span %q", tt.text, tok.Text, got)
			}
		}
		if strings.Join(lower, "|") != strings.Join(tt.lower, "|") {
			t.Errorf("clauseTokens(%q) lower = %q, want %q", tt.text, lower, tt.lower)
		}
	}
}

func TestTokensQuoted(t *testing.T) {
	text := `He said “we will sign” and "they agree" now.`
	d := tokenised(text)
	var quoted []string
	for _, tok := range ClauseTokens(d, 0) {
		if tok.Quoted {
			quoted = append(quoted, tok.Text)
		}
	}
	want := `“ we will sign ” " they agree "`
	if got := strings.Join(quoted, " "); got != want {
		t.Errorf("quoted tokens = %q, want %q", got, want)
	}
}

func TestClauseTokensLeaveTheDocumentAlone(t *testing.T) {
	text := "Kenya will hire staff. Uganda will hire more."
	d := tokenised(text)
	_ = append(ClauseTokens(d, 0), doc.Token{Text: "x"})
	if got, want := tokenTexts(d.Tokens), "Kenya will hire staff . Uganda will hire more ."; got != want {
		t.Errorf("appending to a sentence's tokens changed the document: %q, want %q", got, want)
	}
}

// tokenised returns src split into sentences and tokens.
func tokenised(src string) *doc.Document {
	d := &doc.Document{Text: src, Sentences: Segment(src)}
	IndexTokens(d)
	return d
}
