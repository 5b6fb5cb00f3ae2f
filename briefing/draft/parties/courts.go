package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Courts: a court named by the country or city it sits in ("a US court",
// "the Paris court") is a party of its own, an organisation, and the
// country or city that names it is no part of the story there.

// namedCourts turns each mention of a country or place that names a court
// ("US" in "a US court") into a mention of that court ("US court").
func namedCourts(d *document, ms []mention) []mention {
	for i, m := range ms {
		if m.kind != briefing.KindCountry && m.kind != briefing.KindPlace {
			continue
		}
		s, first, last, ok := mentionWords(d, m.span)
		if !ok {
			continue
		}
		h := nameHead(s, first, last)
		c := s.Words[h].Head
		if c != last+1 || (s.Words[h].Rel != "compound" && s.Words[h].Rel != "amod") || !courtNouns[strings.ToLower(s.Words[c].Lemma)] {
			continue
		}
		sp := briefing.Span{Start: m.span.Start, End: s.Words[c].End}
		court := newMention(d, sp, m.sent, m.words+1)
		court.kind, court.cue = briefing.KindOrganisation, cueStrong
		ms[i] = court
	}
	return ms
}

// courtNouns name courts.
var courtNouns = map[string]bool{"court": true, "tribunal": true}
