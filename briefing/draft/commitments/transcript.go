package commitments

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// maxLabelWords bounds the name of a speaker label ("Lidia Varga:").
const maxLabelWords = 4

// turnLabel returns the byte span of the speaker label that opens the
// paragraph of sentence si in a transcript ("Lidia Varga: We will not
// accept …", "Q: Will Castria accept …?"): a name of capitalised words, or
// a single capital for the questioner, then a colon. ok is false for a
// paragraph that opens with none.
func turnLabel(d *doc.Document, si int) (start, end int, ok bool) {
	if si < 0 || si >= len(d.Sentences) {
		return 0, 0, false
	}
	at := d.Sentences[si].Start
	start = strings.LastIndexByte(d.Text[:at], '\n') + 1
	line := d.Text[start:]
	colon := strings.IndexByte(line, ':')
	if colon <= 0 || colon > 60 || start+colon > d.Sentences[si].End {
		return 0, 0, false
	}
	words := strings.Fields(line[:colon])
	if len(words) == 0 || len(words) > maxLabelWords || colon+1 < len(line) && line[colon+1] != ' ' {
		return 0, 0, false // "10:30", "Note:x"
	}
	for _, w := range words {
		if r := []rune(w); !unicode.IsUpper(r[0]) || strings.ContainsAny(w, "\"“”'‘’") {
			return 0, 0, false
		}
	}
	return start, start + colon, true
}

// turnSpeaker returns the party whose name labels the turn of a transcript
// that sentence si belongs to ("Lidia Varga: … We will not accept a cut"):
// the speaker of its "we" and "I".
func (r *actorResolver) turnSpeaker(si int) (int, bool) {
	a, b, ok := turnLabel(r.d, si)
	if !ok {
		return 0, false
	}
	ps := r.in(a, b)
	if len(ps) == 0 || !personKind(r.d.Parties[ps[0]].Kind) {
		return 0, false
	}
	return ps[0], true
}

// labelledQuote returns the speaker whose label opens a quotation with no
// verb of saying of its own ("Brandt: 'We will not govern with them'"), a
// transcript's turn or a live page's line.
func (r *actorResolver) labelledQuote(s *syntax.Sentence, si int) (int, bool) {
	for k := range s.Words {
		if sayingVerb(s, k) {
			return 0, false
		}
	}
	return r.turnSpeaker(si)
}
