package draft

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Runs of capitalised words that are not names: competitions, adjectives,
// contractions, work titles and field labels.

// sportsLeague reports whether token k is "League" naming a competition
// ("American League", "Premier League"), not an association: no "of" or
// "for" follows it in the run ("League of Rural Voters").
func (sc *scanner) sportsLeague(k, j int) bool {
	if sc.ts[k].text != "League" {
		return false
	}
	for e := k + 1; e < len(sc.ts) && e <= j; e++ {
		if w := sc.ts[e].text; w == "of" || w == "for" {
			return false
		}
	}
	return true
}

// notAName reports whether the one-word run ts[i:j] is an adjective or a
// contraction rather than a name: "Kurdish rebels", "European officials",
// "New York-based", "We've".
func (sc *scanner) notAName(i, j int) bool {
	w := sc.ts[i].text
	if strings.HasSuffix(sc.ts[j-1].text, "-based") || contraction(w) || j-i == 1 && len(w) == 1 {
		return true
	}
	if j-i != 1 || j >= len(sc.ts) {
		return false
	}
	next := sc.ts[j]
	if !next.word || next.cap || personAfter[next.text] || strings.HasSuffix(next.text, "ed") || stopWords[next.text] {
		return false
	}
	for _, suf := range []string{"ish", "ic", "ian", "ean", "ese", "an", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// workTitle reports whether the run ts[i:j] is all a quotation holds: the
// title of a book, film or song ("The Harbour", "Silent Orchards").
func (sc *scanner) workTitle(i, j int) bool {
	ts := sc.ts
	if i == 0 || j >= len(ts) || !isQuoteMark(ts[i-1].text) {
		return false
	}
	end := j
	if ts[end].text == "," && end+1 < len(ts) {
		end++
	}
	return isQuoteMark(ts[end].text)
}

// isQuoteMark reports whether s is a quotation mark.
func isQuoteMark(s string) bool {
	return s == "\"" || s == "“" || s == "”" || s == "'" || s == "‘" || s == "’"
}

// label reports whether the name m ending before token j, with nothing
// but a weak cue for its kind, labels a field ("Scorers:", "ISSUER:").
func (sc *scanner) label(j int, m mention) bool {
	return j < len(sc.ts) && sc.ts[j].text == ":" && m.cue < cueStrong && m.kind != briefing.KindPlace
}

// contraction reports whether w is a contraction ("We've", "Don't").
func contraction(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	for _, s := range []string{"'ve", "'ll", "'re", "'d", "n't", "'m"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
