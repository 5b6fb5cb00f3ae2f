package commitments

import (
	"sort"
	"strings"
)

// namedAs returns the organisation in focus before byte a (see inFocus)
// whose own name holds the noun a definite description is headed by ("the
// bank" after the Central Bank of Halden, though its Monetary Policy
// Board was named since); else nil.
func (r *actorResolver) namedAs(noun string, a int) []int {
	return r.inFocus(a, func(p int) bool {
		return orgKind(r.d.Parties[p].Kind) && WordSet(strings.ToLower(r.d.Parties[p].Name))[noun]
	})
}

// recentOfKind returns the party named last before byte a that "the"
// and a noun for a single party ("the company", "the country") can
// stand for: of the noun's kind, and no body whose own name says it is
// another kind of body ("the company" is not the union named since). A
// noun that only gives a kind stands for the nearest; one that a name
// holds for the story's own (see namedAs).
func (r *actorResolver) recentOfKind(a int, noun string) []int {
	ok := singleNouns[noun]
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for k--; k >= 0; k-- {
		p := r.mentions[k].party
		if ok(r.d.Parties[p].Kind) && !r.otherBody(p, noun) {
			return []int{p}
		}
	}
	return r.recent(a, ok, 1)
}

// otherBody reports whether party p's name or the text beside it says it
// is a body of another kind than noun: a union, a party, a council, a
// police force or a ministry is not "the company".
func (r *actorResolver) otherBody(p int, noun string) bool {
	if !firmNouns[noun] {
		return false
	}
	name := strings.ToLower(r.d.Parties[p].Name)
	for w := range WordSet(name) {
		if publicBodies[w] {
			return true // "the company" is not the tribunal it appeals to
		}
	}
	for body, words := range namedBodies {
		for _, w := range words {
			if WordSet(name)[w] || r.calledA(p, body) {
				return true
			}
		}
	}
	return false
}

// firmNouns name a business, which no union, party or public body is.
var firmNouns = WordSet("company firm")

// publicBodies are the words in the name of a public or civic body that
// no business is: a tribunal, a court, a commission, a public service, a
// university.
var publicBodies = WordSet("tribunal court service commission committee board inspectorate regulator directorate " +
	"assembly parliament senate congress university college school hospital institute foundation association " +
	"federation confederation campaign")
