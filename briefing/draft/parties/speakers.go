package parties

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// Speakers: a transcript opens each turn with its speaker's label in
// capitals ("PREMIER: Thanks everyone", "COMMISSIONER MARANGONI: The fire
// is contained", "QUESTION: Will you…"). A person the page names only in
// its verbless heading ("TRANSCRIPT: Premier Ana Roth, press
// conference") speaks in the turns that an office alone labels, so the
// heading is no byline for them.

// labelRe finds a line's label: one to four words in capitals and a colon
// before the turn's first word, on the same line or on a line below
// ("PREMIER:\nThanks everyone").
var labelRe = regexp.MustCompile(`(?m)^[ \t]*([A-Z][A-Z'’.\-]*(?: [A-Z][A-Z'’.\-]*){0,3}):(?:[ \t]+|[ \t]*\n\s*)\S`)

// minTurns is how many labelled lines make a page a transcript.
const minTurns = 2

// speaksInTurns reports whether person p holds the office that labels
// turns of the article as a transcript ("PREMIER:" for the Premier).
func speaksInTurns(d *document, p briefing.Party) bool {
	if p.Kind != briefing.KindPerson || p.Role == "" {
		return false
	}
	role := gazetteer.Fold(p.Role)
	return officeLabels(d.Text)[role]
}

// officeLabels returns the folded labels of the turns of a transcript that
// name an office and no person ("PREMIER", "THE PRIME MINISTER" →
// "prime minister"); none when fewer than minTurns lines are labelled.
func officeLabels(src string) map[string]bool {
	found := labelRe.FindAllStringSubmatch(src, -1)
	if len(found) < minTurns {
		return nil
	}
	out := map[string]bool{}
	for _, f := range found {
		words := strings.Fields(strings.TrimPrefix(f[1], "THE "))
		for i, w := range words {
			words[i] = w[:1] + strings.ToLower(w[1:]) // "PRIME MINISTER" → "Prime Minister"
		}
		if office := strings.Join(words, " "); onlyTitle(office) {
			out[gazetteer.Fold(office)] = true
		}
	}
	return out
}

// titledLabel reports whether the tokens ts are a transcript's label alone
// on its line that gives a title and a name ("MINISTER TOMAS VERO:"): a
// title, one to three more words and a colon. Such a line is read as a
// name, not as a heading in capitals.
func titledLabel(ts []doc.Token) bool {
	n := len(ts)
	if n < 3 || n > 5 || ts[n-1].Text != ":" || !gazetteer.Load().Titles[gazetteer.Fold(ts[0].Text)] {
		return false
	}
	for _, t := range ts[:n-1] {
		if !t.Word || !t.Cap {
			return false
		}
	}
	return true
}

// labelSpeaker records the person that the label opening the sentence, a
// transcript's turn, names in capitals after an office or a form of
// address ("MINISTER OF HEALTH, DR ABENA OWUSU-MENSAH: …" is Abena
// Owusu-Mensah, Minister of Health; "DR OWUSU-MENSAH: …" is
// Owusu-Mensah), written as names are written. It returns the index of
// the first token after the label's colon, or 0 when it records none.
func (sc *scanner) labelSpeaker() int {
	ts := sc.ts
	if sc.first >= len(ts) {
		return 0
	}
	from := ts[sc.first].Start
	a, b, ok := text.SpeakerLabel(sc.d.Text[from:ts[len(ts)-1].End])
	if !ok || a != 0 || !allCaps(sc.d.Text[from:from+b]) {
		return 0
	}
	label := sc.d.Text[from : from+b]
	office, name, two := strings.Cut(label, ", ")
	if !two {
		office, name = "", label
	}
	words := strings.Fields(name)
	addressed := len(words) > 1 && honorifics[properWord(words[0])]
	if addressed {
		words = words[1:]
	}
	if !addressed && !two || len(words) == 0 {
		return 0 // "PREMIER:", "COMMISSIONER HALE:" are read as any other name
	}
	nameAt := from + b - len(strings.Join(words, " "))
	if strings.Join(words, " ") != sc.d.Text[nameAt:from+b] {
		return 0 // the name's words stand apart by more than one space
	}
	m := newMention(sc.d, briefing.Span{Start: nameAt, End: from + b}, ts[sc.first].Sent, len(words))
	proper := make([]string, len(words))
	for k, w := range words {
		proper[k] = properWord(w)
	}
	m.name, m.kind, m.cue = strings.Join(proper, " "), briefing.KindPerson, cueStrong
	m.role = sc.properOffice(office)
	sc.out = append(sc.out, m)
	for k := sc.first; k < len(ts); k++ {
		if ts[k].Start >= from+b && ts[k].Text == ":" {
			return k + 1
		}
	}
	return 0
}

// properOffice writes an office given in capitals as offices are written:
// "MINISTER OF HEALTH" → "Minister of Health"; an acronym the gazetteer
// knows stays in capitals ("WHO COUNTRY REPRESENTATIVE" → "WHO Country
// Representative").
func (sc *scanner) properOffice(office string) string {
	words := strings.Fields(office)
	for k, w := range words {
		switch lw := strings.ToLower(w); {
		case k > 0 && speakerOfficeLinks[lw]:
			words[k] = lw
		case !gazetteer.IsAcronym(w):
			words[k] = properWord(w)
		default:
			if _, known := sc.g.Lookup(w); !known {
				words[k] = properWord(w)
			}
		}
	}
	return strings.Join(words, " ")
}

// speakerOfficeLinks are the small words inside an office.
var speakerOfficeLinks = text.SetOf("of", "for", "and", "the", "on", "to")

// properWord writes a word given in capitals with a capital only at its
// start and after a hyphen or an apostrophe ("OWUSU-MENSAH" →
// "Owusu-Mensah", "O'BRIEN" → "O'Brien", "DR" → "Dr").
func properWord(w string) string {
	out := []rune(strings.ToLower(w))
	for k := range out {
		if k == 0 || strings.ContainsRune("-'’", out[k-1]) {
			out[k] = unicode.ToUpper(out[k])
		}
	}
	return string(out)
}
