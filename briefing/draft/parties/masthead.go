package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// mastheadWords bounds the words of a body's name written in capitals as
// the first line of a document.
const mastheadWords = 6

// mastheadInCapitals records the body whose name alone, in capitals, makes
// the first line of the text, as minutes, releases and notices open
// ("HARTWELL TOWN COUNCIL", "MINISTRY OF DEFENCE"): a name with a word for
// a body at its end or before "of", written as names are written, at most
// mastheadWords long unless it ends with a state's formal name
// ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF CORVESSA"). It reports
// whether it recorded one.
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
	if len(words) < 2 || len(words) > mastheadWords && !ofFormalState(words[mastheadWords/2:]) {
		return false
	}
	if !bodyNamed(sc.g.OrgWords, words) {
		return false
	}
	m := newMention(sc.d, briefing.Span{Start: ts[0].Start, End: end}, ts[0].Sent, len(words))
	m.name, m.kind, m.cue = writtenAsName(words, false), briefing.KindOrganisation, cueStrong
	sc.out = append(sc.out, m)
	return true
}

// ofFormalState reports whether words, in capitals, end with "of" and a
// state's formal name ("OF THE REPUBLIC OF CORVESSA", "OF THE KINGDOM OF
// NORWAY"), a short name after its form.
func ofFormalState(words []string) bool {
	for k := 0; k+3 < len(words); k++ {
		if !strings.EqualFold(words[k], "of") {
			continue
		}
		rest := words[k+1:]
		if strings.EqualFold(rest[0], "the") {
			rest = rest[1:]
		}
		return len(rest) >= 3 && len(rest) <= 5 && stateForms[strings.ToLower(rest[0])] && strings.EqualFold(rest[1], "of")
	}
	return false
}

// stateForms are the words for the form of a state in its formal name.
var stateForms = text.SetOf("republic", "kingdom", "principality", "federation", "commonwealth", "emirate", "sultanate")

// letterhead returns the mention of the body whose name alone makes the
// first line of the text when that line was read as page furniture, a
// label over the headline ("PEMBERTON VALE LLP", "HARTWELL TOWN
// COUNCIL"): the body that issues the page, a party though no prose names
// it. The name must end in a legal form, or be written in capitals and
// built as a body's (see bodyNamed), and be no news outlet's; words in
// capitals are written as names are.
func letterhead(d *document) (mention, bool) {
	if len(d.Furniture) == 0 || strings.TrimSpace(d.Text[:d.Furniture[0].Start]) != "" {
		return mention{}, false
	}
	sp := d.Furniture[0]
	line := d.Text[sp.Start:sp.End]
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	line = strings.TrimRight(line, " \t\r")
	words := strings.Fields(line)
	caps := strings.ToUpper(line) == line
	if len(words) < 2 || len(words) > mastheadWords && !(caps && ofFormalState(words[mastheadWords/2:])) || outletEnds[properWord(words[len(words)-1])] {
		return mention{}, false
	}
	legal := text.LegalForm(words[len(words)-1])
	for k, w := range words {
		if !lettersWord(w) && w != "&" && !(k == len(words)-1 && legal) {
			return mention{}, false
		}
	}
	if !legal && !(caps && bodyNamed(gazetteer.Load().OrgWords, words)) {
		return mention{}, false
	}
	m := newMention(d, briefing.Span{Start: sp.Start, End: sp.Start + len(line)}, 0, len(words))
	m.name, m.kind, m.cue = strings.Join(words, " "), briefing.KindOrganisation, cueStrong
	if caps {
		m.name = writtenAsName(words, legal)
	}
	return m, true
}

// writtenAsName writes the words of a name given in capitals as names are
// written: the words that link its parts, after the first, in lower case,
// the others with a capital at their start only ("PORT OF KILBRANNAN
// AUTHORITY" → "Port of Kilbrannan Authority"), a last legal form kept as
// given when keepLast is true ("Pemberton Vale LLP").
func writtenAsName(words []string, keepLast bool) string {
	out := make([]string, len(words))
	for k, w := range words {
		switch {
		case keepLast && k == len(words)-1:
			out[k] = w
		case k > 0 && speakerOfficeLinks[strings.ToLower(w)]:
			out[k] = strings.ToLower(w)
		default:
			out[k] = properWord(w)
		}
	}
	return strings.Join(out, " ")
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
