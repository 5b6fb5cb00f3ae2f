package summary

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// salutations are the openings by which a speaker greets or thanks an
// audience, each a sequence of lower-case words: the talk of a transcript
// (a press briefing, a statement read out, a news conference), never its
// news.
var salutations = [][]string{
	{"good", "morning"}, {"good", "afternoon"}, {"good", "evening"}, {"good", "day"},
	{"hello"}, {"hi"}, {"welcome"}, {"greetings"}, {"thank", "you"}, {"thanks"}, {"ladies", "and", "gentlemen"},
}

// salutationHeads are the lemmas that head a salutation in the parse.
var salutationHeads = text.SetOf("morning", "afternoon", "evening", "day", "hello", "hi", "welcome",
	"greeting", "thank", "thanks", "lady", "gentleman")

// salutationLength returns the number of words of the salutation that
// opens sentence p, or 0.
func salutationLength(p parsed) int {
	for _, seq := range salutations {
		match := len(seq) <= len(p.Words)
		for k, w := range seq {
			match = match && p.lower(k) == w
		}
		if match {
			return len(seq)
		}
	}
	return 0
}

// phatic reports whether sentence si only greets or thanks its audience
// ("Good afternoon, everyone, and thank you for coming.", "Welcome to
// this morning's briefing."): it opens with a salutation, and no verb but
// a salutation's is finite, so that it tells nothing that happened or is
// to happen ("Ladies and gentlemen, the chairman has resigned." tells
// news). Such a sentence is no item of a summary.
func phatic(d *doc.Document, si int) bool {
	if si >= len(d.Parsed) || len(d.Parsed[si].Words) == 0 {
		return false
	}
	p := newParsed(d.Text, &d.Parsed[si])
	if salutationLength(p) == 0 {
		return false
	}
	for _, w := range p.Words {
		if finiteTags[w.XPOS] && !salutationHeads[strings.ToLower(w.Lemma)] {
			return false
		}
	}
	return true
}

// finiteTags are the tags of a finite verb or a modal.
var finiteTags = text.SetOf("VBD", "VBZ", "VBP", "MD")

// greetingOpener finds the salutation, and the audience it names, that
// open a sentence whose news follows ("Ladies and gentlemen, the prime
// minister has resigned.", "Good evening, everyone, the council has
// voted …"): the range runs to the first word of the news.
func greetingOpener(p parsed) []CutRange {
	n := salutationLength(p)
	if n == 0 || !p.is(n, ",") {
		return nil
	}
	next := n + 1
	for k := next; k <= p.last && k <= next+maxAddressWords; k++ {
		if p.is(k, ",") {
			next = k + 1
			break
		}
		if !addressWord(p, k) {
			break
		}
	}
	if next > p.last || p.holdsRoot(0, next-1) && !salutationHeads[strings.ToLower(p.Words[p.Root()].Lemma)] {
		return nil
	}
	return []CutRange{{p.Words[0].Start, p.Words[next].Start, false, "", false}}
}

// maxAddressWords is the most words of an audience a salutation names
// ("everyone", "members of the press").
const maxAddressWords = 4

// addressWord reports whether word k may name the audience a salutation
// addresses: a noun, a name, a pronoun, a determiner or "of".
func addressWord(p parsed, k int) bool {
	switch p.Words[k].UPOS {
	case "NOUN", "PROPN", "PRON", "DET", "ADJ":
		return true
	}
	return p.lower(k) == "of" || p.lower(k) == "and"
}
