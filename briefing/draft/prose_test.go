package draft

import (
	"errors"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

func TestDraftRefusesWhatIsNotProse(t *testing.T) {
	t.Parallel() // drafts many articles: runs beside the other long tests
	cases := []struct {
		name, text string
		want       error
	}{
		{"byte-order mark only", "\uFEFF", ErrEmpty},
		{"NULs only", strings.Repeat("\x00", 100), ErrEmpty},
		{"marks only", "!?.,;:-", ErrEmpty},
		{"a megabyte of punctuation and words", strings.Repeat("Talks!?.,;:-", 100000), ErrNotProse},
		{"a megabyte of one-letter words", strings.Repeat("a ", 500000), ErrNotProse},
		{"a megabyte of two-letter sentences", strings.Repeat("Go. ", 250000), ErrNotProse},
	}
	for _, c := range cases {
		if _, err := Draft(c.text, Options{}); !errors.Is(err, c.want) {
			t.Errorf("%s: Draft = %v, want %v", c.name, err, c.want)
		}
	}
	if _, err := Draft(strings.Repeat("The talks went on! ", 3000), Options{}); err != nil {
		t.Errorf("prose with marks: %v", err)
	}
}

// TestTokensAllocatedOnce checks that the token list is made at its final
// size, not grown by doubling (which tripled drafting's memory on texts
// dense in marks).
func TestTokensAllocatedOnce(t *testing.T) {
	src := strings.Repeat("Rabat, Morocco — “Talks (again)!” she said; ok? ", 2000)
	d := &doc.Document{Text: src}
	d.Sentences = text.Segment(src)
	text.IndexTokens(d)
	if len(d.Tokens) == 0 || cap(d.Tokens) != len(d.Tokens) {
		t.Errorf("tokens: len %d, cap %d; want the capacity to be the count", len(d.Tokens), cap(d.Tokens))
	}
}
