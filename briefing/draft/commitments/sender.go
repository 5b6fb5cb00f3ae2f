package commitments

import (
	"regexp"
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
// its "From:" line names, or the author of a speech or an opinion piece
// (see author), and the body they write for: the state a minister
// serves, the one their
// office names, else the organisation on a line of the sign-off under
// their name, else the one on the "To:" line ("To: All colleagues,
// Brightwell Home Stores"). ok is false when no header names a person as
// the sender.
func (r *actorResolver) sender() (messageSender, bool) {
	if r.sent == nil {
		r.sent = &messageSender{person: -1, body: -1}
		if p, ok := r.headerParty(personKind, "from"); ok {
			r.sent.person, r.sent.body = p, r.senderBody(p)
		} else if p, ok := r.author(); ok {
			r.sent.person, r.sent.body = p, r.senderBody(p)
		}
	}
	return *r.sent, r.sent.person >= 0
}

// senderBody returns the state a minister who sends or delivers the text
// serves, else the organisation sender p writes for, or -1.
func (r *actorResolver) senderBody(p int) int {
	if role := r.d.Parties[p].Role; governmentOffice(role) || hasAnyWord(role, stateOrgans) {
		if q, ok := r.personParty(p, countryKind); ok {
			return q
		}
		if q, ok := r.mainState(); ok {
			return q
		}
	}
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
		for _, m := range r.picked(from, end) {
			if orgKind(r.d.Parties[m.party].Kind) && strings.TrimSpace(t[strings.LastIndexByte(t[:m.start], '\n')+1:m.start]) == "" {
				return m.party // a line of the sign-off that opens with the body, not "As prepared for delivery, …, Harlan Civic Auditorium"
			}
		}
	}
	if q, ok := r.headerParty(orgKind, "to", "memo to"); ok {
		return q
	}
	return -1
}

// mainState returns the state the text is most about: the one whose
// government it names (see namedGovernment), else the first state.
func (r *actorResolver) mainState() (int, bool) {
	if q, ok := r.namedGovernment(); ok {
		return q, true
	}
	for q, party := range r.d.Parties {
		if countryKind(party.Kind) {
			return q, true
		}
	}
	return 0, false
}

// namedGovernment returns the state whose government the text names by a
// formal name of the state ("His Majesty's Government" of the United
// Kingdom, above the England whose floods a minister speaks of).
func (r *actorResolver) namedGovernment() (int, bool) {
	for q, party := range r.d.Parties {
		if !countryKind(party.Kind) {
			continue
		}
		for _, a := range party.Aliases {
			if ref, ok := gazetteer.Load().Lookup(a); ok && ref.How == gazetteer.RefName && strings.Contains(a, "Government") {
				return q, true // a name of the state the gazetteer knows, not "the Brazilian government"
			}
		}
	}
	return 0, false
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

// authorLines is how many lines at the top of a text may name its author.
const authorLines = 10

// authorLineRe matches a line at the top of a speech, an opinion piece or
// a statement that names who delivers or writes it: "Delivered by the
// Honourable Anjali Rao-Whitford, Minister of Finance", "By Siobhán
// Kearney", "Made by: Daniel Ashworth (Minister for Water and Flooding)",
// or the name alone.
var authorLineRe = regexp.MustCompile(`(?i)^(?:(?:delivered|remarks|speech|statement|address|article|written|posted|made)\s+by:?\s+|by\s+)?(?:the\s+(?:honourable|honorable|rt\.?\s+hon\.?|right\s+honourable)\s+)?([^,(\n]{3,60}?)(?:\s*\([^()\n]*\))?(?:,.*)?$`)

// deliveredOfRe matches a line that names a speech or a message by whose
// it is: "New Year message of President Lucia Arredondo Paz, broadcast
// from …", "Full text of the speech by Prime Minister Anna Kovac".
var deliveredOfRe = regexp.MustCompile(`(?i)\b(?:speech|address|message|statement|remarks)\s+(?:of|from|by)\s+(?:the\s+(?:honourable|honorable|rt\.?\s+hon\.?|right\s+honourable)\s+)?([^,(\n]{3,60}?)(?:\s*\([^()\n]*\))?(?:,.*)?$`)

// deliverersRe matches a line that names a speech or a message by its
// speaker's possessive: "Full text: President Arredondo's New Year
// message to the nation", "Prime Minister's statement on sanctions" (no
// person named there, so none is found).
var deliverersRe = regexp.MustCompile(`(?i)^(?:full\s+text:?\s*(?:of\s+)?)?([^,:\n]{3,60}?)['’]s\s+(?:[\w-]+\s+){0,4}(?:speech|address|message|statement|remarks)\b`)

// authorLineRes are the shapes of a line that names a text's author, in
// the order they are tried.
var authorLineRes = []*regexp.Regexp{authorLineRe, deliveredOfRe, deliverersRe}

// author returns the person a speech, an opinion piece or a statement is
// by: named on one of its first lines after "Delivered by" or "By", or
// alone on a line, or on its last line (see footAuthor), when the text
// speaks as "I" outside quotations at least twice, so that its "I" is
// that person.
func (r *actorResolver) author() (int, bool) {
	t := r.d.Text
	if strings.Count(t, "I ")+strings.Count(t, "I'")+strings.Count(t, "I’") < 2 {
		return 0, false
	}
	for at, n := 0, 0; at < len(t) && n < authorLines; n++ {
		end := strings.IndexByte(t[at:], '\n')
		if end < 0 {
			end = len(t) - at
		}
		line := strings.TrimSpace(t[at : at+end])
		at += end + 1
		for _, re := range authorLineRes {
			m := re.FindStringSubmatch(line)
			if m == nil || line == "" {
				continue
			}
			bylined := !strings.EqualFold(strings.TrimSpace(m[1]), line)
			if p, ok := r.namedPerson(strings.TrimSpace(m[1])); ok && (bylined || text.SpeaksAsI(r.d)) {
				return p, true
			}
		}
	}
	return r.footAuthor()
}

// authorsWe returns who an unquoted "we" at byte a of a speech or an
// opinion piece with no publisher names is: its author (see author) and
// the body they serve, when the text names it; nil otherwise.
func (r *actorResolver) authorsWe(a int) []int {
	if _, ok := r.publisher(); ok || r.openQuotation(a) {
		return nil
	}
	m, ok := r.sender()
	if !ok {
		return nil
	}
	if m.body >= 0 {
		return []int{m.person, m.body}
	}
	return []int{m.person}
}

// authorFootRe matches the line at the foot of an opinion piece that
// says who its author is: "Lindiwe Mahlangu is South Africa's Minister of
// Water and Sanitation."
var authorFootRe = regexp.MustCompile(`^(\p{Lu}[^,.\n]{2,60}?) is (?:the |a |an )?\p{L}[^\n]{2,160}$`)

// footAuthor returns the person the last line of a text in the first
// person says is its author (see authorFootRe).
func (r *actorResolver) footAuthor() (int, bool) {
	t := strings.TrimSpace(r.d.Text)
	last := strings.TrimSpace(t[strings.LastIndexByte(t, '\n')+1:])
	m := authorFootRe.FindStringSubmatch(last)
	if m == nil || !text.SpeaksAsI(r.d) {
		return 0, false
	}
	return r.namedPerson(m[1])
}

// namedPerson returns the person whose name, or office and name, is
// written as name ("Mayor Denise Alvarado-Whitman").
func (r *actorResolver) namedPerson(name string) (int, bool) {
	if p, ok := r.d.PartyNames[gazetteer.Fold(name)]; ok && p < len(r.d.Parties) && personKind(r.d.Parties[p].Kind) {
		return p, true
	}
	for p, party := range r.d.Parties {
		if personKind(party.Kind) && (strings.EqualFold(name, party.Name) || party.Role != "" && strings.EqualFold(name, party.Role+" "+party.Name)) {
			return p, true
		}
	}
	return 0, false
}
