package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// turnSpeaker returns the party whose name labels the turn of a transcript
// that sentence si belongs to ("Lidia Varga: … We will not accept a cut"):
// the speaker of its "we" and "I".
func (r *actorResolver) turnSpeaker(si int) (int, bool) {
	a, b, ok := text.TurnLabel(r.d, si)
	if !ok {
		return 0, false
	}
	if ps := r.in(a, b); len(ps) > 0 {
		return ps[0], personKind(r.d.Parties[ps[0]].Kind)
	}
	if text.Answerers[strings.ToLower(r.d.Text[a:b])] {
		return r.interviewee() // "A. I will not raise the retirement age."
	}
	return r.labelled(r.d.Text[a:b])
}

// interviewee returns the person a printed interview answers for: the
// person the text names first, in its heading (even a heading line set
// apart as page furniture) or introduction, before those the questions
// bring up ("Interview: Rachel Okonedo, Minister for Housing" above "Q: …
// Paula Greer told MPs …").
func (r *actorResolver) interviewee() (int, bool) {
	best, at := -1, len(r.d.Text)
	for p, party := range r.d.Parties {
		if k := strings.Index(r.d.Text, party.Name); personKind(party.Kind) && k >= 0 && k < at {
			best, at = p, k
		}
	}
	return best, best >= 0
}

// turnBody returns the body the speaker of sentence si's transcript turn
// speaks for, as the turn's label gives it: the organisation named after
// the name ("Aisha Karim, Northgate Capital:"), else, for an office in a
// firm with no firm named ("Elena Sorokina, CFO:"), the organisation the
// transcript's heading names (the company whose call it is).
func (r *actorResolver) turnBody(si int) (int, bool) {
	a, b, ok := text.TurnLabel(r.d, si)
	if !ok {
		return 0, false
	}
	comma := strings.Index(r.d.Text[a:b], ", ")
	if comma < 0 {
		return 0, false
	}
	for _, p := range r.in(a+comma, b) {
		if orgKind(r.d.Parties[p].Kind) {
			return p, true
		}
	}
	if office := r.d.Text[a+comma+2 : b]; !corporateOffice(office) && !firmOfficer(office) {
		return 0, false
	}
	head := strings.IndexByte(r.d.Text, '\n')
	if head < 0 {
		return 0, false
	}
	for _, p := range r.in(0, head) {
		if orgKind(r.d.Parties[p].Kind) {
			return p, true
		}
	}
	return 0, false
}

// labelled returns the one person a label the parties stage did not mark
// names: by their surname in any case ("COMMISSIONER HALE:", "Ms Hale:")
// or by their office alone ("PREMIER:", "The Minister:").
func (r *actorResolver) labelled(label string) (int, bool) {
	words := strings.Fields(strings.ToLower(label))
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) == 0 {
		return 0, false
	}
	last := words[len(words)-1]
	found, n := 0, 0
	for p, party := range r.d.Parties {
		if !personKind(party.Kind) {
			continue
		}
		name := strings.Fields(strings.ToLower(party.Name))
		role := strings.ToLower(party.Role)
		if len(name) > 1 && name[len(name)-1] == last ||
			len(words) <= 2 && role != "" && (role == strings.Join(words, " ") || lastWord(role) == last && len(words) == 1) {
			found, n = p, n+1
		}
	}
	return found, n == 1
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
