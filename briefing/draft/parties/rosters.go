package parties

import (
	"regexp"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// Rosters: minutes, committee transcripts and board papers list who sat
// on a line of their own ("Members present: Ana Roth (Chair); Ivo Marek;
// Jo Hale", "Board members: …", "Present: …"). A person named on such a
// line with no other office is a member of the body: the one the label
// names ("Board members:"), else the one the page's heading names
// ("Transport Committee"), else a member of none said.

// rosterRe matches a roster's label at the start of a line and captures
// the body it names, if any.
var rosterRe = regexp.MustCompile(`(?im)^[ \t]*(?:(committee|board|council|panel|commission|cabinet|jury)[ \t]+)?(?:members(?:[ \t]+present)?|present)[ \t]*:[ \t]*\S`)

// rosterBodies are the nouns ending a heading that names the body a
// roster's members sit on ("Transport Committee", "Board of Governors" is
// not one).
var rosterBodies = map[string]bool{"committee": true, "board": true, "council": true, "panel": true, "commission": true, "cabinet": true}

// rosterRoles gives each person without an office whose first mention
// stands on a roster's line, after its label, the office of a member of
// the body the roster is of.
func rosterRoles(d *document, parties []briefing.Party) {
	found := rosterRe.FindAllStringSubmatchIndex(d.Text, -1)
	if len(found) == 0 {
		return
	}
	for i := range parties {
		p := &parties[i]
		if p.Kind != briefing.KindPerson || p.Role != "" || len(p.Mentions) == 0 {
			continue
		}
		at := p.Mentions[0]
		for _, f := range found {
			lineEnd := strings.IndexByte(d.Text[f[1]:], '\n')
			if lineEnd < 0 {
				lineEnd = len(d.Text) - f[1]
			}
			if at.Start < f[1]-1 || at.End > f[1]+lineEnd {
				continue
			}
			body := ""
			if f[2] >= 0 {
				body = strings.ToLower(d.Text[f[2]:f[3]])
			} else {
				body = headingBody(d.Text)
			}
			p.Role = strings.TrimSpace(body + " member")
			break
		}
	}
}

// headingBody returns the body noun ("committee") ending the page's first
// line when that line names a body a roster may list the members of
// ("Transport Committee", "Planning Board"), or "".
func headingBody(src string) string {
	line := strings.TrimSpace(src)
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = strings.TrimSpace(line[:k])
	}
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > 6 {
		return ""
	}
	if last := strings.ToLower(words[len(words)-1]); rosterBodies[last] {
		return last
	}
	return ""
}
