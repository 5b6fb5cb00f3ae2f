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

// salutationLength returns the index of the first word after the speaker
// label (see speakerLabel) and the salutation that open sentence p, or 0
// when no salutation opens it.
func salutationLength(p parsed) int {
	from := afterVocative(p, speakerLabel(p))
	for _, seq := range salutations {
		match := from+len(seq) <= len(p.Words)
		for k, w := range seq {
			match = match && p.lower(from+k) == w
		}
		if match {
			return from + len(seq)
		}
	}
	return 0
}

// afterVocative returns the index of the first word after the name of
// the one addressed that opens a turn at word from ("Grace Adeyemi, thank
// you for joining us."), or from when there is none.
func afterVocative(p parsed, from int) int {
	k := from
	for k < len(p.Words) && k < from+maxAddressWords && p.Words[k].UPOS == "PROPN" {
		k++
	}
	if k > from && p.is(k, ",") {
		return k + 1
	}
	return from
}

// speakerLabel returns the index of the first word after the label that
// opens a turn of a transcript ("Lidia Varga: Good afternoon.", "Q: Will
// the minister resign?", "MR HOLT: We will appeal.", see
// text.SpeakerLabel); 0 when the sentence has none.
func speakerLabel(p parsed) int {
	if len(p.Words) == 0 {
		return 0
	}
	from := p.Words[0].Start
	if _, end, ok := text.SpeakerLabel(p.text[from:p.Words[len(p.Words)-1].End]); ok {
		for k, w := range p.Words {
			if w.Start >= from+end && w.Form == ":" {
				return k + 1
			}
		}
	}
	return 0
}

// askedFromTheFloor reports whether sentence si belongs to a turn of a
// transcript that a question label opens ("Q: On fisheries: talks ended
// without agreement.", a committee member's numbered question "Q3 Owen
// Carrick: You told this committee the same thing.", and the sentences of
// the turn after its label): the words of the one who asks, not of the
// news.
func askedFromTheFloor(d *doc.Document, si int) bool {
	return text.QuestionerTurn(d, si)
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
	from := speakerLabel(p)
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
	if next > p.last || p.holdsRoot(from, next-1) && !salutationHeads[strings.ToLower(p.Words[p.Root()].Lemma)] {
		return nil
	}
	return []CutRange{{p.Words[from].Start, p.Words[next].Start, false, "", false}}
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

// timestamp finds the recording's time stamp that opens a transcript's
// turn ("[00:01:05] HENDRIK VOSS: At the prices in the last auction, …")
// or the time of a live blog's entry run into its first sentence ("18:15
// Council leader Priya Nandakumar has opened the debate."): the speaker's
// label stays, the time goes.
func timestamp(p parsed) []CutRange {
	if len(p.Words) == 0 {
		return nil
	}
	from := p.Words[0].Start
	rest := p.text[from:p.Words[len(p.Words)-1].End]
	end := from + max(text.TimestampEnd(rest), text.EntryTimeEnd(rest))
	if end == from {
		return nil
	}
	for _, w := range p.Words {
		if w.Start >= end {
			return []CutRange{{from, w.Start, false, "", false}}
		}
	}
	return nil
}
