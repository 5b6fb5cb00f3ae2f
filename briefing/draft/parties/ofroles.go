package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// bodyAfterOfRoles gives a person whose role names, after "of", "at" or
// "for", a body or state drafted as a party ("chief executive of Besk
// Transit", "spokeswoman for the Foreign Ministry") that party as
// affiliation when none is given, unless the text writes an
// organisation's name right before the role ("The IMF mission chief for
// Ghana": the fund's). When words describing the body stand
// between the office and the name ("chief executive of the state pipeline
// firm Besk Transit"), the role keeps the office alone: the description
// says what the body is, not what the person does.
func bodyAfterOfRoles(d *document, parties []briefing.Party) {
	for i := range parties {
		p := &parties[i]
		if p.Kind != briefing.KindPerson || p.Affiliation != "" {
			continue
		}
		office, body, ok := cutBodyCase(p.Role)
		if !ok {
			continue
		}
		if o := bodyWrittenBefore(d.Text, p.Role, parties); o >= 0 {
			p.Affiliation = parties[o].Name // "The IMF mission chief for Ghana": the fund's, sent to Ghana
			continue
		}
		for _, q := range parties {
			if q.Kind == briefing.KindPerson || q.Kind == briefing.KindPlace {
				continue
			}
			if described, ok := namesAfterCase(body, q); ok {
				p.Affiliation = q.Name
				if described {
					p.Role = office
				}
				break
			}
			if cutInName(d.Text, p.Role, body, q.Name) {
				p.Affiliation, p.Role = q.Name, office // "chief executive of the Norfolk and Norwich University Hospitals NHS Foundation Trust", the role cut at "and"
				break
			}
		}
	}
}

// bodyWrittenBefore returns the organisation whose name or alias the
// text writes right before role, alone or with "'s" ("The IMF mission
// chief for Ghana", "the Fund's envoy to Mali"), or -1.
func bodyWrittenBefore(src, role string, parties []briefing.Party) int {
	for at := strings.Index(src, role); at > 0; {
		before := strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(src[:at], " "), "'s"), "’s")
		for i, q := range parties {
			if q.Kind != briefing.KindOrganisation {
				continue
			}
			for _, n := range append([]string{q.Name}, q.Aliases...) {
				if strings.HasSuffix(before, n) && (len(before) == len(n) || !text.IsWordRune([]rune(before[len(before)-len(n)-1:])[0])) {
					return i
				}
			}
		}
		next := strings.Index(src[at+1:], role)
		if next < 0 {
			break
		}
		at += 1 + next
	}
	return -1
}

// cutInName reports whether a role ends inside the name of a body: the
// words after its "of" start the name, and the text goes on from the role
// with the rest of it.
func cutInName(src, role, body, name string) bool {
	rest, ok := strings.CutPrefix(name, body+" ")
	return ok && strings.Contains(src, role+" "+rest)
}

// cutBodyCase splits a role at its first "of", "at" or "for" into the
// office before it and the words after it, an opening "the" left out.
func cutBodyCase(role string) (office, body string, ok bool) {
	ws := strings.Fields(role)
	for k := 1; k+1 < len(ws); k++ {
		if bodyCase[ws[k]] {
			rest := ws[k+1:]
			if len(rest) > 1 && strings.EqualFold(rest[0], "the") {
				rest = rest[1:]
			}
			return strings.Join(ws[:k], " "), strings.Join(rest, " "), true
		}
	}
	return "", "", false
}

// namesAfterCase reports whether words name party q: by its name or an
// alias alone, after a portfolio ("Foreign Affairs of Tarvania"), or after
// words in lower case that describe it ("state pipeline firm Besk
// Transit"), described then true.
func namesAfterCase(words string, q briefing.Party) (described, ok bool) {
	for _, n := range append([]string{q.Name}, q.Aliases...) {
		if words == n {
			return false, true
		}
		before, ok := strings.CutSuffix(words, " "+n)
		switch {
		case !ok:
		case lowerWordsOnly(before):
			return true, true
		case bodyCase[lastWord(strings.TrimSuffix(before, " the"))]:
			return false, true
		}
	}
	return false, false
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	return s[strings.LastIndex(s, " ")+1:]
}

// lowerWordsOnly reports whether every word of s opens in lower case.
func lowerWordsOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		if text.FirstRuneUpper(w) || !text.IsWordRune([]rune(w)[0]) {
			return false
		}
	}
	return true
}
