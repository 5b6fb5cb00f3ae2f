package parties

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// chunk analyses the run of capitalised words ts[i:j]: it drops words that
// are never parties, splits off a leading affiliation ("Chinese" in
// "Chinese President Xi Jinping") and a title, and records the name that
// remains with its kind.
func (sc *scanner) chunk(i, j int) {
	if sc.namesDocument(i, j) {
		sc.skipDocument(j)
		return
	}
	if k := sc.dropLeading(i, j); j-k > 1 && sc.g.Never[gazetteer.Fold(sc.d.Text[sc.ts[k].Start:sc.ts[j-1].End])] {
		return // "the Annual General Meeting"
	}
	if sc.splitAtAdjective(i, j) {
		return
	}
	j = sc.dropPostnominal(i, j)
	start := i
	i = sc.dropLeading(i, j)
	if j == i+1 && sc.d.docNames[sc.ts[i].Text] {
		return // "Adjusted EPS of $4.30": a thing's acronym after a word that starts the sentence
	}
	if i > start && i < j && sc.addState(i, j) { // "The Irish government"
		return
	}
	if k, ref, ok := sc.longestEntity(i, j); ok && k == j && i > start { // "The North Atlantic Treaty Organisation"
		sc.addEntity(i, k, ref)
		return
	}
	sc.splitAtNever(i, j, start)
}

// namesDocument reports whether the run ts[i:j] names a document or an
// event rather than a party: a document word, unless an organisation word
// ends the run, a sports league, a bill or a race ending a name of several
// words ("Housing Supply Bill", not "Bill Clinton"; "Korsa Rally", not
// "Rally for Democracy"), or a storm's name ("Cyclone Imara", "Hurricane
// Ines").
func (sc *scanner) namesDocument(i, j int) bool {
	ts := sc.ts
	if j-i > 1 && storms[ts[i].Text] || j-i > 2 && ts[i].Text == "Tropical" && storms[ts[i+1].Text] {
		return true
	}
	if j-i > 2 && ts[i].Text == "Bill" && ts[i+1].Text == "of" {
		return true // "Bill of Rights", "Bill of Lading": no one is called Bill of anything
	}
	for k := i; k < j; k++ {
		if documentWords[ts[k].Text] && (k == j-1 || !sc.g.OrgWords[ts[j-1].Text]) || sc.sportsLeague(k, j) ||
			k == j-1 && k > i && namedLast[ts[k].Text] || k == j-1 && k > i && measureLast[ts[k].Text] && sc.measureName(i, j) {
			return true
		}
	}
	return false
}

// measureName reports whether the run ts[i:j], ending in a word for a
// measure, names the measure: no first name or honorific is in it and no
// word in it calls it a body ("Default Tariff Cap", not "Alain Levy", "Mr
// Levy" or "Lagos Institute for Health Policy").
func (sc *scanner) measureName(i, j int) bool {
	for _, t := range sc.ts[i:j] {
		if sc.g.FirstNames[t.Text] || honorifics[strings.TrimSuffix(t.Text, ".")] || sc.g.OrgWords[t.Text] || sc.g.OrgHeads[gazetteer.Fold(t.Text)] {
			return false
		}
	}
	return true
}

// namedLast end the names of documents and events only as their last word
// ("Housing Supply Bill", "Korsa Rally"); first, they may open a person's or
// a party's name ("Bill Clinton", "Rally for the Republic").
var namedLast = text.SetOf("Bill", "Rally")

// measureLast end the names of policies, charges and rules as their last
// word ("Default Tariff Cap", "Transit Disruption Surcharge", "Damp and
// Mould Policy"); see measureName.
var measureLast = text.SetOf("Policy", "Policies", "Cap", "Surcharge", "Levy", "Scheme", "Tariff", "Allowance",
	"Subsidy", "Rebate", "Framework", "Guidelines", "Regulations", "Directive", "Rules")

// storms open the names of storms ("Cyclone Imara", "Tropical Storm Ana").
var storms = text.SetOf("Cyclone", "Hurricane", "Typhoon", "Storm")

// bracketedTitle returns the end of the capitalised run that follows a
// bracketed group of title words right after a run ending at j ("(Age
// Assurance) Bill" after "Online Safety"), which may belong to one title
// with it; j when there is none.
func (sc *scanner) bracketedTitle(j int) int {
	ts := sc.ts
	if j >= len(ts) || ts[j].Text != "(" {
		return j
	}
	for c := j + 1; c < len(ts) && c <= j+maxWorkTitleWords; c++ {
		switch {
		case ts[c].Text == ")" && c > j+1 && c+1 < len(ts) && ts[c+1].Word && ts[c+1].Cap:
			return sc.chunkEnd(c + 1)
		case !titleToken(ts[c]):
			return j
		}
	}
	return j
}

// splitAtAdjective splits the run ts[i:j] at a compound adjective
// ("Quebec-based Larkspur"), analysing the words after it and those before the
// capitalised words that belong to it ("New York-based"); it reports whether
// the run held one.
func (sc *scanner) splitAtAdjective(i, j int) bool {
	ts := sc.ts
	for k := i; k < j; k++ {
		if !compoundAdjective(ts[k].Text) {
			continue
		}
		p := k
		for p > i && ts[p-1].Cap {
			p--
		}
		if p > i {
			sc.chunk(i, p)
		}
		if k+1 < j {
			sc.chunk(k+1, j)
		}
		return true
	}
	return false
}

// splitAtNever records the pieces of the run ts[i:j] between words that are
// never parties; start is where the run began (before dropped words).
func (sc *scanner) splitAtNever(i, j, start int) {
	for k := i; k < j; k++ {
		if sc.neverAt(i, j, k) {
			if k > i {
				sc.piece(i, k, start)
			}
			i = sc.dropLeading(k+1, j)
			start = i
			k = i - 1
		}
	}
	if i < j {
		sc.piece(i, j, start)
	}
}

// neverAt reports whether the word at k in the piece ts[i:j] is never a
// party, except a regnal "I" ending a name after a first name ("Elizabeth
// I") and a word starting an organisation's name (see startsOrgName).
func (sc *scanner) neverAt(i, j, k int) bool {
	ts := sc.ts
	return (sc.g.Never[gazetteer.Fold(ts[k].Text)] || weekdayPlural(ts[k].Text)) && !(k == j-1 && ts[k].Text == "I" && k > i && sc.g.FirstNames[ts[k-1].Text]) &&
		!sc.startsOrgName(i, j, k) && !sc.monthFirstName(i, j, k)
}

// weekdayPlural reports whether w names a day of the week in the plural
// ("on Mondays"): a time, no name.
func weekdayPlural(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && calendarWords[one] && strings.HasSuffix(one, "day")
}

// monthFirstName reports whether the month at k, which starts the run
// ts[i:j] or follows the title that starts it, is a given name before a
// surname ("Tanzania's foreign minister, January Makamba", "June Brody
// said", "Detective Inspector June Harlow"): a month that is also a given
// name, followed by a capitalised word that is no ordinary word, month,
// acronym or known name, with no word of time or article before it ("in
// May Halvard said" and "the July FOMC meeting" are dates).
func (sc *scanner) monthFirstName(i, j, k int) bool {
	ts := sc.ts
	if !sc.officeWords(i, k) || j-k < 2 || !monthNames[ts[k].Text] || k > 0 && (timeLeaders[ts[k-1].Lower] || articles[ts[k-1].Lower]) {
		return false
	}
	next := ts[k+1]
	if _, known := sc.lookup(next.Text); known || gazetteer.IsAcronym(next.Text) {
		return false // "the August Chicago index", "the July FOMC meeting"
	}
	return next.Word && next.Cap && !sc.ordinary(next) && !calendarWords[next.Text] && !sc.g.Never[gazetteer.Fold(next.Text)] &&
		!sc.g.OrgWords[ts[j-1].Text]
}

// wordFirstName reports whether the run ts[i:j] of two words opens with a
// given name that is also an ordinary word ("Dawn Healey said", "Holly
// Marsh will"), followed by a surname: a capitalised word that is no
// ordinary word, acronym, known name or word of a body's name.
func (sc *scanner) wordFirstName(i, j int) bool {
	ts := sc.ts
	if j-i != 2 || !sc.g.FirstNames[ts[i].Text] || auxiliaries[ts[i].Lower] || text.StopWords[ts[i].Lower] {
		return false // "Will Castria pay?"
	}
	next := ts[i+1]
	if _, known := sc.lookup(next.Text); known || gazetteer.IsAcronym(next.Text) {
		return false
	}
	return next.Word && next.Cap && !sc.ordinary(next) && !calendarWords[next.Text] && !sc.g.Never[gazetteer.Fold(next.Text)] && !sc.g.OrgWords[next.Text]
}

// officeWords reports whether the tokens ts[i:k] are words of an office
// ("Detective Inspector"), or none.
func (sc *scanner) officeWords(i, k int) bool {
	for m := i; m < k; m++ {
		if w := sc.ts[m]; !titleWord(sc.g, w.Text) && !officeNouns[w.Lower] && !officeQualifiers[w.Lower] {
			return false
		}
	}
	return true
}

// articles come before a month that qualifies a noun ("the July meeting"),
// not before a given name.
var articles = text.SetOf("the", "a", "an")

// monthNames are the months, and the short forms of months, that are also
// given names ("Jan Kovar", never "Jan." before a day).
var monthNames = text.SetOf("January", "April", "May", "June", "July", "August", "Jan")

// startsOrgName reports whether the word at k, which starts the run
// ts[i:j] and is never a party alone, starts an organisation's name: an
// organisation word ends the run or follows it before "of" or "for", an
// ordinary word follows it and no word of time comes before it ("rival
// May Department Stores", "the Internet Corporation for Assigned Names
// and Numbers", not "in May General Motors").
func (sc *scanner) startsOrgName(i, j, k int) bool {
	ts := sc.ts
	headed := k+2 < j && sc.g.OrgHeads[gazetteer.Fold(ts[k+1].Text)] && (ts[k+2].Text == "of" || ts[k+2].Text == "for")
	return k == i && j-i > 1 && (sc.g.OrgWords[ts[j-1].Text] || headed) && sc.ordinary(ts[k+1]) &&
		(k == 0 || !timeLeaders[ts[k-1].Lower])
}

// timeLeaders come before a month or a day ("in May", "last Monday").
var timeLeaders = text.SetOf("in", "on", "since", "by", "until", "till", "last", "next", "this", "from", "to", "of",
	"early", "late", "mid", "during", "before", "after", "every", "each", "that")

// dropLeading skips what cannot start a name at i: a common word that is
// capitalised only because it starts the sentence (an ordinary word that
// could start a name, as "Crystal" in "Crystal Palace", is kept when a
// capitalised word follows it), and connectors.
func (sc *scanner) dropLeading(i, j int) int {
	if i < j && sc.sentenceStart(i) && sc.dropStart(i, j) {
		i++
	}
	for i < j && (!nameWord(sc.ts[i]) || sc.neverAt(i, j, i)) {
		i++
	}
	return i
}

// dropStart reports whether the first word of the run ts[i:j], which starts
// a sentence, is an ordinary word to drop: a common word (unless it starts
// a title, as "Economy Minister"), a lone organisation word ("Oil",
// "Police"), or an ordinary word not followed by a capitalised one.
func (sc *scanner) dropStart(i, j int) bool {
	t := sc.ts[i]
	if j-i == 1 && (sc.surnames[t.Text] || sc.bracketedAcronym(t.Text)) {
		return false // "Ashby said", after "Callum Ashby"; "WING said", after "the Water Integrity Network Ghana (WING)"
	}
	if i+1 < j && sc.ts[i+1].Text == "&" || sc.monthFirstName(i, j, i) || sc.wordFirstName(i, j) || j-i <= 3 && sc.orgKindAfter(j) || sc.writtenMidSentence(i, j) ||
		i+2 < j && supportersOf[t.Text] && sc.ts[i+1].Text == "of" {
		return false // "Transport & General Workers' Union", "June Brody said", "Unison, the union, said"
	}
	if n, _, _ := sc.title(i); n > 0 && i+n < j {
		return false
	}
	if (directions[t.Text] || placeOpeners[t.Text]) && i+1 < j && sc.ts[i+1].Cap {
		return false // "Greater Manchester Police has agreed", "Port Leven Marine Ltd declined"
	}
	if j-i == 1 && sc.g.OrgWords[t.Text] {
		return true
	}
	if sc.tableRow(j) && !text.Starters[strings.ToLower(t.Text)] {
		return false // a team in a results table: "Derby 4 1 1 2"
	}
	if i+1 < j && (orgKinds[t.Lower] || tradeKinds[t.Lower] && !sc.g.FirstNames[sc.ts[i+1].Text]) && !sc.g.OrgWords[t.Text] {
		return true // "Drugmaker Halvex said", "Landlord Corran Estates said": a kind of organisation or a trade before its name, not "Landlord Jane Smith"
	}
	if i+2 < j && sc.g.FirstNames[sc.ts[i+1].Text] && sc.describesPerson(t) {
		return true // "Ringleader Craig Dawson was jailed", "Mum-of-two Kelly Barnes said"
	}
	if s, k, ok := sc.d.wordOf(t); ok && k == 0 && s.Words[k].XPOS == "VBG" && s.Words[k].Rel != "root" && strings.HasSuffix(t.Lower, "ing") {
		return true // "Fixing Gauteng's water will take money": the parse reads a verb in a clause of its own, not the root a name would be
	}
	if sc.imperative(t) {
		return true // "- Close City Hall on Friday"
	}
	if t.Text == "Dear" {
		return true // "Dear Helen,": a letter's salutation
	}
	return sc.common(t) || (j-i == 1 || !sc.ts[i+1].Cap) && sc.startOnly(i)
}

// supportersOf open the names of bodies that support a thing named after
// "of" ("Friends of Eastgate Library", "Friends of the Earth").
var supportersOf = text.SetOf("Friends")

// writtenMidSentence reports whether the run of two or more capitalised
// words ts[i:j], which starts a sentence, is written the same way inside
// another sentence, after a word in lower case or a comma: its first word
// is then part of the name, not capitalised for the start ("Forward
// Portugal will hold a meeting" after "the centre-right Forward Portugal").
func (sc *scanner) writtenMidSentence(i, j int) bool {
	if j-i < 2 || text.Starters[sc.ts[i].Lower] {
		return false // "The UK government": an article is never part of a name
	}
	run := sc.d.Text[sc.ts[i].Start:sc.ts[j-1].End]
	for from := 0; ; {
		k := strings.Index(sc.d.Text[from:], run)
		if k < 0 {
			return false
		}
		k += from
		from = k + len(run)
		before := strings.TrimRight(sc.d.Text[:k], " ")
		if len(before) == len(sc.d.Text[:k]) || before == "" || from < len(sc.d.Text) && isWordByte(sc.d.Text[from]) {
			continue
		}
		if c := before[len(before)-1]; c == ',' || 'a' <= c && c <= 'z' {
			return true
		}
	}
}

// isWordByte reports whether byte c is an ASCII letter or digit, or part
// of a multi-byte character.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

// bracketedAcronym reports whether w, written in capitals, is given in
// brackets somewhere in the text, as an acronym is after the name it
// stands for: a name then, even when it spells an ordinary word ("WING").
func (sc *scanner) bracketedAcronym(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w && strings.Contains(sc.d.Text, "("+w+")")
}

// imperative reports whether the capitalised word t, which starts its
// sentence, is the verb of an order or a list's item, before the name it
// acts on ("- Close City Hall on Friday"): an ordinary word the parse
// makes the root verb in its base form, with the next word in the object
// it governs.
func (sc *scanner) imperative(t doc.Token) bool {
	s, k, ok := sc.d.wordOf(t)
	if !ok || s.Words[k].XPOS != "VB" || s.Words[k].Rel != "root" || !onlyPunctuation(s, 0, k) || !sc.ordinary(t) ||
		k+1 >= len(s.Words) {
		return false
	}
	for _, o := range s.ChildrenWith(k, "obj") {
		if o == k+1 || o > k && s.Words[k+1].Head == o {
			return true
		}
	}
	return false
}

// tableRow reports whether the tokens from j are the figures of a results
// table row: a score followed by another score, or ending the sentence.
func (sc *scanner) tableRow(j int) bool {
	ts := sc.ts
	if j >= len(ts) || !isScore(ts[j].Text) {
		return false
	}
	return j+1 == len(ts) || isScore(ts[j+1].Text) || !ts[j+1].Word
}

// startOnly reports whether the capitalised word at i, which starts the
// sentence, is an ordinary word rather than the start of a name: a common
// word, or a word also written in lower case that is not a title, a first
// name or a known name.
func (sc *scanner) startOnly(i int) bool {
	t := sc.ts[i]
	if sc.common(t) {
		return true
	}
	if !sc.ordinary(t) || sc.g.FirstNames[t.Text] || sc.g.OrgWords[t.Text] {
		return false
	}
	if n, _, _ := sc.title(i); n > 0 {
		return false
	}
	_, _, known := sc.longestEntity(i, i+1)
	return !known
}

// dropPostnominal returns the end of the run ts[i:j] without the letters
// after a person's name that say a rank, an honour or a seat ("Ana Roth
// KC", "Ivo Marek MP", "Jo Hale OBE"): they are no part of the name. The
// run must hold a first name before them.
func (sc *scanner) dropPostnominal(i, j int) int {
	if j-i < 3 || !postnominals[sc.ts[j-1].Text] {
		return j
	}
	for _, t := range sc.ts[i : j-1] {
		if sc.g.FirstNames[t.Text] || honorifics[strings.TrimSuffix(t.Text, ".")] {
			return j - 1
		}
	}
	if j-i == 3 && !sc.holdsOrgWord(i, j-1) && !sc.knownAlone(i) && !sc.knownAlone(i+1) {
		return j - 1 // "Niamh Carrigan TD": two words of a name the gazetteer does not know
	}
	return j
}

// postnominals are the letters written after a person's name.
var postnominals = text.SetOf("KC", "QC", "SC", "MP", "MSP", "MEP", "TD", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD")

// describesPerson reports whether t, starting a sentence before a first
// name, is an ordinary word that describes the person rather than a part
// of the name: a word also written in lower case, or a hyphenated one with
// lower-case parts ("Mum-of-two"), and no first name, title or
// organisation word.
func (sc *scanner) describesPerson(t doc.Token) bool {
	if sc.g.FirstNames[t.Text] || sc.g.OrgWords[t.Text] || titleWord(sc.g, t.Text) {
		return false
	}
	if head, rest, ok := strings.Cut(t.Text, "-"); ok && rest != "" && strings.ToLower(rest) == rest {
		return head != ""
	}
	return sc.ordinary(t)
}
