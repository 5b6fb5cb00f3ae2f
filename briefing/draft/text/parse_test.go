package text

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

func TestAnalyseParsesEverySentenceWithExactSpans(t *testing.T) {
	src := "The two countries signed a deal on Monday. “We won’t back down,” she said."
	d := &doc.Document{Text: src, Sentences: Segment(src)}
	parsed, err := Parse(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(parsed) != len(d.Sentences) || len(parsed) != 2 {
		t.Fatalf("%d sentences parsed", len(parsed))
	}
	for _, s := range parsed {
		for _, w := range s.Words {
			if src[w.Start:w.End] != w.Form {
				t.Fatalf("span %d:%d is not %q", w.Start, w.End, w.Form)
			}
		}
	}
	if w := parsed[0].Words[parsed[0].Root()]; w.Lemma != "sign" {
		t.Fatalf("the first sentence's root is %q", w.Form)
	}
}

func TestAnalyseStopsAtItsWordBudget(t *testing.T) {
	src := strings.Repeat("The talks resumed in the capital after a short break. ", maxParsedWords/10+200)
	d := &doc.Document{Text: src, Sentences: Segment(src)}
	parsed, err := Parse(d)
	if err != nil {
		t.Fatal(err)
	}
	words, empty := 0, 0
	for i, s := range parsed {
		words += len(s.Words)
		if len(s.Words) == 0 {
			empty++
			if s.Start != d.Sentences[i].Start || s.End != d.Sentences[i].End {
				t.Fatal("an unparsed sentence lost its span")
			}
		}
	}
	if words > maxParsedWords+20 || empty == 0 {
		t.Fatalf("%d words parsed, %d sentences left unparsed", words, empty)
	}
}
