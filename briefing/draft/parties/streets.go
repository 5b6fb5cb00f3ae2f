package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Streets: a street, road or estate the text names ("58, of Orchard Rise",
// "along Quarry Lane", "the Orchard Lane junction", "12 James Street
// North") tells where something
// is, and is no party. A street known for the body it stands for ("Wall
// Street", "Downing Street") is judged like any other place, and an
// unknown street that is the subject of a clause stays.

// onlyAddress reports whether party p is a street the gazetteer does not
// know, named in no mention as the subject of a clause.
func onlyAddress(d *document, p briefing.Party) bool {
	words := strings.Fields(p.Name)
	if len(words) > 2 && directions[words[len(words)-1]] {
		words = words[:len(words)-1] // "James Street North"
	}
	if p.Kind == briefing.KindPerson || len(words) < 2 || !streetWords[words[len(words)-1]] || bodyHeaded(words) {
		return false
	}
	if _, known := gazetteer.Load().Lookup(p.Name); known {
		return false
	}
	return !takesPart(d, p, subjectOfClause)
}

// bodyHeaded reports whether the words of a name are a body's head and
// what it serves ("Office of Rail and Road", "Commission for Roads"):
// no street's name.
func bodyHeaded(words []string) bool {
	return len(words) > 2 && gazetteer.Load().OrgHeads[gazetteer.Fold(words[0])] && (words[1] == "of" || words[1] == "for")
}

// subjectOfClause reports whether the word h is the subject of its clause.
func subjectOfClause(s *syntax.Sentence, h int) bool {
	return base(s.Words[h].Rel) == "nsubj"
}

// streetWords end the names of streets and housing estates.
var streetWords = text.SetOf("Street", "Road", "Lane", "Avenue", "Rise", "Drive", "Close", "Crescent", "Terrace",
	"Boulevard", "Mews", "Grove", "Gardens")
