package commitments

import (
	"strings"
)

// ministryOf returns the ministry or department that minister p heads,
// named in the text with the portfolio their role names: "Health
// Minister" the Ministry of Health, "Transport Secretary" the Department
// for Transport.
func (r *actorResolver) ministryOf(p int) (int, bool) {
	portfolio := portfolioWords(r.d.Parties[p].Role)
	if len(portfolio) == 0 {
		return 0, false
	}
	for q, party := range r.d.Parties {
		if q == p || !orgKind(party.Kind) {
			continue
		}
		name := WordSet(strings.ToLower(party.Name))
		if !name["ministry"] && !name["department"] {
			continue
		}
		for _, w := range portfolio {
			if name[w] {
				return q, true
			}
		}
	}
	return 0, false
}

// portfolioWords returns the words of a minister's role that name the
// portfolio ("Health Minister": "health"), or nil when the role is no
// present minister's or secretary's.
func portfolioWords(role string) []string {
	words := strings.Fields(strings.ToLower(role))
	minister := false
	var out []string
	for _, w := range words {
		switch {
		case w == "former" || w == "shadow" || strings.HasPrefix(w, "ex-"):
			return nil
		case w == "minister" || w == "secretary":
			minister = true
		case !titleQualifiers[w] && !articles[w] && w != "of" && w != "for" && w != "state" && w != "prime" && w != "general":
			out = append(out, w)
		}
	}
	if !minister {
		return nil
	}
	return out
}
