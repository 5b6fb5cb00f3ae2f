package parties

// Titles and roles ("President of China"), document titles and acronyms.

import (
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// title matches a title or role at token i ("President", "Minister of
// Health", "President of the People’s Republic of China"). It returns the
// number of tokens, the title as written and the entity named after "of"
// (its tokens and reference), which the caller records with addTitleEntity
// when it keeps the title. It has no side effects.
func (sc *scanner) title(i int) (int, string, titleEntity) {
	ts := sc.ts
	n := 0
	for k := i + 1; k <= len(ts) && k-i <= sc.g.TitleWords; k++ {
		if !ts[k-1].Word {
			break
		}
		if t := gazetteer.Fold(sc.d.Text[ts[i].Start:text.NameEnd(ts[k-1])]); sc.g.Titles[t] || sc.pluralOf(t, k) {
			n = k - i // "Prime Ministers of Estonia and Finland": the office in the plural, of the states after it
		}
		if ts[k-1].Poss {
			break
		}
	}
	from := i // where the role's words start
	if c := sc.compoundTitle(i); c > n {
		n = c // "Deputy Governor", not "Deputy" alone
		if n > 1 && gazetteer.IsAcronym(ts[i].Text) {
			from = i + 1 // "ORS Secretary-General": the body's acronym is no part of the office
		}
	}
	if n == 0 {
		if one, m := sc.pluralTitle(i); m > 0 {
			return m, one, titleEntity{} // "Councilmembers Marcus Bell, Sung-min Park and Tom Brennan"
		}
		return 0, "", titleEntity{}
	}
	for i+n < len(ts) && ts[i+n].Word && postpositives[ts[i+n].Text] {
		n++ // "Minister Delegate", "President Elect"
	}
	if i+n+1 < len(ts) && strings.EqualFold(ts[i+n].Text, "pro") && strings.EqualFold(ts[i+n+1].Text, "tem") {
		n += 2 // "Mayor Pro Tem Sharon Bell"
	}
	end, te := sc.ofAfter(i + n)
	if field := sc.fieldAfter(end); field > end && !te.ok {
		end, te = sc.ofAfter(field) // "Minister for Foreign Affairs of Oman"
	} else {
		end = field
	}
	if !te.ok {
		if e, entity := sc.ofAfter(end); entity.ok {
			end, te = e, entity // "Minister of Climate and Green Growth of the Kingdom of the Netherlands"
		}
	}
	if one, m := sc.pluralTitle(i); m > 0 && end == i+m {
		return m, one, te // "Senators Ann Lee and Tom Reyes": each a senator
	}
	last := ts[end-1]
	return end - i, collapse(sc.d.Text[ts[from].Start:text.NameEnd(last)]), te
}

// pluralOf reports whether the folded words t, ending at token k, are a
// title in the plural followed by "of" or by no name ("Prime Ministers
// of", "Presidents of", "The Prime Ministers called on …").
func (sc *scanner) pluralOf(t string, k int) bool {
	one, ok := strings.CutSuffix(t, "s")
	return ok && sc.g.Titles[one] && (k == len(sc.ts) || sc.ts[k].Text == "of" || !sc.ts[k].Cap)
}

// pluralTitle returns the title that the words from token i give in the
// plural before a list of names, and how many words it has
// ("Councilmembers Marcus Bell, Sung-min Park and Tom Brennan", "Senators
// Ann Lee and Tom Reyes", "Foreign Ministers Ivo Tesar and Marta
// Quintal"): capitalised words whose last in the singular makes a title,
// and a capitalised word after them; 0 words when there is none.
func (sc *scanner) pluralTitle(i int) (string, int) {
	ts := sc.ts
	for k := min(len(ts)-1, i+sc.g.TitleWords); k > i; k-- {
		w := ts[k-1].Text
		if !ts[k].Cap || ts[k-1].Poss || len(w) < 4 || !strings.HasSuffix(w, "s") || slices.ContainsFunc(ts[i:k], func(t doc.Token) bool { return !t.Word || !t.Cap }) {
			continue
		}
		one := strings.TrimSuffix(sc.d.Text[ts[i].Start:text.NameEnd(ts[k-1])], "s")
		if sc.g.Titles[gazetteer.Fold(one)] && !honorifics[one] {
			return one, k - i
		}
	}
	return "", 0
}

// ofAfter extends a title ending before token end over "of" and the
// entity or the ordinary capitalised words it is of ("President of China",
// "Minister of State"), and returns its new end and the entity.
func (sc *scanner) ofAfter(end int) (int, titleEntity) {
	ts := sc.ts
	if end+1 >= len(ts) || ts[end].Text != "of" || ts[end-1].Poss {
		return end, titleEntity{}
	}
	k := end + 1
	if ts[k].Text == "the" {
		k++
	}
	if e, ref, ok := sc.longestEntity(k, k+1); ok {
		if sc.subBody(e) {
			return end, titleEntity{} // "Chairman of the Senate Finance Committee": the office of a body named after another
		}
		return e, titleEntity{k, e, ref, true}
	}
	e := k
	for e < len(ts) && (ts[e].Cap && (sc.ordinary(ts[e]) || abstractPlural(ts[e].Text)) && !ts[e-1].Poss || e > k && sc.fieldsJoined(e)) {
		e++ // "Minister of Water and Sanitation", "Director of Public Prosecutions"
	}
	if e > k {
		return e, titleEntity{}
	}
	return end, titleEntity{}
}

// abstractPlural reports whether a capitalised word is the plural of a
// noun made from a verb ("Prosecutions", "Communications"): a field an
// office is for, never a name.
func abstractPlural(w string) bool {
	return strings.HasSuffix(w, "s") && abstractNoun(strings.TrimSuffix(w, "s"))
}

// subBody reports whether capitalised words after a known name at token e
// end with a word that ends bodies' names ("Senate | Finance Committee",
// "Security Council | Committee on Karvos"): a body of its own, named
// after the one it belongs to.
func (sc *scanner) subBody(e int) bool {
	ts := sc.ts
	m := e
	for m < len(ts) && ts[m].Word && ts[m].Cap && !ts[m].Poss {
		m++
	}
	return m > e && ts[m-1].Sent == ts[e].Sent && sc.g.OrgWords[ts[m-1].Text]
}

// fieldAfter extends a title ending before token end over the field it is
// for, written as ordinary capitalised words after "for" ("Minister of
// State for Foreign Affairs", "Secretary for Health"), a list of fields
// included when a name follows its last ("Minister for Transport, Tourism
// and Sport Ana Roth") or when commas and a closing "and" make it one
// ("the Secretary of State for Science, Innovation and Technology"). It
// returns the title's new end.
func (sc *scanner) fieldAfter(end int) int {
	ts := sc.ts
	if end+1 >= len(ts) || ts[end].Text != "for" || ts[end-1].Poss {
		return end
	}
	e := sc.fieldWords(end + 1)
	if e == end+1 {
		return end // "Minister for Europe": a place says whose office it is
	}
	first := e
	comma, closed := false, false
	for { // a list of fields: "for Transport, Tourism and Sport", "for Veterans and People"
		k := e
		if k < len(ts) && ts[k].Text == "," {
			k++
		}
		and := k < len(ts) && (ts[k].Text == "and" || ts[k].Text == "&")
		if and {
			k++
			if k+1 < len(ts) && ts[k].Text == "the" && ts[k+1].Cap {
				k++ // "for Agriculture, Food and the Marine"
			}
		}
		f := sc.fieldWords(k)
		if k == e || f == k {
			break
		}
		comma, closed = comma || ts[e].Text == ",", and
		e = f
	}
	if e > first && (e == len(ts) || !ts[e].Word || !ts[e].Cap) && !(comma && closed) {
		return first // a list's last field runs up to the name; a list of three or more is the office's whole field
	}
	return e
}

// fieldWords returns the end of the ordinary capitalised words of a title's
// field that start at token k; a form of address ("Mr.", "Hon.") opens the
// holder's name, no field.
func (sc *scanner) fieldWords(k int) int {
	ts := sc.ts
	for k < len(ts) && ts[k].Word && ts[k].Cap && !ts[k].Poss && !formOfAddress(ts[k].Text) && (sc.ordinary(ts[k]) || portfolio(sc.g, ts[k].Text) || sc.fieldAdjective(ts[k].Text) ||
		abstractNoun(ts[k].Text) || gerundField(ts[k].Text) ||
		sc.describer(k) && k+1 < len(ts) && ts[k+1].Cap && sc.ordinary(ts[k+1])) {
		k++ // "for Moroccans Living Abroad": a people the office serves, with the words that say which of it
	}
	return k
}

// gerundField reports whether a capitalised word in -ing names a field as
// a noun ("Ageing", "Housing", "Policing").
func gerundField(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// postpositives are the words written after an office that qualify it
// rather than start a name: "Minister Delegate", "Secretary Designate",
// "President Elect", "Professor Emeritus".
var postpositives = text.SetOf("Delegate", "Designate", "Elect", "Emeritus", "Plenipotentiary")

// maxTitleLead bounds the capitalised words before a title's head word.
const maxTitleLead = 5

// compoundTitle matches a title the list does not hold, made of
// capitalised words and a title's head word before a name: "Agriculture
// Secretary Lena Brightwater", "Federal Water Safety Administration
// Director Ivo Marek". It returns the number of tokens, or 0.
func (sc *scanner) compoundTitle(i int) int {
	ts := sc.ts
	if sc.sentenceStart(i) && text.Starters[ts[i].Lower] { // "Later President Xi", not "Detective Inspector June Harlow"
		return 0
	}
	n := 0
	for k := i + 1; k < len(ts)-1 && k-i <= maxTitleLead; k++ {
		if sc.fieldsJoined(k) {
			continue // "Police and Crime Commissioner Claire Hastings-Boyd"
		}
		if !ts[k].Word || !ts[k].Cap || ts[k-1].Poss || !ts[k-1].Cap && !sc.fieldsJoined(k-1) {
			return n
		}
		if titleWord(sc.g, ts[k].Text) && !ts[k].Poss && (ts[k+1].Cap && ts[k+1].Word || ts[k+1].Text == "of" || officeAlone(ts[i], ts[k+1])) {
			n = k - i + 1 // the longest: "Detective Chief Inspector", not "Detective Chief"
		}
	}
	return n
}

// officeAlone reports whether a title that first opens and next follows
// is a whole office named without its holder: one that "Chief" opens,
// with no capitalised word after it ("the firm's Chief Commercial Officer
// said", "the Chief Nurse").
func officeAlone(first, next doc.Token) bool {
	return first.Text == "Chief" && (!next.Word || !next.Cap)
}

// fieldsJoined reports whether token k is "and" or "&" between two
// ordinary capitalised words, the fields of one office ("Police and
// Crime Commissioner", "Fire and Rescue Minister").
func (sc *scanner) fieldsJoined(k int) bool {
	ts := sc.ts
	return k > 0 && k+1 < len(ts) && (ts[k].Text == "and" || ts[k].Text == "&") &&
		ts[k-1].Cap && !ts[k-1].Poss && sc.ordinary(ts[k-1]) && ts[k+1].Word && ts[k+1].Cap && sc.ordinary(ts[k+1])
}

// titleEntity is the entity named in a title ("China" in "President of
// China"): tokens [from, to) and what they refer to.
type titleEntity struct {
	from, to int
	ref      gazetteer.Ref
	ok       bool
}

// addTitleEntity records the entity of a kept title and returns the index
// of its mention, or -1 when the title names none.
func (sc *scanner) addTitleEntity(te titleEntity) int {
	if !te.ok {
		return -1
	}
	sc.addEntity(te.from, te.to, te.ref)
	return len(sc.out) - 1
}

// titleAt reports whether a title starts at token i.
func (sc *scanner) titleAt(i int) bool {
	n, _, _ := sc.title(i)
	return n > 0
}

// skipDocument skips the rest of a document's title after the run ending at
// j: "on Strategic Partnership" in "Joint Declaration on Strategic
// Partnership", and the acronym in brackets after it.
func (sc *scanner) skipDocument(j int) {
	ts := sc.ts
	sc.skip = j
	if j+1 < len(ts) && (ts[j].Text == "on" || ts[j].Text == "of" || ts[j].Text == "for") {
		k := j + 1
		if ts[k].Text == "the" {
			k++
		}
		if k < len(ts) && ts[k].Cap {
			sc.skip = sc.chunkEnd(k)
		}
		for k := sc.skip; k+1 < len(ts) && (ts[k].Text == "and" || ts[k].Text == "&") && ts[k+1].Cap && ts[k+1].Sent == ts[j].Sent; k = sc.skip {
			e := sc.chunkEnd(k + 1)
			if _, _, known := sc.longestEntity(k+1, e); known || sc.subjectWord(e-1) {
				break // "the Treaty on Trade and Uzbekistan signed it too": a party after the title
			}
			sc.skip = e // "Agreement on the Shared Use and Protection of the Waters of the Syr Darya"
		}
	}
	if k := sc.skip; k+2 < len(ts) && ts[k].Text == "(" && ts[k+2].Text == ")" && gazetteer.DefinedAcronym(ts[k+1].Text) {
		sc.skip = k + 3 // the document's acronym: "Multi-Fibre Agreement (MFA)"
		if sc.d.docNames == nil {
			sc.d.docNames = map[string]bool{}
		}
		sc.d.docNames[ts[k+1].Text] = true
	}
}

// subjectWord reports whether the parse makes token k a clause's subject
// ("… and Halvik Port signed it too").
func (sc *scanner) subjectWord(k int) bool {
	s, w, ok := sc.d.wordOf(sc.ts[k])
	return ok && strings.HasPrefix(s.Words[w].Rel, "nsubj")
}

// initialsMatch reports whether acronym acr abbreviates name: its letters
// start the name's words in order ("CNBG" for "China National Biotec Group
// Limited"), the first the first word, but for a letter that starts no
// later word and stands inside the next one ("JAXA" for "Japan Aerospace
// Exploration Agency"); the parts of a hyphenated word count as words
// ("RPNE" for "Rassemblement pour la Paix du Nord-Est").
func initialsMatch(acr, name string) bool {
	letters := strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r
		}
		return -1
	}, acr)
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) // "Nord-Est" gives N and E
	if len(letters) < 2 || len(words) < 2 || !strings.HasPrefix(strings.ToUpper(words[0]), letters[:1]) {
		return false
	}
	w := 1
	for _, l := range letters[1:] {
		k := w
		for k < len(words) && !strings.HasPrefix(strings.ToUpper(words[k]), string(l)) {
			k++
		}
		if k == len(words) {
			if w == len(words) || !strings.ContainsRune(strings.ToUpper(words[w][1:]), l) {
				return false
			}
			k = w // a letter from inside the next word: "JAXA" for "Japan Aerospace Exploration Agency"
		}
		w = k + 1
	}
	return true
}

// fieldAdjective reports whether w is shaped like an adjective naming a
// field ("Humanitarian", "Parliamentary", "Cultural"): a long word with an
// adjective's ending that is no given name.
func (sc *scanner) fieldAdjective(w string) bool {
	if len(w) < 7 || sc.g.FirstNames[w] {
		return false
	}
	for _, end := range []string{"al", "ic", "ian", "ary", "ive"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// spelledTitle returns a title written as an abbreviation spelled out as
// the office it names ("Sen." → "Senator", "Cllr" → "Councillor", "Lt.
// Gen." → "Lieutenant General"), or role unchanged.
func spelledTitle(role string) string {
	if full, ok := titleAbbreviations[strings.TrimSuffix(role, ".")]; ok {
		return full
	}
	return role
}

// titleAbbreviations are the abbreviated titles of offices and ranks, without
// their final dot, and the offices they name.
var titleAbbreviations = map[string]string{
	"Sen": "Senator", "Rep": "Representative", "Gov": "Governor", "Lt. Gov": "Lieutenant Governor", "Cllr": "Councillor",
	"Gen": "General", "Lt. Gen": "Lieutenant General", "Maj. Gen": "Major General", "Brig. Gen": "Brigadier General",
	"Col": "Colonel", "Lt": "Lieutenant", "Maj": "Major", "Capt": "Captain", "Cmdr": "Commander", "Adm": "Admiral",
	"Sgt": "Sergeant", "Cpl": "Corporal", "Pvt": "Private", "Supt": "Superintendent", "Insp": "Inspector",
	"Prof": "Professor", "DI": "Detective Inspector", "DCI": "Detective Chief Inspector",
	"DSupt": "Detective Superintendent", "Det Supt": "Detective Superintendent",
	"Det Insp": "Detective Inspector", "Det Sgt": "Detective Sergeant", "Det Con": "Detective Constable",
	"Lt Gen": "Lieutenant General", "Maj Gen": "Major General", "Brig Gen": "Brigadier General",
	"Lt Col": "Lieutenant Colonel", "Lt. Col": "Lieutenant Colonel", "Cdr": "Commander",
}
