// Package commitments is the commitments stage of drafting: one record per
// commitment clause, read from the parse, with its actors resolved to
// parties, its action, counterparties, status, condition and dates.
package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// clause is one commitment found in a parsed sentence, in word indices of
// that sentence, before it is rendered.
type clause struct {
	si        int              // the sentence
	s         *syntax.Sentence // its parse
	pred      int              // the commitment verb or noun
	verb      int              // the verb that carries subject, auxiliaries and negation
	strong    bool             // the predicate names the act itself (signed, agreed, pledged)
	status    string
	actors    []int // the words that head the actor phrases
	passive   bool  // the actors come from a "by" phrase, or are unknown
	inherited bool  // the actors are the subject of another clause
	owner     bool  // the actor owns the commitment noun ("Iran's pledge")
	first     int   // the first word of the clause's span
	last      int   // the last word of the clause's span
	action    int   // the first word of the action, which reads as a verb phrase
	cond      int   // the head of the condition clause, or -1
	past      bool  // the commitment was made before the text was written
	recent    bool  // it is told in the present perfect ("has agreed"): news of the day
	// measure marks an announced measure in the passive with no agent
	// ("taxes will be cut"): its actor is the one the story is about.
	measure bool
	// laid marks what an agreement or a plan lays down for things that
	// cannot act ("Under the agreement, the crossings will reopen"): its
	// actors are the parties the story told of last, or none.
	laid  bool
	given []int // parties taken from the story for an agentless clause
	// resolved marks a decision recorded in a body's minutes ("RESOLVED
	// that …"): its actor is the body that issues them.
	resolved bool
	// campaign marks a collective action said to go on ("the strike
	// would continue"): its actor is the side the sayer speaks for.
	campaign bool
	// lead and joinAt mark a conjunct split from a coordinated complement
	// ("agreed to plead guilty and to testify"): its span starts at joinAt,
	// its text reads the words up to lead, then from joinAt. joinAt is 0
	// for a clause that is whole.
	lead, joinAt int
	// spoken marks an assurance in a quotation about everyone or
	// everything of a kind ("Every dollar will be traceable"): its actor
	// is the speaker.
	spoken bool
	// issued marks work told as to be published with no owner named ("The
	// minutes will be published on 1 April"): its actor is the body that
	// issues the text, else none.
	issued bool
}

// Find finds who signed, agreed, pledged, intends, proposed or
// refused what, clause by clause of the parse.
func Find(d *doc.Document) []briefing.Commitment {
	r := newActorResolver(d)
	ds := dates.Marks(d)
	out := []briefing.Commitment{}
	var story storyActor
	var acts told
	lists := findTermLists(d)
	terms := agreementText(d)
	run := termsRun{si: -1}
	var deal agreedSides
	for si := range d.Parsed {
		if si < len(d.Sentences) {
			if rc, ok := pledgedItem(d, r, si); ok {
				out = append(out, rc) // "- Japan: US$30 million, to be disbursed once access is secured"
				continue
			}
			if rc, ok := motionItem(d, r, si); ok {
				out = append(out, rc) // "Motion by Councilmember Pruitt, seconded by …, to approve the consent agenda. Motion carried 5-0."
				continue
			}
			if proceduralMotion(d, si) {
				continue // "Motion by Councilmember Ortega, seconded by …, to adjourn."
			}
		}
		found := lists.withoutIntroducer(si, sentenceClauses(d, r, si))
		if in, ok := lists.items[si]; ok && (len(found) == 0 || in.status == "" && opensWithVerb(d, si) || in.status != "" && (in.clauses || completesIntro(d, si))) { // "- agreed to set up a dialogue" under "the two leaders:": no subject of its own
			rc, ok := lists.term(d, r, ds, si)
			if ok {
				out = append(out, rc) // "The deal includes:\n- rail fares frozen until 2027"
			}
			if ok || len(found) == 0 {
				continue
			}
			// "- welcomed a memorandum, under which X will build …": the item's own clauses
		}
		for _, c := range found {
			var words []string
			if p, ok := r.publisher(); ok && (c.resolved || c.issued) {
				c.given = []int{p} // "RESOLVED that …": the council's decision; "The minutes will be published": the bank's
			} else if c.issued {
				continue // published by whom, the text does not say
			}
			if c.passive && len(c.actors) == 0 && len(c.given) == 0 {
				c.given, words = story.at(si)
				if ps, ws := lists.announcer(r, si); len(ps) > 0 || len(ws) > 0 {
					c.given, words = ps, ws // "The ministry announced the following measures:\n- Charges will be frozen": the ministry's
				}
				if sides := r.lastJoint(); len(sides) > 0 && underDeal(c.s, c.verb) {
					c.given, words = sides, nil // "Under the deal, the journalists will not be allowed to return": its sides'
				}
				if c.measure && !c.laid && len(c.given) == 0 && len(words) == 0 {
					c.given = leadingInstitution(d)
				}
				if c.measure && len(c.given) == 0 && len(words) == 0 {
					continue
				}
			}
			if r.judicialApproval(c) {
				continue // "Justice Kowalczyk approved the settlement": the court rules on a deal, it makes none
			}
			if r.memberVote(c) {
				continue // "Councillor Jill Pardoe voted against": a vote cast, no decision of hers
			}
			if r.claimAboutOther(c) {
				continue // "Trump added that Mexico would pay": his claim, not Mexico's commitment
			}
			rc := renderCommitment(d, r, ds, c)
			if terms {
				rc.Status = r.asAgreedTerm(c, rc.Status) // "2.4. The Government will not raise the standard rate of VAT"
			}
			if !r.quoted(c.s, c.verb) {
				ps, _ := r.clauseParties(c)
				rc.Status = run.status(d, si, rc.Status, ps, r.lastJoint())
				rc.Status = deal.status(c, rc.Status, ps)
			}
			run.note(c, si)
			if len(rc.Actors) == 0 && len(words) > 0 {
				rc.Actors = words // "The government announced … Taxes will be cut."
			}
			if len(rc.Actors) == 0 || sprawling(d, rc.Actors) {
				continue // "they'll …" or an agentless passive with no one it could be, or a clause misread as its subject
			}
			if rc.Status == briefing.StatusSigned && bareSigning(c) && signedBefore(out, rc.Actors) {
				continue // "I've signed," he said, after the story told what he signed
			}
			x := actOf(c, rc)
			switch e, ok := acts.earlier(x); {
			case !ok:
				out, acts = append(out, rc), append(acts, toldAct{x, len(out), si})
			case out[e.out].When == "" && rc.When != "":
				out[e.out] = rc // one commitment per act: the better dated telling
			case text.HeadsByline(d, e.si) && !text.HeadsByline(d, si):
				out[e.out], e.si = rc, si // the body's telling, not the headline's bullet
			}
			if len(rc.Actors) > 0 && whenOpener(c.s, c.verb) < 0 { // "…, when the EU will decide": an aside of time
				ps, _ := r.clauseParties(c)
				story = storyActor{parties: ps, words: rc.Actors, si: si}
				lists.record(rc.Status, ps)
				deal.note(r, rc.Status, ps, si)
				r.joint(ps, si)
				r.dealtWith(withPartner(r, c, rc.Status, ps))
				r.noteCreated(c, ps)
			}
		}
	}
	return out
}

// withPartner returns the parties of a deal drafted with status: its
// one actor and the one party it was made with ("entered into a licensing
// agreement with Linnhe University"), so that "the parties" after it are
// both; else ps.
func withPartner(r *actorResolver, c clause, status string, ps []int) []int {
	if len(ps) != 1 || status != briefing.StatusSigned && status != briefing.StatusAgreed {
		return ps
	}
	if cps := counterparties(r, c, ps); len(cps) == 1 && cps[0] != ps[0] {
		return []int{ps[0], cps[0]}
	}
	return ps
}

// storyActor is the party whose commitments the story told last: the
// actor of an agentless announcement that follows ("France is to spend
// 70m euros … A further 15m euros will be made available").
type storyActor struct {
	parties []int
	words   []string // its names as drafted, for an actor that is no party ("the government")
	si      int      // the sentence of its last commitment
}

// leadingInstitution returns the most salient party of the story when it
// is a state or an organisation, the one whose measures a story about it
// announces; nil otherwise.
func leadingInstitution(d *doc.Document) []int {
	if len(d.Parties) == 0 {
		return nil
	}
	p := d.Parties[0]
	if p.Kind == briefing.KindCountry || p.Kind == briefing.KindOrganisation || p.Kind == briefing.KindPerson && governs(p.Role) {
		return []int{0}
	}
	return nil
}

// governs reports whether a role is an office that decides a
// government's measures ("President", "Prime Minister of Italy").
func governs(role string) bool {
	r := strings.ToLower(role)
	for _, office := range []string{"president", "prime minister", "premier", "chancellor", "minister", "governor", "mayor"} {
		if strings.Contains(r, office) && !strings.Contains(r, "vice") && !strings.Contains(r, "former") {
			return true
		}
	}
	return false
}

// storyReach is how many sentences an announced measure may follow the
// last commitment of its actor.
const storyReach = 6

// at returns the story's actor for a clause in sentence si, as parties
// or else as the words drafted for it; nothing when its last commitment
// is too far back.
func (a storyActor) at(si int) ([]int, []string) {
	if si-a.si > storyReach {
		return nil, nil
	}
	if len(a.parties) > 0 {
		return a.parties, nil
	}
	return nil, a.words
}

// sentenceClauses finds the commitment clauses of sentence si: verbs
// first, then the commitment nouns that no verb clause holds.
func sentenceClauses(d *doc.Document, r *actorResolver, si int) []clause {
	if si >= len(d.Parsed) || si >= len(d.Sentences) {
		return nil
	}
	if headerLine(d, si) || entryHeading(d, si) || text.QuestionerTurn(d, si) {
		return nil // a headline the body retells; a questioner's claim put to the speaker
	}
	s := &d.Parsed[si]
	until := questionStart(s)
	named := r.namesIn
	voiced := r.messageVoice(si)
	own := voiced || r.ownWords(si)
	var out []clause
	for i := range s.Words[:until] {
		if inQuotedQuestion(s, i) {
			continue // "'If I'm streaming video to another handset, will it work?' he said"
		}
		c, ok := verbClause(s, i, named, voiced, own)
		if !ok {
			c, ok = obligationClause(s, i, named)
		}
		if !ok {
			c, ok = spokenAssurance(s, i)
		}
		if !ok {
			c, ok = r.publishedMeasure(s, si, i)
		}
		if ok {
			c.si = si
			r.pledgedInTurn(d, &c)
			out = append(out, c)
		}
	}
	out = withGappedPledges(s, withoutConditions(s, withConjunctCommitments(s, withoutSignings(s, withoutPromisedContent(s, withoutPurposes(s, out))))))
	unreal := invertedCondition(s) // "Had the government refused our amendments, …": nothing in it was made
	for i := range s.Words[:until] {
		if heldBy(out, s, i) || i < unreal || conditionHolds(out, s, i) {
			continue
		}
		c, ok := nounClause(s, i, named)
		if !ok {
			c, ok = idiomClause(s, i)
		}
		if !ok {
			c, ok = existentialClause(s, i, named)
		}
		if ok {
			c.si = si
			out = append(out, c)
		}
	}
	return out
}

// withoutPurposes drops the clauses of participles that tell what another
// commitment of the sentence seeks or aims at ("is to send his budget to
// Congress, seeking large cuts"): one act, told once.
func withoutPurposes(s *syntax.Sentence, found []clause) []clause {
	out := found[:0:0]
	for _, c := range found {
		w := s.Words[c.pred]
		if w.XPOS == "VBG" && purposeVerbs[w.Lemma] && text.RelIs(w.Rel, "advcl") && firstChild(s, c.pred, "mark", "nsubj") < 0 &&
			headsClause(found, w.Head) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// headsClause reports whether word h is the verb or predicate of a found
// clause.
func headsClause(found []clause, h int) bool {
	for _, c := range found {
		if c.verb == h || c.pred == h {
			return true
		}
	}
	return false
}

// purposeVerbs tell, as a participle, what an act aims at.
var purposeVerbs = WordSet("seek aim hope try want")

// heldBy reports whether word i is the object of a clause already found
// ("signed an agreement" is one commitment, not two); a commitment noun
// coordinated with a found one, or one that a participle says another
// party made, is a commitment of its own.
func heldBy(found []clause, s *syntax.Sentence, i int) bool {
	for _, c := range found {
		if c.pred == i || s.Words[i].Head == c.pred && !text.RelIs(s.Words[i].Rel, "conj", "parataxis") && !madeByAgent(s, i) ||
			s.Words[c.pred].Head == i && text.RelIs(s.Words[c.pred].Rel, "acl") {
			return true // "signed an agreement", "the agreement, signed by …"; not "his vow …; and his pledge …"
		}
		if h := s.Words[i].Head; h >= 0 && s.Words[h].Head == c.pred && pressedInto(s, c.pred) {
			return true // "would not be rushed into accepting the offer": the offer refused
		}
	}
	return false
}

// madeByAgent reports whether noun i, the object of a clause, is
// described by a participle that makes it, with an agent ("rejected an amendment tabled by the
// opposition", "welcomed a pledge made by Japan"): the agent's commitment,
// besides what the clause that holds the noun does with it.
func madeByAgent(s *syntax.Sentence, i int) bool {
	p := firstChild(s, i, "acl")
	return p >= 0 && text.RelIs(s.Words[i].Rel, "obj", "obl") && s.Words[p].XPOS == "VBN" && isSupportVerb(s, p) && len(agentOf(s, p)) > 0
}

// questionStart returns the index of the first word of a closing question
// ("…: will he sign?"), or the number of words when the sentence asks
// nothing. A question runs back to the last colon, semicolon or dash.
func questionStart(s *syntax.Sentence) int {
	k := len(s.Words) - 1
	for k >= 0 && s.Words[k].UPOS == "PUNCT" && s.Words[k].Form != "?" {
		k--
	}
	if k < 0 || s.Words[k].Form != "?" {
		return len(s.Words)
	}
	for ; k > 0; k-- {
		switch s.Words[k-1].Form {
		case ":", ";", "—", "–":
			return k
		}
	}
	return 0
}

// inQuotedQuestion reports whether word i stands in a question that closes before
// the sentence does, inside a quotation: a question mark comes after it
// before any full stop, semicolon or closing quotation mark.
func inQuotedQuestion(s *syntax.Sentence, i int) bool {
	for _, w := range s.Words[i:] {
		switch w.Form {
		case "?":
			return true
		case ".", "!", ";", "\"", "”", "'", "’":
			return false
		}
	}
	return false
}

// maxActorWords bounds an actor named by its own words: a longer one is a
// clause the parser misread as a subject ("Friday's lawsuit argues that
// the offer makes no provision …").
const maxActorWords = 8

// sprawling reports whether an actor runs longer than a name or a
// description can; a party's name, however long ("Ministry of Foreign and
// Maritime Affairs of the Republic of Sarnavia"), is a name.
func sprawling(d *doc.Document, actors []string) bool {
	for _, a := range actors {
		if _, named := d.PartyNames[gazetteer.Fold(a)]; !named && len(strings.Fields(a)) > maxActorWords {
			return true
		}
	}
	return false
}
