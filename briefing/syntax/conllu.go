package syntax

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Token is one line of a CoNLL-U file: a syntactic word, or (Range) a
// multiword token such as "don't" that spans the words after it.
type Token struct {
	ID     string // "3", "3-4" or "3.1"
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 = root
	Deprel string
	Deps   string
	Misc   string
}

// Word reports whether the line is a syntactic word (an integer ID), not a
// multiword range or an empty node.
func (t Token) Word() bool { return !strings.ContainsAny(t.ID, "-.") }

// SpaceAfterNo reports whether the line's MISC column says no space
// follows the word ("SpaceAfter=No").
func (t Token) SpaceAfterNo() bool {
	return slices.Contains(strings.Split(t.Misc, "|"), "SpaceAfter=No")
}

// Block is one sentence of a CoNLL-U file: its comment lines and its lines.
type Block struct {
	Comments []string
	Tokens   []Token
}

// Words returns the block's syntactic words only.
func (b Block) Words() []Token {
	out := make([]Token, 0, len(b.Tokens))
	for _, t := range b.Tokens {
		if t.Word() {
			out = append(out, t)
		}
	}
	return out
}

// ReadCoNLLU reads every sentence of a CoNLL-U stream. Columns may be blank
// or "_"; a line that does not have ten tab-separated columns is an error
// naming its line number.
func ReadCoNLLU(r io.Reader) ([]Block, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []Block
	var cur Block
	line := 0
	flush := func() {
		if len(cur.Tokens) > 0 || len(cur.Comments) > 0 {
			out = append(out, cur)
		}
		cur = Block{}
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(l) == "":
			flush()
		case strings.HasPrefix(l, "#"):
			cur.Comments = append(cur.Comments, l)
		default:
			f := strings.Split(l, "\t")
			if len(f) != 10 {
				return nil, fmt.Errorf("CoNLL-U line %d has %d columns, not 10", line, len(f))
			}
			t := Token{ID: f[0], Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Deprel: f[7], Deps: f[8], Misc: f[9]}
			if h := strings.TrimSpace(f[6]); h != "" && h != "_" {
				n, err := strconv.Atoi(h)
				if err != nil {
					return nil, fmt.Errorf("CoNLL-U line %d: head %q is not a number", line, h)
				}
				t.Head = n
			}
			cur.Tokens = append(cur.Tokens, t)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return out, nil
}

// WriteCoNLLU writes blocks in CoNLL-U, blank columns as "_".
func WriteCoNLLU(w io.Writer, blocks []Block) error {
	bw := bufio.NewWriter(w)
	col := func(s string) string {
		if s == "" {
			return "_"
		}
		return s
	}
	for _, b := range blocks {
		for _, c := range b.Comments {
			fmt.Fprintln(bw, c)
		}
		for _, t := range b.Tokens {
			head := "_"
			if t.Word() {
				head = strconv.Itoa(t.Head)
			}
			fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", t.ID, col(t.Form), col(t.Lemma), col(t.UPOS),
				col(t.XPOS), col(t.Feats), head, col(t.Deprel), col(t.Deps), col(t.Misc))
		}
		fmt.Fprintln(bw)
	}
	return bw.Flush()
}
