package parties

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// Groups: collectives that act or are acted on in the story ("textile
// workers went on strike", "the ruling hurt small farmers", "analysts
// said"), named by the plural noun and the words that narrow it down.

// findGroups returns the group parties of the document: a plural noun of
// people or bodies ("workers", "rebels", "firms") that is at least once the
// subject or agent of its clause — it acts or speaks ("analysts said",
// "Chinese firms will operate the fields") — named with the adjectives and
// nouns before it ("foreign investors", "textile trade workers"), one party
// per name. Agents (officials, ministers, lawyers) are no group, words
// inside an existing party's mention are skipped, and a group that acts
// only in the headline is no party.
func findGroups(d *document, taken []briefing.Party) []briefing.Party {
	var out []briefing.Party
	index := map[string]int{}
	acting := map[briefing.Span]bool{}
	title, hasTitle := text.TitleLine(d.Document)
	for si := range d.Parsed {
		if si >= len(d.Sentences) {
			break
		}
		s := &d.Parsed[si]
		for h, w := range s.Words {
			if !groupNoun(w) || agents[strings.ToLower(w.Lemma)] || bodyVoices[strings.ToLower(w.Lemma)] {
				continue // agents act for the party they serve ("the foreign ministers signed"); "council members voted": the council
			}
			from := groupStart(s, h)
			if from == h && vagueCollectives[strings.ToLower(w.Lemma)] {
				continue // "people", "groups": too vague without a word that narrows them
			}
			sp := briefing.Span{Start: s.Words[from].Start, End: w.End}
			if outletGroup(s, from, h) && !outletActs(s, clauseRole(s, h)) || insideParty(taken, sp, w.Start) || namedBeside(s, h, taken) {
				continue
			}
			named := sp
			if p := namedOwner(s, from, h); p >= 0 {
				named.Start = s.Words[p].Start // "Turkey's economic leaders"; the owner keeps its own mention
			}
			acting[sp] = actsOnItsOwn(s, h, taken) && !(hasTitle && title.Start <= sp.Start && sp.End <= title.End) // a headline's "Rebels seize town" tells what the story will
			name := collapse(d.Text[named.Start:named.End])
			k := groupKey(name)
			if i, ok := index[k]; ok {
				out[i].Mentions = append(out[i].Mentions, sp)
				continue
			}
			index[k] = len(out)
			out = append(out, briefing.Party{Name: name, Kind: briefing.KindGroup, Mentions: []briefing.Span{sp}})
		}
	}
	var kept []briefing.Party
	for _, gp := range joinNarrower(out) {
		if rebelGroup(gp.Name) && armedBodyNamed(taken) {
			continue // "the rebels" of a story that names their movement: the movement
		}
		for _, sp := range gp.Mentions {
			if acting[sp] {
				kept = append(kept, gp)
				break
			}
		}
	}
	return kept
}

// namedBeside reports whether the plural noun h has a party named in
// apposition ("The club's American owners, Crestline Sports Partners,",
// "Two unions, Unite and the GMB,"): those named are who acts, and the
// noun only describes them. A lone conjunct without a conjunction is an
// apposition the parser took for a list.
func namedBeside(s *syntax.Sentence, h int, taken []briefing.Party) bool {
	beside := s.ChildrenWith(h, "appos")
	if conj := s.ChildrenWith(h, "conj"); len(conj) == 1 && len(s.ChildrenWith(conj[0], "cc")) == 0 {
		beside = append(beside, conj[0])
	}
	for _, k := range beside {
		if insideParty(taken, briefing.Span{Start: s.Words[k].Start, End: s.Words[k].End}, -1) {
			return true
		}
	}
	return false
}

// groupKey is the key that names one group however its words are ordered
// ("former outside directors", "outside former directors").
func groupKey(name string) string {
	words := strings.Fields(gazetteer.Fold(name))
	slices.Sort(words)
	return strings.Join(words, " ")
}

// joinNarrower merges a group into the one narrower group that names it
// with more words ("firms" into "tobacco firms", "former directors" into
// "former outside directors"); the shorter name becomes an alias. A name
// that counts others on top ("extra teachers", "more nurses") names no
// narrower part of the group: the teachers who voted to strike are not
// the extra teachers councils would pay for.
func joinNarrower(gs []briefing.Party) []briefing.Party {
	into := make([]int, len(gs))
	for i := range gs {
		into[i] = -1
		short := strings.Fields(gazetteer.Fold(gs[i].Name))
		n := 0
		for j := range gs {
			long := strings.Fields(gazetteer.Fold(gs[j].Name))
			if len(long) > len(short) && subsequence(short, long) && !otherMembers[long[0]] {
				into[i], n = j, n+1
			}
		}
		if n != 1 {
			into[i] = -1
		}
	}
	var out []briefing.Party
	index := make([]int, len(gs))
	for i := range gs {
		if into[i] < 0 || into[into[i]] >= 0 {
			index[i] = len(out)
			out = append(out, gs[i])
		}
	}
	for i := range gs {
		if j := into[i]; j >= 0 && into[j] < 0 {
			p := &out[index[j]]
			p.Mentions = append(p.Mentions, gs[i].Mentions...)
			p.Aliases = append(p.Aliases, gs[i].Name)
		}
	}
	return out
}

// bodyVoices are plural nouns for people who speak or vote inside a body
// rather than as a side of their own: "Board members voted for the
// freeze" is the board's act.
var bodyVoices = text.SetOf("member")

// armedWords name an armed movement ("Free Hills Movement", "Banua
// Liberation Front").
var armedWords = text.SetOf("front", "movement", "liberation", "resistance", "militia", "brigade", "brigades")

// rebelNouns name armed people who fight a state.
var rebelNouns = text.SetOf("rebel", "rebels", "insurgent", "insurgents", "militant", "militants", "guerrilla", "guerrillas",
	"fighter", "fighters", "separatist", "separatists")

// rebelGroup reports whether a group's name is a description of rebels
// ("rebels", "northern rebels", "Tavaru rebels").
func rebelGroup(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	return len(words) > 0 && rebelNouns[words[len(words)-1]]
}

// armedBodyNamed reports whether a party the story names is an armed
// movement: the rebels it describes are that movement, one party.
func armedBodyNamed(parties []briefing.Party) bool {
	for _, p := range parties {
		if p.Kind != briefing.KindOrganisation && p.Kind != briefing.KindGroup {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(p.Name)) {
			if armedWords[w] {
				return true
			}
		}
	}
	return false
}

// otherMembers open the name of people counted on top of a group.
var otherMembers = text.SetOf("extra", "more", "additional", "further", "other", "fewer")

// subsequence reports whether the words of short appear in long in order,
// with the same last word.
func subsequence(short, long []string) bool {
	if len(short) == 0 || short[len(short)-1] != long[len(long)-1] {
		return false
	}
	k := 0
	for _, w := range long {
		if k < len(short) && w == short[k] {
			k++
		}
	}
	return k == len(short)
}

// groupNoun reports whether w is a plural common noun of people or bodies,
// or the plural of an abbreviation for members ("MPs", "MEPs").
func groupNoun(w syntax.Word) bool {
	if pluralAcronym(w.Form) {
		return collectives[strings.ToLower(strings.TrimSuffix(w.Form, "s"))]
	}
	return w.UPOS == "NOUN" && w.XPOS == "NNS" && collectives[strings.ToLower(w.Lemma)]
}

// groupActs reports whether the group headed by word h acts: the subject
// or the agent of its clause (through lists: "workers and farmers", and
// through a quantity of it: "millions of workers will lose their jobs",
// not through one member: "one of the bidders said").
func groupActs(s *syntax.Sentence, h int) bool {
	k := clauseRole(s, h)
	if q := s.Words[k].Head; s.Words[k].Rel == "nmod" && q >= 0 && quantityOf(s, k, q) && !oneMember[strings.ToLower(s.Words[q].Form)] {
		k = clauseRole(s, q)
	}
	switch s.Words[k].Rel {
	case "nsubj", "obl:agent":
		return true
	}
	return false
}

// outletGroup reports whether the group whose name runs from word from to
// its head h is news outlets, narrowed by a word of the news ("Russian news
// agencies", "state media groups"): like a named outlet, it is a party only when it does more
// than report.
func outletGroup(s *syntax.Sentence, from, h int) bool {
	for k := from; k < h; k++ {
		if newsWords[strings.ToLower(s.Words[k].Form)] {
			return true
		}
	}
	return false
}

// newsWords narrow a group down to news outlets.
var newsWords = text.SetOf("news", "media", "press", "newspaper", "broadcast")

// agents hold an office or brief for a party and act in its name: they
// are no group of their own.
var agents = text.SetOf("official", "minister", "officer", "spokesman", "spokeswoman", "spokesperson", "aide",
	"adviser", "advisor", "envoy", "ambassador", "diplomat", "lawyer", "attorney",
	"representative", "delegate", "negotiator", "mediator", "commander", "prosecutor", "authority")

// quantityOf reports whether word q counts the group at word k, which
// hangs on it with "of": a number, a quantity noun or a quantifier
// ("millions of", "dozens of", "some of the").
func quantityOf(s *syntax.Sentence, k, q int) bool {
	w := s.Words[q]
	if w.UPOS != "NUM" && !quantityNouns[strings.ToLower(w.Lemma)] && !groupQuantifiers[strings.ToLower(w.Form)] {
		return false
	}
	return s.HasCase(k, "of")
}

// oneMember pick out a single member of a group: what it does, the group
// does not ("one of the bidders said").
var oneMember = text.SetOf("one", "each", "either", "neither")

// quantityNouns count members of a group ("millions of", "a number of").
var quantityNouns = text.SetOf("million", "thousand", "hundred", "dozen", "billion", "number", "majority", "minority",
	"half", "third", "quarter", "score", "lot", "none", "one", "each", "most", "some", "many", "all")

// groupStart returns the first word of the group's name: the adjectives,
// nouns and proper nouns right before its head noun, without determiners,
// quantities, superlatives or passing words ("the world's poorest textile
// workers" → "textile workers"), and a plural possessor that says whose
// they are ("doctors' unions").
func groupStart(s *syntax.Sentence, h int) int {
	if pluralAcronym(s.Words[h].Form) {
		return labelStart(s, h)
	}
	from := h
	for k := h - 1; k >= 0; k-- {
		w := s.Words[k]
		if w.Head != h && !(w.Head > k && w.Head < h) || !groupModifier(w) {
			break
		}
		from = k
	}
	if k := from - 1; k > 0 && s.Words[k].XPOS == "POS" && (s.Words[k].Form == "'" || s.Words[k].Form == "’") {
		if o := s.Words[k].Head; o == k-1 && s.Words[o].XPOS == "NNS" && s.Words[o].Rel == "nmod:poss" && s.Words[o].Head == h {
			from, _ = s.Subtree(o) // "doctors' unions": the members' plural says which unions
			for from < o && s.Words[from].UPOS == "DET" {
				from++ // "the nurses' unions"
			}
		}
	}
	return wholeWordStart(s, from, h)
}

// labelStart returns the first word of the label before a plural
// abbreviation for members ("Tory MPs", "Scottish Labour MSPs"): the
// capitalised words right before it, linked to it in either direction, as
// the tagger may take the label for the name and the abbreviation for part
// of it.
func labelStart(s *syntax.Sentence, h int) int {
	from := h
	for k := h - 1; k >= 0; k-- {
		w := s.Words[k]
		linked := w.Head > k && w.Head <= h || s.Words[h].Head == k
		if r := []rune(w.Form); !linked || !unicode.IsUpper(r[0]) || text.StopWords[strings.ToLower(w.Form)] {
			break
		}
		from = k
	}
	return from
}

// wholeWordStart moves the first word from of a group's name to the start
// of the hyphenated word it ends ("low-cost airlines", not "cost
// airlines"), or past that word when it holds a number ("200-plus banks"
// → "banks"), so that a name never starts inside a written word.
func wholeWordStart(s *syntax.Sentence, from, h int) int {
	start := from
	for start > 0 && glued(s, start) {
		start--
	}
	for k := start; k < from; k++ {
		if strings.ContainsAny(s.Words[k].Form, "0123456789") {
			end := from
			for end < h && glued(s, end+1) {
				end++
			}
			return min(end+1, h)
		}
	}
	return start
}

// namedOwner returns the first word of a proper name that owns the group
// headed by word h, written right before its first word from ("Turkey's
// economic leaders", not "the world's poorest workers"), or -1.
func namedOwner(s *syntax.Sentence, from, h int) int {
	k := from - 1
	if k < 1 || s.Words[k].XPOS != "POS" {
		return -1
	}
	o := s.Words[k].Head
	if o < 0 || o >= k || s.Words[o].UPOS != "PROPN" || s.Words[o].Rel != "nmod:poss" || s.Words[o].Head != h {
		return -1
	}
	first, _ := s.Subtree(o)
	return first
}

// groupModifier reports whether w narrows a group down ("foreign",
// "textile", "Chilean", "anti-smoking").
func groupModifier(w syntax.Word) bool {
	lw := strings.ToLower(w.Form)
	switch {
	case passingAdjectives[lw] || groupQuantifiers[lw] || w.XPOS == "JJS" || w.XPOS == "RBS" ||
		superlativeShaped(lw):
		return false
	case w.UPOS == "ADJ" || w.UPOS == "NOUN" && w.XPOS == "NN" && !timeNouns[strings.ToLower(w.Lemma)]:
		return true
	case w.UPOS == "PROPN":
		return w.Rel == "compound" || w.Rel == "amod"
	}
	return false
}

// superlativeShaped reports whether a lower-case word looks like a
// superlative the tagger took for a noun ("poorest"), not one of the
// nouns and adjectives that end the same way ("interest", "modest").
func superlativeShaped(w string) bool {
	return len(w) >= 6 && strings.HasSuffix(w, "est") && !estWords[w]
}

// estWords end in "est" without being superlatives.
var estWords = text.SetOf("interest", "forest", "protest", "request", "contest", "harvest", "conquest", "inquest",
	"honest", "modest", "earnest", "manifest", "arrest", "suggest", "digest", "invest", "behest", "unrest",
	"midwest", "northwest", "southwest", "northeast", "southeast", "bequest", "tempest", "pretest")

// insideParty reports whether the group's span sp, whose head noun starts
// at head, overlaps a mention of one of the parties, other than a country
// or place that narrows the group down ("US tobacco companies", "Chinese
// firms"): the group keeps such a name, and the country its own mention.
func insideParty(parties []briefing.Party, sp briefing.Span, head int) bool {
	for _, p := range parties {
		narrows := p.Kind == briefing.KindCountry || p.Kind == briefing.KindPlace
		for _, m := range p.Mentions {
			if m.Start < sp.End && sp.Start < m.End && !(narrows && m.End <= head) {
				return true
			}
		}
	}
	return false
}

// collectives are the plural nouns (by lemma) that name groups of people or
// bodies able to act.
var collectives = text.SetOf("worker", "employee", "analyst", "critic", "investor", "shareholder", "consumer",
	"customer", "farmer", "rebel", "protester", "protestor", "demonstrator", "militant", "insurgent", "fighter",
	"soldier", "troop", "official", "expert", "economist", "employer", "firm", "company", "union", "citizen",
	"resident", "voter", "student", "teacher", "doctor", "nurse", "patient", "exporter", "importer", "producer",
	"grower", "manufacturer", "retailer", "lender", "creditor", "bondholder", "opponent", "supporter",
	"campaigner", "activist", "lawmaker", "legislator", "leader", "director", "executive", "member", "state",
	"country", "nation", "government", "authority", "regulator", "prosecutor", "insurer", "pensioner",
	"taxpayer", "family", "industrialist", "vintner", "cooperative", "refugee", "migrant", "immigrant",
	"tourist", "visitor", "exile", "settler", "villager", "miner", "pilot", "driver", "landlord", "tenant",
	"owner", "bank", "airline", "carrier", "operator", "supplier", "developer", "donor",
	"observer", "negotiator", "mediator", "diplomat", "minister", "commander", "officer", "guard",
	"judge", "juror", "lawyer", "attorney", "victim", "survivor", "hostage", "prisoner", "detainee", "inmate",
	"parent", "child", "user", "subscriber", "viewer", "reader", "staff", "crew", "group",
	"organisation", "organization", "party", "agency", "charity", "bidder", "partner", "ally", "neighbour",
	"neighbor", "regime", "tribe", "clan", "faction", "people", "mp", "mep", "msp", "mla", "pollster", "commuter",
	"passenger", "petitioner", "claimant", "journalist", "sailor", "councillor", "civilian", "dissident",
	"trucker", "pharmacist", "engineer", "researcher", "scientist", "midwife", "household", "retiree", "islander",
	"backbencher", "seeker", "fisher", "fisherman", "builder", "advertiser", "gp", "cartel",
	"business", "community", "council", "municipality", "university", "school", "hospital", "foundation", "manager")

// vagueCollectives name a group only with a word before them ("older
// people", "anti-smoking groups", "tobacco firms").
var vagueCollectives = text.SetOf("people", "group", "party", "organisation", "organization", "member", "state",
	"country", "nation", "government", "child", "user", "owner", "family", "staff", "authority", "leader", "official",
	// bare, these point back to companies the story names
	"company", "firm", "bank", "airline", "carrier", "operator", "supplier", "developer", "director", "executive",
	"insurer", "lender", "agency", "manufacturer", "producer", "retailer", "officer", "minister",
	// bare, these are too broad or stand for bodies the story names
	"councillor", "seeker", "business", "community", "council", "municipality", "university", "school", "hospital", "foundation",
	"manager")

// groupQuantifiers count or pick out members, and are no part of a group's
// name ("some analysts", "many farmers").
var groupQuantifiers = text.SetOf("some", "many", "most", "few", "several", "all", "both", "other", "such", "more",
	"fewer", "certain", "various", "numerous", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "thousands", "hundreds",
	"millions", "dozens", "those", "these", "its", "their")
