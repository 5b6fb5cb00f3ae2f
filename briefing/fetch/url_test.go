package fetch

import (
	"errors"
	"strings"
	"testing"
)

func TestParseURL(t *testing.T) {
	tests := []struct {
		in, why string // why is "" for an address that is accepted
	}{
		{"https://news.example.org/world/story-1", ""},
		{"  http://news.example.org/a?b=c#d \n", ""},
		{"HTTPS://NEWS.EXAMPLE.ORG/", ""},
		{"", "one line without spaces"},
		{"https://news.example.org/a b", "one line without spaces"},
		{"Talks resumed\nhttps://news.example.org/", "one line without spaces"},
		{"news.example.org/story", "lacks http:// or https://"},
		{"ftp://files.example.org/story.html", "only http:// and https://"},
		{"file:///home/analyst/story.html", "only http:// and https://"},
		{"javascript:alert(1)", "only http:// and https://"},
		{"https:///story", "names no site"},
		{"http://[::1", "not a valid web address"},
	}
	for _, tt := range tests {
		u, err := ParseURL(tt.in)
		if tt.why == "" {
			if err != nil || u == nil || !IsURL(tt.in) {
				t.Errorf("%q refused: %v", tt.in, err)
			}
			continue
		}
		if !errors.Is(err, ErrBadURL) || !strings.Contains(err.Error(), tt.why) || IsURL(tt.in) {
			t.Errorf("%q: %v; want a message with %q", tt.in, err, tt.why)
		}
	}
}
