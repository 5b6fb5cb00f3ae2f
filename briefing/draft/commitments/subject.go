package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// clauseActors returns the words that head the actors of verb v: its
// subjects and the phrases coordinated with them, the "by" agent of a
// passive, or, for a verb with no subject of its own, the subject of the
// verb it completes or is coordinated with ("vowed to act, pledging to
// …"). passive is true when the subject of a passive is what was signed,
// not who signed it; inherited when the actors are another clause's, the
// clause of verb from. named reports whether a byte span names a party.
func clauseActors(s *syntax.Sentence, v int, named func(a, b int) bool) (actors []int, passive, inherited bool, from int) {
	if g := giver(s, v); g >= 0 { // "won a pledge from the Civic Union": the one who gave it
		return withConjuncts(s, []int{g}), false, false, v
	}
	k := v
	for steps := 0; k >= 0 && steps < 5; steps++ {
		if subj := s.ChildrenWith(k, "nsubj:pass"); k != v && len(subj) > 0 && text.RelIs(s.Words[v].Rel, "conj") && !passiveVerb(s, v) {
			return withConjuncts(s, subj), false, inherited, k // "The contract was approved by the council and will start in 2029": the contract starts
		}
		if agent := agentOf(s, k); len(agent) > 0 {
			return agent, false, inherited, k
		}
		if text.RelIs(s.Words[k].Rel, "acl:relcl") && hasChildLemma(s, k, relativePronouns, "nsubj") && !complementizerThat(s, k) &&
			!(k == v && passiveVerb(s, v)) { // "a dividend, which … will be paid on 29 May": what is paid, not who pays
			noun := relativeHead(s, k)
			if n := nameBeforeWhich(s, k, noun); n >= 0 {
				noun = n // "Lena Frisk, a portfolio manager at Alvkarleby Fonder, which declined": "which" stands for no person
			} else if text.RelIs(s.Words[noun].Rel, "appos") { // "Gazprom, the state firm which opted out"
				noun = s.Words[noun].Head
			}
			return withConjuncts(s, []int{noun}), false, false, k
		}
		if k == v && passiveVerb(s, v) && lemmaOf(s.Words[v]) != "commit" {
			if body := sentBy(s, v, named); body >= 0 { // "observers from the Council will be deployed"
				return []int{body}, false, false, k
			}
			return nil, true, false, k
		}
		if subj := s.ChildrenWith(k, "nsubj"); len(subj) > 0 && !timeSubject(s, k, subj) {
			if len(subj) > 1 && relativePronouns[lower(s.Words[subj[len(subj)-1]].Form)] {
				subj = subj[:len(subj)-1] // "Hummel's wife, Sharon, who was charged": the parser gave the verb both
			}
			if len(subj) > 1 && subj[0] > 0 && failingOpens(s, subj[0]-1) {
				subj = subj[1:] // "failing which the bloc would impose": the "which" is the demand, not who acts
			}
			if len(subj) > 1 && s.Words[subj[0]].Rel == "nsubj:outer" && firstChild(s, k, "cop") >= 0 {
				subj = subj[1:] // "My understanding is that ministers will accept": the clause's own subject acts
			}
			subj = withoutApposedConjunct(s, splitSubjects(s, subj, k), k)
			if before := beforeAdjunct(s, subj[0]); before >= 0 {
				subj[0] = before
			}
			if before := beforeTime(s, subj[0]); before >= 0 {
				subj[0] = before
			}
			if named := beforeDashes(s, subj[0], k); named >= 0 {
				subj[0] = named
			}
			if sayer := reporter(s, k, subj[0], named); sayer >= 0 {
				if lower(s.Words[subj[0]].Form) == "they" && s.Words[sayer].Head >= 0 {
					subj = s.ChildrenWith(s.Words[sayer].Head, "nsubj") // "Altamira Partners and Hanseong Energy announced that they have signed", two subjects read: both
				} else if before := beforeTime(s, sayer); before >= 0 {
					subj = []int{before} // "Brightwing Airways today confirmed the compensation it will pay"
				} else {
					subj = []int{sayer}
				}
			}
			return withConjuncts(s, subj), false, inherited, k
		}
		w := s.Words[k]
		if j := subjectedConjunct(s, k); j >= 0 { // "Marsh told them … and promised to": the one who told
			inherited = true
			k = j
			continue
		}
		if speechConjunct(s, k) { // "confirmed that Trump will speak and vowed that …": the speaker vowed
			inherited = true
			k = s.Words[w.Head].Head
			continue
		}
		switch {
		case text.RelIs(w.Rel, "xcomp"):
		case text.RelIs(w.Rel, "advcl") && finiteVerb(w) && misreadSubject(s, k) >= 0: // "was passed after the government | accepted"
			return []int{misreadSubject(s, k)}, false, false, k
		case text.RelIs(w.Rel, "conj") && !joined(s, k):
			if subj := misreadSubject(s, k); subj >= 0 { // "after the Authority | rejected": a clause misread as a phrase
				return []int{subj}, false, false, k
			}
			if before := wordBeforeVerbGroup(s, k); before >= 0 {
				if subj := describedSubject(s, before, k); subj >= 0 { // "A former mayor jailed for taking bribes | will appeal"
					return []int{subj}, false, false, k
				}
			}
			return nil, false, false, k // "hopes its policy will create": a complement misread as a conjunct
		case text.RelIs(w.Rel, "conj") || text.RelIs(w.Rel, "advcl") && (firstChild(s, k, "mark") < 0 || w.XPOS == "VBG"):
			if subj := strandedSubject(s, k); subj >= 0 { // "…, while Japan, which attended as a partner, promised to …"
				return withConjuncts(s, []int{subj}), false, false, k
			}
			inherited = true
		case k == v && w.XPOS == "VBG" && text.RelIs(w.Rel, "acl") && !text.RelIs(w.Rel, "acl:relcl") && w.Head >= 0 && hasChildLemma(s, w.Head, WordSet("with"), "case"):
			return withConjuncts(s, []int{w.Head}), false, false, k // "…, with the two sides agreeing to deepen cooperation": the absolute clause's noun acts
		case k == v && w.XPOS == "VBN" && text.RelIs(w.Rel, "acl") && !text.RelIs(w.Rel, "acl:relcl"):
			return nil, true, false, k // "the price agreed was lower": what was agreed, not who agreed it
		default:
			return leftSubject(s, k), false, false, k
		}
		k = w.Head
	}
	return nil, false, false, v
}

// sentBy returns the body that the subject of passive verb v comes from
// ("a mission of 200 observers from the Council of Northern States will
// be deployed": the Council deploys its own mission), or -1.
func sentBy(s *syntax.Sentence, v int, named func(a, b int) bool) int {
	subj := firstChild(s, v, "nsubj:pass")
	if subj < 0 {
		subj = nounBefore(s, v) // "…, and a mission of observers from X will be deployed": the subject hung elsewhere
	}
	if subj < 0 {
		return -1
	}
	first, last := s.Subtree(subj)
	for k := first; k <= last; k++ {
		if k != subj && text.RelIs(s.Words[k].Rel, "nmod") && hasChildLemma(s, k, WordSet("from"), "case") && namesParty(s, k, named) {
			return k
		}
	}
	return -1
}

// nounBefore returns the head of the noun phrase that ends right before
// verb v's auxiliaries, climbing from its last word through the phrases
// it modifies, or -1.
func nounBefore(s *syntax.Sentence, v int) int {
	k := v - 1
	for k >= 0 && s.Words[k].Head == v && text.RelIs(s.Words[k].Rel, "aux", "advmod") {
		k--
	}
	if k < 0 || s.Words[k].UPOS != "NOUN" && s.Words[k].UPOS != "PROPN" {
		return -1
	}
	for h := s.Words[k].Head; h >= 0 && h < k && text.RelIs(s.Words[k].Rel, "nmod", "flat", "compound"); h = s.Words[k].Head {
		k = h
	}
	return k
}

// joined reports whether conjunct k is joined to the one before by a
// conjunction or a punctuation mark before it.
func joined(s *syntax.Sentence, k int) bool {
	for _, c := range s.ChildrenWith(k, "cc", "punct") {
		if c < k {
			return true
		}
	}
	return false
}

// misreadSubject returns the subject of conjunct k that the parser read
// as a phrase after a conjunction of time or cause ("walked out after the
// Authority rejected the offer": "after the Authority" an adjunct), or -1.
func misreadSubject(s *syntax.Sentence, k int) int {
	prev := k - 1
	for prev >= 0 && s.Words[prev].UPOS == "PUNCT" && !s.Dominates(prev, k) {
		prev--
	}
	for prev >= 0 && s.Words[prev].Head >= 0 && s.Words[prev].Head < k && !s.Dominates(s.Words[prev].Head, k) &&
		!text.RelIs(s.Words[prev].Rel, "obl", "nmod") {
		prev = s.Words[prev].Head // up to the head of the phrase before k
	}
	if prev < 0 || !text.RelIs(s.Words[prev].Rel, "obl", "nmod") {
		return -1
	}
	if u := s.Words[prev].UPOS; u != "NOUN" && u != "PROPN" {
		return -1
	}
	if !hasChildLemma(s, prev, clauseConjunctions, "case", "mark") {
		return -1
	}
	return prev
}

// finiteVerb reports whether a verb is in the past or present tense, and
// so has a subject of its own.
func finiteVerb(w syntax.Word) bool {
	return w.XPOS == "VBD" || w.XPOS == "VBZ" || w.XPOS == "VBP"
}

// clauseConjunctions open a clause of time or cause.
var clauseConjunctions = WordSet("after before since until because while when as once")

// beforeAdjunct returns the real subject when the parser took a
// prepositional adjunct for it ("Ecuador on Tuesday vowed": "Tuesday"):
// the name or noun just before the preposition, or -1.
func beforeAdjunct(s *syntax.Sentence, subj int) int {
	c := firstChild(s, subj, "case")
	if c < 0 || c > subj || clauseConjunctions[lower(s.Words[c].Form)] {
		return -1 // "on Friday morning after their union | accepted": the subject of a clause the parser read as a phrase
	}
	k := c - 1
	if k < 0 {
		return -1
	}
	if u := s.Words[k].UPOS; u != "NOUN" && u != "PROPN" || timeWord(s.Words[k]) || dayParts[lower(s.Words[k].Lemma)] {
		return -1
	}
	for h := s.Words[k].Head; h >= 0 && h < c && text.RelIs(s.Words[k].Rel, "flat", "compound"); h = s.Words[k].Head {
		k = h
	}
	return k
}

// beforeTime returns the real subject when the parser took a phrase of
// time after it for the head of the subject ("Housing minister Rebecca
// Thorne last night threatened": "night"): the name or noun the time
// word was given as a modifier before it, or the name right before a bare
// time word, or -1.
func beforeTime(s *syntax.Sentence, subj int) int {
	if w := s.Words[subj]; !timeWord(w) && !dayParts[lower(w.Lemma)] {
		return -1
	}
	for _, k := range s.ChildrenWith(subj, "compound", "nmod", "nmod:desc") {
		if u := s.Words[k].UPOS; k < subj && (u == "PROPN" || u == "NOUN") && !timeWord(s.Words[k]) {
			return k
		}
	}
	if k := subj - 1; k >= 0 && s.Words[k].UPOS == "PROPN" && !timeWord(s.Words[k]) {
		for h := s.Words[k].Head; h >= 0 && h < k && text.RelIs(s.Words[k].Rel, "flat", "compound"); h = s.Words[k].Head {
			k = h
		}
		return k // "Brightwing Airways today confirmed", the name hung elsewhere
	}
	return -1
}

// dayParts are the parts of a day a phrase of time names ("last night").
var dayParts = WordSet("night morning evening afternoon")

// leftSubject is the subject of a finite verb v that the parser left
// without one: the noun phrase just before its verb group ("The call
// comes after Morocco and China agreed to …").
func leftSubject(s *syntax.Sentence, v int) []int {
	if x := s.Words[v].XPOS; x != "VBD" && x != "VBZ" && x != "VBP" && firstChild(s, v, "aux") < 0 {
		return nil
	}
	k := wordBeforeAdjuncts(s, v)
	if k < 0 {
		return nil
	}
	if f, h := s.Words[k].Form, s.Words[k].Head; (f == ")" || f == "," && h >= 0 && s.Words[h].UPOS == "PROPN") && h >= 0 && h < k {
		k = h // "Halvorsen Baltic Lines (HBL) today committed", "HBL, the ferry operator, today committed": the name before the aside
	} else if n := apposedName(s, k); f == "," && n >= 0 {
		k = n // the comma hung on the verb
	}
	if u := s.Words[k].UPOS; u != "NOUN" && u != "PROPN" && u != "PRON" {
		return nil
	}
	if before := beforeAdjunct(s, k); before >= 0 {
		k = before
	}
	for h := s.Words[k].Head; h >= 0 && h < v && text.RelIs(s.Words[k].Rel, "conj", "flat", "compound", "appos"); h = s.Words[k].Head {
		k = h
	}
	if subj := describedSubject(s, k, v); subj >= 0 {
		return withConjuncts(s, []int{subj})
	}
	return withConjuncts(s, []int{k})
}

// apposedName returns the name that the description ending right before
// the comma at c is in apposition to ("Halvorsen Baltic Lines (HBL), the
// short-sea container and ro-ro operator,"), or -1.
func apposedName(s *syntax.Sentence, c int) int {
	for k, steps := c-1, 0; k >= 0 && steps < len(s.Words); k, steps = s.Words[k].Head, steps+1 {
		if h := s.Words[k].Head; h < 0 || h >= c {
			return -1
		}
		if text.RelIs(s.Words[k].Rel, "appos") {
			if h := s.Words[k].Head; s.Words[h].UPOS == "PROPN" {
				return h
			}
			return -1
		}
	}
	return -1
}

// wordBeforeAdjuncts returns the last word before verb v that is none of
// its auxiliaries, adverbs or bare time phrases ("HBL today committed",
// "the board last week agreed"), or -1.
func wordBeforeAdjuncts(s *syntax.Sentence, v int) int {
	k := v - 1
	for k >= 0 {
		w := s.Words[k]
		switch {
		case w.Head == v && text.RelIs(w.Rel, "aux", "advmod", "cop") || w.UPOS == "ADV":
			k--
		case w.Head == v && (w.Rel == "obl:unmarked" || w.Rel == "obl:tmod"):
			first, _ := s.Subtree(k)
			k = first - 1
		default:
			return k
		}
	}
	return k
}

// describedSubject returns the subject of verb v when the noun k before it
// ends a participle phrase that describes that subject and the parser
// took the participle for the main verb ("A former minister convicted of
// fraud will appeal": the minister, not the fraud; "A former mayor jailed
// for taking bribes will appeal": the mayor), or -1.
func describedSubject(s *syntax.Sentence, k, v int) int {
	for h := s.Words[k].Head; h >= 0 && h < k; h = s.Words[h].Head {
		if x := s.Words[h].XPOS; x != "VBN" && x != "VBD" || !s.Dominates(h, v) {
			continue
		}
		if firstChild(s, h, "aux", "aux:pass", "obj") >= 0 || sayingVerb(s, h) {
			return -1
		}
		subj := firstChild(s, h, "nsubj")
		if subj < 0 {
			return -1
		}
		if _, last := s.Subtree(subj); last != h-1 {
			return -1 // the participle follows its noun phrase directly
		}
		return subj
	}
	return -1
}

// agentOf returns the agent of a passive verb: the phrase after "by" and
// those coordinated with it. Anyone of a kind who will carry out a
// measure ("every report will be reviewed by a senior officer"), with no
// name in the phrase, is no agent that commits to it.
func agentOf(s *syntax.Sentence, v int) []int {
	var out []int
	for _, k := range s.ChildrenWith(v, "obl") {
		if (s.Words[k].Rel == "obl:agent" || hasChildLemma(s, k, WordSet("by"), "case") && passiveVerb(s, v)) && !timeWord(s.Words[k]) &&
			!tallies[s.Words[k].Lemma] && !(modalOf(s, v) != "" && hasChildLemma(s, k, WordSet("a an any"), "det") && !namesSomeone(s, k)) {
			out = append(out, k)
		}
	}
	return withConjuncts(s, out)
}

// namesSomeone reports whether the phrase headed by word k holds a name.
func namesSomeone(s *syntax.Sentence, k int) bool {
	f, l := s.Subtree(k)
	for x := f; x <= l; x++ {
		if s.Words[x].UPOS == "PROPN" {
			return true
		}
	}
	return false
}

// untimed returns the phrases among ks that are not phrases of time: "an
// agreement by the end of November" is one made by then, not by the end.
func untimed(s *syntax.Sentence, ks []int) []int {
	var out []int
	for _, k := range ks {
		if !timeWord(s.Words[k]) {
			out = append(out, k)
		}
	}
	return out
}

// timeWord reports whether w heads a phrase of time, which after "by" is
// a deadline, not an agent ("promised new homes by 2028", "by the end of
// March").
func timeWord(w syntax.Word) bool {
	return w.UPOS == "NUM" || timeHeads[lower(w.Lemma)]
}

// timeHeads are nouns that head phrases of time.
var timeHeads = WordSet("end start beginning middle time deadline date year month week day weekend midnight noon " +
	"spring summer autumn winter january february march april may june july august september october november december " +
	"monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday")

// withConjuncts adds to heads the phrases coordinated with them ("Iran and
// Russia").
func withConjuncts(s *syntax.Sentence, heads []int) []int {
	out := append([]int(nil), heads...)
	for n := 0; n < len(out); n++ {
		conj := s.ChildrenWith(out[n], "conj")
		if !coordinated(s, conj) {
			continue
		}
		for _, k := range conj {
			if u := s.Words[k].UPOS; (u == "NOUN" || u == "PROPN" || u == "PRON") && !relativePronouns[lower(s.Words[k].Form)] {
				out = append(out, k) // not "who" of a relative clause the parser joined
			}
		}
	}
	return out
}

// coordinated reports whether conjuncts are joined by a conjunction
// ("Iran, Russia and China"); a conjunct with none is an apposition the
// parser misread ("the exchange, owner of Liffe,").
func coordinated(s *syntax.Sentence, conj []int) bool {
	for _, k := range conj {
		if firstChild(s, k, "cc") >= 0 {
			return true
		}
	}
	return false
}

// agentive reports whether the actors can commit to anything: a party
// (named reports whether a byte span holds one), a name, a personal
// pronoun, or a definite noun for an actor (the government, the company);
// "prices", "jobs" and "some countries" cannot.
func agentive(s *syntax.Sentence, actors []int, named func(a, b int) bool) bool {
	for _, h := range actors {
		w := s.Words[h]
		if hasChildLemma(s, h, quantifiers, "det", "amod", "nummod") && !distributive(s, h) {
			continue
		}
		first, last := phrase(s, h)
		if c := placeModifier(s, h); c >= 0 { // "the libraries on Oak Street will close": where they are, not who acts
			f, _ := s.Subtree(c)
			last = max(h, f-1)
		}
		if a, b := s.Bytes(first, last); named(a, b) {
			return true
		}
		switch {
		case providedService(s, h):
			continue // "the bus service will resume": what is run, not who runs it
		case w.UPOS == "PROPN", agentNouns[w.Lemma], athleteNouns[w.Lemma], ownedPerson(s, h) >= 0, w.UPOS == "NOUN" && bodyWord(lower(w.Lemma)),
			servingBody(s, h), // "the security services would review"
			personalOffices[w.Lemma] && firstChild(s, h, "nmod:poss") >= 0, // "the governor's office will review"
			quotedStaff(s, h),       // "“Our crews will plant the first trees”"
			lower(w.Form) == "each": // "each will open a consulate": each of a set named before
			return true
		case w.UPOS == "PRON":
			switch lower(w.Form) {
			case "i", "we", "you", "he", "she", "they", "it", "'ll", "its", "their", "our": // "its" owning what it will publish
				return true
			}
		}
		for _, k := range s.ChildrenWith(h, "compound", "flat") {
			if s.Words[k].UPOS == "PROPN" && !(w.UPOS == "NOUN" && operatedNouns[w.Lemma]) { // not "the Wexley site", a name of no party before a thing run
				return true
			}
		}
		for _, k := range s.ChildrenWith(h, "appos") {
			if f, l := phrase(s, k); s.Words[k].UPOS == "PROPN" && named(s.Bytes(f, l)) {
				return true // "A new Head of Recruitment, Ana Lindgren, will join": the one named beside the office
			}
		}
	}
	return false
}

// servingBody reports whether noun h is a public service named by what
// it does ("the security services", "the prison service"): a body that
// acts, not a service it provides ("the bus service will resume").
func servingBody(s *syntax.Sentence, h int) bool {
	return lower(s.Words[h].Lemma) == "service" && hasChildLemma(s, h, serviceKinds, "compound", "amod")
}

// providedService reports whether noun h is a service named by what it
// provides ("the bus service", "a new ferry service"), not a body.
func providedService(s *syntax.Sentence, h int) bool {
	return lower(s.Words[h].Lemma) == "service" && !servingBody(s, h) && firstChild(s, h, "compound", "amod") >= 0
}

// serviceKinds are the words that make a service a body of the state.
var serviceKinds = WordSet("security intelligence secret prison probation fire ambulance emergency border immigration " +
	"coastguard diplomatic civil customs")

// distributive reports whether subject h names, one by one or all
// together, a set the text has counted out ("each country", "each side",
// "all three governments"): the parties named before, not anyone at all.
func distributive(s *syntax.Sentence, h int) bool {
	if lower(s.Words[h].Form) == "each" || hasChildLemma(s, h, WordSet("each"), "det") {
		return true
	}
	return hasChildLemma(s, h, WordSet("all"), "det") && firstChild(s, h, "nummod") >= 0
}

// quantifiers make a subject no one in particular ("some countries", "no
// developing country", "any offer").
var quantifiers = WordSet("some no any many few several most every each neither either all")

// groupNouns are collectives that speak for themselves ("the family said
// they would sue").
var groupNouns = WordSet("family union protester campaigner resident worker parent victim group")

// bodyOwners are the possessives that stand for a body, not a person
// ("its leader"), unlike "his" and "her".
var bodyOwners = WordSet("its their")

// spokesNouns are people who speak for a body: what they say "it" will do
// the body does.
var spokesNouns = WordSet("spokesman spokeswoman spokesperson representative official director chief head " +
	"leader chairman chairwoman president secretary minister envoy negotiator")

// personName reports whether the name headed by word k is a person's by
// its form: a form of address in it ("Mr Pollard", "Dr Ana Ruiz") or a
// given name the gazetteer knows followed by more of the name ("Anna
// Berg").
func personName(s *syntax.Sentence, k int) bool {
	if s.Words[k].UPOS != "PROPN" {
		return false
	}
	first, last := phrase(s, k)
	for f := first; f <= last && f <= k+1; f++ {
		if addressForms[strings.TrimSuffix(s.Words[f].Form, ".")] {
			return true
		}
	}
	return gazetteer.Load().FirstNames[s.Words[k].Form] && len(s.ChildrenWith(k, "flat")) > 0
}

// addressForms are the forms of address written before a person's name.
var addressForms = WordSet("Mr Mrs Ms Miss Dr Sir Lord Lady Dame")

// unnamedSources are people who speak of someone else without being
// named: the "he" of their words is the one the text is about.
var unnamedSources = WordSet("source insider aide ally confidant friend adviser advisor")

// relativePronouns stand for the noun a relative clause describes.
var relativePronouns = WordSet("who which that")

// reporter returns the subject of the verb of saying whose complement verb
// v is, when v's own subject subj is a pronoun that stands for it ("the
// family said they would sue") and it names a party or a group, or -1.
func reporter(s *syntax.Sentence, v, subj int, named func(a, b int) bool) int {
	switch lower(s.Words[subj].Form) {
	case "he", "she", "it", "they":
	default:
		return -1
	}
	h := attributionVerb(s, v)
	if h < 0 || h > v && !institutional(s.Words[subj]) { // "He will resign, Smith said": he need not be Smith
		return -1
	}
	subjects := func(h int) []int { return namedFirst(s, s.ChildrenWith(h, "nsubj"), named) }
	for h >= 0 && firstChild(s, h, "nsubj") < 0 && text.RelIs(s.Words[h].Rel, "conj") {
		if k := conjunctSubject(s, h); k >= 0 { // "Britain pledged £900m, and Norway, the co-host, said it would give"
			subjects = func(int) []int { return []int{k} }
			break
		}
		h = s.Words[h].Head // "confirmed the decision and said it would": the subject of both
	}
	for _, k := range subjects(h) {
		if y := beforeRelative(s, k); y >= 0 {
			k = y // "Orbis, which is owned by the group Castrel, said it would": Orbis
		}
		if !institutional(s.Words[subj]) && unnamedSources[lower(s.Words[k].Lemma)] {
			return -1 // "A Treasury source said he remained committed": the one the source speaks of
		}
		if owner := firstChild(s, k, "nmod:poss"); owner >= 0 && !institutional(s.Words[subj]) && speakersFor[lower(s.Words[k].Lemma)] && s.Words[owner].UPOS != "PRON" {
			return -1 // "Morovets's employer said he would take weeks off": the one it speaks for (see sayersOwner)
		}
		if lower(s.Words[subj].Form) == "it" && (pluralCommonNoun(s, k) || personName(s, k)) {
			continue // "Councillors said it would", "Mr Pollard said it would": "it" is never a plural group or a person
		}
		if owner := firstChild(s, k, "nmod:poss"); owner >= 0 && institutional(s.Words[subj]) && spokesNouns[s.Words[k].Lemma] &&
			(s.Words[owner].UPOS != "PRON" || bodyOwners[lower(s.Words[owner].Form)]) {
			return owner // "The army's spokesman said it would": the army; "Its leader, Viktor Salas, said it would": what "its" stands for
		}
		if body := spokenForBody(s, k); body >= 0 && institutional(s.Words[subj]) {
			return body // "A spokeswoman for the union said it would": the union
		}
		first, last := phrase(s, k)
		if a, b := s.Bytes(first, last); named(a, b) || s.Words[k].UPOS == "NOUN" && (groupNouns[s.Words[k].Lemma] || singleNouns[s.Words[k].Lemma] != nil) {
			return k
		}
		if lower(s.Words[subj].Form) == "they" && capitalPlural(s.Words[k]) {
			return k // "The Conservatives, who won the most seats, said they would": a party the parties stage missed
		}
		if institutional(s.Words[subj]) && s.Words[k].UPOS == "PROPN" && !named(s.Words[k].Start, s.Words[h].Start) {
			return k // "Unison, which represents staff, said it would": a name the parties missed
		}
		if institutional(s.Words[subj]) && s.Words[k].UPOS == "NOUN" && bodyWord(s.Words[k].Lemma) &&
			!hasChildLemma(s, k, quantifiers, "det", "amod", "nummod") {
			return k // "Police said they would not remove protesters"; not "Government lawyers", who act for another
		}
		if s.Words[k].UPOS == "NOUN" && counsel[lower(s.Words[k].Lemma)] && (firstChild(s, k, "nmod:poss") >= 0 || forPhrase(s, k) >= 0) {
			return k // "Her lawyer, Miguel Sardinha, said they would": the lawyer for the client
		}
		for _, ap := range s.ChildrenWith(k, "appos") { // "Its owner, Harlow Estates, said it …"
			if f, l := phrase(s, ap); named(s.Bytes(f, l)) {
				return ap
			}
		}
	}
	return -1
}

// namedFirst puts the subjects that name a party before those that do
// not: of a description and a name the parser gave one verb as two
// subjects ("The pilots' union | BALPA said"), the name is who speaks.
func namedFirst(s *syntax.Sentence, subj []int, named func(a, b int) bool) []int {
	var names, rest []int
	for _, k := range subj {
		if f, l := phrase(s, k); named(s.Bytes(f, l)) {
			names = append(names, k)
		} else {
			rest = append(rest, k)
		}
	}
	return append(names, rest...)
}

// conjunctSubject returns the subject of conjunct verb v that the parser
// made a conjunct of the verb before, a name or noun between the two
// ("X committed €400m, and Norway, the co-host, said": "Norway"), or -1.
func conjunctSubject(s *syntax.Sentence, v int) int {
	h := s.Words[v].Head
	subj := -1
	for _, k := range s.ChildrenWith(h, "conj") {
		if u := s.Words[k].UPOS; k > h && k < v && (u == "PROPN" || u == "NOUN") && firstChild(s, k, "cc") >= 0 {
			subj = k
		}
	}
	return subj
}

// attributionVerb returns the verb of saying outside any quotation that
// reports clause v: one added after v or after the clause v is
// coordinated with, or after the quotation that holds v ("Season tickets
// will be frozen, the new owners said";
// "the list will be final, and will not be extended, he said"), or the
// verb whose complement v or a clause above it is ("the government
// announced that firms will be barred"); else -1.
func attributionVerb(s *syntax.Sentence, v int) int {
	for k, steps := v, 0; k >= 0 && steps < 3; k, steps = s.Words[k].Head, steps+1 {
		for _, c := range s.ChildrenWith(k, "parataxis", "advcl", "conj") {
			if c > v && sayingVerb(s, c) && firstChild(s, c, "mark") < 0 && (!text.RelIs(s.Words[c].Rel, "conj") || quotedWord(s, k)) {
				return c // a verb of saying after the quotation that the parser read as a conjunct ("…,\" said Ana Ruiz")
			}
		}
		if !text.RelIs(s.Words[k].Rel, "conj") {
			break
		}
	}
	for k, steps := v, 0; k >= 0 && steps < 3; k, steps = s.Words[k].Head, steps+1 {
		if w := s.Words[k]; w.Head >= 0 && text.RelIs(w.Rel, "ccomp") && sayingVerb(s, w.Head) {
			return w.Head
		}
	}
	return -1
}

// sayingVerb reports whether word k is a verb of saying outside any
// quotation.
func sayingVerb(s *syntax.Sentence, k int) bool {
	return text.ReportVerbs[s.Words[k].Lemma] && !quotedWord(s, k)
}

// capitalPlural reports whether w is a capitalised plural noun, the name
// of a party or a people ("the Conservatives", "the Greens").
func capitalPlural(w syntax.Word) bool {
	return (w.XPOS == "NNS" || w.XPOS == "NNPS") && w.Form != "" && w.Form[0] >= 'A' && w.Form[0] <= 'Z'
}

// institutional reports whether a pronoun stands for a body, not a person
// ("it", "they").
func institutional(w syntax.Word) bool {
	f := lower(w.Form)
	return f == "it" || f == "they"
}

// speechConjunct reports whether verb k, a verb of saying or promising
// with no subject of its own, was coordinated by the parser with the
// clause another such verb reports, when it more likely goes with that
// verb itself: "Pence confirmed that Trump is to speak and vowed that …"
// — both verbs in the same tense, Pence the one who vowed.
func speechConjunct(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	if w.Head < 0 || !text.RelIs(w.Rel, "conj") || !speechVerb(w) {
		return false
	}
	h := s.Words[w.Head]
	if h.Head < 0 || !text.RelIs(h.Rel, "ccomp") {
		return false
	}
	r := s.Words[h.Head]
	return speechVerb(r) && r.XPOS == w.XPOS
}

// speechVerb reports whether w is a verb of saying or of promising.
func speechVerb(w syntax.Word) bool {
	return w.UPOS == "VERB" && (text.ReportVerbs[w.Lemma] || commitVerbs[lemmaOf(w)] != (predicate{}))
}

// beforeDashes returns the name before a description set off by dashes
// that the parser took for the subject of verb v ("Federated - owner of
// Macy's and Bloomingdale's - will assume": "Macy"), or -1: the subject
// ends at a dash before its verb, and the word before the opening dash is
// a capitalised name.
func beforeDashes(s *syntax.Sentence, subj, v int) int {
	first, last := phrase(s, subj)
	closed := false
	for k := last + 1; k < v; k++ {
		closed = closed || dash(s.Words[k].Form)
	}
	if !closed {
		return -1
	}
	for k := first - 1; k > 0; k-- {
		if !dash(s.Words[k].Form) {
			continue
		}
		name := s.Words[k-1]
		if name.UPOS == "PUNCT" || !text.FirstRuneUpper(name.Form) {
			return -1
		}
		return k - 1
	}
	return -1
}

// beforeRelative returns the name that a relative clause set off by
// commas describes when the parser took the last name inside that clause
// for the subject ("Orbis, which is owned by the logistics group Castrel,
// said": "Castrel" the subject, "Orbis" hung under it), or -1: a name
// before subj, under it, heads a relative clause that ends right before
// subj's own words, with commas after the name and after subj.
func beforeRelative(s *syntax.Sentence, subj int) int {
	first := subj
	for first > 0 && s.Words[first-1].Head == subj && text.RelIs(s.Words[first-1].Rel, "compound", "flat", "det", "amod") {
		first-- // the name's own words
	}
	if subj+1 >= len(s.Words) || s.Words[subj+1].Form != "," {
		return -1
	}
	for y := 0; y+1 < first; y++ {
		if s.Words[y].UPOS != "PROPN" || s.Words[y+1].Form != "," || !s.Dominates(subj, y) {
			continue
		}
		for _, r := range s.ChildrenWith(y, "acl:relcl") {
			if _, last := s.Subtree(r); last+1 == first && hasChildLemma(s, r, relativePronouns, "nsubj") {
				return y
			}
		}
	}
	return -1
}

// dash reports whether a mark is a dash that sets off a phrase.
func dash(form string) bool { return form == "-" || form == "–" || form == "—" || form == "--" }

// pluralCommonNoun reports whether word k heads a plural phrase that is no
// name: a plural noun with no capitalised word before it in its phrase
// ("Councillors", "the residents"; not "Halden Foods").
func pluralCommonNoun(s *syntax.Sentence, k int) bool {
	if s.Words[k].XPOS != "NNS" {
		return false
	}
	first, _ := phrase(s, k)
	for j := first; j < k; j++ {
		if text.FirstRuneUpper(s.Words[j].Form) {
			return false
		}
	}
	return true
}

// spokenForBody returns the body that spokesman k speaks for, named
// after "for" or "of" ("a spokeswoman for the union"), or -1.
func spokenForBody(s *syntax.Sentence, k int) int {
	if !spokesNouns[s.Words[k].Lemma] {
		return -1
	}
	return forPhrase(s, k)
}

// forPhrase returns the phrase after noun k introduced by "for" or "of"
// ("a spokeswoman for the union", "lawyers for Mr Price"), or -1.
func forPhrase(s *syntax.Sentence, k int) int {
	for _, c := range s.ChildrenWith(k, "nmod") {
		if c > k && hasChildLemma(s, c, WordSet("for of"), "case") {
			return c
		}
	}
	return -1
}

// wordBeforeVerbGroup returns the word before verb v's auxiliaries, or -1.
func wordBeforeVerbGroup(s *syntax.Sentence, v int) int {
	k := v - 1
	for k >= 0 && s.Words[k].Head == v && text.RelIs(s.Words[k].Rel, "aux", "advmod") {
		k--
	}
	return k
}

// strandedSubject returns the subject of verb k, which has none, when the
// parser gave it to the verb of a relative clause that describes it and
// ends right before k: that verb (or predicate) then has two subjects, the name and the
// relative pronoun ("New Zealand said it would give $150m, while Japan,
// which attended as a partner, promised to consider a contribution":
// "attended" took "Japan", and "promised" is Japan's, not New Zealand's).
// It is -1 when no such verb stands before k.
func strandedSubject(s *syntax.Sentence, k int) int {
	for u := k - 1; u >= 0; u-- {
		subj := s.ChildrenWith(u, "nsubj")
		if len(subj) < 2 {
			continue
		}
		name, rel := subj[0], subj[len(subj)-1]
		if !relativePronouns[lower(s.Words[rel].Form)] || name >= rel || s.Dominates(u, k) {
			return -1
		}
		if pos := s.Words[name].UPOS; pos != "PROPN" && pos != "NOUN" {
			return -1
		}
		_, last := s.Subtree(u)
		for j := last + 1; j < k; j++ {
			if s.Words[j].UPOS != "PUNCT" {
				return -1
			}
		}
		return name
	}
	return -1
}

// withoutApposedConjunct drops from the subjects subj of verb v one that
// the parser split off the apposition of the subject before it: "Vestlink,
// a joint venture between Kanaal Vervoer and the bus company Holm Trafik,
// has committed …" read as two subjects, "Vestlink" and "company". The
// later one follows the apposition across an "and" that hangs on v, and
// a comma closes it before v.
func withoutApposedConjunct(s *syntax.Sentence, subj []int, v int) []int {
	if len(subj) != 2 {
		return subj
	}
	first, second := subj[0], subj[1]
	ap := firstChild(s, first, "appos")
	if ap < 0 || ap > second || s.Words[ap].UPOS != "NOUN" {
		return subj
	}
	_, apEnd := s.Subtree(ap)
	f, l := s.Subtree(second)
	cc := f - 1
	if cc != apEnd+1 || s.Words[cc].Head != v || !text.RelIs(s.Words[cc].Rel, "cc") {
		return subj
	}
	for j := l; j < v; j++ {
		if s.Words[j].Form == "," {
			return subj[:1]
		}
		if j > l && s.Words[j].Head != v {
			break
		}
	}
	return subj
}

// nameBeforeWhich returns the head of the name that ends right before the
// comma before the "which" opening relative clause k, when the parser hung
// the clause on noun, a description in apposition whose phrase holds that
// name ("a portfolio manager at Alvkarleby Fonder, which declined"), else
// -1: "which" stands for a thing or a body, the description for a person.
func nameBeforeWhich(s *syntax.Sentence, k, noun int) int {
	rel := firstChild(s, k, "nsubj")
	if rel < 3 || lower(s.Words[rel].Form) != "which" || s.Words[rel-1].Form != "," || !text.RelIs(s.Words[noun].Rel, "appos") {
		return -1
	}
	n := rel - 2
	if s.Words[n].UPOS != "PROPN" {
		return -1
	}
	for hd := s.Words[n].Head; hd >= 0 && text.RelIs(s.Words[n].Rel, "flat", "compound"); hd = s.Words[n].Head {
		n = hd
	}
	if n > noun && text.RelIs(s.Words[n].Rel, "nmod") && s.Words[n].Head == noun {
		return n
	}
	return -1
}
