package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// mastheadWords bounds the words of a body's name written in capitals as
// the first line of a document.
const mastheadWords = 6

// mastheadInCapitals records the body whose name alone, in capitals, makes
// the first line of the text, as minutes, releases and notices open
// ("HARTWELL TOWN COUNCIL", "MINISTRY OF DEFENCE"): a name with a word for
// a body at its end or before "of", written as names are written. It
// reports whether it recorded one.
func (sc *scanner) mastheadInCapitals() bool {
	ts := sc.ts
	if len(ts) == 0 || strings.TrimSpace(sc.d.Text[:ts[0].Start]) != "" {
		return false
	}
	end := ts[len(ts)-1].End
	if nl := strings.IndexByte(sc.d.Text[ts[0].Start:], '\n'); nl >= 0 && ts[0].Start+nl < end {
		return false
	}
	words := make([]string, 0, len(ts))
	for _, t := range ts {
		if !t.Word || !lettersWord(t.Text) && t.Text != "&" {
			return false
		}
		words = append(words, t.Text)
	}
	if len(words) < 2 || len(words) > mastheadWords {
		return false
	}
	if !bodyNamed(sc.g.OrgWords, words) {
		return false
	}
	m := newMention(sc.d, briefing.Span{Start: ts[0].Start, End: end}, ts[0].Sent, len(words))
	for k, w := range words {
		if k > 0 && speakerOfficeLinks[strings.ToLower(w)] {
			words[k] = strings.ToLower(w)
		} else {
			words[k] = properWord(w)
		}
	}
	m.name, m.kind, m.cue = strings.Join(words, " "), briefing.KindOrganisation, cueStrong
	sc.out = append(sc.out, m)
	return true
}

// bodyNamed reports whether words in capitals name a body: a word for a
// body ends them or comes before "of" ("KELBY CHAMBER OF COMMERCE").
func bodyNamed(orgWords map[string]bool, words []string) bool {
	for k, w := range words {
		if orgWords[properWord(w)] && (k == len(words)-1 || strings.EqualFold(words[k+1], "of")) {
			return true
		}
	}
	return false
}
