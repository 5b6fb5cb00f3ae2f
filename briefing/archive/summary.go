package archive

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
)

// Summary is what the archive list shows of a brief.
type Summary struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Marking     string   `json:"marking"`
	Created     string   `json:"created"`
	Updated     string   `json:"updated"`
	Published   string   `json:"published"` // the source's publication date
	Tags        []string `json:"tags"`
	Snippet     string   `json:"snippet"` // the first summary item, or the start of the source
	Parties     int      `json:"parties"`
	Commitments int      `json:"commitments"`
}

// snippetLen is the longest snippet, in runes, before "…" is added.
const snippetLen = 160

func summaryOf(b *briefing.Brief) Summary {
	s := Summary{ID: b.ID, Title: b.Title, Marking: b.Marking, Created: b.Created,
		Updated: b.Updated, Published: b.Source.Published, Tags: b.Tags,
		Parties: len(b.Parties), Commitments: len(b.Commitments)}
	if s.Tags == nil {
		s.Tags = []string{}
	}
	if len(b.Summary) > 0 {
		s.Snippet = clip(b.Summary[0].Text, snippetLen)
	} else {
		s.Snippet = clip(b.Source.Text, snippetLen)
	}
	return s
}

func decodeSummary(v []byte) (Summary, error) {
	var s Summary
	err := json.Unmarshal(v, &s)
	return s, err
}

// clip collapses white space in s and cuts it to at most n runes at a word
// boundary, adding "…" when it cut.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, k := len(s), 0
	for i := range s {
		if k == n {
			cut = i
			break
		}
		k++
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// filterDate is the date before:/after: compare with: the source's
// publication date, or the day the brief was created.
func filterDate(b *briefing.Brief) string {
	if p := b.Source.Published; len(p) >= 4 {
		return p
	}
	if len(b.Created) >= 10 {
		return b.Created[:10]
	}
	return b.Created
}

// maxTagLen bounds a tag, in bytes.
const maxTagLen = 200

// cleanTags trims tags, drops empty ones and repeats (ignoring case and
// accents), keeping the first spelling and the order.
func cleanTags(tags []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, t := range tags {
		t = strings.Join(strings.Fields(strings.Map(dropControl, t)), " ")
		k := fold(t)
		if t == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, t)
	}
	return out
}

func dropControl(r rune) rune {
	if unicode.IsControl(r) && r != '\t' && r != '\n' {
		return -1
	}
	return r
}

// tagKey is the tags-bucket key of tag on brief id.
func tagKey(tag, id string) []byte {
	return append(append([]byte(fold(tag)), 0), id...)
}

// HasTag reports whether the brief carries tag, compared as search
// compares words (without case or accents).
func (s Summary) HasTag(tag string) bool { return hasTag(s.Tags, tag) }
