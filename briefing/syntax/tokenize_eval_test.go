package syntax

import (
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"
)

// udFile lets a run measure another CoNLL-U file than the committed sample,
// e.g. the whole dev split: go test -run TestTokenizeTreebank -args -ud=/tmp/dev.conllu
var udFile = flag.String("ud", "", "CoNLL-U file to measure tokenisation and lemmas on instead of testdata/dev-sample.conllu")

// Floors for the committed dev sample, a point or so below what was measured.
const (
	minExactSentences = 0.97
	minWordF1         = 0.99
)

// span is a word's byte span in its sentence text.
type span struct{ start, end int }

// goldSpans returns the byte spans of a block's syntactic words in the
// block's "# text = " comment, or ok false when the words cannot be found
// in the text. The words of a multiword token share its span in order.
func goldSpans(b Block) (text string, spans []span, ok bool) {
	for _, c := range b.Comments {
		if t, found := strings.CutPrefix(c, "# text = "); found {
			text = t
		}
	}
	pos := 0
	rangeEnd := 0
	inside := 0 // words of the current multiword token still to place
	for _, tok := range b.Tokens {
		if strings.Contains(tok.ID, ".") {
			continue
		}
		if inside > 0 && tok.Word() {
			inside--
			if !strings.HasPrefix(text[pos:], tok.Form) || pos+len(tok.Form) > rangeEnd {
				return text, nil, false
			}
			spans = append(spans, span{pos, pos + len(tok.Form)})
			pos += len(tok.Form)
			continue
		}
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
			pos++
		}
		if !strings.HasPrefix(text[pos:], tok.Form) {
			return text, nil, false
		}
		if !tok.Word() {
			first, last, _ := strings.Cut(tok.ID, "-")
			a, err1 := strconv.Atoi(first)
			z, err2 := strconv.Atoi(last)
			if err1 != nil || err2 != nil {
				return text, nil, false
			}
			inside = z - a + 1
			rangeEnd = pos + len(tok.Form)
			continue
		}
		spans = append(spans, span{pos, pos + len(tok.Form)})
		pos += len(tok.Form)
	}
	return text, spans, true
}

// tokenScore is the agreement of Tokenize with the treebank's words.
type tokenScore struct {
	sentences, exact, skipped int
	gold, system, matched     int
}

func (s tokenScore) f1() float64 {
	if s.gold+s.system == 0 {
		return 0
	}
	return 2 * float64(s.matched) / float64(s.gold+s.system)
}

func (s tokenScore) exactShare() float64 { return float64(s.exact) / float64(s.sentences) }

func scoreTokenize(t *testing.T, blocks []Block, show int) tokenScore {
	var sc tokenScore
	for _, b := range blocks {
		text, gold, ok := goldSpans(b)
		if !ok {
			sc.skipped++
			continue
		}
		sc.sentences++
		words := Tokenize(text, 0, len(text))
		set := make(map[span]bool, len(gold))
		for _, g := range gold {
			set[g] = true
		}
		m := 0
		for _, w := range words {
			if set[span{w.Start, w.End}] {
				m++
			}
		}
		sc.gold += len(gold)
		sc.system += len(words)
		sc.matched += m
		if m == len(gold) && m == len(words) {
			sc.exact++
		} else if show > 0 {
			show--
			var g, s []string
			for _, x := range gold {
				g = append(g, text[x.start:x.end])
			}
			for _, w := range words {
				s = append(s, w.Form)
			}
			t.Logf("gold %q\n     got  %q", g, s)
		}
	}
	return sc
}

func readUD(t *testing.T) ([]Block, bool) {
	path, sample := *udFile, *udFile == ""
	if sample {
		path = "testdata/dev-sample.conllu"
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	blocks, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	return blocks, sample
}

// TestTokenizeTreebank measures Tokenize against the treebank's words of
// the committed dev sample (or -ud FILE): the share of sentences tokenised
// exactly and the word F1, words matched by span.
func TestTokenizeTreebank(t *testing.T) {
	blocks, sample := readUD(t)
	show := 0
	if testing.Verbose() {
		show = 40
	}
	sc := scoreTokenize(t, blocks, show)
	t.Logf("%d sentences (%d not aligned): exact %.2f %%, word F1 %.2f %% (gold %d, system %d, matched %d)",
		sc.sentences, sc.skipped, 100*sc.exactShare(), 100*sc.f1(), sc.gold, sc.system, sc.matched)
	if sc.skipped > 0 {
		t.Errorf("%d sentences could not be aligned with their text", sc.skipped)
	}
	if sample {
		if sc.exactShare() < minExactSentences || sc.f1() < minWordF1 {
			t.Errorf("exact %.4f (floor %.2f), F1 %.4f (floor %.2f)", sc.exactShare(), minExactSentences, sc.f1(), minWordF1)
		}
	}
}
