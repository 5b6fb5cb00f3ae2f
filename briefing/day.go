package briefing

import (
	"fmt"
	"strings"
	"time"
)

// ParseDay reads a day written YYYY-MM-DD, such as an article's published
// date given by hand; blank gives the zero time (drafting then takes
// today). The error says how to write it.
func ParseDay(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date of the form YYYY-MM-DD (for example 2020-08-31)", s)
	}
	return t, nil
}
