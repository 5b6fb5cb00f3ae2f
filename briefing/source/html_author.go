package source

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// authorKeys are the meta names that carry the author's name, in order of
// trust.
var authorKeys = []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"}

// byPrefixRe is the label before a name in a byline: "By", "Reporting by".
var byPrefixRe = regexp.MustCompile(`(?i)^(?:(?:reporting|written|words|text)\s+)?by\b:?\s*`)

// author is who wrote the page: the name in its meta tags or structured
// data, else the first name in a byline.
func (m *pageMeta) author() string {
	for _, k := range authorKeys {
		if v := m.meta[k]; !isWebAddress(v) && strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	if s := m.findJSONLD(func(obj map[string]any) string { return personNames(obj["author"]) }); s != "" {
		return s
	}
	return m.byline
}

// personNames returns the names in a structured-data author: a name, a
// person or a list of them, joined by "; ".
func personNames(v any) string {
	switch v := v.(type) {
	case string:
		if !isWebAddress(v) {
			return strings.TrimSpace(v)
		}
	case map[string]any:
		s, _ := v["name"].(string)
		return strings.TrimSpace(s)
	case []any:
		var names []string
		for _, p := range v {
			if s := personNames(p); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, "; ")
	}
	return ""
}

// noteByline keeps the first name found in a byline: an element marked as
// the author (itemprop, rel) or classed as a byline or an author.
func (m *pageMeta) noteByline(n *html.Node) {
	if m.byline != "" || !isBylineElement(n) {
		return
	}
	afterBy := false
	visit(n, func(c *html.Node) bool {
		if m.byline != "" {
			return false
		}
		if c.Type == html.TextNode {
			text := strings.TrimSpace(c.Data)
			label := byPrefixRe.FindString(text)
			name := strings.TrimSpace(cutAtAny(text[len(label):], ";", ",", "·", "|", " in ", " and "))
			if isPersonName(name, afterBy || label != "") {
				m.byline = name
			}
			afterBy = text != "" && label == text
		}
		return c.Type != html.ElementNode || !isHiddenTag(c)
	})
}

// isBylineElement reports whether an element holds the author's name.
func isBylineElement(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if strings.EqualFold(attr(n, "itemprop"), "author") || hasToken(attr(n, "rel"), "author") {
		return true
	}
	parts := nameParts(attr(n, "class"))
	return slices.Contains(parts, "byline") || slices.Contains(parts, "author")
}

// isPersonName reports whether s looks like a person's name: two to four
// capitalised words, or one after a "By" label.
func isPersonName(s string, labelled bool) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 || len(s) > 60 || (len(words) == 1 && !labelled) {
		return false
	}
	for _, w := range words {
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// cutAtAny returns s up to the first of the separators.
func cutAtAny(s string, seps ...string) string {
	for _, sep := range seps {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	return s
}
