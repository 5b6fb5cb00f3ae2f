package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// messageSender is who writes a message that opens with a header (see
// text.MailHeader): the person on its "From:" line, and the organisation
// they write for, -1 when the text names none.
type messageSender struct {
	person, body int
}

// signOffLines is how many lines under the sender's name a sign-off may
// run: name, office, organisation.
const signOffLines = 3

// sender returns the message's sender, read once per draft: the person
// its "From:" line names, and the body they write for: the one their
// office names, else the organisation on a line of the sign-off under
// their name, else the one on the "To:" line ("To: All colleagues,
// Brightwell Home Stores"). ok is false when no header names a person as
// the sender.
func (r *actorResolver) sender() (messageSender, bool) {
	if r.sent == nil {
		r.sent = &messageSender{person: -1, body: -1}
		if p, ok := r.headerParty(personKind, "from"); ok {
			r.sent.person, r.sent.body = p, r.senderBody(p)
		}
	}
	return *r.sent, r.sent.person >= 0
}

// senderBody returns the organisation sender p writes for, or -1.
func (r *actorResolver) senderBody(p int) int {
	if q, ok := r.personParty(p, orgKind); ok {
		return q
	}
	ms := r.mentionsInText(p)
	if len(ms) > 0 {
		t := r.d.Text
		from := ms[len(ms)-1].End
		end := from
		for n := 0; n < signOffLines && end < len(t); n++ {
			next := strings.IndexByte(t[end+1:], '\n')
			if next < 0 {
				end = len(t)
				break
			}
			end += 1 + next
		}
		for _, q := range r.in(from, end) {
			if orgKind(r.d.Parties[q].Kind) {
				return q
			}
		}
	}
	if q, ok := r.headerParty(orgKind, "to", "memo to"); ok {
		return q
	}
	return -1
}

// headerParty returns the party of an accepted kind that a message
// header's field of one of labels names: one of the pieces of its value
// between commas ("Nadia Hale, Chief Executive", "All colleagues,
// Brightwell Home Stores"), an address in angle brackets left out. The
// header is no prose, so its names are looked up, not read as mentions.
func (r *actorResolver) headerParty(ok func(string) bool, labels ...string) (int, bool) {
	sp, found := text.HeaderValue(r.d.Text, labels...)
	if !found {
		return 0, false
	}
	v := r.d.Text[sp.Start:sp.End]
	if k := strings.IndexAny(v, "<["); k >= 0 {
		v = v[:k]
	}
	for _, piece := range strings.FieldsFunc(v, func(c rune) bool { return c == ',' || c == ';' || c == '|' }) {
		if p, named := r.d.PartyNames[gazetteer.Fold(strings.TrimSpace(piece))]; named && p < len(r.d.Parties) && ok(r.d.Parties[p].Kind) {
			return p, true
		}
	}
	return 0, false
}

// messageVoice reports whether sentence si speaks in the voice of the
// message's sender (see sender): the text opens with a header that names
// one, and si stands outside any quotation.
func (r *actorResolver) messageVoice(si int) bool {
	_, ok := r.sender()
	return ok && si < len(r.d.Sentences) && !r.openQuotation(r.d.Sentences[si].Start)
}
