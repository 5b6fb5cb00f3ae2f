package merge

import (
	"strconv"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Casualty counts are figures that news reports give differently more
// than any other, and often in words the drafting does not take for a
// figure ("31 people have died", "claimed 210 lives"). A count is a number
// followed by a word for people (or "lives"), in a sentence that says
// they died or were hurt.
var (
	peopleWords = words("people persons civilians soldiers troops children migrants passengers workers residents " +
		"villagers police officers fighters militants protesters miners lives")
	deathWords  = words("killed dead died deaths death toll killing lives perished drowned")
	injuryWords = words("injured wounded hurt injuries")
	numberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20, "hundred": 100}
)

func words(list string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(list) {
		out[w] = true
	}
	return out
}

// casualtyKinds are what casualty counts are of, as a disagreement's About.
var casualtyKinds = []struct {
	about string
	cues  map[string]bool
}{{"people killed", deathWords}, {"people injured", injuryWords}}

// mergeCasualties records a disagreement where the sources give different
// counts of the people killed (or injured): each source that gives one
// count (the same count given twice is one) is a claim.
func mergeCasualties(out *briefing.Brief, dis *disagreements) {
	for _, kind := range casualtyKinds {
		var claims []claim
		values := map[string]bool{}
		for _, src := range out.AllSources() {
			if c, ok := sourceCount(src, kind.cues); ok {
				values[c.value] = true
				claims = append(claims, c)
			}
		}
		if len(values) > 1 && !dis.covers(briefing.DisagreeFigure, keys(values)) {
			dis.add(briefing.DisagreeFigure, kind.about, claims...)
		}
	}
}

// sourceCount returns the one count of a source's prose sentences with the
// cues, or false when it gives none or two different ones.
func sourceCount(src *briefing.Source, cues map[string]bool) (claim, bool) {
	var found claim
	n := 0
	for i, sp := range src.Sentences {
		if isFurniture(src, sp) {
			continue
		}
		for _, c := range sentenceCounts(src.SentenceText(i+1), sp, cues) {
			switch {
			case n == 0:
				found, n = c, 1
			case c.value == found.value:
				found.spans = append(found.spans, c.spans...)
			default:
				return claim{}, false
			}
		}
	}
	return found, n == 1
}

func isFurniture(src *briefing.Source, sp briefing.Span) bool {
	for _, f := range src.Furniture {
		if f.Start == sp.Start && f.End == sp.End {
			return true
		}
	}
	return false
}

// sentenceCounts returns the counts of people in a sentence that has one
// of the cues, each as a claim spanning the number and its noun.
func sentenceCounts(text string, sent briefing.Span, cues map[string]bool) []claim {
	toks := tokens(text)
	cued := false
	for _, t := range toks {
		cued = cued || cues[t.lower]
	}
	if !cued {
		return nil
	}
	var out []claim
	for i, t := range toks {
		v, ok := number(t.lower)
		if !ok {
			continue
		}
		j := i + 1
		if j < len(toks) && (toks[j].lower == "more" || toks[j].lower == "other") {
			j++
		}
		if j >= len(toks) || !peopleWords[toks[j].lower] {
			continue
		}
		sp := briefing.Span{Start: sent.Start + t.start, End: sent.Start + toks[j].end, Source: sent.Source}
		out = append(out, claim{text[t.start:toks[j].end], strconv.FormatFloat(v, 'f', -1, 64), []briefing.Span{sp}})
	}
	return out
}

// number reads a count written in digits ("1,200") or as a word ("six");
// four-digit numbers without a comma are years, not counts.
func number(w string) (float64, bool) {
	if v, ok := numberWords[w]; ok {
		return v, true
	}
	if len(w) == 4 && !strings.Contains(w, ",") {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	return v, err == nil && v > 0
}

// token is a word of a sentence: its lower-case form and byte offsets.
type token struct {
	lower      string
	start, end int
}

// tokens splits text into words of letters, digits and inner commas
// ("1,200"), with their offsets.
func tokens(text string) []token {
	var out []token
	start := -1
	for i, r := range text + " " {
		inner := r == ',' && start >= 0 && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9'
		if !notWordRune(r) || inner {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, token{strings.ToLower(text[start:i]), start, i})
			start = -1
		}
	}
	return out
}
