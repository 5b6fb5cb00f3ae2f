package archive

import (
	"strings"
	"time"
	"unicode"
)

// query is a parsed search: words that must all match (as words or word
// prefixes), phrases that must appear as written, and filters.
type query struct {
	words   []string   // folded words, each matched by stem or as a prefix, or acronym terms
	phrases [][]string // folded word sequences
	tags    []string
	before  string // YYYY-MM-DD, exclusive
	after   string // YYYY-MM-DD, exclusive
}

// empty reports whether the query asks for nothing at all.
func (q query) empty() bool {
	return len(q.words) == 0 && len(q.phrases) == 0 && len(q.tags) == 0 && q.before == "" && q.after == ""
}

// parseQuery reads a search string: plain words, "quoted phrases",
// tag:NAME (or tag:"two words"), before:YYYY-MM-DD and after:YYYY-MM-DD.
func parseQuery(s string) (query, error) {
	var q query
	s = strings.NewReplacer("“", `"`, "”", `"`, "„", `"`).Replace(s)
	for s = trimSpace(s); s != ""; s = trimSpace(s) {
		if s[0] == '"' {
			var phrase string
			phrase, s = untilQuote(s[1:])
			if ws := words(fold(phrase)); len(ws) > 0 {
				q.phrases = append(q.phrases, ws)
			}
			continue
		}
		if len(s) > 5 && strings.EqualFold(s[:5], `tag:"`) {
			var tag string
			tag, s = untilQuote(s[5:])
			q.addTag(tag)
			continue
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		tok := s[:end]
		s = s[end:]
		name, value, isFilter := strings.Cut(tok, ":")
		switch strings.ToLower(name) {
		case "tag":
			if isFilter {
				q.addTag(value)
				continue
			}
		case "before", "after":
			if !isFilter {
				break
			}
			if _, err := time.Parse("2006-01-02", value); err != nil {
				return q, &FilterError{Token: tok, Name: strings.ToLower(name), Value: value}
			}
			if strings.EqualFold(name, "before") {
				q.before = value
			} else {
				q.after = value
			}
			continue
		}
		q.words = append(q.words, queryWords(tok)...)
	}
	return q, nil
}

func (q *query) addTag(t string) {
	if t = strings.TrimSpace(t); t != "" {
		q.tags = append(q.tags, t)
	}
}

// untilQuote splits s at the next double quote (or its end).
func untilQuote(s string) (inside, rest string) {
	if i := strings.IndexByte(s, '"'); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

func trimSpace(s string) string { return strings.TrimLeftFunc(s, unicode.IsSpace) }
