package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// Political parties named by their members in the plural: "The
// Conservatives, who won the most seats, said …", "talks between the
// Greens and the Social Democrats". Such a label stands for the party when
// it acts in its clause (a subject, an object, an agent or an owner); as a
// mere description ("voters who back the Greens' rivals" aside) it names
// no one. The party is an organisation named as the article writes it.

// addCamp handles ts[i:j] when it is a political party's plural label
// ("Conservatives", "Liberal Democrats"), recording it as an organisation
// when the parse shows it acting, and reports whether it was one.
func (sc *scanner) addCamp(i, j int) bool {
	if !partyLabels[strings.Join(tokenTexts(sc.ts[i:j]), " ")] {
		return false
	}
	sp := briefing.Span{Start: sc.ts[i].Start, End: text.NameEnd(sc.ts[j-1])}
	s, first, last, ok := mentionWords(sc.d, sp)
	if !ok {
		return true // no parse to show it acting: a label only
	}
	switch rel := s.Words[clauseRole(s, nameHead(s, first, last))].Rel; {
	case base(rel) == "nsubj", rel == "obj", rel == "iobj", rel == "obl:agent", rel == "nmod:poss":
	default:
		return true // a label that acts in no clause names no party
	}
	m := newMention(sc.d, sp, sc.ts[i].Sent, j-i)
	m.kind, m.cue = briefing.KindOrganisation, cueStrong
	m.initial = sc.sentenceStart(i)
	sc.out = append(sc.out, m)
	return true
}

// tokenTexts returns the texts of ts.
func tokenTexts(ts []doc.Token) []string {
	out := make([]string, len(ts))
	for k, t := range ts {
		out[k] = t.Text
	}
	return out
}

// partyLabels are the plural labels by which parties are named after
// their members, and the one word a labour party is named by ("Labour
// would scrap the cap").
var partyLabels = text.SetOf("Labour", "Labor", "Conservatives", "Tories", "Republicans", "Democrats", "Liberals", "Greens", "Socialists",
	"Communists", "Nationalists", "Unionists", "Social Democrats", "Christian Democrats", "Free Democrats",
	"Liberal Democrats", "Lib Dems", "Sandinistas", "Peronists", "Gaullists")
