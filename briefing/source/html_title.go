package source

import "strings"

// titleSeparators part a page's title from the site's name ("Ports reopen
// | Coast News").
var titleSeparators = []string{" | ", " -- ", " – ", " — ", " - ", " :: ", " · ", " » "}

// title is the page's headline: its og:title, else its one <h1>, else its
// <title> without the site's name, else its first <h1> or the headline in
// its structured data.
func (m *pageMeta) title() string {
	only := ""
	if m.h1Count == 1 {
		only = m.firstH1
	}
	return firstNonEmpty(m.meta["og:title"], only, withoutSiteName(m.titleTag), m.firstH1, m.jsonLDString("headline"))
}

// withoutSiteName drops the site's name from a title: the part after the
// last separator, or the part before the first one when that is the longer.
func withoutSiteName(title string) string {
	for _, sep := range titleSeparators {
		first, last := strings.Index(title, sep), strings.LastIndex(title, sep)
		if first < 0 {
			continue
		}
		head, tail := title[:last], title[first+len(sep):]
		if len(head) >= len(title)-last-len(sep) {
			return strings.TrimSpace(head)
		}
		return strings.TrimSpace(tail)
	}
	return title
}
