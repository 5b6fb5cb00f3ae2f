package parties

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// An opinion piece or a speech says "I" for its author, whom only its
// byline ("By Siobhán Kearney", or the name alone on a line) and a line
// about the author at its foot ("Siobhán Kearney TD is Ireland's Minister
// for Transport") name: page furniture, where no mention is read. The
// author is a party all the same, with the office the foot gives.

// authorTopLines is how many lines at the top may carry the byline.
const authorTopLines = 10

// bylineNameRe matches a byline: "By Siobhán Kearney", "Made by: Daniel
// Ashworth (Minister for Water and Flooding)", the name alone; the office
// in brackets is the second group.
var bylineNameRe = regexp.MustCompile(`^(?:(?:[Bb]y|[Mm]ade by:|[Ww]ritten by:?|[Ss]tatement by:?)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?:\s+\(([^()\n]{3,80})\))?$`)

// deskWords end the bylines of a paper's desks and teams, not people's
// names ("Political Staff", "Business Reporter").
var deskWords = text.SetOf("Staff", "Reporter", "Reporters", "Desk", "Correspondent", "Correspondents", "Team", "Editor",
	"Editors", "Writer", "Writers", "Newsroom")

// authorParty returns the author of a text that speaks as "I", named on a
// byline near its top, when no party is drafted for them; ok is false
// otherwise, and a party drafted for them with no office takes the one the
// foot gives.
func authorParty(d *document, parties []briefing.Party) (briefing.Party, bool) {
	if !firstPerson(d) {
		return briefing.Party{}, false
	}
	g := gazetteer.Load()
	t := d.Text
	for at, n := 0, 0; at < len(t) && n < authorTopLines; n++ {
		end := strings.IndexByte(t[at:], '\n')
		if end < 0 {
			end = len(t) - at
		}
		line := strings.TrimSpace(t[at : at+end])
		start := at + strings.Index(t[at:at+end], line)
		at += end + 1
		m := bylineNameRe.FindStringSubmatchIndex(line)
		if m == nil {
			continue
		}
		name := line[m[2]:m[3]]
		if words := strings.Fields(name); deskWords[words[len(words)-1]] {
			continue // "By Political Staff": a desk of the paper, no one
		}
		role, affiliation := authorOffice(t, name)
		if role == "" && m[4] >= 0 && titleWord(g, strings.Fields(line[m[4]:m[5]])[0]) {
			role = line[m[4]:m[5]] // "(Minister for Water and Flooding)"
		}
		if !g.FirstNames[strings.Fields(name)[0]] && m[2] == 0 && role == "" {
			continue // a line of capitalised words that is no byline: "Opinion Pieces"
		}
		for k := range parties {
			if parties[k].Name == name {
				if parties[k].Role == "" {
					parties[k].Role, parties[k].Affiliation = role, affiliation // the foot's office for the author named in the text
				}
				return briefing.Party{}, false
			}
		}
		p := briefing.Party{Name: name, Kind: briefing.KindPerson, Aliases: []string{},
			Mentions: []briefing.Span{{Start: start + m[2], End: start + m[3]}}}
		p.Role, p.Affiliation = role, affiliation
		return p, true
	}
	return briefing.Party{}, false
}

// firstPerson reports whether at least two prose sentences speak as "I".
func firstPerson(d *document) bool {
	n := 0
	for _, sp := range d.Sentences {
		s := " " + d.Text[sp.Start:sp.End]
		for _, i := range []string{" I ", " I'", " I’"} {
			if k := strings.Index(s, i); k >= 0 && !quoted(s[:k]) {
				n++
				break
			}
		}
	}
	return n >= 2
}

// quoted reports whether a quotation opened in s is still open at its end.
func quoted(s string) bool {
	return strings.Count(s, "\"")%2 == 1 || strings.Count(s, "“") > strings.Count(s, "”")
}

// authorOffice returns the office and the state or body that a line
// about the author gives ("Siobhán Kearney TD is Ireland's Minister for
// Transport"), or nothing.
func authorOffice(t, name string) (role, affiliation string) {
	re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + `(?:\s+\p{Lu}{2,4})?\s+is\s+(?:the\s+|a\s+|an\s+)?(?:(\p{Lu}[\p{L}]+)['’]s\s+)?([^.\n]{3,80}?)\.?\s*$`)
	m := re.FindStringSubmatch(t)
	if m == nil {
		return "", ""
	}
	return m[2], m[1]
}
