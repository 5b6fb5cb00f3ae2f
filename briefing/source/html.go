package source

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// maxDepth bounds how deep the readers walk a document tree, so that
// pathological nesting costs neither stack nor time.
const maxDepth = 512

func readHTML(data []byte) (Source, error) { return readHTMLAs(data, "") }

// readHTMLAs reads a web page whose character set may be given by a MIME
// content type (as in an e-mail part or an HTTP response); otherwise a
// byte-order mark, valid UTF-8 or the page's own <meta charset> decide.
func readHTMLAs(data []byte, contentType string) (Source, error) {
	doc, err := html.Parse(strings.NewReader(decodeHTML(data, contentType)))
	if err != nil { // the parser refuses elements nested over 512 deep
		return Source{}, errors.New("the page is nested too deeply to read")
	}
	m := readMeta(doc) // before extraction, which rearranges the tree
	pruneFurniture(doc)
	art, err := extract(doc)
	if err != nil {
		return Source{}, err
	}
	found, _ := art.PublishedTime() // zero when the page states none
	title := m.title()
	return Source{
		Text:      strings.Join(dropHeadline(blocks(art.Node), title), "\n\n"),
		Title:     title,
		URL:       m.url(),
		Author:    m.author(),
		Published: m.published(found),
	}, nil
}

// extract runs the article extractor, go-readability (Readability's
// algorithm), on the pruned page. It extracts the test pages as well as
// go-trafilatura, whose date parser builds ≈78 MB of tables at every start
// of the program, and costs nothing at start. A page it cannot handle is
// reported as an error, never as a crash, and a page without an article
// gives an empty one (reported by run).
func extract(doc *html.Node) (art readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			art, err = readability.Article{}, fmt.Errorf("the page could not be taken apart (%v)", r)
		}
	}()
	parser := readability.NewParser()
	art, err = parser.ParseAndMutate(doc, nil)
	if err != nil {
		return readability.Article{}, nil
	}
	return art, nil
}

// dropHeadline leaves out leading blocks that repeat the title: the
// headline is the brief's title, not a paragraph of the article.
func dropHeadline(paras []string, title string) []string {
	for len(paras) > 0 && title != "" && strings.EqualFold(cleanLine(paras[0]), title) {
		paras = paras[1:]
	}
	return paras
}

// decodeHTML turns page bytes into UTF-8 text.
func decodeHTML(data []byte, contentType string) string {
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if enc := lookupCharset(params["charset"]); enc != nil {
			return decodeCharset(params["charset"], data)
		}
	}
	for _, bom := range [][]byte{bomUTF8, bomUTF16LE, bomUTF16BE} {
		if bytes.HasPrefix(data, bom) {
			return decodeText(data)
		}
	}
	if utf8.Valid(data) {
		return string(data)
	}
	if _, name, _ := charset.DetermineEncoding(data, "text/html"); name != "" {
		return decodeCharset(name, data)
	}
	return decodeText(data)
}

// visit calls f on n and its descendants in document order, down to
// maxDepth; f returns false to skip a node's children.
func visit(n *html.Node, f func(*html.Node) bool) { visitDepth(n, f, 0) }

func visitDepth(n *html.Node, f func(*html.Node) bool, depth int) {
	if n == nil || depth > maxDepth || !f(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		visitDepth(c, f, depth+1)
	}
}

// attr returns the value of an element's attribute, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// nodeText returns the text inside n with white space collapsed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	visit(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		return c.Type != html.ElementNode || !isHiddenTag(c)
	})
	return strings.Join(strings.Fields(b.String()), " ")
}
