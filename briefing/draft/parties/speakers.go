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
// turns of the article as a transcript ("PREMIER:" for the Premier) or is
// named by the labels (see surnameLabels).
func speaksInTurns(d *document, p briefing.Party) bool {
	if p.Kind != briefing.KindPerson {
		return false
	}
	return p.Role != "" && officeLabels(d.Text)[gazetteer.Fold(p.Role)] || surnameLabels(d.Text, p.Name)
}

// surnameLabels reports whether turns of a transcript are labelled with
// the last word of a person's name ("OKAFOR:", "MINISTER OKAFOR:" for
// Sarah Okafor); none when fewer than minTurns lines are labelled.
func surnameLabels(src, name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	surname := gazetteer.Fold(words[len(words)-1])
	found := labelRe.FindAllStringSubmatch(src, -1)
	if len(found) < minTurns {
		return false
	}
	for _, f := range found {
		label := strings.Fields(f[1])
		if gazetteer.Fold(label[len(label)-1]) == surname {
			return true
		}
	}
	return false
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
	if a, z, ok := bracketedName(sc.d.Text[from+b:]); ok { // "MODERATOR (Rebecca Thorne):"
		if questionLabels[label] {
			return sc.afterColon(from + b + z) // "Q (Nordic Wire):": the outlet that asks names no party
		}
		if words := strings.Fields(label); len(words) > 1 && sc.labelName(words) && !onlyTitle(properWords(words)) {
			sc.recordSpeaker("", from, from+b)
			return sc.afterColon(from + b + z) // "LENA OSTROVA (Brenholt Herald):": the one who asks, and the outlet she writes for
		}
		return sc.recordSpeaker(label, from+b+a, from+b+z)
	}
	office, name, two := strings.Cut(label, ", ")
	if !two {
		office, name = "", label
	}
	if two && sc.titled(name) && !sc.titled(office) && sc.labelName(strings.Fields(office)) {
		if office != sc.d.Text[from:from+len(office)] {
			return 0
		}
		// "CATHERINE MORROW, MINISTER FOR ENERGY:": the name first, the office after it
		return sc.recordSpeaker(name, from, from+len(office))
	}
	words := strings.Fields(name)
	addressed := len(words) > 1 && honorifics[properWord(words[0])]
	if addressed {
		words = words[1:]
	}
	if !addressed && !two && sc.d.transcript() {
		switch {
		case sc.labelName(words):
			addressed = true // "SARAH LINDQVIST:": a transcript's speaker by name alone
		case strings.HasPrefix(sc.d.Text[from+b:], ".") && len(words) == 1:
			return sc.afterToken(from + b) // "Q. What is your priority?", "A. Getting a budget through."
		case strings.HasPrefix(sc.d.Text[from+b:], ":") && (len(words) == 1 || onlyTitle(properWords(words))):
			return sc.afterColon(from + b) // "MODERATOR:", "THE PRIME MINISTER:": an office that labels turns names no party of its own
		}
	}
	if !addressed && !two || len(words) == 0 {
		return 0 // "COMMISSIONER HALE:" is read as any other name
	}
	nameAt := from + b - len(strings.Join(words, " "))
	if strings.Join(words, " ") != sc.d.Text[nameAt:from+b] {
		return 0 // the name's words stand apart by more than one space
	}
	return sc.recordSpeaker(office, nameAt, from+b)
}

// questionLabels label a question in a transcript, the asker's outlet in
// brackets after them.
var questionLabels = text.SetOf("Q", "QUESTION", "REPORTER", "JOURNALIST")

// recordSpeaker records the person a transcript's label names at bytes
// [a, b) of the text, with the office written before it or beside it, and
// returns the index of the first token after the label's colon.
func (sc *scanner) recordSpeaker(office string, a, b int) int {
	ts := sc.ts
	words := strings.Fields(sc.d.Text[a:b])
	m := newMention(sc.d, briefing.Span{Start: a, End: b}, ts[sc.first].Sent, len(words))
	proper := make([]string, len(words))
	for k, w := range words {
		proper[k] = w
		if allCaps(w) {
			proper[k] = properWord(w)
		}
	}
	m.name, m.kind, m.cue = strings.Join(proper, " "), briefing.KindPerson, cueStrong
	m.role = sc.properOffice(office)
	sc.out = append(sc.out, m)
	return sc.afterColon(b)
}

// afterColon returns the index of the first token after the first colon
// at or after byte at, or 0 when there is none.
func (sc *scanner) afterColon(at int) int {
	for k := sc.first; k < len(sc.ts); k++ {
		if sc.ts[k].Start >= at && sc.ts[k].Text == ":" {
			return k + 1
		}
	}
	return 0
}

// afterToken returns the index of the first token that starts after the
// token holding byte at ("A." read as one token or as "A" and "."), or the
// number of tokens when none does.
func (sc *scanner) afterToken(at int) int {
	for k := sc.first; k < len(sc.ts); k++ {
		if sc.ts[k].Start > at {
			return k
		}
	}
	return len(sc.ts)
}

// titled reports whether a part of a label opens with a title
// ("MINISTER FOR ENERGY", "THE PRIME MINISTER").
func (sc *scanner) titled(part string) bool {
	words := strings.Fields(part)
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	return len(words) > 0 && sc.g.Titles[gazetteer.Fold(words[0])]
}

// labelName reports whether the words of a label in capitals may be a
// person's name alone ("SARAH LINDQVIST", "RAJ PATEL-MOORE"): two or three
// words of letters, none a title or a word of a body's name, and together
// no name the gazetteer knows as a place or a body ("NEW ZEALAND").
func (sc *scanner) labelName(words []string) bool {
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if f := gazetteer.Fold(w); sc.g.Titles[f] || sc.g.OrgWords[properWord(w)] || !lettersWord(w) {
			return false
		}
	}
	name := properWords(words)
	_, known := sc.g.Lookup(name)
	return !known && !onlyTitle(name)
}

// properWords writes words given in capitals as names are written and
// joins them ("THE PRIME MINISTER" → "The Prime Minister").
func properWords(words []string) string {
	proper := make([]string, len(words))
	for k, w := range words {
		proper[k] = properWord(w)
	}
	return strings.Join(proper, " ")
}

// lettersWord reports whether w is made of letters, with a hyphen or an
// apostrophe inside, as a word of a name is.
func lettersWord(w string) bool {
	for k, r := range w {
		if !unicode.IsLetter(r) && (k == 0 || !strings.ContainsRune("-'’", r)) {
			return false
		}
	}
	return len(w) > 1
}

// bracketedName returns the span, within rest, of a person's name given in
// brackets right after a label and before its colon ("MODERATOR (Rebecca
// Thorne):" → "Rebecca Thorne"), and the end of the bracket.
func bracketedName(rest string) (start, end int, ok bool) {
	if !strings.HasPrefix(rest, " (") {
		return 0, 0, false
	}
	close := strings.IndexByte(rest, ')')
	if close < 0 || !strings.HasPrefix(strings.TrimLeft(rest[close+1:], " "), ":") {
		return 0, 0, false
	}
	words := strings.Fields(rest[2:close])
	if len(words) < 2 || len(words) > 4 {
		return 0, 0, false
	}
	for _, w := range words {
		if !lettersWord(w) || !unicode.IsUpper([]rune(w)[0]) {
			return 0, 0, false
		}
	}
	return 2, close, true
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
