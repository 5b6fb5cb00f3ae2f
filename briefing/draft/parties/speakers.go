package parties

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
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
