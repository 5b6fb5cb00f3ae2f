package archive

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// word is one word of a text: its byte range and folded form.
type word struct {
	start, end int
	folded     string
}

// textWords splits text into words with their byte offsets.
func textWords(text string) []word {
	var out []word
	start := -1
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.IsNumber(r) || start >= 0 && unicode.Is(unicode.Mn, r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, word{start, i, fold(text[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start, len(text), fold(text[start:])})
	}
	return out
}

// units returns the texts of a brief in the order a snippet is looked for:
// the items, every source's text, then the brief's title and every
// source's title.
func units(b *briefing.Brief) []string {
	var out []string
	for _, it := range b.Summary {
		out = append(out, it.Text)
	}
	for _, it := range b.Background {
		out = append(out, it.Text)
	}
	for _, c := range b.Commitments {
		out = append(out, c.Text)
	}
	for _, p := range b.Parties {
		if len(p.Aliases) > 0 {
			out = append(out, p.Name+" ("+strings.Join(p.Aliases, ", ")+")")
		} else {
			out = append(out, p.Name)
		}
	}
	sources := b.AllSources()
	for _, src := range sources {
		out = append(out, src.Text)
	}
	out = append(out, b.Title)
	for _, src := range sources {
		out = append(out, src.Title)
	}
	return out
}

// matchSnippet returns the text around the first match of q in b. ok is
// false when a phrase of q does not appear in b as written.
func matchSnippet(b *briefing.Brief, q query) (snippet string, ok bool) {
	us := units(b)
	titles := len(us) - 1 - b.SourceCount() // the titles come last and give no snippet
	split := make([][]word, len(us))
	for i, u := range us {
		split[i] = textWords(u)
	}
	for pi, p := range q.phrases {
		found := false
		for i, ws := range split {
			if at := findPhrase(ws, p); at >= 0 {
				found = true
				if pi == 0 && i < titles {
					snippet = window(us[i], at, snippetLen)
				}
				break
			}
		}
		if !found {
			return "", false
		}
	}
	if snippet != "" || len(q.words) == 0 {
		return snippet, true
	}
	var ms []wordMatch
	for _, w := range q.words {
		if m, ok := newWordMatch(w, true); ok {
			ms = append(ms, m)
		}
	}
	for i, ws := range split[:titles] {
		for _, w := range ws {
			t := stem(w.folded)
			if t == "" {
				t = acronym(us[i][w.start:w.end])
			}
			if matchesAny(t, ms) {
				return window(us[i], w.start, snippetLen), true
			}
		}
	}
	return "", true
}

// findPhrase returns the start of the first run of ws equal to phrase, or -1.
func findPhrase(ws []word, phrase []string) int {
	for i := 0; i+len(phrase) <= len(ws); i++ {
		j := 0
		for j < len(phrase) && ws[i+j].folded == phrase[j] {
			j++
		}
		if j == len(phrase) {
			return ws[i].start
		}
	}
	return -1
}

// matchesAny reports whether term t matches one of the query words.
func matchesAny(t string, ms []wordMatch) bool {
	if t == "" {
		return false
	}
	for _, m := range ms {
		if m.matches(t) {
			return true
		}
	}
	return false
}

// window returns up to n runes of text around byte offset at, starting a
// few words before it, with "…" where it was cut.
func window(text string, at, n int) string {
	start := at
	for k := 0; k < n/4 && start > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	if start > 0 {
		if sp := strings.IndexFunc(text[start:at], unicode.IsSpace); sp >= 0 {
			start += sp + 1
		}
	}
	out := clip(text[start:], n)
	if start > 0 {
		out = "…" + out
	}
	return out
}
