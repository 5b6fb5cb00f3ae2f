package fetch

import (
	"net/url"
	"strings"
)

// IsURL reports whether s, trimmed, is a single http or https address —
// what to fetch rather than read as a file or as pasted text.
func IsURL(s string) bool {
	_, err := ParseURL(s)
	return err == nil
}

// ParseURL parses an http or https address with a host; anything else is
// refused with a message that says why.
func ParseURL(s string) (*url.URL, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \t\r\n") {
		return nil, badURL(s, "a web address is one line without spaces")
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, badURL(s, "it is not a valid web address")
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	case "":
		return nil, badURL(s, "it lacks http:// or https://")
	default:
		return nil, badURL(s, "BriefDesk fetches only http:// and https:// addresses")
	}
	if u.Hostname() == "" {
		return nil, badURL(s, "it names no site")
	}
	return u, nil
}
