package syntax

import (
	"bytes"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/assets"
)

func defaultModel(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The embedded model keeps its accuracy on the committed dev sample (300
// sentences it was not trained on). The floors sit a little below what it
// scores there.
func TestModelAccuracyOnDevSample(t *testing.T) {
	s := defaultModel(t).Evaluate(devSample(t))
	t.Logf("dev sample: %d words, UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f", s.Words, s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS)
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"UPOS", s.UPOS, minUPOS},
		{"XPOS", s.XPOS, minXPOS},
		{"lemma", s.Lemma, minLemma},
		{"UAS", s.UAS, minUAS},
		{"LAS", s.LAS, minLAS},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s %.2f is below %.2f", f.name, f.got, f.floor)
		}
	}
}

// The model file is a function of the model: writing the embedded model
// again gives the embedded file, byte for byte.
func TestModelFileRoundTrips(t *testing.T) {
	var buf bytes.Buffer
	if _, err := defaultModel(t).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), assets.SyntaxModel) {
		t.Fatal("the embedded model changes when read and written again")
	}
}

func TestDamagedModelIsRefused(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("hello"),
		"truncated": assets.SyntaxModel[:len(assets.SyntaxModel)/2],
	} {
		if _, err := ReadModel(data); err == nil {
			t.Errorf("%s: a damaged model was read", name)
		}
	}
}

// A model that asks for a feature set this program does not compute is
// refused with a message that says so.
func TestModelOfUnknownFeaturesIsRefused(t *testing.T) {
	data := append([]byte{byte(len(modelMagicSets))}, modelMagicSets...)
	_, err := ReadModel(append(data, 8))
	if err == nil || !strings.Contains(err.Error(), "features this program lacks") {
		t.Fatalf("got %v", err)
	}
}

// Every word's span slices the source to the word's form, whatever the
// script, and the tree has one root and no word heading itself.
func TestAnalyzeKeepsSpansExact(t *testing.T) {
	m := defaultModel(t)
	texts := map[string]string{
		"curly quotes":  "“We won’t sign,” the minister’s spokesman said — again.",
		"emoji":         "The deal 🎉 was signed on Monday 👍 by both sides.",
		"CJK":           "China (中国) and Japan 日本 agreed to talks.",
		"right to left": "The envoy met officials in القاهرة and said שלום.",
		"possessives":   "The countries' leaders and Morocco's king didn't agree.",
	}
	for name, text := range texts {
		s := m.Analyze(text, 0, len(text))
		if len(s.Words) == 0 {
			t.Fatalf("%s: no words", name)
		}
		checkTree(t, name, text, s)
	}
}

// checkTree checks spans, heads and relations of an analysed sentence.
func checkTree(t *testing.T, name, text string, s Sentence) {
	t.Helper()
	roots := 0
	for i, w := range s.Words {
		if text[w.Start:w.End] != w.Form {
			t.Fatalf("%s: word %d span %d:%d is %q, not %q", name, i, w.Start, w.End, text[w.Start:w.End], w.Form)
		}
		if w.Head == i || w.Head < -1 || w.Head >= len(s.Words) {
			t.Fatalf("%s: word %d has head %d", name, i, w.Head)
		}
		if w.Head < 0 {
			roots++
		}
		if w.UPOS == "" || w.XPOS == "" || w.Rel == "" || w.Lemma == "" {
			t.Fatalf("%s: word %d %q lacks an annotation: %+v", name, i, w.Form, w)
		}
	}
	if roots != 1 {
		t.Fatalf("%s: %d roots", name, roots)
	}
}

func TestAnalyzeAwkwardInput(t *testing.T) {
	m := defaultModel(t)
	long := strings.Repeat("the talks went on and on , ", 300) // 2,100 words
	texts := map[string]string{
		"only punctuation":    "?! ... -- !!! ,,, ;",
		"one word":            "Agreed",
		"a 2,100-word run-on": long,
		"invalid UTF-8":       "Talks \xff\xfe resumed.",
	}
	for name, text := range texts {
		s := m.Analyze(text, 0, len(text))
		checkTree(t, name, text, s)
	}
	if s := m.Analyze("   ", 0, 3); len(s.Words) != 0 {
		t.Fatalf("blank text gave %d words", len(s.Words))
	}
	if ws := m.Annotate(nil); len(ws) != 0 {
		t.Fatal("no forms should give no words")
	}
}
