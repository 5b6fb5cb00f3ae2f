package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// maxSignedOfficeWords is the longest an office under a signature may be.
const maxSignedOfficeWords = 6

// signedOffice returns the office a person gives where they sign: beside
// their name on a message header's "From:" line ("From: Nadia Hale, Chief
// Executive Officer"), or on the line under their name where it stands
// alone on its line, as a letter, a memo or a statement is signed
// ("Nadia Hale\nChief Executive Officer"); "" when they give none.
func signedOffice(g *gazetteer.Gazetteer, src string, p *briefing.Party) string {
	names := map[string]bool{gazetteer.Fold(p.Name): true}
	for _, a := range p.Aliases {
		names[gazetteer.Fold(a)] = true
	}
	if sp, ok := text.HeaderValue(src, "from"); ok {
		if name, office, found := strings.Cut(src[sp.Start:sp.End], ","); found && names[gazetteer.Fold(strings.TrimSpace(name))] && isOffice(g, office) {
			return strings.TrimSpace(office)
		}
	}
	for _, m := range p.Mentions {
		if m.Start < 0 || m.End > len(src) || m.Start >= m.End {
			continue
		}
		lineStart := strings.LastIndexByte(src[:m.Start], '\n') + 1
		rest := src[m.End:]
		if k := strings.IndexByte(rest, '\n'); k >= 0 {
			rest = rest[:k]
		}
		if strings.TrimSpace(src[lineStart:m.Start]) != "" || strings.TrimSpace(rest) != "" {
			continue // the name is not alone on its line
		}
		next := src[min(len(src), m.End+len(rest)+1):]
		if k := strings.IndexByte(next, '\n'); k >= 0 {
			next = next[:k]
		}
		if isOffice(g, next) {
			return strings.TrimSpace(next)
		}
	}
	return ""
}

// isOffice reports whether s is an office and nothing more: a title the
// gazetteer knows, perhaps "of" a field or a body ("Director of Online").
func isOffice(g *gazetteer.Gazetteer, s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || text.WordCount(s) > maxSignedOfficeWords || text.EndsSentence(s) {
		return false
	}
	head, _, _ := strings.Cut(s, " of ")
	return g.Titles[gazetteer.Fold(head)]
}
