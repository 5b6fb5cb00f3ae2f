package parties

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// Nicknames: a nickname in quotes between a person's given name and
// surname belongs to the name ("Joaquin "El Chapo" Guzman", "Ivo "The
// Hammer" Brandt"); the given name alone is no person and the surname no
// body.

// nicknamed returns the end of a person's name with a nickname that
// starts at token i: a known given name, perhaps more given names, then
// the nickname, then one or two capitalised words that are no word never a
// party. A nickname is one to four words in quotes ("El Chapo"), or a
// known given name or initials in brackets ("James Leander (Leo) Nichols",
// "Alan John (A.J.) Taylor"). It returns i when there is none.
func (sc *scanner) nicknamed(i int) int {
	ts := sc.ts
	if !knownGivenName(sc.g, ts[i].Text) {
		return sc.nicknamedAfterWord(i)
	}
	o := i + 1
	for o < len(ts) && o < i+3 && ts[o].Word && ts[o].Cap && ts[o].Sent == ts[i].Sent {
		o++
	}
	k := sc.nicknameEnd(o)
	if k < 0 {
		return i
	}
	e := k + 1
	for e < len(ts) && e < k+3 && ts[e].Word && ts[e].Cap && ts[e].Sent == ts[i].Sent && !sc.g.Never[gazetteer.Fold(ts[e].Text)] {
		e++
	}
	if e == k+1 {
		return i
	}
	return e
}

// nicknamedAfterWord returns the end of a person's name made of a
// capitalised word that is no known given name, a nickname of one or two
// words in quotes and one surname that ends the name ("Jordan "JJ"
// Jessop", where "Jordan" is also a state), or i when there is none. A
// word of a body's name or a word never a party opens no such name.
func (sc *scanner) nicknamedAfterWord(i int) int {
	ts := sc.ts
	if i > 0 && ts[i-1].Word && ts[i-1].Cap && ts[i-1].Sent == ts[i].Sent || sc.g.OrgWords[ts[i].Text] || sc.g.Never[gazetteer.Fold(ts[i].Text)] {
		return i
	}
	k := sc.nicknameEnd(i + 1)
	if k < 0 || k-i-2 > 2 || k+1 >= len(ts) || !ts[k+1].Word || !ts[k+1].Cap || ts[k+1].Sent != ts[i].Sent || sc.g.Never[gazetteer.Fold(ts[k+1].Text)] {
		return i
	}
	if e := k + 2; e < len(ts) && ts[e].Word && ts[e].Cap && ts[e].Sent == ts[i].Sent {
		return i // more capitalised words after it: a title or a name of a thing, not a person's
	}
	return k + 2
}

// nicknameEnd returns the index of the quote or bracket that closes a
// nickname opened at token o, or -1.
func (sc *scanner) nicknameEnd(o int) int {
	ts := sc.ts
	if o+2 >= len(ts) {
		return -1
	}
	if ts[o].Text == "(" {
		if ts[o+2].Text == ")" && (knownGivenName(sc.g, ts[o+1].Text) || initialsRe.MatchString(ts[o+1].Text)) {
			return o + 2
		}
		return -1
	}
	if !openQuotes[ts[o].Text] {
		return -1
	}
	k := o + 1
	for k < len(ts) && k < o+6 && !closeQuotes[ts[k].Text] {
		if !ts[k].Word && ts[k].Text != "-" || !ts[k].Cap && ts[k].Word && !connectors[ts[k].Lower] || ts[k].Sent != ts[o].Sent {
			return -1
		}
		k++
	}
	if k == o+1 || k >= len(ts) || !closeQuotes[ts[k].Text] {
		return -1
	}
	return k
}

// initialsRe matches initials with stops ("A.J.P.").
var initialsRe = regexp.MustCompile(`^(?:[A-Z]\.){1,4}$`)

// knownGivenName reports whether w is a given name the gazetteer knows,
// written with or without accents ("Iván" as "Ivan").
func knownGivenName(g *gazetteer.Gazetteer, w string) bool {
	if g.FirstNames[w] {
		return true
	}
	f := []rune(gazetteer.Fold(w))
	return len(f) > 0 && g.FirstNames[string(unicode.ToUpper(f[0]))+string(f[1:])]
}

// addNicknamed records the person's name ts[i:e] with its nickname.
func (sc *scanner) addNicknamed(i, e int) {
	sc.out[sc.addStrong(i, e, briefing.KindPerson)].nick = true
}

// openQuotes and closeQuotes open and close a nickname.
var (
	openQuotes  = text.SetOf(`"`, "“", "‘", "'")
	closeQuotes = text.SetOf(`"`, "”", "’", "'")
)

// withoutNickname returns a person's name without the nickname quoted in
// it ("Ivo "The Hammer" Brandt" → "Ivo Brandt"), or the name as it is.
func withoutNickname(name string) string {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"‘", "’"}, {"'", "'"}, {"(", ")"}} {
		a := strings.Index(name, " "+q[0])
		if a < 0 {
			continue
		}
		b := strings.Index(name[a+1+len(q[0]):], q[1]+" ")
		if b <= 0 {
			continue
		}
		return name[:a] + name[a+1+len(q[0])+b+len(q[1]):]
	}
	return name
}
