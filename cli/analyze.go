package cli

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing/draft"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

func init() {
	var conlluIn bool
	register(&Command{
		Name:    "analyze",
		Args:    "[--conllu-in] FILE|-",
		Summary: "Print the syntactic analysis of an article: words, tags, lemmas and dependencies.",
		Help: `Splits the article into sentences and prints each word with its lemma,
part of speech (UPOS and Penn XPOS), head and dependency relation.
With --conllu-in the input is CoNLL-U: only the ID, FORM and MISC columns
are read, and the same file is written back with LEMMA, UPOS, XPOS, HEAD and
DEPREL filled in (multiword-token lines and comments pass through).`,
		Setup: func(fs *flag.FlagSet) {
			fs.BoolVar(&conlluIn, "conllu-in", false, "read and write CoNLL-U")
		},
		Run: func(env Env, args []string) error {
			if len(args) != 1 {
				return usagef("give one FILE, or - for standard input")
			}
			m, err := syntax.Default()
			if err != nil {
				return err
			}
			if conlluIn {
				data, err := readInput(env, args[0])
				if err != nil {
					return err
				}
				return analyzeCoNLLU(env.Stdout, m, data)
			}
			src, err := readSource(env, args[0])
			if err != nil {
				return err
			}
			return analyzeText(env.Stdout, m, src.Text)
		},
	})
}

// analyzeCoNLLU fills the annotation columns of every sentence in data.
func analyzeCoNLLU(w io.Writer, m *syntax.Model, data []byte) error {
	blocks, err := syntax.ReadCoNLLU(bytes.NewReader(data))
	if err != nil {
		return err
	}
	for b := range blocks {
		var forms []string
		var joined []bool
		var at []int
		for k, t := range blocks[b].Tokens {
			if t.Word() {
				forms = append(forms, t.Form)
				joined = append(joined, t.SpaceAfterNo())
				at = append(at, k)
			}
		}
		for i, word := range m.AnnotateJoined(forms, joined) {
			t := &blocks[b].Tokens[at[i]]
			t.Lemma, t.UPOS, t.XPOS, t.Deprel = word.Lemma, word.UPOS, word.XPOS, word.Rel
			t.Head = word.Head + 1
		}
	}
	return syntax.WriteCoNLLU(w, blocks)
}

// analyzeText prints each sentence of text and a table of its words.
func analyzeText(w io.Writer, m *syntax.Model, text string) error {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if strings.TrimSpace(text) == "" {
		return draft.ErrEmpty
	}
	var b strings.Builder
	for n, sp := range draft.Sentences(text) {
		s := m.Analyze(text, sp.Start, sp.End)
		fmt.Fprintf(&b, "S%d  %s\n", n+1, strings.Join(strings.Fields(text[sp.Start:sp.End]), " "))
		for i, word := range s.Words {
			head := "root"
			if word.Head >= 0 {
				head = strconv.Itoa(word.Head+1) + " " + s.Words[word.Head].Form
			}
			fmt.Fprintf(&b, "  %3d  %-18s %-14s %-5s %-4s %-12s %s\n", i+1, word.Form, word.Lemma, word.UPOS, word.XPOS, word.Rel, head)
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
