package parties

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// mergeContainedNames merges a name of several words that shortens a
// longer name of the same kind into it: an organisation written without
// the rest of its name ("Altria" for "Altria Group", "Harbour Trust" for
// "Northern Harbour Trust Fund"), a person by a surname of several words
// ("De Vido" for "Julio De Vido"). A short name that fits several longer
// names, or that the gazetteer knows, is left alone.
func (mg *merger) mergeContainedNames() {
	type named struct {
		gi    int
		words []string
		kind  string
	}
	var all []named
	for gi, g := range mg.groups {
		if len(g.members) == 0 {
			continue
		}
		words := strings.Fields(mg.ms[mg.groupLongest(gi)].name)
		if len(words) == 2 && words[0] == "The" && institutionWords[words[1]] {
			words = words[1:] // "1.2 The Authority decided": the article a paragraph's number kept in the name
		}
		all = append(all, named{gi, words, mg.kind(gi)})
	}
	if len(all) > maxSpellCompare {
		return // keeps a huge text linear
	}
	for _, short := range all {
		g := mg.groups[short.gi]
		if g.entity >= 0 || len(g.members) == 0 || !(short.kind == briefing.KindOrganisation || short.kind == briefing.KindPerson || short.kind == "") || mg.openerWord(g) {
			continue
		}
		var to, loose []int
		for _, long := range all {
			if long.gi == short.gi || len(long.words) <= len(short.words) || len(mg.groups[long.gi].members) == 0 {
				continue
			}
			if !offHead(short.words, long.words) && !membersBody(short.words, long.words) && !ofComplement(short.words, long.words) && !mg.organOf(short.words, long.words) &&
				!(long.kind == briefing.KindOrganisation && mg.prefixedBody(short.words, long.words)) &&
				!(len(long.words) > 2 && supportersOf[long.words[0]] && long.words[1] == "of") { // "Eastgate" is the library, not "Friends of Eastgate Library"
				switch {
				case fits(short.words, long.words, mg.firmKind(short.words, short.kind), long.kind) || mg.dropsMiddle(short.words, long.words, short.kind, long.kind) && mg.firstNamed([]int{short.gi, long.gi}) == long.gi:
					to = append(to, long.gi)
				case g.body && long.kind == briefing.KindPerson && !mg.groups[long.gi].person &&
					fits(short.words, long.words, briefing.KindOrganisation, briefing.KindOrganisation):
					loose = append(loose, long.gi) // "Estrela" shown a club: "Estrela do Tejo" is the club's name, not a person's
				}
			}
		}
		if len(to) == 0 && len(loose) > 0 && !mg.hyphenedName(short.words) {
			to = loose
		}
		if len(to) > 1 && len(short.words) == 1 && institutionWords[short.words[0]] {
			to = []int{mg.firstNamed(to)} // "the Ministry": the ministry named first
		}
		if len(to) > 1 {
			to = mg.headedOf(to, short.words) // "the City": the "City of Grand Rapids", not "City Hall"
		}
		if len(to) == 1 && len(short.words) == 1 && mg.namedAsPlace(short.words[0]) {
			continue // not "Amazonas" of "the State of Amazonas" for "the Amazonas Environmental Protection Institute"
		}
		if len(to) == 1 {
			if mg.firmKind(short.words, short.kind) != short.kind {
				clear(mg.groups[short.gi].votes) // the longer name says what it is
			}
			mg.move(short.gi, to[0])
		}
	}
}

// openerWord reports whether group g is an ordinary word seen only where
// it opens a sentence, with nothing saying what it names ("Trade
// commissioner Lena Kovacs said"): a capital of the sentence, not a short
// name of a longer one ("World Trade Organization").
func (mg *merger) openerWord(g *group) bool {
	for _, i := range g.members {
		if m := mg.ms[i]; !m.plain || !m.initial {
			return false
		}
	}
	return true
}

// hyphenedName reports whether a group's name opens with the short name
// joined by a hyphen to more ("Mercedes-Benz" for "Mercedes"): a longer
// name of its own, which the short name may stand for.
func (mg *merger) hyphenedName(short []string) bool {
	prefix := strings.Join(short, " ") + "-"
	for gi, g := range mg.groups {
		if len(g.members) > 0 && strings.HasPrefix(mg.ms[mg.groupLongest(gi)].name, prefix) {
			return true
		}
	}
	return false
}

// headedOf returns the group of gs whose name opens with the short name
// before "of" or "for", the head of a body named after its place or field,
// when there is one such group and the short name heads none of the
// others ("City" heads "City of Grand Rapids", not "City Hall"; "Bank"
// heads "African Development Bank" as well as "Bank of Ghana"); else gs.
func (mg *merger) headedOf(gs []int, short []string) []int {
	var headed []int
	for _, gi := range gs {
		long := strings.Fields(mg.ms[mg.groupLongest(gi)].name)
		switch {
		case len(long) > len(short) && wordsAt(short, long, 0) && (long[len(short)] == "of" || long[len(short)] == "for"):
			headed = append(headed, gi)
		case wordsAt(short, long, len(long)-len(short)):
			return gs
		}
	}
	if len(headed) == 1 {
		return headed
	}
	return gs
}

// firmKind returns the kind of a short name for fitting it into a longer
// one: a name of several words taken for a person's without a first name
// ("But Age Concern said") may be an organisation's too.
func (mg *merger) firmKind(words []string, kind string) string {
	if kind == briefing.KindPerson && len(words) > 1 && !mg.g.FirstNames[words[0]] {
		return ""
	}
	return kind
}

// dropsMiddle reports whether a body's name of two words is its name of
// three without the middle word ("Aurora Alliance" for "Aurora Shipping
// Alliance", "Harbor Bank" for "Harbor Pacific Bank"): the first word is
// no ordinary word and the last one a word for a body, never "Party" (the
// "National Party" is not the "National Liberal Party"). The full name
// must come first, as a text gives it before shortening it ("Ferris
// United" named before "Ferris Fans United" is another body).
func (mg *merger) dropsMiddle(short, long []string, shortKind, longKind string) bool {
	if len(short) != 2 || len(long) != 3 || longKind != briefing.KindOrganisation || shortKind != "" && shortKind != briefing.KindOrganisation {
		return false
	}
	first, last := short[0], short[1]
	return first == long[0] && last == long[2] && mg.g.OrgWords[last] && last != "Party" && last != "Parties" &&
		!mg.g.OrgWords[first] && !mg.d.lowerWords[strings.ToLower(first)]
}

// fits reports whether the words of a short name shorten a long name: an
// organisation's words in a row inside it, a person's as its last words
// (a surname of several words); kinds must agree where both are known.
func fits(short, long []string, shortKind, longKind string) bool {
	if shortKind != "" && longKind != "" && shortKind != longKind {
		return false
	}
	kind := longKind
	if kind == "" {
		kind = shortKind
	}
	if kind == "" && len(long) > 2 {
		kind = briefing.KindOrganisation // three words or more, nothing saying whose: most often a firm's
	}
	switch kind {
	case briefing.KindPerson:
		return len(short) > 1 && wordsAt(short, long, len(long)-len(short))
	case briefing.KindOrganisation:
		for at := 0; at+len(short) <= len(long); at++ {
			if wordsAt(short, long, at) {
				return true
			}
		}
		return lowerBodyWord(short, long)
	}
	return false
}

// lowerBodyWord reports whether short is long's first word and its last
// written in lower case, as a headline in sentence case shortens a body's
// name ("Waiora council" for "Waiora Regional Council").
func lowerBodyWord(short, long []string) bool {
	last := short[len(short)-1]
	return len(short) == 2 && len(long) > 2 && short[0] == long[0] && last == strings.ToLower(last) &&
		strings.EqualFold(last, long[len(long)-1])
}

// wordsAt reports whether short equals long's words from index at on.
func wordsAt(short, long []string, at int) bool {
	for i, w := range short {
		if long[at+i] != w {
			return false
		}
	}
	return true
}

// groupLongest returns the member of group gi with the most words.
func (mg *merger) groupLongest(gi int) int {
	best := -1
	for _, i := range mg.groups[gi].members {
		if best < 0 || mg.ms[i].words > mg.ms[best].words {
			best = i
		}
	}
	return best
}

// ofComplement reports whether the short name is what follows "of" at
// the end of a longer name headed by a word for a state's body ("Lumeria"
// in "Central Bank of Lumeria", "Morvany" in "Coast Guard of Morvany"):
// the state, not a short form of its body's name. A university or a house
// is called by the rest of its name ("Strathclyde", "Commons"), and a
// ministry's field is no state ("Finance").
func ofComplement(short, long []string) bool {
	at := len(long) - len(short)
	return at > 1 && long[at-1] == "of" && stateBodyHeads[strings.ToLower(long[at-2])] && wordsAt(short, long, at)
}

// organOf reports whether the long name is that of a body of the body the
// short name of several words names, after "of" or "of the" at its end
// ("the Council of the University of Hartmoor", "the Board of Governors
// of Kingsgate University", "the Council of the European Union"): two
// bodies, the one governing or serving the other.
func (mg *merger) organOf(short, long []string) bool {
	at := len(long) - len(short)
	if len(short) < 2 || at < 2 || titleWord(mg.g, strings.ToLower(long[0])) {
		return false // "President of the CSEC Commission" is no body
	}
	of := at - 1
	if strings.EqualFold(long[of], "the") {
		of--
	}
	return of > 0 && long[of] == "of" && wordsAt(short, long, at)
}

// prefixedBody reports whether the short name, of several words and one
// of them a name of its own, ends the longer one after capitalised words
// of its own ("Kingsgate University" and "Hartmoor Kingsgate University",
// the merged university to come): a body's name with a name before it
// names another body; not "City Council" of "Porto Aveleda City Council"
// or "Joint Commission", whose words are all ordinary ones.
func (mg *merger) prefixedBody(short, long []string) bool {
	at := len(long) - len(short)
	if len(short) < 2 || at < 1 || !wordsAt(short, long, at) || strings.EqualFold(long[0], "the") || !unicode.IsUpper(firstRune(long[at-1])) {
		return false
	}
	punkt := text.LoadPunkt()
	return slices.ContainsFunc(short, func(w string) bool {
		l := strings.ToLower(w)
		return !mg.g.OrgWords[w] && !mg.d.lowerWords[l] && !orgKinds[l] && punkt.Ortho[l]&text.OrthoMidLc == 0
	})
}

// stateBodyHeads head the names of a state's bodies named after it.
var stateBodyHeads = text.SetOf("bank", "guard", "army", "navy", "forces", "police", "court", "government", "parliament",
	"assembly", "congress", "senate")

// membersBody reports whether the long name is the body of the members of
// the short one, named after it with a plural possessive ("United
// Women's Hockey League Players' Association" of the "United Women's
// Hockey League"): two bodies, not one name and its short form.
func membersBody(short, long []string) bool {
	if !wordsAt(short, long, 0) {
		return false
	}
	for _, w := range long[len(short):] {
		if strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
			return true
		}
	}
	return false
}

// offHead reports whether a name headed by a word for an institution
// stands in a longer name but not as its head ("Government" or "Local
// Government" in "Local Government Association", whose head is
// "Association"): "the Government" is then no short form of it. The head
// is the last word, or the word before "of" or "for" ("Department for
// Science") when that word is one for a body; else ("Port of Kilbrannan
// Authority") the last word heads it too.
func offHead(short, long []string) bool {
	if len(short) == 0 || !institutionWords[short[len(short)-1]] {
		return false
	}
	last := short[len(short)-1]
	head, end := long[len(long)-1], long[len(long)-1]
	for k, w := range long {
		if (w == "of" || w == "for") && k > 0 {
			head = long[k-1]
			break
		}
	}
	g := gazetteer.Load()
	bodyBefore := institutionWords[head] || g.OrgWords[head] || g.OrgHeads[gazetteer.Fold(head)]
	return head != last && (bodyBefore || end != last)
}
