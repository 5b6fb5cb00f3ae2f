package source

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skippedTags never hold article text: code, navigation, page furniture,
// form controls, media and the headline (read as the title).
var skippedTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Title: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Label: true, atom.Iframe: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Figure: true,
	atom.Figcaption: true, atom.Picture: true, atom.Video: true, atom.Audio: true,
	atom.Object: true, atom.Embed: true, atom.Dialog: true, atom.Menu: true,
	atom.H1: true,
}

// skippedRoles are ARIA roles of page furniture.
var skippedRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"dialog": true, "alertdialog": true, "search": true, "menu": true,
	"menubar": true, "toolbar": true, "button": true, "alert": true,
}

// boilerplateParts are class or id fragments of page furniture, matched
// anywhere in the name.
var boilerplateParts = []string{
	"cookie", "consent", "gdpr", "onetrust", "newsletter", "subscribe", "advert",
	"sidebar", "breadcrumb", "paywall", "popup", "social", "share", "related",
	"promo", "byline", "skip-link", "skiplink", "sr-only", "visually-hidden",
	"screen-reader",
}

// boilerplateWords are class or id words (between '-', '_' or spaces) of
// page furniture.
var boilerplateWords = map[string]bool{
	"ad": true, "ads": true, "nav": true, "navbar": true, "navigation": true,
	"menu": true, "header": true, "footer": true, "masthead": true, "banner": true,
	"modal": true, "toolbar": true, "comment": true, "comments": true, "tags": true,
	"author": true, "caption": true, "credit": true, "credits": true,
}

// isHiddenTag reports whether an element's content is never shown as text.
func isHiddenTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math:
		return true
	}
	return false
}

// isBoilerplate reports whether an element is page furniture rather than
// article: by its tag, ARIA role, hidden state or class and id names. The
// page's outer containers (html, body, main, article) never are.
func isBoilerplate(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false // their class names describe the whole page
	}
	if skippedTags[n.DataAtom] || skippedRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") ||
		strings.EqualFold(attr(n, "aria-modal"), "true") {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
		return true
	}
	return isBoilerplateName(attr(n, "class") + " " + attr(n, "id"))
}

// isBoilerplateName reports whether class and id names mark furniture.
func isBoilerplateName(names string) bool {
	names = strings.ToLower(names)
	for _, part := range boilerplateParts {
		if strings.Contains(names, part) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(names, func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
	}) {
		if boilerplateWords[w] {
			return true
		}
	}
	return false
}
