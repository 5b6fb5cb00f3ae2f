package source

import (
	"errors"
	"strings"
	"testing"
)

func TestReadWeb(t *testing.T) {
	story := strings.Repeat("Les négociations ont repris lundi à Genève entre les deux délégations. ", 6)
	latin1 := func(s string) []byte { // the accented letters of story
		s = strings.NewReplacer("é", "\xe9", "è", "\xe8", "à", "\xe0").Replace(s)
		return []byte(s)
	}
	tests := []struct {
		name, ctype string
		data        []byte
		want        string
	}{
		{"charset from the content type", "text/html; charset=iso-8859-1",
			latin1("<html><head><meta charset=\"utf-8\"></head><body><article><p>" + story + "</p></article></body></html>"), story},
		{"plain text in its charset", "text/plain; charset=ISO-8859-1", latin1("Genève, le 3 mars.\r\n"), "Genève, le 3 mars."},
		{"plain text without a charset", "text/plain", []byte("Genève, le 3 mars."), "Genève, le 3 mars."},
		{"html without a content type charset", "text/html", []byte("<p>" + story + "</p>"), story},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadWeb("https://news.example.org/a", tt.ctype, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if strings.TrimSpace(s.Text) != strings.TrimSpace(tt.want) {
				t.Errorf("text %q, want %q", s.Text, tt.want)
			}
		})
	}
	_, err := ReadWeb("https://news.example.org/big", "text/plain", make([]byte, MaxFileBytes+1))
	if !errors.Is(err, ErrTooLarge) || err.Error() != "https://news.example.org/big is larger than 20 MB" {
		t.Errorf("too large: %v", err)
	}
}
