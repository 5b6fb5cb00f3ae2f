// Package diff compares two revisions of a brief word by word, section by
// section, for the history's Compare view.
package diff

import "strings"

// Kind says whether a piece of text is in both versions or only one.
type Kind int

// The kinds of piece.
const (
	Same    Kind = iota // in both
	Removed             // only in the old version
	Added               // only in the new version
)

// Op is a run of words of one kind; line breaks are kept as "\n" runs.
type Op struct {
	Kind Kind
	Text string
}

// maxCells bounds the comparison table; longer texts compare line by line
// as wholes.
const maxCells = 4_000_000

// Words compares old and new word by word (a longest common subsequence)
// and returns the runs of kept, removed and added words in order.
func Words(old, new string) []Op {
	a, b := tokens(old), tokens(new)
	if len(a)*len(b) > maxCells {
		return merge([]Op{{Removed, old}, {Added, new}})
	}
	// lcs[i][j] is the common length of a[i:] and b[j:].
	lcs := make([][]int32, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []Op
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ops = append(ops, Op{Same, a[i]})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, Op{Removed, a[i]})
			i++
		default:
			ops = append(ops, Op{Added, b[j]})
			j++
		}
	}
	return merge(ops)
}

// tokens splits text into words, keeping each line break as "\n".
func tokens(text string) []string {
	var out []string
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			out = append(out, "\n")
		}
		out = append(out, strings.Fields(line)...)
	}
	return out
}

// merge joins neighbouring runs of one kind, words separated by spaces.
func merge(ops []Op) []Op {
	var out []Op
	for _, op := range ops {
		if op.Text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Kind == op.Kind && op.Text != "\n" && !strings.HasSuffix(out[n-1].Text, "\n") {
			out[n-1].Text += " " + op.Text
			continue
		}
		out = append(out, op)
	}
	return out
}

// Changed reports whether ops hold any removed or added words.
func Changed(ops []Op) bool {
	for _, op := range ops {
		if op.Kind != Same {
			return true
		}
	}
	return false
}
