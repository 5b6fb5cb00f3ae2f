package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// renderCommitment turns a found clause into a commitment record: actors
// and counterparties resolved to parties, the verb, action, dates, a
// one-line text made of the source's own words, and the clause's span.
func renderCommitment(d *doc.Document, r *actorResolver, ds []dates.Mark, c clause) briefing.Commitment {
	s := c.s
	c.last = quoteEnd(s, c)
	ps, anaphor := r.clauseParties(c)
	actors := r.names(r.reportedFor(c, ps)) // the text keeps naming the speaker alone
	if body := r.ledLocalBody(s, c.si, c.actors, ps); body != "" {
		actors = append(actors, body)
	}
	if len(actors) == 0 {
		anaphor = false
		actors = r.unnamedActors(s, c.si, c.actors)
	}
	start, end := s.Bytes(c.first, c.last)
	if start == s.Start {
		start += text.LeadDateline(d.Text[start:end]) // "SANTIAGO, 27 November 2026 - Chile and …"
	}
	vg := verbGroupStart(s, c)
	out := briefing.Commitment{
		Actors:         actors,
		Verb:           oneLine(d.Text[s.Words[vg].Start:s.Words[verbEnd(s, c)].End]),
		Status:         c.status,
		Counterparties: r.names(counterparties(r, c, ps)),
		Spans:          []briefing.Span{{Start: start, End: end}},
	}
	if a := hyphenedStart(s, c.action); a <= c.last {
		actionEnd := end
		if g := agentAfter(s, c.pred, a, c.actors); g > a {
			actionEnd = s.Words[g-1].End // "The pact was signed in Arusha by …": the signers are the actors
		}
		if k := relativeAside(s, a, c.last); k > a && s.Words[k-1].End < actionEnd {
			actionEnd = s.Words[k-1].End // "proposed a new product, which he says will save …": the product
		}
		out.Action = TrimLoneQuotes(oneLine(d.Text[s.Words[a].Start:actionEnd]))
		if c.status != briefing.StatusRefused && negated(s, c.pred) && a >= c.pred {
			out.Action = "not " + out.Action // "will not let the schedule slip", pledged: the act promised is a restraint
		}
	}
	body := oneLine(d.Text[start:end])
	if (anaphor || c.inherited || pronounSubject(s, c.verb) && !hasIndex(c.actors, firstChild(s, c.verb, "nsubj"))) && len(ps) > 0 &&
		!firstPersonActor(s, c.actors) {
		body = namedBody(d.Text, s, c, vg, r.names(ps))
	}
	if c.joinAt > 0 {
		out.Spans[0].Start = s.Words[c.joinAt].Start
		body = withoutGap(d.Text, s, c, body)
	}
	body = TrimLoneQuotes(strings.TrimRight(body, " ,;:."))
	var label string
	out.When, out.Deadline, label = commitmentTiming(d, ds, c, body, func(k int) (dates.Mark, bool) {
		return r.statementDate(d, ds, c, k, ps)
	}, func() (dates.Mark, bool) { return r.occasionDate(d, ds, c, ps) })
	if label != "" {
		body += " (" + label + ")"
	}
	out.Text = body + "."
	return out
}

// quoteEnd returns the last word of a clause spoken inside a quotation:
// the word before the closing quotation mark, so that the attribution
// after it ("“We will fight every redundancy,” its regional secretary,
// Mike Doyle, said") stays out of the commitment.
func quoteEnd(s *syntax.Sentence, c clause) int {
	if !quotedWord(s, c.verb) || openingQuote(s, c.verb) > c.first {
		return c.last // a few words quoted inside the clause: "it \"will not accept\" the offer"
	}
	for k := c.verb + 1; k <= c.last; k++ {
		switch s.Words[k].Form {
		case "\"", "''", "”":
			for k--; k > c.verb && s.Words[k].UPOS == "PUNCT"; k-- {
			}
			return k
		}
	}
	return c.last
}

// openingQuote returns the last quotation mark before word h, or -1.
func openingQuote(s *syntax.Sentence, h int) int {
	for k := h - 1; k >= 0; k-- {
		switch s.Words[k].Form {
		case "\"", "``", "“", "‘":
			return k
		}
	}
	return -1
}

// clauseParties resolves the actor phrases of a clause to parties, and
// reports whether any only referred to them.
func (r *actorResolver) clauseParties(c clause) (ps []int, anaphor bool) {
	if c.spoken { // "“Every dollar will be traceable,” said the minister": hers, for the government she speaks for
		a := c.s.Words[c.pred].Start
		return r.spokenForBy(r.speaker(c.s, c.si, a), c.s, c.si, a), false
	}
	if len(c.actors) == 0 {
		return c.given, false
	}
	if sub := firstChild(c.s, c.verb, "nsubj"); sub >= 0 && !hasIndex(c.actors, sub) {
		if ps, ok := r.represented(c.s, c.si, sub); ok { // "The association's president said controllers would keep working": not the president's own act
			return ps, false
		}
	}
	for _, h := range c.actors {
		got, ana := r.resolve(c.s, c.si, h)
		for _, p := range got {
			ps = appendPartyIdx(ps, p)
		}
		anaphor = anaphor || ana && len(got) > 0
	}
	if (c.measure || c.campaign) && len(ps) == 1 && r.d.Parties[ps[0]].Kind == briefing.KindPerson {
		if side, ok := r.sideOf(ps[0]); ok { // "Mr Chavez said Chinese firms would be allowed": Venezuela's measure; "Its general secretary, Ana Vidal, said the strike would be called off"
			return []int{side}, false
		}
	}
	return ps, anaphor
}

// firstPersonActor reports whether an actor is "we" or "I" (or "our",
// "my", or owned by them): the speaker's own words stay as they are, since a name in their
// place would not agree with the verb ("Fiona Laird are committed").
func firstPersonActor(s *syntax.Sentence, actors []int) bool {
	for _, h := range actors {
		switch lower(s.Words[h].Form) {
		case "we", "i", "our", "my", "us":
			return true
		}
		for _, k := range s.ChildrenWith(h, "nmod:poss") { // "our members will not accept it"
			if f := lower(s.Words[k].Form); f == "our" || f == "my" {
				return true
			}
		}
	}
	return false
}

// namedBody renders a clause whose actors were referred to ("the two
// countries", "it") or taken from another clause with the actors' names in
// place of the words that referred to them.
func namedBody(text string, s *syntax.Sentence, c clause, vg int, names []string) string {
	start, end := s.Bytes(c.first, c.last)
	join := strings.Join(names, " and ")
	verb := s.Words[vg].Start
	from, to := verb, verb
	owned := false
	for _, h := range c.actors { // the actor phrases before the verb, as one stretch: "He and his allies"
		f, l := phrase(s, h)
		k := ownerPronoun(s, h)
		if k >= 0 && len(c.actors) == 1 {
			f, l = k, k // "its observers": the body's observers
		}
		if a, b := s.Bytes(f, l); a >= start && b <= verb {
			owned = owned || k >= 0 && len(c.actors) == 1 // not a shared "its members" before the clause: "… and would tender their bonds"
			if from == to {
				from, to = a, b
			}
			from, to = min(from, a), max(to, b)
		}
	}
	for _, h := range c.actors { // else one after it
		f, l := phrase(s, h)
		if a, b := s.Bytes(f, l); from == to && a >= start && b <= end {
			from, to = a, b
		}
	}
	subject := false // the clause's own pronoun stands for the actor
	if k := firstChild(s, c.verb, "nsubj"); from == to && pronounSubject(s, c.verb) {
		if a, b := s.Bytes(k, k); a >= start && b <= verb {
			from, to, subject = a, b, true // "and that it would keep …": the party for "it"
		}
	}
	if from == to && !c.inherited {
		return oneLine(text[start:end]) // the actor stands outside the clause ("…, he said")
	}
	if c.owner || owned || !subject && len(c.actors) == 1 && s.Words[c.actors[0]].XPOS == "PRP$" { // "Its decision will be published"
		join = possessive(join)
	}
	rest := text[to:end]
	if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ";") {
		rest = " " + rest
	}
	return oneLine(text[start:from] + join + rest)
}

// withoutGap leaves out of a split conjunct's text the words between the
// shared subject and verb and its own infinitive: "agreed to plead guilty
// and to testify" reads "agreed to testify".
func withoutGap(text string, s *syntax.Sentence, c clause, body string) string {
	gap := oneLine(text[s.Words[c.lead].End:s.Words[c.joinAt].Start])
	if gap == "" {
		return body
	}
	return oneLine(strings.Replace(body, " "+gap+" ", " ", 1))
}

// possessive writes the owner form of a name: "Norway's", "Faroe
// Islands'".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// oneLine collapses white space to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// hyphenedStart returns the first word of the word at k written with
// hyphens, whose earlier parts the parse hangs on it ("fast" of
// "fast-track"), or k.
func hyphenedStart(s *syntax.Sentence, k int) int {
	for k >= 2 && s.Words[k-1].Form == "-" && s.Words[k-2].Head == k &&
		s.Words[k-1].Start == s.Words[k-2].End && s.Words[k].Start == s.Words[k-1].End {
		k -= 2
	}
	return k
}

// verbGroupStart returns the first word of the clause's verb group: the
// auxiliaries, negation and adverbs before its verb ("has not yet signed").
func verbGroupStart(s *syntax.Sentence, c clause) int {
	vg := c.verb
	lastActor := -1
	for _, h := range c.actors {
		if h < c.verb {
			_, l := phrase(s, h)
			lastActor = max(lastActor, l)
		}
	}
	for _, v := range []int{c.verb, c.pred} {
		for _, k := range s.ChildrenWith(v, "aux", "cop", "advmod", "mark") {
			if k < vg && k > lastActor && (!text.RelIs(s.Words[k].Rel, "mark") || lower(s.Words[k].Form) == "to") {
				vg = k
			}
		}
	}
	return vg
}

// verbEnd returns the last word of the verb: the action verb after a modal
// or "be to" ("will build", "is to end"), else the clause's verb.
func verbEnd(s *syntax.Sentence, c clause) int {
	if c.verb == c.pred && s.Words[c.pred].UPOS == "NOUN" {
		return c.pred
	}
	return c.verb
}

// clauseBounds returns the first and last word of a clause's span: its
// own subject and verb group, the complements of the verb and of the
// commitment, and the condition.
func clauseBounds(s *syntax.Sentence, c *clause) (first, last int) {
	first = verbGroupStart(s, *c)
	last = max(rightEnd(s, c.verb), rightEnd(s, c.pred))
	if last == c.verb && s.Words[c.verb].UPOS == "VERB" && c.verb+1 < len(s.Words) && (s.Words[c.verb+1].UPOS != "PUNCT" || strandedObject(s, c.verb)) {
		last = clauseEnd(s, c.verb) // "would put." lost its object to a misparse: keep the words up to the next comma
	}
	for _, k := range s.ChildrenWith(c.verb, "conj") {
		if k > c.verb && s.Words[k].UPOS == "VERB" && !text.ReportVerbs[s.Words[k].Lemma] && firstChild(s, k, "cc") >= 0 &&
			!ownAct(s, k) && s.Words[k].Lemma != "fail" && sameTense(s, c.verb, k) && // "would not withdraw … but ruled out": an act of its own; "but failed to settle": no act
			firstChild(s, k, "nsubj") < 0 && firstChild(s, k, "aux") < 0 {
			last = max(last, rightEnd(s, k)) // "will raise taxes and sell two buildings": one commitment
		}
	}
	if c.owner || s.Words[c.pred].UPOS == "NOUN" && c.verb == c.pred {
		f, _ := phrase(s, c.pred)
		first = min(first, f)
		if k := nounToVerb(s, c.pred); k >= 0 {
			last = max(last, rightEnd(s, k))
		} else if w := s.Words[c.pred]; c.owner && !completed(s, c.pred) && w.Head >= 0 && text.RelIs(w.Rel, "nsubj") && s.Words[w.Head].UPOS == "VERB" {
			last = max(last, rightEnd(s, w.Head)) // "President Bush's proposals would see the budget rise by $19bn"
		}
	}
	if c.measure && text.RelIs(s.Words[c.verb].Rel, "xcomp", "advcl") && !subordinate(s, c.verb) {
		for _, k := range s.ChildrenWith(s.Words[c.verb].Head, "nsubj") { // "spending is set to be frozen"
			f, _ := phrase(s, k)
			first = min(first, f)
		}
	}
	if !c.inherited {
		rels := []string{"nsubj"}
		if c.measure {
			rels = append(rels, "nsubj:pass") // "The pensions of store colleagues will not be cut": what the measure spares
		}
		for _, k := range s.ChildrenWith(c.verb, rels...) {
			if k < c.verb {
				f, _ := phrase(s, k)
				first = min(first, f)
			}
		}
		for _, h := range c.actors {
			if h < c.verb && !pronounSubject(s, c.verb) {
				f, _ := phrase(s, h)
				first = min(first, f)
			}
		}
	}
	if c.cond >= 0 {
		f, l := conditionWords(s, c.cond)
		first, last = min(first, f), max(last, l)
	}
	if w := s.Words[last]; text.ReportVerbs[w.Lemma] && firstChild(s, last, "ccomp", "xcomp") < 0 && !objectAfter(s, last) && last+1 < len(s.Words) &&
		s.Words[last+1].UPOS != "PUNCT" {
		last = clauseEnd(s, last) // "stocks that scientists say | are close to collapse": what they say was hung elsewhere
	}
	for first < last && s.Words[first].UPOS == "PUNCT" && !strings.ContainsAny(s.Words[first].Form, "\"“‘(") {
		first++
	}
	return first, last
}

// ownAct reports whether conjunct verb k is a commitment verb, which
// makes a commitment of its own ("… and planned to", "… but ruled out
// any apology"), not more of the act before it.
func ownAct(s *syntax.Sentence, k int) bool {
	return s.Words[k].UPOS == "VERB" && commitVerbs[phrasalLemma(s, k)] != (predicate{})
}

// sameTense reports whether conjunct verb k goes on in the form of verb v
// with a modal ("will raise fees and sell", "will be built and sold"),
// or v has no modal to share; a participle's past form is its own.
func sameTense(s *syntax.Sentence, v, k int) bool {
	if modalOf(s, v) == "" {
		return true
	}
	x, y := s.Words[v].XPOS, s.Words[k].XPOS
	return x == y || x == "VBN" && y == "VBD" // "will be built … and sold", "sold" read as a past tense
}

// pronounSubject reports whether verb v has a pronoun before it for its
// subject with another clause between it and the sayer ("the council said
// the closures would save £420,000 and that it would keep the library
// open"), or a sayer that shares its subject with an earlier verb ("has
// vowed to clear his name and said he would not resign"): the clause
// starts at the pronoun, since the words back to the party it stands for
// tell something else.
func pronounSubject(s *syntax.Sentence, v int) bool {
	k := firstChild(s, v, "nsubj")
	if k < 0 || k > v || s.Words[k].UPOS != "PRON" {
		return false
	}
	sayer := attributionVerb(s, v)
	if sayer > 0 && firstChild(s, sayer, "nsubj") < 0 && text.RelIs(s.Words[sayer].Rel, "conj") && s.Words[sayer-1].UPOS == "CCONJ" {
		return true // "has vowed to clear his name and said he would not resign": the sayer's subject is another verb's
	}
	for m := sayer + 1; sayer >= 0 && m < k; m++ {
		if m != v && s.Words[m].UPOS == "VERB" && firstChild(s, m, "nsubj") >= 0 {
			return true
		}
	}
	return false
}

// actorWords renders actors that name no known party from their own
// words, without a leading article; pronouns name no one.
func actorWords(text string, s *syntax.Sentence, heads []int) []string {
	var out []string
	for _, h := range heads {
		first, last := actorPhrase(s, h)
		for first < last && (s.Words[first].UPOS == "DET" || s.Words[first].UPOS == "PUNCT" || s.Words[first].UPOS == "SYM") {
			first++ // "• Corrin has agreed": a list's bullet is no part of the name
		}
		for last > first && s.Words[last].UPOS == "PUNCT" {
			last-- // "FACh)"
		}
		for last > first && s.Words[last].XPOS == "POS" {
			last-- // "the Government's commitment": the Government
		}
		if last > h+1 && s.Words[last].UPOS == "NUM" && s.Words[last-1].Form == "," {
			last -= 2 // "the family of Jamal Osei, 17": an age said in passing
		}
		for _, k := range s.ChildrenWith(h, "nmod") {
			if f, _ := s.Subtree(k); k > h && f > h && f <= last && timeWord(s.Words[k]) {
				last = f - 1 // "US investors in October": when they came, no part of who they are
			}
		}
		if last > first && last == h && spokesWords[lower(s.Words[h].Form)] && strings.HasPrefix(s.Words[h-1].Rel, "compound") {
			last-- // "a council spokesman" speaks for the council
		}
		a, b := s.Bytes(first, last)
		if w := oneLine(text[a:b]); w != "" && !isPronounWords(w) {
			out = append(out, w)
		}
	}
	return out
}

// isPronounWords reports whether an actor is only a pronoun or owner
// ("it", "We", "their"), which names no one until resolved.
func isPronounWords(s string) bool {
	w := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(s, "'ll"), "’ll"))
	_, owner := possessiveSubject[w]
	switch w {
	case "i", "we", "he", "she", "they", "it", "you", "us", "them":
		return true
	}
	return owner
}

// counterparties are the parties a clause commits to or with: indirect
// objects and phrases after "with", "between" or "to", on the verb, the
// commitment or its object, other than the actors and places.
func counterparties(r *actorResolver, c clause, actors []int) []int {
	s := c.s
	heads := []int{c.verb, c.pred}
	heads = append(heads, s.ChildrenWith(c.pred, "obj")...)
	var out []int
	for _, h := range heads {
		phrases := append(s.ChildrenWith(h, "iobj"), caseChildren(s, h, "with", "between", "to")...)
		for _, k := range withConjuncts(s, phrases) {
			first, last := phrase(s, k)
			a, b := s.Bytes(first, beforePlace(s, k, last))
			for _, p := range r.in(a, b) {
				if !hasIndex(actors, p) && r.d.Parties[p].Kind != briefing.KindPlace {
					out = appendPartyIdx(out, p)
				}
			}
		}
	}
	return out
}

// beforePlace returns the last word of the phrase of noun k, which ends
// at word last, before a phrase that says where its noun is ("two
// generic makers | in India and South Africa"): the makers are the
// counterparties, not the states they are in.
func beforePlace(s *syntax.Sentence, k, last int) int {
	for _, c := range s.ChildrenWith(k, "nmod") {
		if f, _ := s.Subtree(c); c > k && f > k && hasChildLemma(s, c, placePrepositions, "case") {
			return min(last, f-1)
		}
	}
	return last
}

// placePrepositions open a phrase that says where something is.
var placePrepositions = WordSet("in at near across throughout inside outside")

func hasIndex(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TrimLoneQuotes drops a quotation mark that opens or closes a text without its
// partner.
func TrimLoneQuotes(s string) string {
	for _, pair := range [][2]string{{"“", "”"}, {"\"", "\""}, {"‘", "’"}} {
		open, cl := strings.Count(s, pair[0]), strings.Count(s, pair[1])
		if pair[0] == pair[1] {
			if open%2 == 1 {
				s = strings.Replace(s, pair[0], "", 1)
			}
			continue
		}
		if open > cl && strings.HasPrefix(s, pair[0]) {
			s = strings.TrimPrefix(s, pair[0])
		}
		if cl > open && strings.HasSuffix(s, pair[1]) && pair[1] != "’" {
			s = strings.TrimSuffix(s, pair[1])
		}
	}
	return strings.TrimSpace(s)
}

// subordinate reports whether verb v opens a clause of its own with a
// conjunction other than "to" ("while 500 vintners will be helped"), whose
// subject is its own.
func subordinate(s *syntax.Sentence, v int) bool {
	for _, k := range s.ChildrenWith(v, "mark") {
		if lower(s.Words[k].Form) != "to" {
			return true
		}
	}
	return false
}

// objectAfter reports whether verb v has an object after it; a relative
// pronoun before it ("stocks that scientists say …") is no object of what
// it says.
func objectAfter(s *syntax.Sentence, v int) bool {
	for _, o := range s.ChildrenWith(v, "obj") {
		if o > v {
			return true
		}
	}
	return false
}

// relativeAside returns the comma that opens the first relative clause
// set off after word a and up to word last (", which he says will save
// commuters money"), or -1: an aside on what the act names, no part of
// the act.
func relativeAside(s *syntax.Sentence, a, last int) int {
	for k := a + 1; k < last; k++ {
		f := lower(s.Words[k+1].Form)
		if s.Words[k].Form != "," || f != "which" && f != "who" {
			continue
		}
		for h, steps := s.Words[k+1].Head, 0; h > k+1 && steps < 4; h, steps = s.Words[h].Head, steps+1 {
			if text.RelIs(s.Words[h].Rel, "acl:relcl") && s.Words[h].Head < k {
				return k // the clause, however deep the relative word sits in it, describes the noun before the comma
			}
		}
	}
	return -1
}
