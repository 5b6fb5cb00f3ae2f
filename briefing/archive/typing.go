package archive

import (
	"errors"
	"fmt"
	"strings"
)

// FilterError is a search filter whose value is wrong, such as
// before:31/08/2020.
type FilterError struct {
	Token string // as typed: "before:31/08/2020"
	Name  string // "before" or "after"
	Value string // "31/08/2020"
}

// Error says what is wrong and how to write it.
func (e *FilterError) Error() string {
	return fmt.Sprintf("%s:%s is not a date: write %s:YYYY-MM-DD", e.Name, e.Value, e.Name)
}

// CheckQuery reads a search string as it is being typed and returns the
// part to search with now, and a hint in plain words when a filter is
// wrong (the wrong filter is left out, the rest is searched). A filter
// still being written at the very end, such as "before:2020-0", is left out
// without a hint.
func CheckQuery(s string) (ready, hint string) {
	ready = s
	for range strings.Count(s, ":") {
		_, err := parseQuery(ready)
		var fe *FilterError
		if !errors.As(err, &fe) {
			break
		}
		if strings.HasSuffix(ready, fe.Token) && unfinishedDate(fe.Value) {
			ready = strings.TrimSuffix(ready, fe.Token)
			continue
		}
		if hint == "" {
			hint = fe.Error()
		}
		ready = strings.Replace(ready, fe.Token, "", 1)
	}
	return ready, hint
}

// unfinishedDate reports whether v is the start of a YYYY-MM-DD date.
func unfinishedDate(v string) bool {
	const pattern = "0000-00-00"
	if len(v) >= len(pattern) {
		return false
	}
	for i := range len(v) {
		if pattern[i] == '-' && v[i] != '-' || pattern[i] == '0' && (v[i] < '0' || v[i] > '9') {
			return false
		}
	}
	return true
}
