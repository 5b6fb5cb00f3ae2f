package syntax

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// forms tokenises the whole text, checks every span and returns the forms.
func forms(t *testing.T, text string) []string {
	t.Helper()
	words := Tokenize(text, 0, len(text))
	out := make([]string, len(words))
	for k, w := range words {
		checkSpan(t, text, w)
		out[k] = w.Form
	}
	return out
}

func checkSpan(t *testing.T, text string, w Word) {
	t.Helper()
	if w.Start < 0 || w.End > len(text) || w.Start >= w.End || text[w.Start:w.End] != w.Form {
		t.Fatalf("word %q has span [%d,%d) in a text of %d bytes", w.Form, w.Start, w.End, len(text))
	}
	if !runeBoundary(text, w.Start) || !runeBoundary(text, w.End) {
		t.Fatalf("word %q [%d,%d) cuts a UTF-8 sequence", w.Form, w.Start, w.End)
	}
	if w.Head != -1 {
		t.Fatalf("word %q has head %d, want -1", w.Form, w.Head)
	}
}

// runeBoundary reports whether decoding text from its start (an invalid
// byte counting as one rune) stops at offset p.
func runeBoundary(text string, p int) bool {
	for i := 0; i < len(text); {
		if i == p {
			return true
		}
		if i > p {
			return false
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return p == len(text)
}

func TestTokenizeConventions(t *testing.T) {
	cases := []struct{ text, want string }{
		{"I don't know.", "I|do|n't|know|."},
		{"We can't, we cannot.", "We|ca|n't|,|we|can|not|."},
		{"They won't go", "They|wo|n't|go"},
		{"I'm sure we'll see they've gone and she'd stay", "I|'m|sure|we|'ll|see|they|'ve|gone|and|she|'d|stay"},
		{"I’m sure it’s Obama’s", "I|’m|sure|it|’s|Obama|’s"},
		{"DON'T", "DO|N'T"},
		{"the countries' leaders", "the|countries|'|leaders"},
		{"I'm gonna win", "I|'m|gon|na|win"},
		{"a long-term deal", "a|long|-|term|deal"},
		{"send an e-mail to co-workers", "send|an|e-mail|to|co-workers"},
		{"a non-profit re-election", "a|non-profit|re-election"},
		{"call 713-853-1696 now", "call|713-853-1696|now"},
		{"scores of 5-10", "scores|of|5|-|10"},
		{"It cost 1,000.50 euros", "It|cost|1,000.50|euros"},
		{"a $6.75bn deal", "a|$|6.75|bn|deal"},
		{"earning 65k a year", "earning|65|k|a|year"},
		{"at 7:30PM sharp", "at|7:30|PM|sharp"},
		{"the 1970s and the 20th century", "the|1970s|and|the|20th|century"},
		{"rose 100%", "rose|100|%"},
		{"The U.S. and Mr. Smith met at 9 a.m. today", "The|U.S.|and|Mr.|Smith|met|at|9|a.m.|today"},
		{"fruit, e.g. apples", "fruit|,|e.g.|apples"},
		{"He lives in the U.S.", "He|lives|in|the|U.S|."},
		{"Jennifer M. Anderson", "Jennifer|M.|Anderson"},
		{"see http://example.com/a?b=1, or www.example.org.", "see|http://example.com/a?b=1|,|or|www.example.org|."},
		{"mail <jo.smith@example.com> now", "mail|<|jo.smith@example.com|>|now"},
		{"write to jo...@example.com or Bryngelson@AZURIX or @example.org.", "write|to|jo...@example.com|or|Bryngelson@AZURIX|or|@example.org|."},
		{"b/c I went w/o #audiobooks, see the .doc file", "b/c|I|went|w/o|#audiobooks|,|see|the|.doc|file"},
		{"Wait... what -- really?!", "Wait|...|what|--|really|?!"},
		{"great :) see you ;-)", "great|:)|see|you|;-)"},
		{"\"Hello,\" he said (quietly).", "\"|Hello|,|\"|he|said|(|quietly|)|."},
		{"“Quoted” and ‘single’", "“|Quoted|”|and|‘|single|’"},
		{"and/or 9/11 1/2", "and|/|or|9/11|1|/|2"},
		{"in the '70s and '72, in the 70s", "in|the|'70s|and|'72|,|in|the|70s"},
		{"No. 10 and US$16 (no.)", "No.|10|and|US$|16|(|no|.|)"},
		{"AT&T and B & Q on Wed. call +44 20", "AT&T|and|B|&|Q|on|Wed.|call|+44|20"},
		{"OPEC+ producers and OPEC+, but C++ and A+ grades", "OPEC+|producers|and|OPEC+|,|but|C|++|and|A|+|grades"},
		{"Bush`s ``plan''", "Bush|`s|``|plan|''"},
		{"O'Brien's dog", "O'Brien|'s|dog"},
		{"Jones 's car", "Jones|'s|car"},
	}
	for _, c := range cases {
		got := strings.Join(forms(t, c.text), "|")
		if got != c.want {
			t.Errorf("Tokenize(%q)\n got  %s\n want %s", c.text, got, c.want)
		}
	}
}

func TestTokenizeSpansInText(t *testing.T) {
	text := "Skip this. He said “I’m here” 😀👍🏽 — 北京市 and 東京 ; مرحبا بالعالم, שלום! Café naïve."
	start := strings.Index(text, "He")
	words := Tokenize(text, start, len(text))
	if len(words) == 0 || words[0].Form != "He" || words[0].Start != start {
		t.Fatalf("first word %+v, want He at %d", words, start)
	}
	var got []string
	for _, w := range words {
		checkSpan(t, text, w)
		got = append(got, w.Form)
	}
	want := "He|said|“|I|’m|here|”|😀|👍🏽|—|北京市|and|東京|;|مرحبا|بالعالم|,|שלום|!|Café|naïve|."
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

// checkCover fails unless the words cover every byte of text[start:end]
// that is not white space, each once and in order.
func checkCover(t *testing.T, text string, start, end int, words []Word) {
	t.Helper()
	p := start
	for _, w := range words {
		checkSpan(t, text, w)
		if w.Start < p || strings.TrimSpace(text[p:w.Start]) != "" {
			t.Fatalf("bytes %q before word %q at %d are not covered", text[p:max(p, w.Start)], w.Form, w.Start)
		}
		p = w.End
	}
	if p < end && strings.TrimSpace(text[p:end]) != "" {
		t.Fatalf("the end %q is not covered", text[p:end])
	}
}

func TestTokenizeExampleArticle(t *testing.T) {
	data, err := os.ReadFile("../../testdata/morocco-china-call.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	words := Tokenize(text, 0, len(text))
	checkCover(t, text, 0, len(text), words)
	if len(words) < 300 {
		t.Fatalf("%d words in the example article", len(words))
	}
	// Line by line, as sentences inside the whole text.
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		checkCover(t, text, start, end, Tokenize(text, start, end))
		start = end + 1
	}
}

func TestTokenizeBadInput(t *testing.T) {
	long := strings.Repeat("word, ", 1000)
	cases := []struct {
		name       string
		text       string
		start, end int
		words      int // -1: any number
	}{
		{"empty text", "", 0, 0, 0},
		{"empty span", "Some text.", 4, 4, 0},
		{"span reversed", "Some text.", 6, 2, 0},
		{"span out of range", "Some text.", -5, 500, 3},
		{"only spaces", " \t\n ", 0, 4, 0},
		{"only punctuation", "?!... -- ,;: ()", 0, 15, 7},
		{"2,000 tokens", long, 0, len(long), 2000},
		{"invalid UTF-8", "ab\xffcd \xe2\x82 ok \xc3", 0, 15, -1},
		{"span inside a rune", "é été", 1, 7, 1},
	}
	for _, c := range cases {
		words := Tokenize(c.text, c.start, c.end)
		if c.words >= 0 && len(words) != c.words {
			t.Errorf("%s: %d words %+v, want %d", c.name, len(words), words, c.words)
		}
		for _, w := range words {
			checkSpan(t, c.text, w)
		}
	}
	words := Tokenize("ab\xffcd \xe2\x82 ok \xc3", 0, 15)
	if len(words) == 0 || words[len(words)-1].Form != "\xc3" {
		t.Errorf("invalid UTF-8: %+v", words)
	}
}

// BenchmarkTokenize700 tokenises a 700-word article.
func BenchmarkTokenize700(b *testing.B) {
	sentence := "The minister said on Tuesday that the U.S. wouldn't send $6.75bn in aid to the long-suffering region, " +
		"citing the 2015 agreement (signed in Paris) and officials' concerns... "
	text := strings.Repeat(sentence, 20) // 20 × 35 words
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text, 0, len(text))
	}
}

// FuzzTokenize checks that any text and span give words in order whose
// spans slice the text to their forms, never cutting a UTF-8 sequence, and
// that lemmas of them do not panic.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "I don't know.", "“Quoted” 😀👍🏽 北京 مرحبا", "ab\xffcd \xe2\x82 \xc3", "U.S. $6.75bn e-mail 713-853-1696 :) ...", "'s '' ‘’ -- #a .doc b/c x@y"} {
		f.Add(s, 0, len(s))
	}
	l := NewLemmatizer(map[string]string{"don't\tVB": "do"})
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		prev := -1
		words := Tokenize(text, start, end)
		if s, e := clampSpan(text, start, end); s < e && utf8.ValidString(text) {
			checkCover(t, text, s, e, words)
		}
		for _, w := range words {
			checkSpan(t, text, w)
			if w.Start < prev {
				t.Fatalf("word %q at %d starts before the end %d of the word before", w.Form, w.Start, prev)
			}
			prev = w.End
			for _, x := range []string{"NN", "NNS", "NNP", "NNPS", "VBD", "VBG", "VBZ", "JJR", "JJS", "CD", "VB"} {
				l.Lemma(w.Form, "X", x)
			}
		}
	})
}
