package parties

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// classify guesses the kind of the unknown name ts[i:j] from its words and
// the words around it; titled says a title stood before it.
func (sc *scanner) classify(i, j int, titled bool) (string, int) {
	if titled {
		return briefing.KindPerson, cueStrong
	}
	if sc.orgKindBefore(i) || sc.orgKindAfter(j) || sc.orgKindApposed(i, j) || sc.tradeBefore(i, j) {
		return briefing.KindOrganisation, cueStrong // "phone company Qwest", "Unison, the public sector union,"
	}
	if kind, cue := sc.kindFromWords(i, j); cue != cueNone {
		return kind, cue
	}
	if j-i == 1 {
		if kind, cue, decided := sc.oneWordKind(sc.ts[i]); decided {
			return kind, cue
		}
	}
	return sc.kindFromContext(i, j)
}

// kindFromWords decides the kind of ts[i:j] from the words of the name
// alone: an organisation's shape for any name, and for a name of several
// words its last word, a first name, an initial, a particle or a place in it.
// The cue is cueNone when the words do not decide.
func (sc *scanner) kindFromWords(i, j int) (string, int) {
	if sc.stateShaped(i, j) {
		return briefing.KindCountry, cueStrong // "the Republic of Sarnavia"
	}
	if sc.orgShaped(i, j) {
		return briefing.KindOrganisation, cueStrong
	}
	if j-i == 1 {
		return "", cueNone
	}
	first, last := sc.ts[i].Text, sc.ts[j-1].Text
	switch {
	case text.ClubEnds[last] && sc.teamTakesPlural(i, j):
		return briefing.KindOrganisation, cueStrong // "Hollinsbury Town have signed": a club's team, not the town
	case placeWords[last] && !(j-i == 2 && surnamePlaces[last] && sc.g.FirstNames[first]), j-i >= 3 && directions[last] && placeWords[sc.ts[j-2].Text], buildingHeads[first]:
		return briefing.KindPlace, cueStrong // "Tōtara Flats", "James Street North", "Palacio de Gobierno"
	case j-i == 2 && particles[first] && sc.locativeBefore(i) && !sc.ts[j-1].Poss:
		return briefing.KindPlace, cueWeak // "signed in Da Nang", not "Da Silva said"
	case sc.personShaped(i, j):
		return briefing.KindPerson, cueStrong
	case sc.acronymLed(i, j):
		return briefing.KindOrganisation, cueWeak // "NHS Lothian", "BBC Scotland"
	case teamName(last) && sc.startsWithCity(i, j):
		return briefing.KindOrganisation, cueStrong // "Portland Herons", "Kansas City Comets"
	case directions[first] && sc.holdsPlace(i+1, j):
		return briefing.KindPlace, cueStrong // "East Jerusalem"
	case sc.holdsPlace(i+1, j):
		return briefing.KindOrganisation, cueWeak // "Dynamo Moscow", "Bank Austria"
	case j-i == 2 && sc.countryWord(i) && sc.ordinary(sc.ts[i+1]) && !strings.HasSuffix(sc.ts[i+1].Text, "s"):
		return briefing.KindOrganisation, cueWeak // "Wales Forward", "Britain First": a country's name and an ordinary word, no person's; "U.S. Treasuries" are things
	}
	return "", cueNone
}

// acronymLed reports whether ts[i:j], a name of several words, opens with
// an acronym of three to five letters that is no title ("NHS Lothian",
// "UBS Warburg", not "CEO Ana Ruiz"), the words after it written in
// lower case after their capital: people's names do not, bodies' often
// do. A given name after it makes a titled person, and a name written
// all in capitals has no acronym to tell ("FARMINGTON HILLS").
func (sc *scanner) acronymLed(i, j int) bool {
	a := sc.ts[i].Text
	if len(a) < 3 || len(a) > 5 || !gazetteer.IsAcronym(a) || strings.ContainsAny(a, "0123456789.") || sc.g.Titles[gazetteer.Fold(a)] {
		return false
	}
	for _, t := range sc.ts[i+1 : j] {
		if sc.g.FirstNames[t.Text] || gazetteer.IsAcronym(t.Text) {
			return false
		}
	}
	return true
}

// stateShaped reports whether ts[i:j] is the formal name of a state: a
// word for a state, "of" and one or two capitalised words ("Republic of
// Sarnavia", "Kingdom of Tessaly", "Grand Duchy of Vell").
func (sc *scanner) stateShaped(i, j int) bool {
	ts := sc.ts
	k := i
	if k+1 < j && ts[k].Text == "Grand" {
		k++
	}
	if j-k < 3 || j-k > 4 || !formalStates[ts[k].Text] || ts[k+1].Text != "of" {
		return false
	}
	for _, t := range ts[k+2 : j] {
		if !t.Cap {
			return false
		}
	}
	return true
}

// formalStates open the formal names of states.
var formalStates = text.SetOf("Republic", "Kingdom", "Principality", "Duchy", "Sultanate", "Emirate")

// orgShaped reports whether the words of ts[i:j] make an organisation's
// name: a club prefix before another word, an organisation word at the
// end, an "&", a name national bodies share after the state's ("Turkish
// Red Crescent"), or an organisation head, first or after one or two
// qualifiers, followed by "of" or "for".
func (sc *scanner) orgShaped(i, j int) bool {
	ts := sc.ts
	first, last := ts[i].Text, ts[j-1].Text
	switch {
	case j-i > 1 && (clubPrefixes[first] || foreignOrgOpeners[first]):
		return true // "Deportivo Almeria", "FC Porto", "Banco Lusitano de Investimento"
	case sc.g.OrgWords[last], sc.holds(i, j, "&"):
		return true
	case sc.endsShared(i, j):
		return true // "American Red Cross"
	}
	for k := i; k+2 < j && k < i+3; k++ { // "Office for Police Conduct", "Independent Office for Police Conduct", "Port Carrick Chamber of Commerce"
		if sc.g.OrgHeads[gazetteer.Fold(ts[k].Text)] && (ts[k+1].Text == "of" || ts[k+1].Text == "for") {
			return true
		}
	}
	return false
}

// tradeName reports whether ts[i:j] is a coined word and the plural of
// an ordinary noun, the shape of a business's name ("Northwind
// Turbines"): the first word is no first name, acronym, code or ordinary
// word, the last is no possessive, and no "the" stands before it ("the
// Eastmoor Independents" are members of a group).
func (sc *scanner) tradeName(i, j int) bool {
	first := sc.ts[i]
	if j-i != 2 || sc.wordBefore(i) == "the" || sc.g.FirstNames[first.Text] || gazetteer.IsAcronym(first.Text) || strings.ContainsAny(first.Text, "0123456789") {
		return false
	}
	return !sc.ordinary(first) && !sc.ts[j-1].Poss && sc.pluralNoun(sc.ts[j-1])
}

// pluralNoun reports whether t, the last word of a name, is the plural
// of an ordinary noun ("Turbines", "Foods"), not a surname in -s
// ("Jones", "Williams").
func (sc *scanner) pluralNoun(t doc.Token) bool {
	w := strings.ToLower(t.Text)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	one := singular(w)
	return sc.p.Ortho[one]&text.OrthoMidLc != 0
}

// endsShared reports whether words after the first of ts[i:j] end it
// with a name national bodies share ("Kenya Red Cross").
func (sc *scanner) endsShared(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if sc.sharedName(k, j) {
			return true
		}
	}
	return false
}

// sharedName reports whether ts[k:j] is a name national bodies share
// ("Red Cross").
func (sc *scanner) sharedName(k, j int) bool {
	return sc.g.Shared[gazetteer.Fold(sc.d.Text[sc.ts[k].Start:sc.ts[j-1].End])]
}

// personShaped reports whether ts[i:j], a name of several words, is shaped
// like a person's name: a known first name (or a month that is one, see
// monthFirstName) or an initial before the last word, a regnal number
// after a name that no article opens, a surname after an Arabic article
// last, or a surname particle.
func (sc *scanner) personShaped(i, j int) bool {
	ts := sc.ts
	switch {
	case sc.g.FirstNames[ts[i].Text] || hasInitial(ts[i:j-1]) || monthNames[ts[i].Text]:
		return true
	case regnal[ts[j-1].Text] && sc.nameShaped(ts[i:j-1]) && (i == 0 || ts[i-1].Lower != "the"):
		return true // "Leopold III"; not "the Gibe III dam": a person takes no article
	case j-i <= 3 && articleName(ts[j-1].Text) && !sc.g.OrgWords[ts[i].Text]:
		return true // "Samer al-Khatib": a given name and a surname after an Arabic article
	}
	return j-i < 5 && sc.particleName(i, j) // "Pieter Van Damsteeg", "De Wilde"
}

// saintsPlace reports whether ts[i:j] names a saint after a word that is
// no given name ("Trimley St Mary", "Bury St Edmunds"): a town named for
// its church, not a person.
func (sc *scanner) saintsPlace(i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if w := strings.TrimSuffix(sc.ts[k].Text, "."); w == "St" || w == "Saint" {
			return !sc.g.FirstNames[sc.ts[i].Text]
		}
	}
	return false
}

// oneWordKind decides the kind of a one-word name t from its spelling: a
// code with digits is no party, a short or unusual acronym is an
// organisation, and a surname's shape makes a person. decided is false when
// the spelling does not decide.
func (sc *scanner) oneWordKind(t doc.Token) (kind string, cue int, decided bool) {
	w := t.Text
	switch {
	case gazetteer.IsAcronym(w) && strings.ContainsAny(w, "0123456789"):
		return "", cueNone, true // a code: "M3", "F-16", "P2P"
	case gazetteer.IsAcronym(w) && len(w) > 1 && (len(w) < 3 || !sc.ordinary(t)):
		return briefing.KindOrganisation, cueWeak, true // not a word in capitals ("DATE")
	case surnameShaped(w) || surnameEnding(w):
		return briefing.KindPerson, cueWeak, true // "McBride", "O'Hare", "Voronkova", "Robles"
	}
	return "", cueNone, false
}

// kindFromContext guesses the kind of ts[i:j] from the words around it (a
// verb said of people after it, a results table, a place noun before it),
// and last from the shape of a person's name.
func (sc *scanner) kindFromContext(i, j int) (string, int) {
	if kind, ok := sc.pronounKind(i, j); ok {
		return kind, cueWeak // "Scotland Yard said it would assess", "Nordbank raised its rates"
	}
	prev := sc.wordBefore(i)
	switch {
	case sc.tradeName(i, j):
		return briefing.KindOrganisation, cueWeak // "Northwind Turbines said", "Halden Foods": one person is no plural
	case prev == "at" && sc.workplace(i, j):
		return briefing.KindOrganisation, cueWeak // "directors at WorldCom", "jobs at MG Rover's plant"
	case prev == "for" && i > 1 && j-i > 1 && spokespersons[sc.ts[i-2].Lower] && !sc.g.FirstNames[sc.ts[i].Text]:
		return briefing.KindOrganisation, cueWeak // "a spokeswoman for Corvel Ameda said"; one word may be a surname
	case prev == "in" && i > 1 && holdingNouns[singular(sc.ts[i-2].Lower)] && !sc.surnameAlone(i, j):
		return briefing.KindOrganisation, cueWeak // "sold shares in Brenna Tolk"
	case prev == "from" && i > 1 && j-i > 1 && activists[sc.ts[i-2].Lower] && !sc.g.FirstNames[sc.ts[i].Text]:
		return briefing.KindOrganisation, cueWeak // "campaigners from River Action": those who act for a body come from it
	case prev == "of" && sc.stateNounBeforeOf(i):
		return briefing.KindCountry, cueStrong // "the Pacific island state of Tavuru", "the tiny nation of Nauru"
	case prev == "in" && i > 1 && j-i == 1 && nationalBodies[sc.ts[i-2].Lower]:
		return briefing.KindCountry, cueWeak // "the main opposition party in Lantaria": a state's politics
	case sc.regionAfterThe(i, j), sc.ownersSite(i, j), sc.placeNounBefore(i):
		return briefing.KindPlace, cueWeak // "unions in the Midlands said", "its Eastfield plant", "the mayor of Velliers said"
	case sc.teamTakesPlural(i, j):
		return briefing.KindOrganisation, cueStrong // "Thornfield Knights have been docked 10 points": one person takes no plural
	case sc.officerAfter(i, j):
		return briefing.KindOrganisation, cueWeak // "Ryanair boss Michael O'Leary": a body's officer named after it
	case sc.bareSayer(i, j):
		return "", cueWeak // a name that speaks, of no kind yet: a person's surname joins the full name, else a body (defaultKind)
	case sc.personCueAfter(j) && !sc.whoOfNounBefore(i, j) && !(prev == "the" && !sc.g.FirstNames[sc.ts[i].Text]):
		return briefing.KindPerson, cueWeak // not "the Scottish Greens said": a person's name takes no article
	case sc.team(i, j):
		return briefing.KindOrganisation, cueWeak // a team in a results table: "Grimsby 4 0 1"
	case movedBefore[prev] && sc.shortNameShaped(i, j):
		return briefing.KindPerson, cueWeak // "talked to Avner Tzadok"
	case placeBefore[prev] || sc.countryAfter(j) || sc.listedIn(i) || sc.saintsPlace(i, j):
		return briefing.KindPlace, cueWeak
	case prev == "the" && !sc.g.FirstNames[sc.ts[i].Text]:
		return "", cueNone // "the Magna Carta", "the Sony Betamax case": a person's name takes no article
	case sc.shortNameShaped(i, j), j-i == 1 && sc.g.FirstNames[sc.ts[i].Text]:
		return briefing.KindPerson, cueWeak
	}
	return "", cueNone
}

// nationalBodies are the sides of a state's politics; the one-word name
// after "in" that they stand in is a state ("the main opposition party in
// Lantaria"). A parliament or a government "in" a name sits in its
// capital ("the government in Maranga").
var nationalBodies = text.SetOf("party", "parties", "opposition")

// activists are people who come from the body they act for
// ("campaigners from River Action", "volunteers from Harbour Aid").
var activists = text.SetOf("campaigners", "activists", "volunteers", "organisers", "organizers", "representatives",
	"protesters", "members")

// stateNounBeforeOf reports whether the name at token i, after "of",
// follows a word for a sovereign state: "nation", "country", "kingdom",
// "republic", "emirate", or "state" after "island" ("the Pacific island
// state of Tavuru"), not a federal one ("the state of Ondara", "the German
// state of Hessen", "Frankfurt's state of Hessen").
func (sc *scanner) stateNounBeforeOf(i int) bool {
	if i < 2 {
		return false
	}
	n := sc.ts[i-2].Lower
	if sovereignNouns[n] {
		return true
	}
	return n == "state" && i >= 3 && sc.ts[i-3].Lower == "island"
}

// sovereignNouns name a state before "of" and its name.
var sovereignNouns = text.SetOf("nation", "country", "kingdom", "republic", "emirate", "sultanate", "principality")

// workplace reports whether the name ts[i:j], after "at", is where people
// work rather than a place: it owns what follows ("at MG Rover's plant"),
// or people who serve or work come before "at" ("directors at WorldCom",
// "an analyst at Vestby Capital") and no noun follows the name.
func (sc *scanner) workplace(i, j int) bool {
	ts := sc.ts
	if ts[j-1].Poss {
		return true
	}
	if i < 2 || !ts[i-2].Word || ts[i-2].Cap && !sc.sentenceStart(i-2) || j < len(ts) && ts[j].Word && !ts[j].Cap && !verbAfterName(ts[j].Lower) {
		return false
	}
	w := ts[i-2].Lower
	return collectives[strings.TrimSuffix(w, "s")] || officeNouns[w] || jobNouns[w] || jobNouns[strings.TrimSuffix(w, "s")]
}

// jobNouns are what people have at a workplace ("jobs at Halvard").
var jobNouns = text.SetOf("jobs", "job", "staff", "workforce", "employees", "analyst", "economist", "strategist")

// verbAfterName reports whether a lower-case word after a name starts the
// clause's verb rather than a noun the name qualifies ("at WorldCom have
// agreed", "analysts at Nordbank expect", not "at Longbridge plant").
func verbAfterName(w string) bool {
	return auxiliaries[w] || judgementVerbs[w]
}

// judgementVerbs are what people at a workplace say they expect or think,
// in the present and the past.
var judgementVerbs = text.SetOf("expect", "expected", "believe", "believed", "think", "thought", "estimate",
	"estimated", "predict", "predicted", "forecast", "warn", "warned", "say", "told", "noted", "added")

// auxiliaries are the auxiliary and modal verbs.
var auxiliaries = text.SetOf("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
	"may", "might", "must", "shall", "should", "did", "does", "do", "said", "says")

// wordBefore returns the word before token i in lower case, or "" when
// none stands there.
func (sc *scanner) wordBefore(i int) string {
	if i > 0 && sc.ts[i-1].Word {
		return strings.ToLower(sc.ts[i-1].Text)
	}
	return ""
}

// personCueAfter reports whether what follows the name ending at j marks a
// person: a word said of people ("said"), or a comma and an age or an
// office ("Ana Ruiz, managing director, said").
func (sc *scanner) personCueAfter(j int) bool {
	ts := sc.ts
	next := ""
	if j < len(ts) {
		next = strings.ToLower(ts[j].Text)
	}
	return personAfter[next] || (next == "," && j+1 < len(ts) && (isNumber(ts[j+1].Text) || sc.officeAt(j+1)))
}

// bareSayer reports whether ts[i:j] is one word, no given name, that a
// verb of saying follows, alone or with a name joined by "and" ("Google
// said", "Tesco told reporters", "Toyota and Samsung said"): a body
// says as much as a person does, and a news text names a person in full
// before it names them by a surname alone (see mergeShortNames).
func (sc *scanner) bareSayer(i, j int) bool {
	if j-i != 1 || j >= len(sc.ts) || sc.g.FirstNames[sc.ts[i].Text] {
		return false
	}
	if sc.ts[j].Lower == "and" { // "Toyota and Samsung said": both say
		for k := j + 1; k < len(sc.ts) && k <= j+3 && sc.ts[k].Cap; k++ {
			if k+1 < len(sc.ts) && sayingAfter(sc.ts[k+1].Lower) {
				return true
			}
		}
		return false
	}
	return sayingAfter(sc.ts[j].Lower)
}

// sayingAfter reports whether a lower-cased word after a name is a verb of
// saying (see personAfter), not "who".
func sayingAfter(w string) bool {
	return w != "who" && personAfter[w]
}

// officerAfter reports whether ts[i:j] is a name of at most three words
// that opens with no given name, or one word that is no ordinary word,
// before the office of a body's officer and a name ("Ryanair boss
// Michael O'Leary", "Tesco chief executive Ken Murphy", "Deutsche Bahn
// chief executive Richard Lutz").
func (sc *scanner) officerAfter(i, j int) bool {
	if j-i < 1 || j-i > 3 || sc.g.FirstNames[sc.ts[i].Text] || j-i == 1 && sc.ordinary(sc.ts[i]) || sc.ts[j-1].Poss {
		return false
	}
	e := j
	for e < len(sc.ts) && e < j+2 && bodyOfficers[sc.ts[e].Lower] {
		e++
	}
	return e > j && e < len(sc.ts) && sc.ts[e].Cap && sc.ts[e].Word
}

// bodyOfficers are the offices of those who run or speak for a body.
var bodyOfficers = text.SetOf("boss", "chief", "executive", "chairman", "chairwoman", "founder", "co-founder",
	"spokesman", "spokeswoman", "spokesperson", "owner")

// teamTakesPlural reports whether ts[i:j], a name of several words that
// ends in a plural as a team's does, is the subject of a plural verb
// ("Thornfield Knights have been docked", "Riverside Rovers are"): one
// person takes a singular verb. A name after "and" or a comma may close
// a list of people who together take the plural ("Tom Roberts and Ann
// Evans have").
func (sc *scanner) teamTakesPlural(i, j int) bool {
	if j-i < 2 || j >= len(sc.ts) || !teamName(sc.ts[j-1].Text) && !text.ClubEnds[sc.ts[j-1].Text] || sc.ts[j-1].Poss || !pluralVerbs[sc.ts[j].Lower] {
		return false
	}
	return i == 0 || !listJoints[sc.ts[i-1].Lower]
}

// pluralVerbs are the forms of "be" and "have" a plural subject takes.
var pluralVerbs = text.SetOf("have", "are", "were", "'ve", "'re")

// listJoints join the last name of a list to the one before it.
var listJoints = text.SetOf("and", "&", ",", "or", "nor")

// whoOfNounBefore reports whether a "who" after the name ts[i:j] opens a
// clause on the noun before the preposition of place that stands before
// the name ("the passengers at Huddersfield who paid", "families in
// Kelderby who lost homes"), or on the person a comma's aside says is
// from a place of one word ("Teresa Alvarado, a nurse from Ferndale who
// filed"): the name is where they are or come from, not a person.
func (sc *scanner) whoOfNounBefore(i, j int) bool {
	ts := sc.ts
	if j >= len(ts) || ts[j].Lower != "who" && ts[j].Lower != "whose" || i < 2 {
		return false
	}
	before := ts[i-2]
	if ts[i-1].Lower == "from" {
		return j-i == 1 && i >= 4 && ts[i-4].Text == "," && (ts[i-3].Lower == "a" || ts[i-3].Lower == "an") && !before.Cap &&
			peopleWord(before.Lower+"s") && !sc.g.FirstNames[ts[i].Text] // "Teresa Alvarado, a nurse from Ferndale who filed"
	}
	if !wherePrepositions[ts[i-1].Lower] {
		return false
	}
	return before.Word && (!before.Cap || sc.sentenceStart(i-2) && sc.common(before)) && !auxiliaries[before.Lower] && !text.StopWords[before.Lower]
}

// wherePrepositions say where people are ("at", "in").
var wherePrepositions = text.SetOf("at", "in", "near", "inside", "outside")

// officeAt reports whether an office without a name after it starts at
// token k: an optional determiner, then at most three words the last of
// which is an office noun ("managing director,", "a spokesman for"), not
// one that a verb of saying follows, which is the subject of its own clause.
func (sc *scanner) officeAt(k int) bool {
	ts := sc.ts
	if k < len(ts) && (ts[k].Lower == "a" || ts[k].Lower == "an" || ts[k].Lower == "the") {
		k++
	}
	for e := k; e < len(ts) && e < k+3 && ts[e].Word; e++ {
		if officeNouns[ts[e].Lower] {
			for e+1 < len(ts) && officeNouns[ts[e+1].Lower] {
				e++ // "chief executive"
			}
			return e+1 == len(ts) || !ts[e+1].Cap && !sayingAfter(ts[e+1].Lower) // "in Belem, the president said": the office speaks, the name is no apposition
		}
	}
	return false
}

// shortNameShaped reports whether ts[i:j] is two to four words shaped like
// a person's name.
func (sc *scanner) shortNameShaped(i, j int) bool {
	words := j - i
	return words > 1 && words < 5 && sc.nameShaped(sc.ts[i:j])
}

// startsWithCity reports whether ts[i:j] starts with the name of a city or
// region and goes on after it (not a country, whose names are also given
// names: "Chad", "Jordan").
func (sc *scanner) startsWithCity(i, j int) bool {
	k, r, ok := sc.longestEntity(i, i+1)
	if !ok || k >= j || r.How == gazetteer.RefDemonym {
		return false
	}
	return r.How == gazetteer.RefCapital || sc.g.Entities[r.Entity].Kind == briefing.KindPlace
}

// holds reports whether one of the tokens ts[i:j] is written w.
func (sc *scanner) holds(i, j int, w string) bool {
	for k := i; k < j; k++ {
		if sc.ts[k].Text == w {
			return true
		}
	}
	return false
}

// teamName reports whether a word after a place's name makes a sports
// team's name: a capitalised plural ("Herons", "Comets").
func teamName(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !gazetteer.IsAcronym(w)
}

// regnal are the numbers after a monarch's or pope's name.
var regnal = text.SetOf("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XII", "XIII", "XIV", "XV", "XVI")

// particles are the capitalised words that start or join a person's
// surname ("Van Moer", "De Bilde", "Von Weizsaecker").
var particles = text.SetOf("Van", "Von", "De", "Di", "Da", "Dos", "Ter", "Ten", "Bin", "Ibn")

// particleName reports whether ts[i:j] is a person's name holding a
// surname particle: the particle is followed by a capitalised word that is
// not ordinary, and no word is an organisation or place word.
func (sc *scanner) particleName(i, j int) bool {
	ts := sc.ts
	found := false
	for k := i; k < j-1; k++ {
		if particles[ts[k].Text] || connectors[ts[k].Text] && !placeConnectors[ts[k].Text] {
			found = found || ts[k+1].Cap && !sc.ordinary(ts[k+1])
		}
	}
	if !found || sc.g.OrgWords[ts[j-1].Text] || placeWords[ts[j-1].Text] {
		return false
	}
	return !sc.holdsPlace(i, j)
}

// surnameShaped reports whether w is shaped like a Gaelic surname or an
// Arabic one: "McBride", "MacLeod", "O'Hare", "al-Mansouri".
func surnameShaped(w string) bool {
	if articleName(w) {
		return true // "al-Mansouri"
	}
	for _, p := range []string{"Mc", "Mac", "O'", "O’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && text.FirstRuneUpper(rest) {
			return true
		}
	}
	return false
}

// surnameEndings end surnames in many languages and few other names.
var surnameEndings = []string{"ov", "ova", "ev", "eva", "enko", "sky", "ski", "skiy", "escu", "opoulos", "sson",
	"vich", "shvili", "dze", "ez", "chuk", "yan"}

// surnameEnding reports whether w, a word of six letters or more, ends like
// a surname ("Ekimov", "Andersson", "Gomez").
func surnameEnding(w string) bool {
	if len(w) < 6 || gazetteer.IsAcronym(w) {
		return false
	}
	for _, e := range surnameEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// directions start place names made from another place: "East Jerusalem".
var directions = text.SetOf("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
	"Upper", "Lower", "Greater", "Old", "Arab", "Inner", "Outer")

// placeOpeners open the names of places, and so of the bodies named after
// them ("Port Leven", "Mount Kenya", "Cape Town", "Lake Ilema").
var placeOpeners = text.SetOf("Port", "Mount", "Cape", "Lake", "Fort")

// placeNouns are nouns that introduce a place's name: "the town of X",
// "the northern city of X".
var placeNouns = text.SetOf("town", "city", "village", "province", "region", "capital", "port", "state", "district",
	"island", "county", "suburb", "area", "border", "outskirts", "neighbourhood", "neighborhood")

// placeNounBefore reports whether "NOUN of" or "NOUN" from placeNouns
// stands right before token i.
func (sc *scanner) placeNounBefore(i int) bool {
	ts := sc.ts
	if o := sc.listOpening(i); o >= 2 && ts[o-1].Text == "of" && (placeNouns[ts[o-2].Text] || placeNouns[singular(ts[o-2].Text)] || townOffices[singular(ts[o-2].Lower)]) {
		return true // "the city of Tarvin", "the provinces of Dara and Keshet", "the mayors of Port Amara, Velliers and Rio Claro"
	}
	return i >= 1 && placeNouns[ts[i-1].Text] && i >= 2 && ts[i-2].Word && !ts[i-2].Cap
}

// townOffices are the offices and people of a town that an "of" phrase
// names the town of ("the mayor of Velliers", "residents of Dunhaven",
// "the people of Ano Vrysi, Lefkochori and Pyrgaki").
var townOffices = text.SetOf("mayor", "mayoress", "burgomaster", "resident", "inhabitant", "people", "villager")

// listOpening returns the first token of the list of names that the name
// starting at token i closes or continues after a comma or "and" ("of Port
// Amara, Velliers, Santa Lucía del Mar and Rio Claro"), or i when it
// follows no name so.
func (sc *scanner) listOpening(i int) int {
	ts := sc.ts
	start := i
	for k := start - 1; k > 1 && (ts[k].Text == "," || ts[k].Text == "and"); k = start - 1 {
		if ts[k].Text == "and" && ts[k-1].Text == "," {
			k--
		}
		b := k
		for b > 0 && ts[b-1].Word && (ts[b-1].Cap || connectors[ts[b-1].Text] && ts[b-1].Text != "of" && b > 1 && ts[b-2].Cap) {
			b--
		}
		if b == k {
			break
		}
		start = b
	}
	return start
}

// listedIn reports whether the name at token i continues a list of
// names opened by "in", "near", "across", "throughout" or "at" ("homes in Ano Vrysi, Lefkochori
// and Pyrgaki", "the crossings at Aflao, Kpoglu and Batoumé"): the names
// after the first are places as it is, unless "at" follows those who
// work ("analysts at Halvard, Brenner and Vestby").
func (sc *scanner) listedIn(i int) bool {
	o := sc.listOpening(i)
	switch sc.wordBefore(o) {
	case "in", "near", "across", "throughout":
		return o < i
	case "at":
		return o < i && !sc.workplace(o, o+1)
	}
	return false
}

// countryAfter reports whether ", COUNTRY" follows the name ending at j
// ("Khasavyurt, Russia"), the country not the subject of the clause that
// comes next ("by his counterpart Sigrun Olafsdottir, Iceland will take").
func (sc *scanner) countryAfter(j int) bool {
	ts := sc.ts
	if j+1 >= len(ts) || ts[j].Text != "," || !ts[j+1].Cap {
		return false
	}
	r, ok := sc.g.Lookup(ts[j+1].Text)
	if !ok || r.How != gazetteer.RefName || sc.g.Entities[r.Entity].Kind != briefing.KindCountry {
		return false
	}
	s, k, ok := sc.d.wordOf(ts[j+1])
	return !ok || !strings.HasPrefix(s.Words[k].Rel, "nsubj")
}

// holdsPlace reports whether one of the words ts[i:j] is a country, capital
// or place.
func (sc *scanner) holdsPlace(i, j int) bool {
	for k := i; k < j; k++ {
		if r, ok := sc.g.Lookup(sc.ts[k].Text); ok && r.How != gazetteer.RefDemonym && sc.g.Entities[r.Entity].Kind != briefing.KindOrganisation {
			return true
		}
	}
	return false
}

// countryWord reports whether the word at token i names a country.
func (sc *scanner) countryWord(i int) bool {
	r, ok := sc.g.Lookup(sc.ts[i].Text)
	return ok && r.How != gazetteer.RefDemonym && sc.g.Entities[r.Entity].Kind == briefing.KindCountry
}

// hasInitial reports whether one of the words is an initial ("J.").
func hasInitial(ts []doc.Token) bool {
	for _, t := range ts {
		if text.IsInitial(t.Text) {
			return true
		}
	}
	return false
}

// nameShaped reports whether every word looks like part of a person's name:
// capitalised, not an ordinary word, no digits, not all capitals.
func (sc *scanner) nameShaped(ts []doc.Token) bool {
	for _, t := range ts {
		if !t.Cap || strings.ContainsFunc(t.Text, unicode.IsDigit) || (len(t.Text) > 1 && gazetteer.IsAcronym(t.Text) && !text.IsInitial(t.Text)) {
			return false
		}
		if connectors[t.Text] {
			continue
		}
		if sc.ordinary(t) && !sc.g.FirstNames[t.Text] {
			return false
		}
	}
	return true
}

// isScore reports whether s is a number or a score ("4", "3-1", "296").
func isScore(s string) bool {
	a, b, _ := strings.Cut(s, "-")
	return isNumber(a) && (b == "" || isNumber(b))
}

// isNumber reports whether s is written with digits only.
func isNumber(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// orgKindBefore reports whether the word right before token i is a common
// noun naming a kind of organisation ("company", "bank", "suitor",
// "carmaker"): the name after it is that organisation's, not a person's,
// unless the noun is also a person's trade and the name opens with a first
// name ("executive producer Dominic Hale").
func (sc *scanner) orgKindBefore(i int) bool {
	if i == 0 || !sc.ts[i-1].Word || sc.ts[i-1].Cap {
		return false
	}
	return orgKinds[sc.ts[i-1].Lower] && !(personTrades[sc.ts[i-1].Lower] && sc.g.FirstNames[sc.ts[i].Text])
}

// tradeBefore reports whether the word right before token i names a trade
// (see tradeKinds), or is the plural of a trade or an office, which no one
// person holds ("brokers ING", "analysts Ovum"), and the name at i does
// not start with a first name ("council members Angela Ruiz and Tom
// Becker"). After the plural of an office of state, only a name of one
// word is a body's: such offices are held by people, whose names have two
// words ("fisheries ministers Annelie Brandt of Haldoria and …"), where
// firms are named after analysts or brokers ("analysts Capital
// Economics").
func (sc *scanner) tradeBefore(i, j int) bool {
	if i == 0 || !sc.ts[i-1].Word || sc.ts[i-1].Cap || sc.g.FirstNames[sc.ts[i].Text] {
		return false
	}
	w := sc.ts[i-1].Lower
	one, plural := strings.CutSuffix(w, "s")
	return tradeKinds[w] || plural && (tradeKinds[one] || officeNouns[one] && (j-i == 1 || !stateOffices[one]))
}

// stateOffices are offices of state that only people hold.
var stateOffices = text.SetOf("minister", "secretary", "president", "senator", "governor", "mayor", "ambassador", "envoy",
	"commissioner", "premier", "chancellor", "judge")

// orgKindAfter reports whether the name ending at token j is followed by
// an apposition calling it a kind of organisation: a comma, an optional
// determiner or possessive, at most three lower-case words ending in a
// noun from orgKinds or publicBodies, then a comma or the end ("Unison,
// the public sector union, said", "Halvard, a Danish shipping firm,",
// "Climate Reckoning, a coalition of 300 NGOs,").
func (sc *scanner) orgKindAfter(j int) bool {
	ts := sc.ts
	if j+2 >= len(ts) || ts[j].Text != "," {
		return false
	}
	k := j + 1
	if determiners[ts[k].Lower] {
		k++
	}
	for e := k; e < len(ts) && e < k+4 && ts[e].Word && (!ts[e].Cap || e == k && isDemonymToken(sc, e)); e++ {
		if text.StopWords[ts[e].Lower] {
			return false // ", joins me in studio": a clause, no apposition
		}
		if orgKinds[ts[e].Lower] || publicBodies[ts[e].Lower] {
			return e+1 == len(ts) || closers[ts[e+1].Text] || describesAfter(ts[e+1])
		}
	}
	return false
}

// describesAfter reports whether token t opens what an apposed noun is
// told by: a participle or a relative or "of"/"for"/"with" phrase ("Cosla,
// the body representing councils,", "Unison, the union for health
// workers,").
func describesAfter(t doc.Token) bool {
	return t.Word && !t.Cap && (strings.HasSuffix(t.Lower, "ing") || apposedTails[t.Lower])
}

// apposedTails are the words that go on an apposed noun.
var apposedTails = text.SetOf("which", "that", "of", "for", "with")

// orgKindApposed reports whether the name ts[i:j] is set off by commas
// right after a common noun naming a kind of organisation, so that it
// names that organisation ("our national water company, Aguas de
// Valdemora, whatever …"). A name opening with a first name, or one after
// an office held at the organisation ("The chair of his National Union
// party, Helen Marsh", "ambassador to the agency, Dariush Kamali"), is a
// person's.
func (sc *scanner) orgKindApposed(i, j int) bool {
	ts := sc.ts
	if i < 2 || ts[i-1].Text != "," || !ts[i-2].Word || ts[i-2].Cap || !orgKinds[ts[i-2].Lower] || sc.g.FirstNames[ts[i].Text] {
		return false
	}
	k := i - 3
	for k >= 0 && ts[k].Word && !ts[k].Cap && !text.StopWords[ts[k].Lower] && !possessivePronouns[ts[k].Lower] {
		k-- // the kind's modifiers: "national water"
	}
	for k >= 0 && (ts[k].Cap || ts[k].Text == "'s" || ts[k].Text == "’s") {
		k-- // a possessor: "Norvessa's", "his National Union"
	}
	if k >= 0 && (determiners[ts[k].Lower] || possessivePronouns[ts[k].Lower]) {
		k-- // "our national water company"
	}
	if k >= 0 && text.StopWords[ts[k].Lower] {
		return false // "Iran's ambassador to the agency, Dariush Kamali": the body is another's
	}
	return j == len(ts) || closers[ts[j].Text]
}

// closers end an apposition.
var closers = text.SetOf(",", ".", ";", ")", "—", "–")

// determiners open the apposition after a name.
var determiners = text.SetOf("the", "a", "an", "its", "their")

// isDemonymToken reports whether token k is a country's demonym
// ("Danish").
func isDemonymToken(sc *scanner, k int) bool {
	r, ok := sc.lookup(sc.ts[k].Text)
	return ok && r.How == gazetteer.RefDemonym
}

// locativeBefore reports whether a preposition that says where a thing is
// ("in", "at", "near") stands right before token i.
func (sc *scanner) locativeBefore(i int) bool {
	w := sc.wordBefore(i)
	return placeBefore[w] && !movedBefore[w]
}

// surnameAlone reports whether ts[i:j] is one word that ends a person's
// name elsewhere in the text ("Ruiz" after "Ana Ruiz").
func (sc *scanner) surnameAlone(i, j int) bool {
	return j-i == 1 && sc.surnames[sc.ts[i].Text]
}

// regionAfterThe reports whether the name ts[i:j] follows "the" after a
// preposition of place and names an area or a site by its shape: a plural
// of one word ("across the Midlands", "in the Highlands"), or any name
// after a preposition that only places things ("outside the Dorval
// Hall", "near the Kessel Dam"). No person's name takes "the", and a body's
// after "in the" is rarely plural.
func (sc *scanner) regionAfterThe(i, j int) bool {
	if i < 2 || sc.ts[i-1].Lower != "the" || !sc.ts[i-2].Word {
		return false
	}
	w := sc.ts[i-2].Lower
	if siteBefore[w] {
		return true
	}
	return j-i == 1 && placeBefore[w] && !movedBefore[w] && w != "at" && teamName(sc.ts[i].Text)
}

// ownersSite reports whether the name ts[i:j] says where an owner's site
// is: an owner stands before it ("its", "the firm's", "Halvard's") and a
// noun for a site after it ("its Eastfield plant", "Halvard's Leeds
// office"), also across "and" ("its Daventry and Thurrock sites"). The
// owner is the body; the name only places its site.
func (sc *scanner) ownersSite(i, j int) bool {
	ts := sc.ts
	switch {
	case j+2 < len(ts) && ts[j].Text == "and" && ts[j+1].Cap && sc.siteNounAt(j+2): // "its Daventry and Thurrock sites"
		j += 2
	case i >= 3 && ts[i-1].Text == "and" && ts[i-2].Cap && sc.siteNounAt(j):
		i -= 2
	}
	if i == 0 || !sc.siteNounAt(j) {
		return false
	}
	before := ts[i-1]
	return before.Poss || ownerWords[before.Lower]
}

// siteNounAt reports whether token j is a lower-case noun for a site, in
// the singular or the plural ("plant", "sites").
func (sc *scanner) siteNounAt(j int) bool {
	if j >= len(sc.ts) || !sc.ts[j].Word || sc.ts[j].Cap {
		return false
	}
	w := sc.ts[j].Lower
	return siteNouns[w] || siteNouns[strings.TrimSuffix(w, "s")]
}

// ownerWords are the possessive determiners that stand for an owner.
var ownerWords = text.SetOf("its", "their", "his", "her", "our")

// siteBefore are the prepositions that place a thing beside or around a
// site or an area, never a body or a person.
var siteBefore = text.SetOf("outside", "inside", "near", "around", "throughout", "across", "beyond")

// nameWord reports whether token t may be a word of a name: capitalised,
// or a surname after an Arabic article (see articleName).
func nameWord(t doc.Token) bool {
	return t.Cap || articleName(t.Text) || elidedArticle(t.Text)
}

// articleName reports whether w is a name after an Arabic article joined
// by a hyphen ("al-Mansouri", "El-Sayed"): a part of a person's name even
// when written in lower case.
func articleName(w string) bool {
	rest, ok := afterArticle(w, nameArticles)
	return ok && !strings.Contains(rest, "-")
}

// afterArticle returns what follows in w one of the articles joined to a
// name, when it starts with a capital ("al-Mansouri": "Mansouri").
func afterArticle(w string, articles []string) (string, bool) {
	for _, a := range articles {
		if rest, ok := strings.CutPrefix(w, a); ok && text.FirstRuneUpper(rest) {
			return rest, true
		}
	}
	return "", false
}

// nameArticles are the Arabic articles that start surnames with a hyphen.
var nameArticles = []string{"al-", "Al-", "el-", "El-", "ad-", "ash-"}

// singular returns a regular plural noun in the singular ("provinces",
// "cities"), or the word unchanged.
func singular(w string) string {
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		return stem + "y"
	}
	return strings.TrimSuffix(w, "s")
}
