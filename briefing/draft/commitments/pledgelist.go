package commitments

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
)

// A pledging conference's outcome, a factbox or a donors' table lists who
// pledged what one line each: "United States: US$120 million", "Japan:
// US$30 million, to be disbursed once access has been secured". No clause
// commits in such a line; the party before the colon pledges the sum
// after it, when the text around the list speaks of pledges.

// pledgeLineRe matches a line that gives a party and a sum: its list mark,
// the name before the colon, and what follows.
var pledgeLineRe = regexp.MustCompile(`^[ \t]*(?:[-–•*][ \t]+)?([^:\n]{2,60}):[ \t]+(\S[^\n]*)$`)

// sumRe matches a sum of money: a currency sign or code and a figure, or
// a figure and a word for a large sum.
var sumRe = regexp.MustCompile(`(?i)(?:[$€£¥₹]|\b(?:US\$|USD|EUR|GBP|CAD|AUD|NOK|SEK|DKK|CHF|JPY|CNY|A\$|C\$)\s?)\d|\d[\d.,]*\s*(?:million|billion|bn|m)\b`)

// pledgeReach is how many sentences before a line of a list of pledges
// the text may say that they are pledges.
const pledgeReach = 4

// provisoWords make a pledged sum hold only on a condition.
var provisoWords = []string{" once ", " if ", " provided ", " subject to ", " on condition ", " unless "}

// pledgedItem drafts sentence si as a pledge when it is a line of a list
// of pledges (see pledgeLineRe) whose name is a party's.
func pledgedItem(d *doc.Document, r *actorResolver, si int) (briefing.Commitment, bool) {
	sp := d.Sentences[si]
	line := d.Text[sp.Start:sp.End]
	m := pledgeLineRe.FindStringSubmatchIndex(line)
	if m == nil || !sumRe.MatchString(line[m[4]:m[5]]) {
		return briefing.Commitment{}, false
	}
	p, ok := d.PartyNames[gazetteer.Fold(strings.TrimSpace(line[m[2]:m[3]]))]
	if ps := r.in(sp.Start+m[2], sp.Start+m[3]); !ok && len(ps) == 1 {
		p, ok = ps[0], true // the name as the parties stage marked it
	}
	if !ok || p >= len(d.Parties) || d.Parties[p].Kind == briefing.KindPlace || !pledgesAround(d, si) {
		return briefing.Commitment{}, false
	}
	what := strings.TrimRight(line[m[4]:m[5]], " .;,")
	status := briefing.StatusPledged
	for _, w := range provisoWords {
		if strings.Contains(" "+what+" ", w) {
			status = briefing.StatusConditional // "to be disbursed once humanitarian access … has been secured"
		}
	}
	return briefing.Commitment{
		Actors: []string{d.Parties[p].Name}, Verb: "pledged", Status: status, Action: what, Counterparties: []string{},
		Text: d.Parties[p].Name + " pledged " + what + ".", Spans: []briefing.Span{{Start: sp.Start + m[2], End: sp.Start + m[5]}},
	}, true
}

// pledgesAround reports whether the sentence si, a line of its list, or
// one of the few sentences before the list speaks of pledges.
func pledgesAround(d *doc.Document, si int) bool {
	top := si
	for top > 0 && pledgeLineRe.MatchString(d.Text[d.Sentences[top-1].Start:d.Sentences[top-1].End]) {
		top-- // the lines of the list above it
	}
	for k := max(0, top-pledgeReach); k <= si; k++ {
		if strings.Contains(strings.ToLower(d.Text[d.Sentences[k].Start:d.Sentences[k].End]), "pledg") {
			return true
		}
	}
	return false
}
