package commitments

import (
	"regexp"
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

// definedSidesRe finds the bracket in which an agreement names its sides
// by a defined term: "(hereinafter referred to as "the Parties")",
// "(together, the "Parties")", "(the "Parties")", or after a comma:
// `, hereinafter referred to as "the Participants"`.
var definedSidesRe = regexp.MustCompile(`\((?:(?:hereinafter|together|collectively|jointly)[^()"“”]{0,40})?["“]?(?:the |The )?["“]?(?:Parties|Sides|Signatories|Participants)["”]?\)` +
	`|,[ \t]*(?:hereinafter|hereafter)[^()"“”,]{0,30}["“](?:the |The )?(?:Parties|Sides|Signatories|Participants)["”]`)

// sideTerms are the words an agreement calls its sides by.
var sideTerms = WordSet("party parties side sides signatory signatories participant participants")

// definedSides returns the states and organisations an agreement names
// before the bracket that defines its sides ("The Republic of Ardmore and
// the Kingdom of Velsia (hereinafter "the Parties")"): those whom "the
// Parties", "each Party" and "either Party" name; nil when the text
// defines none or names fewer than two.
func (r *actorResolver) definedSides() []int {
	if r.sides == nil {
		sides := r.findDefinedSides()
		r.sides = &sides
	}
	return *r.sides
}

// findDefinedSides reads the text for the sides it defines (see
// definedSides).
func (r *actorResolver) findDefinedSides() []int {
	loc := definedSidesRe.FindStringIndex(r.d.Text)
	if loc == nil {
		return nil
	}
	si := r.sentenceIndex(loc[0])
	if si < 0 || si >= len(r.d.Sentences) {
		return nil
	}
	start := r.d.Sentences[si].Start
	if nl := strings.LastIndexByte(r.d.Text[start:loc[0]], '\n'); nl >= 0 {
		start += nl + 1
	}
	var out []int
	for _, p := range r.in(start, loc[0]) {
		if r.institution(p) {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		out = r.termsAbove(loc[0])
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// sideOfState returns the defined side that a word for a state names
// ("the Portuguese Participant", "the Netherlands Participant", "the
// Chinese Side"), or -1.
func (r *actorResolver) sideOfState(word string) int {
	g := gazetteer.Load()
	ref, ok := g.LookupFolded(word)
	if !ok {
		return -1
	}
	for _, p := range r.definedSides() {
		if q, ok := g.Lookup(r.d.Parties[p].Name); ok && q.Entity == ref.Entity {
			return p
		}
	}
	return -1
}

// termsAboveReach is how far above the bracket that defines the sides the
// brackets that define each side may stand.
const termsAboveReach = 600

// sideTermRe finds the bracket that defines one side's term on the line
// under its name: `(hereinafter "the City")`.
var sideTermRe = regexp.MustCompile(`\((?:hereinafter|hereafter)?[ \t]*(?:referred to as[ \t]+)?["“]((?:the |The )?[^"“”()]{2,40})["”]\)`)

// termsAbove returns the institutions whose defined terms the brackets
// above byte a give, one per side, when the sides are set out each on its
// own lines before "(together "the Parties")".
func (r *actorResolver) termsAbove(a int) []int {
	var out []int
	from := max(0, a-termsAboveReach)
	for _, m := range sideTermRe.FindAllStringSubmatch(r.d.Text[from:a], -1) {
		if p, ok := r.d.PartyNames[gazetteer.Fold(m[1])]; ok && p < len(r.d.Parties) && r.institution(p) && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}
