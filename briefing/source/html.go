package source

import (
	"bytes"
	"errors"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// maxDepth bounds how deep the readers walk a document tree, so that
// pathological nesting costs neither stack nor time.
const maxDepth = 512

func readHTML(data []byte) (Source, error) { return readHTMLAs(data, "") }

// readHTMLAs reads a web page whose character set may be given by a MIME
// content type (as in an e-mail part); otherwise a byte-order mark, valid
// UTF-8 or the page's own <meta charset> decide.
func readHTMLAs(data []byte, contentType string) (Source, error) {
	doc, err := html.Parse(strings.NewReader(decodeHTML(data, contentType)))
	if err != nil { // the parser refuses elements nested over 512 deep
		return Source{}, errors.New("the page is nested too deeply to read")
	}
	m := readMeta(doc)
	root := articleRoot(doc)
	return Source{
		Text:      strings.Join(articleText(root), "\n\n"),
		Title:     m.title(),
		URL:       m.url(),
		Published: m.published(root),
	}, nil
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
	if depth > maxDepth || !f(n) {
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

// hasAttr reports whether an element carries the attribute.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
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
