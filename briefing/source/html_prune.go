package source

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// furnitureParts are the parts of class and id names ("ad-slot",
// "newsletter-signup", "article-byline") that mark page furniture around an
// article: advertisements, sign-up boxes and bylines.
var furnitureParts = map[string]bool{
	"ad": true, "ads": true, "advert": true, "advertisement": true, "promo": true,
	"newsletter": true, "subscribe": true, "signup": true, "byline": true,
}

// pruneFurniture removes from the page what is never article text before
// the extractor scores it: navigation, dialogs (cookie banners), hidden
// elements and the furniture furnitureParts names. The classes of the
// <html> element, which describe the site's template ("has-sidebar"), are
// dropped so that they are not mistaken for the content's.
func pruneFurniture(doc *html.Node) {
	var drop []*html.Node
	visit(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if n.DataAtom == atom.Html {
			n.Attr = nil
			return true
		}
		if isFurniture(n) {
			drop = append(drop, n)
			return false
		}
		return true
	})
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
}

// isFurniture reports whether an element is page furniture.
func isFurniture(n *html.Node) bool {
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "dialog", "alertdialog":
		return true
	}
	if n.DataAtom == atom.Nav || hasAttr(n, "hidden") {
		return true
	}
	return slices.ContainsFunc(nameParts(attr(n, "class")+" "+attr(n, "id")), func(part string) bool {
		return furnitureParts[part]
	})
}

// hasAttr reports whether an element carries an attribute, whatever its value.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
