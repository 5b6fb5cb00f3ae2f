package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// onlyVerbless reports whether person p is named only in lines with no
// verb at the head of the page, between the headline and the first
// sentence with a verb, as a page names its author ("Ana Roth / Europe
// correspondent, Brussels", "by: Ana Roth"): such a line tells who wrote
// the story, not who takes part in it. A name in a clause, a line with no
// parse to judge by, or a page with no sentence with a verb after its
// headline keeps the person, and so does a transcript's heading for the
// person who speaks in its turns (see speaksInTurns) and the heading of a
// text in its author's voice for the office holder whose "I" it speaks
// ("2026 State of the City Address / Mayor Denise Alvarado-Whitman").
func onlyVerbless(d *document, p briefing.Party) bool {
	if p.Kind != briefing.KindPerson || len(p.Mentions) == 0 || p.Role != "" && !text.NewsRole(p.Role) && d.speaksAsI() {
		return false
	}
	body := bodyStart(d)
	for _, sp := range p.Mentions {
		if labelsTurn(d, sp) {
			return false // "MODERATOR (Rebecca Thorne): Good evening.": a speaker, not an author
		}
		si := sentenceOf(d, sp)
		if body < 0 || si >= body || si >= len(d.Parsed) || hasVerb(&d.Parsed[si]) {
			return false
		}
	}
	return !speaksInTurns(d, p)
}

// labelsTurn reports whether the name at sp labels a turn of a transcript:
// a colon follows it, or the bracket it is given in, on its line.
func labelsTurn(d *document, sp briefing.Span) bool {
	if !d.transcript() || sp.End > len(d.Text) {
		return false
	}
	rest := strings.TrimLeft(d.Text[sp.End:], ")")
	return strings.HasPrefix(rest, ":")
}

// bodyStart returns the index of the first sentence after the headline
// that holds a verb, or -1 when none does.
func bodyStart(d *document) int {
	title, hasTitle := text.TitleLine(d.Document)
	for si := range d.Parsed {
		if si >= len(d.Sentences) {
			break
		}
		if sp := d.Sentences[si]; hasTitle && title.Start <= sp.Start && sp.End <= title.End {
			continue
		}
		if hasVerb(&d.Parsed[si]) {
			return si
		}
	}
	return -1
}

// hasVerb reports whether sentence s holds a verb or an auxiliary.
func hasVerb(s *syntax.Sentence) bool {
	for _, w := range s.Words {
		if w.UPOS == "VERB" || w.UPOS == "AUX" {
			return true
		}
	}
	return false
}
