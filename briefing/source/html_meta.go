package source

import (
	"encoding/json"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself, gathered in one pass.
type pageMeta struct {
	meta       map[string]string // lower-case property/name/itemprop → content
	titleTag   string
	firstH1    string
	h1Count    int
	canonical  string
	savedFrom  string // the address a browser notes when saving a page
	jsonLD     []string
	firstTime  time.Time // the first <time datetime> in the page
	stated     time.Time // the first date written for readers (html_date.go)
	afterLabel bool      // the last text was a bare "Published" label
	byline     string    // the first name in a byline (html_author.go)
}

// publishedKeys are the meta names that carry a publication date, in order
// of trust.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished",
	"article.published", "publishdate", "publish-date", "pubdate", "parsely-pub-date",
	"sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date",
}

var savedFromRe = regexp.MustCompile(`saved from url=\(\d+\)(\S+)`)

func readMeta(doc *html.Node) *pageMeta {
	m := &pageMeta{meta: map[string]string{}}
	visit(doc, func(n *html.Node) bool {
		m.noteStatedDate(n)
		if n.Type == html.CommentNode && m.savedFrom == "" {
			if s := savedFromRe.FindStringSubmatch(n.Data); s != nil {
				m.savedFrom = s[1]
			}
		}
		if n.Type != html.ElementNode {
			return true
		}
		m.noteByline(n)
		switch n.DataAtom {
		case atom.Meta:
			m.addMeta(n)
		case atom.Title:
			if m.titleTag == "" {
				m.titleTag = nodeText(n)
			}
		case atom.H1:
			if m.h1Count++; m.firstH1 == "" {
				m.firstH1 = nodeText(n)
			}
		case atom.Link:
			if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				m.canonical = attr(n, "href")
			}
		case atom.Time:
			if m.firstTime.IsZero() {
				m.firstTime = parseDate(attr(n, "datetime"))
			}
		case atom.Script:
			if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
				m.jsonLD = append(m.jsonLD, n.FirstChild.Data)
			}
		}
		return true
	})
	return m
}

func (m *pageMeta) addMeta(n *html.Node) {
	content := attr(n, "content")
	for _, key := range []string{"property", "name", "itemprop"} {
		k := strings.ToLower(strings.TrimSpace(attr(n, key)))
		if k != "" && content != "" {
			if _, seen := m.meta[k]; !seen {
				m.meta[k] = content
			}
		}
	}
}

func (m *pageMeta) url() string {
	return firstNonEmpty(webAddress(m.meta["og:url"]), webAddress(m.canonical), webAddress(m.savedFrom))
}

// published looks in the meta tags and structured data, which give the
// time and its zone; then takes found, the extractor's date (read from the
// page's metadata); then the date in the page's address, the first <time
// datetime>, and the first date written for readers by the headline.
func (m *pageMeta) published(found time.Time) time.Time {
	for _, k := range publishedKeys {
		if t := parseDate(m.meta[k]); !t.IsZero() {
			return t
		}
	}
	if t := parseDate(m.jsonLDString("datePublished")); !t.IsZero() {
		return t
	}
	if t := plausible(found); !t.IsZero() {
		return t
	}
	for _, t := range []time.Time{addressDate(m.url()), m.firstTime} {
		if !t.IsZero() {
			return t
		}
	}
	return m.stated
}

// jsonLDString returns the first string value of key in the page's
// structured data (JSON-LD), searching nested objects and lists.
func (m *pageMeta) jsonLDString(key string) string {
	return m.findJSONLD(func(obj map[string]any) string {
		s, _ := obj[key].(string)
		return s
	})
}

// findJSONLD returns the first non-empty result of pick on an object of
// the page's structured data, searching nested objects and lists.
func (m *pageMeta) findJSONLD(pick func(map[string]any) string) string {
	for _, raw := range m.jsonLD {
		var v any
		if json.Unmarshal([]byte(raw), &v) != nil {
			continue
		}
		if s := findJSON(v, pick, 0); s != "" {
			return s
		}
	}
	return ""
}

func findJSON(v any, pick func(map[string]any) string, depth int) string {
	if depth > 16 {
		return ""
	}
	switch v := v.(type) {
	case map[string]any:
		if s := strings.TrimSpace(pick(v)); s != "" {
			return s
		}
		for _, k := range slices.Sorted(maps.Keys(v)) {
			if s := findJSON(v[k], pick, depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, child := range v {
			if s := findJSON(child, pick, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

func isWebAddress(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// webAddress returns s when it is an absolute http(s) address, else "".
func webAddress(s string) string {
	if isWebAddress(s) {
		return strings.TrimSpace(s)
	}
	return ""
}

// isHiddenTag reports whether an element's content is never shown as text.
func isHiddenTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math:
		return true
	}
	return false
}

// hasToken reports whether a space-separated attribute value holds token.
func hasToken(list, token string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, token) {
			return true
		}
	}
	return false
}

// nameParts splits class or id names into their lower-case parts:
// "article-byline ad_slot" → article, byline, ad, slot.
func nameParts(names string) []string {
	return strings.FieldsFunc(strings.ToLower(names), func(r rune) bool {
		return r == '-' || r == '_' || unicode.IsSpace(r)
	})
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
