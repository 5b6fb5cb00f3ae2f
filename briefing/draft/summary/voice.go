package summary

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
)

// ownVoiceShare is the share of a text's body sentences that must speak
// in the first person outside quotation marks ("we have recorded", "I
// will not raise …") for the text to be in its speaker's own voice: a
// speech, a statement, a transcript or an open letter, not a report of
// one.
const ownVoiceShare = 0.3

// spokenLead returns the index in body of the sentence that states the
// news of a text in its speaker's own voice: when the lead the article's
// shape gives (lead) reports no act and carries no commitment ("Dublin
// cannot keep choking on its own traffic.", "First, I want to apologise
// …"), a speech's news is what the speaker commits to, the first
// commitment the text makes. Otherwise, and in a report, lead stands.
func spokenLead(d *doc.Document, body []int, lead int) int {
	if len(d.Commitments) == 0 || !ownVoice(d, body) || reportsAct(d, body[lead]) || carriesCommitment(d, body[lead]) {
		return lead
	}
	first := -1
	for _, c := range d.Commitments {
		if len(c.Spans) > 0 && (first < 0 || c.Spans[0].Start < first) {
			first = c.Spans[0].Start
		}
	}
	for k, si := range body {
		if sp := d.Sentences[si]; sp.Start <= first && first < sp.End {
			return k
		}
	}
	return lead
}

// carriesCommitment reports whether a span of a commitment drafted from
// the text lies in sentence si.
func carriesCommitment(d *doc.Document, si int) bool {
	sp := d.Sentences[si]
	for _, c := range d.Commitments {
		for _, s := range c.Spans {
			if s.Start < sp.End && sp.Start < s.End {
				return true
			}
		}
	}
	return false
}

// ownVoice reports whether at least ownVoiceShare of the body sentences
// speak in the first person outside quotation marks.
func ownVoice(d *doc.Document, body []int) bool {
	n := 0
	for _, si := range body {
		if firstPerson(d, si) {
			n++
		}
	}
	return len(body) > 0 && float64(n) >= ownVoiceShare*float64(len(body))
}

// firstPersonForms are the pronouns of a speaker who speaks for
// themselves or their side.
var firstPersonForms = map[string]bool{"i": true, "we": true, "my": true, "our": true, "us": true, "me": true}

// firstPerson reports whether sentence si has a first-person pronoun
// outside quotation marks.
func firstPerson(d *doc.Document, si int) bool {
	for _, t := range d.SentenceTokens(si) {
		if t.Word && !t.Quoted && firstPersonForms[t.Lower] && (t.Lower != "i" || t.Text == "I") && pronounAt(d, si, t.Start) {
			return true
		}
	}
	return false
}

// pronounAt reports whether the parse of sentence si reads the word at
// byte start as a pronoun ("I" of "World War I" is a numeral or a name).
func pronounAt(d *doc.Document, si, start int) bool {
	if si >= len(d.Parsed) {
		return false
	}
	for _, w := range d.Parsed[si].Words {
		if w.Start == start {
			return w.UPOS == "PRON"
		}
	}
	return false
}

// reportsAct reports whether sentence si tells an act done by someone
// other than the speaker, in the past or the present perfect ("The three
// candidates met on Tuesday night", "The commissioner has responded to the
// report"): a report's lead, which a speaker's commitment does not
// replace.
func reportsAct(d *doc.Document, si int) bool {
	if si >= len(d.Parsed) {
		return false
	}
	p := &d.Parsed[si]
	r := p.Root()
	if r < 0 {
		return false
	}
	switch w := p.Words[r]; {
	case w.XPOS == "VBD":
	case w.XPOS == "VBN" && dates.PerfectTag(p, r) != "":
	default:
		return false
	}
	for _, k := range p.ChildrenWith(r, "nsubj", "nsubj:pass") {
		if firstPersonForms[strings.ToLower(p.Words[k].Form)] {
			return false
		}
	}
	return true
}
