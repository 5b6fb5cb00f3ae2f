package source

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// articleRoot picks the element that holds the article: the element marked
// itemprop="articleBody", else the <article> with the most paragraph text,
// else <main> (or role="main"), else <body>, else the whole document.
func articleRoot(doc *html.Node) *html.Node {
	var body, main, articleBody *html.Node
	var articles []*html.Node
	visit(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if isBoilerplate(n) {
			return false
		}
		switch {
		case articleBody == nil && strings.EqualFold(attr(n, "itemprop"), "articleBody"):
			articleBody = n
		case n.DataAtom == atom.Article:
			articles = append(articles, n)
		case main == nil && (n.DataAtom == atom.Main || strings.EqualFold(attr(n, "role"), "main")):
			main = n
		case body == nil && n.DataAtom == atom.Body:
			body = n
		}
		return true
	})
	var best *html.Node
	bestLen := 0
	for _, a := range articles {
		if l := textLen(paragraphs(a, true)); l > bestLen {
			best, bestLen = a, l
		}
	}
	for _, n := range []*html.Node{articleBody, best, main, body} {
		if n != nil {
			return n
		}
	}
	return doc
}

// articleText returns the paragraphs under root: the text of its
// paragraph elements (p, h2–h6, li, blockquote, pre, dd, dt) when it has
// any, else the text of every block.
func articleText(root *html.Node) []string {
	if paras := paragraphs(root, true); len(paras) > 0 {
		return paras
	}
	return paragraphs(root, false)
}

func textLen(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	return n
}

// paragraphs collects the text under root, one string per block; with
// onlyParagraphs, text outside paragraph elements is left out.
func paragraphs(root *html.Node, onlyParagraphs bool) []string {
	c := &collector{onlyParagraphs: onlyParagraphs}
	c.walk(root, false, false, false, 0)
	c.flush()
	return c.paras
}

// collector gathers the text of one block at a time.
type collector struct {
	onlyParagraphs bool
	paras          []string
	cur            strings.Builder
	textBytes      int // bytes of text in cur
	linkBytes      int // of which inside links
}

func (c *collector) walk(n *html.Node, inPara, inLink, inPre bool, depth int) {
	if depth > maxDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		if inPara || !c.onlyParagraphs {
			c.text(n.Data, inLink, inPre)
		}
		return
	case html.ElementNode:
		if isBoilerplate(n) {
			return
		}
		if n.DataAtom == atom.Br {
			c.cur.WriteByte('\n')
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := isParagraphTag(n.DataAtom) || isBlockTag(n.DataAtom)
	if block {
		c.flush()
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch, inPara || isParagraphTag(n.DataAtom), inLink || n.DataAtom == atom.A,
			inPre || n.DataAtom == atom.Pre, depth+1)
	}
	if block {
		c.flush()
	}
}

// text adds a text node; outside <pre> its line breaks are spaces (flush
// collapses runs of spaces).
func (c *collector) text(s string, inLink, inPre bool) {
	if !inPre {
		s = strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return ' '
			}
			return r
		}, s)
	}
	if inLink {
		c.linkBytes += len(strings.TrimSpace(s))
	}
	c.textBytes += len(strings.TrimSpace(s))
	c.cur.WriteString(s)
}

// flush ends the current block, keeping it unless it is empty, a bare
// label ("Advertisement") or mostly link text (lists of other stories).
func (c *collector) flush() {
	lines := strings.Split(c.cur.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	text := strings.Trim(strings.Join(lines, "\n"), "\n ")
	mostlyLinks := c.linkBytes*10 >= c.textBytes*9
	c.cur.Reset()
	c.linkBytes, c.textBytes = 0, 0
	if text == "" || isLabel(text) {
		return
	}
	if mostlyLinks && utf8.RuneCountInString(text) < 300 {
		return
	}
	c.paras = append(c.paras, text)
}

// isLabel reports whether a block is a page label rather than article text.
func isLabel(text string) bool {
	switch strings.ToLower(strings.Trim(text, " .:-–—|")) {
	case "advertisement", "advert", "sponsored", "ad", "":
		return true
	}
	return false
}

// isParagraphTag reports whether a tag holds running text of an article.
func isParagraphTag(a atom.Atom) bool {
	switch a {
	case atom.P, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li,
		atom.Blockquote, atom.Pre, atom.Dd, atom.Dt:
		return true
	}
	return false
}

// isBlockTag reports whether a tag starts a new block of text.
func isBlockTag(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Body, atom.Ul, atom.Ol,
		atom.Dl, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Caption, atom.Address,
		atom.Center, atom.Details, atom.Summary, atom.Hr, atom.Hgroup:
		return true
	}
	return false
}
