package source

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blocks turns the extracted article tree into its paragraphs, one string
// per block element (paragraph, heading, list item, quotation, table
// cell…), white space collapsed except inside <pre>, <br> kept as a line
// break.
func blocks(root *html.Node) []string {
	w := &blockWriter{}
	w.walk(root, false, 0)
	w.flush()
	return w.paras
}

// blockWriter gathers the text of one block at a time.
type blockWriter struct {
	paras []string
	cur   strings.Builder
}

func (w *blockWriter) walk(n *html.Node, inPre bool, depth int) {
	if n == nil || depth > maxDepth {
		return
	}
	tag := tagOf(n)
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, inPre)
		return
	case html.ElementNode:
		if isHiddenTag(n) {
			return
		}
		if tag == atom.Br {
			w.cur.WriteByte('\n')
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := isBlockTag(tag)
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, inPre || tag == atom.Pre, depth+1)
	}
	if block {
		w.flush()
	}
}

// text adds a text node; outside <pre> its line breaks are spaces (flush
// collapses runs of spaces).
func (w *blockWriter) text(s string, inPre bool) {
	if !inPre {
		s = strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return ' '
			}
			return r
		}, s)
	}
	w.cur.WriteString(s)
}

// flush ends the current block, keeping it unless it is blank.
func (w *blockWriter) flush() {
	lines := strings.Split(w.cur.String(), "\n")
	w.cur.Reset()
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	if text := strings.Trim(strings.Join(lines, "\n"), "\n "); text != "" {
		w.paras = append(w.paras, text)
	}
}

// tagOf returns an element's tag; the extractor builds elements that carry
// only the tag's name.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom == 0 && n.Type == html.ElementNode {
		return atom.Lookup([]byte(n.Data))
	}
	return n.DataAtom
}

// isBlockTag reports whether a tag starts a new block of text.
func isBlockTag(a atom.Atom) bool {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li,
		atom.Blockquote, atom.Pre, atom.Dd, atom.Dt, atom.Div, atom.Section,
		atom.Article, atom.Main, atom.Body, atom.Ul, atom.Ol, atom.Dl, atom.Table,
		atom.Tr, atom.Td, atom.Th, atom.Caption, atom.Figure, atom.Figcaption,
		atom.Address, atom.Details, atom.Summary, atom.Hr:
		return true
	}
	return false
}
