package summary

import (
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// A bottom line says on which day of the week the news happened once, in
// its first item; past that, "said on Tuesday", "was jailed yesterday" add
// words and no news. A day still to come is the next step ("will appear in
// court on Monday") and stays.

// dayWords are the words that name a day relative to the article's.
var dayWords = text.SetOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday")

// dayParts are the words a day phrase may hold besides its day: "on
// Tuesday night", "late yesterday", "early on Friday".
var dayParts = text.SetOf("on", "late", "early", "morning", "afternoon", "evening", "night")

// maxDayWords is the most words a day phrase holds ("early on Tuesday
// morning").
const maxDayWords = 4

// relativeDays finds the phrases that name the day of the news by its
// weekday or as yesterday, each a whole phrase of the clause ("on
// Tuesday", "late yesterday", "on Wednesday night"). The range takes the
// space before the phrase, or the space or comma after it when it opens
// the sentence ("On Monday, the bank said" → "The bank said"), or both commas
// when commas set it off ("The firm, on Monday, said" → "The firm said").
// Whether the day is past is for the caller to check (see pastDay).
func relativeDays(p parsed) []CutRange {
	var out []CutRange
	for i := 0; i <= p.last; i++ {
		if !dayWords[p.lower(i)] {
			continue
		}
		h := i
		if RelAmong(p.Words[i].Rel, "compound") && dayParts[p.lower(p.Words[i].Head)] { // "Tuesday night"
			h = p.Words[i].Head
		}
		if !RelAmong(p.Words[h].Rel, "obl", "nmod", "advmod") {
			continue
		}
		first, last := p.phrase(h)
		for first > 0 && dayParts[p.lower(first-1)] && !p.is(first-1, "on") { // "late yesterday", however attached
			first--
		}
		if last-first+1 > maxDayWords || !p.dayPhrase(first, last) || p.ahead(h) || p.strandsVerb(first, last, h) {
			continue
		}
		out = append(out, p.dayCut(first, last))
		i = last
	}
	return out
}

// dayPhrase reports whether words first..last hold a day and nothing but
// the words a day phrase may hold.
func (p parsed) dayPhrase(first, last int) bool {
	for k := first; k <= last; k++ {
		if w := p.lower(k); !dayWords[w] && !dayParts[w] {
			return false
		}
	}
	return true
}

// strandsVerb reports whether cutting the day phrase words first..last,
// headed by h, would leave a participle with nothing of its own: "Under the
// deal, announced on Tuesday, both sides agreed" must not read "Under the
// deal, announced, both sides agreed". The verb the phrase hangs from is
// stranded when it is not the main clause's and keeps no dependent but
// punctuation, auxiliaries, markers and a relative pronoun; a participle
// set off by a comma just before the phrase is stranded however the parser
// attached the day. A verb that ends the sentence with its day keeps its
// subject there, whatever the parse says (", the High Court ruled on
// Wednesday." → ", the High Court ruled.").
func (p parsed) strandsVerb(first, last, h int) bool {
	if v := first - 1; v > 0 && p.Words[v].XPOS == "VBN" && p.is(v-1, ",") {
		return true
	}
	v := p.Words[h].Head
	if v < 0 || last == p.last || p.Words[v].Head < 0 || p.Words[v].UPOS != "VERB" {
		return false
	}
	for _, c := range p.Children(v) {
		if c >= first && c <= last {
			continue
		}
		w := p.Words[c]
		if !RelAmong(w.Rel, "punct", "aux", "cop", "mark") && w.XPOS != "WDT" && w.XPOS != "WP" {
			return false
		}
	}
	return true
}

// dayCut is the range that drops words first..last and what sets them off.
func (p parsed) dayCut(first, last int) CutRange {
	next := last + 1
	if p.is(next, ",") {
		next++
	}
	switch {
	case first == 0 && next <= p.last:
		return CutRange{p.Words[0].Start, p.Words[next].Start, false, "", true}
	case first > 0 && p.is(first-1, ",") && p.is(last+1, ","):
		return CutRange{p.Words[first-1].Start, p.Words[last+1].End, false, "", true}
	case first > 0 && p.is(first-1, ","):
		return CutRange{p.Words[first-1].Start, p.Words[last].End, false, "", true} // "…, in the Brinthorpe area of Wexmoor, early on Monday.": the comma goes with the day
	case first > 0:
		return CutRange{p.Words[first-1].End, p.Words[last].End, false, "", true}
	}
	return CutRange{p.Words[first].Start, p.Words[last].End, false, "", true}
}

// pastDay reports whether every date in a cut is a whole day no later than
// the article's: a day phrase the dates stage could not resolve, or one
// still to come, stays.
func pastDay(d *doc.Document, c CutRange, ds []dates.Mark) bool {
	in := dates.Within(ds, c.Start, c.End)
	day := d.Published.Format("2006-01-02")
	for _, m := range in {
		if len(m.Value) != len(day) || m.Value > day {
			return false
		}
	}
	return len(in) > 0
}

// ahead reports whether the clause word i belongs to tells of what is to
// come: a verb of it takes "will", "shall" or "would", or is an infinitive
// ("is to meet on Friday"), so the day is the next step, not the news. The
// verbs of the clause up to its head count, as a day phrase is often hung
// from the wrong one ("will unveil plans aimed at kickstarting the economy
// on Thursday"), but not those of a clause it is reported in or joined to
// (", the company said on Thursday").
func (p parsed) ahead(i int) bool {
	for v := i; v >= 0; v = p.Words[v].Head {
		if p.Words[v].UPOS == "VERB" || p.Words[v].UPOS == "AUX" {
			for _, c := range p.Children(v) {
				if RelAmong(p.Words[c].Rel, "aux", "mark") && (p.lower(c) == "to" || aheadAux[p.Words[c].Lemma]) {
					return true
				}
			}
		}
		if RelAmong(p.Words[v].Rel, "parataxis", "ccomp", "conj") {
			return false
		}
	}
	return false
}

// aheadAux are the auxiliaries of a clause that tells of what is to come.
var aheadAux = text.SetOf("will", "shall", "would")
