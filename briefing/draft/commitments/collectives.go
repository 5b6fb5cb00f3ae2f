package commitments

import (
	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/syntax"
)

// collective subjects that name two parties, with the kind they take.
var pairNouns = map[string]func(string) bool{
	"leaders": personKind, "presidents": personKind, "men": personKind, "heads": personKind, "ministers": personKind,
	"executives": personKind, "chiefs": personKind, "envoys": personKind,
	"countries": countryKind, "nations": countryKind, "states": countryKind, "governments": nonPersonKind, "sides": nonPersonKind,
	"parties": nonPersonKind, "companies": orgKind, "firms": orgKind, "groups": orgKind, "boards": orgKind,
	"neighbours": nonPersonKind, "neighbors": nonPersonKind, "armies": nonPersonKind, "militaries": nonPersonKind,
	"allies": nonPersonKind, "rivals": nonPersonKind, "delegations": nonPersonKind,
	"organisations": orgKind, "organizations": orgKind, "institutions": orgKind, "bodies": orgKind, "agencies": orgKind,
	"banks": orgKind, "universities": orgKind, "clubs": orgKind, "partners": nonPersonKind,
	"trusts": orgKind, "unions": orgKind, "councils": orgKind, "charities": orgKind, "associations": orgKind,
	"federations": orgKind, "foundations": orgKind, "societies": orgKind, "airlines": orgKind, "carriers": orgKind,
	"retailers": orgKind, "hospitals": orgKind, "colleges": orgKind, "schools": orgKind,
}

// leaderNouns are the pair nouns for the people who lead states or
// bodies (see leads).
var leaderNouns = WordSet("leaders heads")

// leaderRoles are the offices of those who lead a state or a government.
var leaderRoles = WordSet("president premier king queen emir sultan taoiseach monarch leader chancellor")

// leadersNamedTogether returns the leaders named in the sentence that
// names the leader mentioned last before byte a ("The President of
// Marapura, …, the President of Kham Sai, … and the President of Pelangi
// Raya … met"): those "the leaders" stand for, however many.
func (r *actorResolver) leadersNamedTogether(a int) []int {
	last := r.recentWhere(a, r.leads, 1)
	if len(last) == 0 {
		return nil
	}
	si := -1
	var out []int
	for k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a }) - 1; k >= 0; k-- {
		m := r.mentions[k]
		if si < 0 && m.party == last[0] {
			si = r.sentenceIndex(m.start)
		}
		if si >= 0 && r.sentenceIndex(m.start) < si {
			break
		}
		if si >= 0 && r.leads(m.party) {
			out = appendPartyIdx(out, m.party)
		}
	}
	sort.Ints(out)
	return out
}

// leads reports whether party p is a person whose office leads a state
// or a government ("President of the Republic of Calvenia", "Prime
// Minister"), not a deputy's or a former holder's.
func (r *actorResolver) leads(p int) bool {
	party := r.d.Parties[p]
	if !personKind(party.Kind) {
		return false
	}
	words := strings.Fields(strings.ToLower(party.Role))
	for _, w := range words {
		if w == "former" || w == "vice" || w == "deputy" || strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "vice-") {
			return false
		}
	}
	return len(words) > 0 && (leaderRoles[words[0]] || len(words) > 1 && words[0] == "prime" && words[1] == "minister")
}

// pairedOnly are the pair nouns that name two sides only when the text
// has named them as a pair: "the two armies" are not any two bodies
// named last.
var pairedOnly = WordSet("neighbours neighbors armies militaries allies rivals delegations")

// stateNouns are the pair nouns that name states first ("the two
// governments"), other bodies only when fewer states are named.
var stateNouns = WordSet("governments states nations countries")

// jointBodies are bodies that two parties set up together ("a joint
// commission").
var jointBodies = WordSet("commission committee panel team force body council group")

// pairs are nouns for two people ("the pair", "the couple").
var pairs = WordSet("pair couple duo")

// ownOffices are the bodies through which the author of a piece in the
// first person acts: "my department will publish" is the author's act.
var ownOffices = WordSet("department ministry office team staff")

// singleNouns are "the kingdom", "the company": the last party of a kind.
var singleNouns = withTrades(map[string]func(string) bool{
	"kingdom": countryKind, "country": countryKind, "republic": countryKind, "government": countryKind, "state": countryKind,
	"administration": countryKind,
	"company":        orgKind, "firm": orgKind, "group": orgKind, "bank": orgKind, "organisation": orgKind, "organization": orgKind,
	"board": orgKind,
})

// businessTrades name a business by its trade ("the airline", "the
// retailer"): like "the company", the firm the text tells of.
const businessTrades = "airline carrier retailer supermarket insurer lender carmaker automaker manufacturer " +
	"utility broadcaster publisher developer supplier contractor miner startup employer"

// tradeNouns are the nouns of businessTrades.
var tradeNouns = WordSet(businessTrades)

// withTrades adds the nouns of businessTrades to single nouns m, as
// organisations.
func withTrades(m map[string]func(string) bool) map[string]func(string) bool {
	for n := range WordSet(businessTrades) {
		m[n] = orgKind
	}
	return m
}

// athleteNouns name the sportsperson or the performer a story is about
// ("the player", "the striker", "the actress").
var athleteNouns = WordSet("player striker midfielder defender goalkeeper forward winger athlete runner driver rider " +
	"boxer swimmer cyclist golfer sprinter actor actress singer presenter comedian rapper musician star")

// localities are the places below a state that a person's office may
// be of: "his province" is the place or body the speaker serves.
var localities = WordSet("province region city town county municipality district")

// ledBodies are what a person leads or speaks for ("his party would
// repeal it", "her group would vote against"): the body named as the
// person's affiliation, else the person, not the last body of its kind.
var ledBodies = WordSet("party team campaign movement side camp supporters group")

// competitors are the bodies that compete, which the text need not call so by
// name: "the team" or "the club" is the one in focus.
var competitors = WordSet("team club")

// namedBodies are bodies that "the force", "the council" … refer to only
// when the party's own name says it is one ("West Midlands Police",
// "Leeds City Council", "Lunsenga Lions FC"): a council is a local authority, an office or a
// ministry of state a department ("the Home Office"); a charity is most
// often named a trust or a foundation ("Brightwater Children's Trust"); a
// junta names itself a military council ("Military Council for National
// Recovery").
var namedBodies = map[string][]string{
	"force": {"police", "force"}, "police": {"police"}, "army": {"army", "armed forces", "defence forces", "defense forces", "military"}, "council": {"council"}, "union": {"union"}, "party": {"party", "partido", "parti", "partito", "partei", "partij", "partia", "stranka"},
	"authority": {"authority", "council"}, "agency": {"agency"}, "ministry": {"ministry"}, "department": {"department", "office", "ministry"},
	"embassy": {"embassy"}, "military": {"military", "armed forces", "defence forces", "defense forces"}, "navy": {"navy"},
	"team": {"team", "fc", "afc"}, "club": {"club", "fc", "afc"}, "federation": {"federation"}, "league": {"league"},
	"regulator": regulatorWords, "watchdog": regulatorWords,
	"university": {"university"}, "college": {"college"}, "hospital": {"hospital"}, "foundation": {"foundation"},
	"institute": {"institute"}, "airport": {"airport"}, "trust": {"trust"}, "association": {"association"},
	"charity": {"charity", "trust", "foundation"}, "service": {"service"}, "alliance": {"alliance"}, "guild": {"guild"}, "society": {"society"}, "chamber": {"chamber"},
	"junta": {"junta", "military"}, "front": {"front"}, "movement": {"movement"}, "coalition": {"coalition"},
	"commission": {"commission"}, "committee": {"committee"},
	"rebels": {"front", "liberation", "rebel", "movement", "militia"}, "insurgents": {"front", "liberation", "insurgent", "movement", "militia"},
}

// governmentEnvoys are those who speak or negotiate for a government: "the
// government delegation" acts as the government.
var governmentEnvoys = WordSet("delegation negotiators side team spokesman spokeswoman spokesperson")

// overseers are the bodies that "the regulator" or "the watchdog" may
// stand for though their names do not say so.
var overseers = WordSet("regulator watchdog")

// publicBodyJustNamed returns the public body, no firm (see otherBody),
// named last before byte a in its sentence or the one before.
func (r *actorResolver) publicBodyJustNamed(a int) (int, bool) {
	from := r.sentenceStart(a, 1)
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for k--; k >= 0 && r.mentions[k].start >= from; k-- {
		if p := r.mentions[k].party; orgKind(r.d.Parties[p].Kind) && r.otherBody(p, "company") {
			return p, true
		}
	}
	return 0, false
}

// regulatorWords name a regulator's kind or what it oversees ("Financial
// Conduct Board", "Financial Supervisory Service", "Drinking Water
// Inspectorate", "Energy Ombudsman").
var regulatorWords = []string{"regulator", "regulat", "authority", "commission", "agency", "conduct", "supervis", "inspectorate", "ombudsman"}

// body returns the organisation named before byte a whose name says it
// is the body the noun stands for, the one in focus (see inFocus): "the
// council" is the council that decides, not one the sentence before
// mentions.
func (r *actorResolver) body(noun string, a int) []int {
	return r.inFocus(a, func(p int) bool {
		return orgKind(r.d.Parties[p].Kind) && r.bodyFits(p, strings.ToLower(r.d.Parties[p].Name), noun)
	})
}

// onlyBodyNamed returns the one organisation anywhere in the text whose
// own name says it is a body of the kind noun names, when there is
// exactly one: the body a lead calls "the army" before it names it.
func (r *actorResolver) onlyBodyNamed(noun string) (int, bool) {
	found := -1
	for p, party := range r.d.Parties {
		if !orgKind(party.Kind) || len(party.Mentions) == 0 || !nameSaysBody(strings.ToLower(party.Name), noun) {
			continue
		}
		if found >= 0 {
			return 0, false
		}
		found = p
	}
	return found, found >= 0
}

// bodyFits reports whether organisation p, of lower-cased name name, is
// a body of the kind noun names: its name or the text says so.
func (r *actorResolver) bodyFits(p int, name, noun string) bool {
	if nameSaysBody(name, noun) || slices.ContainsFunc(namedBodies[noun], func(w string) bool { return r.calledA(p, w) }) {
		return true
	}
	if noun == "party" && (r.namedAsParty(p, name) || r.calledParty[p]) {
		return true
	}
	if f := strings.Fields(r.d.Parties[p].Name); (noun == "club" || noun == "team") && len(f) > 1 && text.ClubEnds[f[len(f)-1]] {
		return true // "the club" for "Harbour Rovers"
	}
	return noun == "union" && r.representsWorkers(p, name)
}

// namedAsParty reports whether organisation p, of lower-cased name name,
// is a political party by its name or by another name the text gives it
// ("the Green Alliance … The Greens dropped their demand").
func (r *actorResolver) namedAsParty(p int, name string) bool {
	if partyName(name) {
		return true
	}
	for _, m := range r.mentionsInText(p) {
		if partyName(strings.ToLower(r.d.Text[m.Start:m.End])) {
			return true
		}
	}
	return false
}

// workerNouns are the people a trade union represents and names itself
// by ("New Zealand Nurses Organisation", "Police Officers' Association",
// "Unite, which represents most of the workforce").
var workerNouns = WordSet("workers workforce employees staff nurses midwives teachers doctors drivers pilots " +
	"miners dockers engineers firefighters journalists seafarers machinists members players officers lecturers crew")

// representsWorkers reports whether organisation p, of lower-cased name
// name, is a trade union by what it is called or does: its name holds a
// word for workers, or the text says right after one of its names that it
// represents them or will ballot them.
func (r *actorResolver) representsWorkers(p int, name string) bool {
	for _, w := range strings.FieldsFunc(name, notWordRune) {
		if workerNouns[w] || strings.HasSuffix(w, "workers") { // "National Dockworkers' Federation"
			return true
		}
	}
	t := r.d.Text
	for _, m := range r.mentionsInText(p) {
		after := strings.ToLower(t[m.End:min(len(t), m.End+100)])
		if end := strings.IndexAny(after, ".;"); end >= 0 {
			after = after[:end]
		}
		words := strings.FieldsFunc(after, notWordRune)
		for n, w := range words {
			if n < 6 && strings.HasPrefix(w, "ballot") { // "Unison said it would ballot its members"
				return true
			}
			if n < 3 && strings.HasPrefix(w, "represent") {
				for _, x := range words[n+1:] {
					if workerNouns[x] {
						return true
					}
				}
			}
		}
	}
	return false
}

// lastOrganisation returns the organisation named last before byte a
// that fits, given its index and lower-cased name.
func (r *actorResolver) lastOrganisation(a int, fits func(p int, name string) bool) []int {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	for k--; k >= 0; k-- {
		p := r.mentions[k].party
		if r.d.Parties[p].Kind == briefing.KindOrganisation && fits(p, strings.ToLower(r.d.Parties[p].Name)) {
			return []int{p}
		}
	}
	return nil
}

// partyName reports whether an organisation's lower-cased name calls its
// members by their creed, as the names of political parties do ("Liberal
// Democrats", "Scottish Greens", "Labour", "the Farmers' and Greens'
// Union"), or names the creed before a word for a party ("Social
// Democratic Alliance").
func partyName(name string) bool {
	words := strings.FieldsFunc(name, notWordRune)
	creed, head := false, false
	for _, w := range words {
		if creeds[w] {
			return true
		}
		creed = creed || creedAdjectives[w]
		head = head || partyHeads[w]
	}
	return creed && head // "Social Democratic Alliance", "Democratic Unionist Party"
}

// creedAdjectives name a party's creed as an adjective, which makes a
// party's name with one of partyHeads.
var creedAdjectives = WordSet("democratic socialist liberal conservative republican progressive communist nationalist populist unionist")

// partyHeads are the nouns a party's name is headed by.
var partyHeads = WordSet("party alliance front movement league bloc coalition congress rally union")

// creeds are the words for the members of a political party that its name
// is made of.
var creeds = WordSet("labour greens democrats republicans conservatives tories liberals socialists social-democrats " +
	"nationalists unionists progressives communists populists")

// calledA reports whether the text calls party p a body of the kind noun
// names right beside one of its names: "the Unite union", and the
// descriptions describedAs finds.
func (r *actorResolver) calledA(p int, noun string) bool {
	t := r.d.Text
	for _, m := range r.mentionsInText(p) {
		after := strings.ToLower(t[m.End:min(len(t), m.End+80)])
		if words := strings.FieldsFunc(after, notWordRune); len(words) > 0 && words[0] == noun && strings.HasPrefix(after, " ") {
			return true
		}
	}
	return r.describedAs(p, noun)
}

// describedAs reports whether the text describes party p by a phrase
// headed by noun that stands right before one of its names or in
// apposition to it: "the union Unison", "the developer, Corran Homes,",
// "Unison, the public sector union,". A name that only qualifies the
// noun ("the UK exchange") is not so described, nor a name on the line
// under a letterhead that ends with the noun ("PORT AUTHORITY\nHarbour
// Office").
func (r *actorResolver) describedAs(p int, noun string) bool {
	t := r.d.Text
	for _, m := range r.mentionsInText(p) {
		after := strings.ToLower(t[m.End:min(len(t), m.End+80)])
		if rest, ok := strings.CutPrefix(after, " ("); ok {
			if _, rest, ok = strings.Cut(rest, ")"); ok {
				after = rest // "The Popular Front for the Renaissance (FPR), the largest rebel group"
			}
		}
		before := strings.Fields(strings.ToLower(t[max(0, m.Start-len(noun)-3):m.Start]))
		if n := len(before); n > 0 && t[m.Start-1] == ' ' && !strings.Contains(t[max(0, m.Start-len(noun)-3):m.Start], "\n") &&
			(before[n-1] == noun || before[n-1] == noun+"," && strings.HasPrefix(after, ",")) {
			return true // "the union Unison", "the developer, Corran Homes,"; not "with the council, Corran Homes has"
		}
		if appos, ok := strings.CutPrefix(after, ", "); ok {
			if end := strings.IndexAny(appos, ",.;:()"); end >= 0 {
				words := strings.Fields(appos[:end])
				if k := slices.IndexFunc(words, func(w string) bool { return placeCases[w] || w == "in" || w == "of" || w == "from" }); k > 0 {
					words = words[:k] // "the largest rebel group in eastern Oubanza"
				}
				if len(words) >= 2 && articles[words[0]] && words[len(words)-1] == noun {
					return true
				}
			}
		}
	}
	return false
}

// mentionsInText returns the mentions of party p whose spans lie inside
// the text.
func (r *actorResolver) mentionsInText(p int) []briefing.Span {
	t := r.d.Text
	var out []briefing.Span
	for _, m := range r.d.Parties[p].Mentions {
		if m.Start >= 0 && m.End <= len(t) && m.Start <= m.End {
			out = append(out, m)
		}
	}
	return out
}

// articles open a description set beside a name.
var articles = WordSet("the a an")

func notWordRune(c rune) bool { return !unicode.IsLetter(c) && c != '-' }

// definite words make "the company", "his country" or "its government"
// refer to a party named before.
var definite = WordSet("the this that his her its their our")

// collective resolves a subject of several words at byte offset a that
// names parties mentioned before: "the two countries" or "both sides" two
// of them, "the two" any two, "the kingdom" the last of its kind.
func (r *actorResolver) collective(s *syntax.Sentence, words []string, si, a int) ([]int, bool) {
	if len(words) == 3 && definite[words[0]] && governing[words[1]] && governmentEnvoys[words[2]] {
		words = words[:2] // "the government delegation rejected a ceasefire": the government
	}
	head := words[len(words)-1]
	the := len(words) == 2 && definite[words[0]]
	var together []int
	if the && leaderNouns[head] {
		together = r.leadersNamedTogether(a)
	}
	switch {
	case sideTerms[head] && len(r.definedSides()) > 0 && (the || words[0] == "each" || words[0] == "either" || words[0] == "both"): // "the Parties shall", "Each Party undertakes"
		return r.definedSides(), true
	case sideTerms[head] && len(words) == 3 && words[0] == "the" && r.sideOfState(words[1]) >= 0: // "The Portuguese Participant intends"
		return []int{r.sideOfState(words[1])}, true
	case the && head == "undersigned": // "the undersigned … have signed this Agreement": the sides that acted together
		ps := r.eachOf(nonPersonKind)
		return ps, len(ps) > 0
	case (words[0] == "each" || words[0] == "either") && (len(words) == 1 || pairNouns[pluralOf(head)] != nil): // "each country will contribute", "each will open", "either Party"
		kind := anyPartyKind
		if len(words) > 1 {
			kind = pairNouns[pluralOf(head)]
		}
		return r.eachOf(kind), true // none when no set acted together: "each player" is anyone
	case len(together) > 2: // "The Leaders agreed" after three presidents named in one sentence
		return together, true
	case (hasLexWord(words, "two") || hasLexWord(words, "both") || the) && leaderNouns[head] && len(r.recentWhere(a, r.leads, 2)) == 2:
		ps := r.recentWhere(a, r.leads, 2) // "the two leaders" are the two who lead, not the ministers who came with them
		sort.Ints(ps)
		return ps, true
	case (hasLexWord(words, "two") || hasLexWord(words, "both")) && pairNouns[head] != nil && len(r.pairOf(pairNouns[head])) == 2:
		return r.pairOf(pairNouns[head]), true
	case (hasLexWord(words, "two") || hasLexWord(words, "both")) && pairNouns[head] != nil:
		if ps := r.namedPair(a, pairNouns[head]); len(ps) == 2 { // "Dravonia and Estmark swapped prisoners … both governments"
			return ps, true
		}
		if pairedOnly[head] {
			return nil, false
		}
		var ps []int
		if stateNouns[head] { // "the two governments" are two states before any two bodies
			ps = r.recent(a, countryKind, 2)
		}
		if len(ps) < 2 {
			ps = r.recent(a, pairNouns[head], 2)
		}
		if len(ps) < 2 {
			ps = r.recent(a, nonPersonKind, 2)
		}
		sort.Ints(ps) // in the order of salience, as the parties are ranked
		return ps, true
	case countOf(words) > 2 && pairNouns[head] != nil && (definite[words[0]] || words[0] == "all"): // "the four governments", "all three parties"; not "four countries rejected it", others
		ps := r.setOf(a, pairNouns[head], countOf(words))
		if head == "parties" {
			for _, p := range ps {
				r.calledParty[p] = true // "The four parties … The SDA's acceptance is not final: the party will put it to a vote"
			}
		}
		return ps, len(ps) > 0
	case hasLexWord(words, "joint") && jointBodies[head] && len(r.pairs) > 0: // "a joint commission will draw up rules": the two that agreed last
		return r.pairs[len(r.pairs)-1], true
	case the && head == "two":
		ps := r.recent(a, anyPartyKind, 2)
		sort.Ints(ps)
		return ps, true
	case len(words) == 1 && words[0] == "both": // "Both have also agreed to a confidentiality clause": the two named together last
		if ps := r.namedPair(a, anyPartyKind); len(ps) == 2 {
			return ps, true
		}
		ps := r.pairOf(anyPartyKind)
		return ps, len(ps) == 2
	case the && pairs[head]: // "the pair persuaded 214 workers": the two people named last
		if ps := r.pairOf(personKind); len(ps) == 2 {
			return ps, true
		}
		ps := r.recent(a, personKind, 2)
		sort.Ints(ps)
		return ps, len(ps) == 2
	case the && pairNouns[head] != nil: // "the governments had refused": the states that acted together last
		if pairedOnly[head] {
			ps := r.pairOf(pairNouns[head])
			return ps, len(ps) == 2
		}
		ps := r.joinedSet(a, pairNouns[head]) // "the companies" after "the merger of A and B"
		if len(ps) == 0 && (head == "parties" || head == "sides") && len(r.dealt) > 0 {
			ps = r.dealt[len(r.dealt)-1] // "The parties have also agreed" after "entered into an agreement with Linnhe University"
		}
		if len(ps) == 0 && officeTitles[head] {
			ps = r.officeHolders(a, strings.TrimSuffix(head, "s")) // "The ministers agreed" after a call between two ministers
		}
		return ps, len(ps) > 0
	case len(words) == 2 && words[0] == "the" && athleteNouns[head]: // "the player had agreed personal terms": the one the story is about
		ps := r.mostNamed(a, func(p int) bool { return personKind(r.d.Parties[p].Kind) })
		return ps, len(ps) > 0
	case the && singleNouns[head] != nil && !ledBodies[head] && (words[0] == "his" || words[0] == "her"):
		if p, ok := r.ownState(si, a, singleNouns[head]); ok {
			return []int{p}, true
		}
		return r.recent(a, singleNouns[head], 1), true
	case the && localities[head] && (words[0] == "his" || words[0] == "her"): // "the governor of Mendoza said his province would not sign"
		if p, ok := r.ownState(si, a, nonPersonKind); ok {
			return []int{p}, true
		}
		return nil, false
	case the && head == "delegation" && (words[0] == "his" || words[0] == "her"): // "the representative of Russia said … His delegation had proposed"
		if p, ok := r.ownState(si, a, countryKind); ok {
			return []int{p}, true
		}
		if p, ok := r.representedState(si, a); ok {
			return []int{p}, true
		}
		return nil, false
	case the && ledBodies[head] && (words[0] == "his" || words[0] == "her"):
		if p, ok := r.affiliation(si, a, orgKind); ok {
			return []int{p}, true
		}
		return r.salient(si, a, personKind), true // "Brennan said his party would repeal it": he speaks for it
	case the && ownOffices[head] && (words[0] == "his" || words[0] == "her"): // "the minister said her ministry would publish a list": she speaks for it
		if p, ok := r.affiliation(si, a, orgKind); ok {
			return []int{p}, true
		}
		return r.salient(si, a, personKind), true
	case len(words) == 2 && governing[head] && (words[0] == "my" || words[0] == "our") && !r.openQuotation(a): // "my government will introduce a congestion charge", in a minister's own piece
		if m, ok := r.sender(); ok && m.body >= 0 && countryKind(r.d.Parties[m.body].Kind) {
			return []int{m.body, m.person}, true
		}
		return nil, false
	case len(words) == 2 && ownOffices[head] && words[0] == "my" && !r.openQuotation(a): // "My department also intends to publish …", in a minister's own piece
		if m, ok := r.sender(); ok {
			return []int{m.person}, true
		}
		return nil, false
	case the && governing[head] && (words[0] == "his" || words[0] == "her"): // "He said his government would"
		if p, ok := r.ownState(si, a, countryKind); ok {
			return []int{p}, true
		}
		return r.organState(s, si, a), true
	case the && governing[head]: // "Belova's deputy prime minister said the government would …"
		if p, ok := r.sayerState(s, si); ok {
			return []int{p}, true
		}
		if p, ok := r.tiedState(head, a); ok { // "the government of Congo and the rebels … the government has undertaken": Congo's, not the host's
			return []int{p}, true
		}
		if ps := r.storyState(a); len(ps) > 0 {
			return ps, true
		}
		if r.textState() != "" {
			return nil, true // the state the text names, though no party (see unnamedActors)
		}
		if p, ok := r.ministerSaying(s, si); ok { // "The transport secretary, Rhys Kendrick, said the government would not": no state named
			return []int{p}, true
		}
		return nil, true
	case the && singleNouns[head] != nil:
		if p, ok := r.sayerParty(s, si, singleNouns[head]); ok && !commented(s) { // "Northline's chief executive said the company had agreed"
			return []int{p}, true
		}
		if ps := r.namedAs(head, a); len(ps) > 0 { // "the bank" after the Central Bank of Halden and its board
			return ps, true
		}
		if ps := r.inFocus(a, func(p int) bool { return nonPersonKind(r.d.Parties[p].Kind) && r.describedAs(p, head) }); len(ps) > 0 && !firmNouns[head] {
			return ps, true // "the group" after "The Popular Front for the Renaissance (FPR), the largest rebel group"; many a business is called a company
		}
		if head == "board" { // "the board had approved a final dividend": the board of the company the story is about
			if ps := r.mostNamed(a, func(p int) bool { return orgKind(r.d.Parties[p].Kind) }); len(ps) > 0 {
				return ps, true
			}
		}
		return r.recentOfKind(a, head), true
	case the && namedBodies[head] != nil:
		if p, ok := r.sayerParty(s, si, orgKind); ok && r.bodyFits(p, strings.ToLower(r.d.Parties[p].Name), head) {
			return []int{p}, true // "Ferrec confirmed that the party had dropped its promise": the party he leads
		}
		if competitors[head] {
			if p, ok := r.storyCompetitor(head, a); ok {
				return []int{p}, true
			}
		}
		if ps := r.inFocus(a, func(p int) bool { return orgKind(r.d.Parties[p].Kind) && r.describedAs(p, head) }); len(ps) > 0 {
			return ps, true // "the regulator" after "the regulator Ofwat", not the Environment Agency whose name fits too
		}
		if ps := r.body(head, a); len(ps) > 0 {
			return ps, true
		}
		if p, ok := r.onlyBodyNamed(head); ok { // "the army said it would withdraw" in the lead, "the Lubwezi Defence Forces said" further down
			return []int{p}, true
		}
		if overseers[head] {
			if p, ok := r.publicBodyJustNamed(a); ok { // "according to the Office of Rail and Road (ORR). The regulator said"
				return []int{p}, true
			}
		}
		if stateOrgans[head] {
			return r.organState(s, si, a), true // "the army would not pull back, the defence minister said"
		}
		if p, ok := r.ministerSaying(s, si); ok && head == "department" {
			return appendPartyIdx(r.organState(s, si, a), p), true // "Finance Minister Niamh Corrigan said the department would publish": hers, for her state
		}
		if competitors[head] { // "Berg won for Arden Motorsport … the team said": the body the story is about
			ps := r.mostNamed(a, func(p int) bool { return orgKind(r.d.Parties[p].Kind) })
			return ps, len(ps) > 0
		}
		return nil, false // "the union" after Unison: a description of the body named before
	}
	return nil, false
}

// storyCompetitor returns the team or club ("the club", noun) the story
// is about at byte a: the organisation named most before it that is no
// body of another kind, rather than one the text once called a club in
// passing ("three points above bottom club Harrowgate"), unless that one
// is named in the same sentence or at least as often.
func (r *actorResolver) storyCompetitor(noun string, a int) (int, bool) {
	story := r.mostNamed(a, func(p int) bool {
		return orgKind(r.d.Parties[p].Kind) && !r.otherBodyThan(p, noun)
	})
	called := r.body(noun, a)
	if len(story) == 0 || len(called) == 0 || called[0] == story[0] {
		return 0, false
	}
	from := r.sentenceStart(a, 0)
	if r.namedBetween(called[0], from, a) || r.timesNamed(called[0], 0, a) >= r.timesNamed(story[0], 0, a) {
		return 0, false
	}
	return story[0], true
}

// otherBodyThan reports whether organisation p is, by its name or what
// the text calls it, a body of a kind namedBodies lists other than noun
// (a league, a union, a council for "the club").
func (r *actorResolver) otherBodyThan(p int, noun string) bool {
	name := strings.ToLower(r.d.Parties[p].Name)
	for other := range namedBodies {
		if other != noun && !competitors[other] && r.bodyFits(p, name, other) {
			return true
		}
	}
	return false
}

// timesNamed counts the mentions of party p in [from, to).
func (r *actorResolver) timesNamed(p, from, to int) int {
	n := 0
	for _, m := range r.mentions {
		if m.party == p && m.start >= from && m.start < to {
			n++
		}
	}
	return n
}

// countOf returns how many parties, three to twelve in words or to ten in
// digits, a subject's number word counts ("the four governments"), 0
// when it has none.
func countOf(words []string) int {
	for _, w := range words {
		if n := numberWords[w]; n >= 3 {
			return n
		}
		if n, err := strconv.Atoi(w); err == nil && n >= 3 && n <= 10 {
			return n
		}
	}
	return 0
}

// eachOf returns the parties that "each" of a kind names one by one: the
// last set of two or more, all of that kind, that acted together before
// ("Kenya, Uganda and Tanzania signed the accord. Each country will
// contribute 500 troops"); nil when none did.
func (r *actorResolver) eachOf(ok func(string) bool) []int {
	for k := len(r.acted) - 1; k >= 0; k-- {
		if ps := r.acted[k]; len(ps) > 1 && r.allOfKind(ps, ok) {
			return ps
		}
	}
	return nil
}

// allOfKind reports whether every party of ps is of an accepted kind.
func (r *actorResolver) allOfKind(ps []int, ok func(string) bool) bool {
	for _, p := range ps {
		if !ok(r.d.Parties[p].Kind) {
			return false
		}
	}
	return true
}

// pluralOf returns the plural of a singular common noun ("country" →
// "countries", "side" → "sides").
func pluralOf(noun string) string {
	if n := len(noun); n > 1 && noun[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(noun[n-2])) {
		return noun[:n-1] + "ies"
	}
	return noun + "s"
}

// setOf returns the n parties of an accepted kind that "the n countries"
// at byte a names: the parties of the last commitment made by exactly n
// of them together; else the n that a list in another sentence names, the
// nearest first; else the first n of that kind to act in the story,
// in the order they acted ("Vietnam, Laos and Cambodia agreed …
// Thailand signed … the four governments"); else the n named last. Nil
// when the text has fewer.
func (r *actorResolver) setOf(a int, ok func(string) bool, n int) []int {
	for k := len(r.acted) - 1; k >= 0; k-- {
		if ps := r.acted[k]; len(ps) == n && r.allOfKind(ps, ok) {
			return ps
		}
	}
	if ps := r.listedNearest(a, ok, n); len(ps) == n {
		return ps // "Negotiators from the Social Democrats, Green Left, Civic Liberals and Rural Party", wherever the text lists them
	}
	var first []int
	for _, ps := range r.acted {
		for _, p := range ps {
			if ok(r.d.Parties[p].Kind) && len(first) < n {
				first = appendPartyIdx(first, p)
			}
		}
	}
	if len(first) == n {
		return first
	}
	if ps := r.recent(a, ok, n); len(ps) == n {
		sort.Ints(ps)
		return ps
	}
	return nil
}

// listedNearest returns the n parties of an accepted kind that a list in
// another sentence names, the sentence nearest byte a first, before or
// after it ("The four parties agreed a programme. The Civic Union, the
// SDA, the NLF and the PPL hold 79 seats"); nil when no sentence lists
// just n.
func (r *actorResolver) listedNearest(a int, ok func(string) bool, n int) []int {
	si := sort.Search(len(r.d.Sentences), func(k int) bool { return r.d.Sentences[k].End > a })
	for dist := 1; dist < len(r.d.Parsed); dist++ {
		for _, k := range []int{si - dist, si + dist} {
			if k < 0 || k >= len(r.d.Parsed) {
				continue
			}
			if ps := r.listedAt(k, ok, n); len(ps) == n {
				return ps
			}
		}
	}
	return nil
}

// numberedList resolves a subject that opens with a number of parties of
// a kind ("Three Veltrian parties signed a coalition agreement", "Four
// unions", and "Two hospital trusts" where none of that kind was named
// before) to the parties a list names just that many of (see
// listedSoon), even where the words make a group of their own; false
// when no list does.
func (r *actorResolver) numberedList(words []string, a int) ([]int, bool) {
	if len(words) == 0 {
		return nil, false
	}
	head := words[len(words)-1]
	n := countOf(words[:1])
	if pairNouns[head] != nil && n == 0 && words[0] == "two" && len(r.recent(a, pairNouns[head], 1)) == 0 {
		n = 2 // "Two hospital trusts are to merge", opening the story: the two it names next
	}
	if n == 0 || pairNouns[head] == nil {
		return nil, false
	}
	ps := r.listedSoon(a, pairNouns[head], n)
	return ps, len(ps) > 0
}

// listedSoon returns the n parties of an accepted kind that a list names
// in the sentence holding byte a or in the few after it, the nearest
// first: a number of parties a story opens with is named in the lines
// that follow ("Three Veltrian parties signed … The pact between A, B
// and C"), and another list before it names others; nil when none lists
// just n.
func (r *actorResolver) listedSoon(a int, ok func(string) bool, n int) []int {
	si := sort.Search(len(r.d.Sentences), func(k int) bool { return r.d.Sentences[k].End > a })
	for k := si; k < si+topicReach && k < len(r.d.Parsed); k++ {
		if ps := r.listedAt(k, ok, n); len(ps) == n && (k == si || !r.listActs(k, ps[0])) {
			return ps
		}
	}
	return nil
}

// listedAt returns the n parties of an accepted kind that sentence k
// lists, as its parse coordinates them or, failing that, as its text runs
// them together; nil when it lists no n.
func (r *actorResolver) listedAt(k int, ok func(string) bool, n int) []int {
	if ps := r.listedIn(k, ok, n); len(ps) == n {
		return ps
	}
	return r.listedByText(k, ok, n)
}

// listActs reports whether party p, named in a list of sentence k, is
// named as the subject of that sentence's clause, alone or in a
// coordination: such a list does something of its own ("Four countries
// rejected the plan. France, Spain, Italy and Greece backed it"), where
// one that only says something tells of what the number did.
func (r *actorResolver) listActs(k, p int) bool {
	s := &r.d.Parsed[k]
	sent := r.d.Sentences[k]
	for _, m := range r.mentions {
		if m.party != p || m.start < sent.Start || m.start >= sent.End {
			continue
		}
		w := wordAt(s, m.start)
		for w >= 0 && text.RelIs(s.Words[w].Rel, "conj", "appos", "flat", "compound") {
			w = s.Words[w].Head
		}
		return w >= 0 && strings.HasPrefix(s.Words[w].Rel, "nsubj") && !text.ReportVerbs[s.Words[s.Words[w].Head].Lemma]
	}
	return false
}

// listedByText returns the n parties of an accepted kind that sentence k
// names one after another with only commas, "and" and "the" between
// them, as a list is written whatever its parse; nil when no such run
// names just n.
func (r *actorResolver) listedByText(k int, ok func(string) bool, n int) []int {
	if k >= len(r.d.Sentences) {
		return nil
	}
	sent := r.d.Sentences[k]
	var run []int
	prevEnd := -1
	for _, m := range r.picked(sent.Start, sent.End) {
		if !ok(r.d.Parties[m.party].Kind) {
			run, prevEnd = nil, -1
			continue
		}
		if prevEnd < 0 || !listJoint(r.d.Text[prevEnd:m.start]) {
			if len(run) == n {
				break
			}
			run = nil
		}
		run = appendPartyIdx(run, m.party)
		prevEnd = m.end
	}
	if len(run) != n {
		return nil
	}
	sort.Ints(run)
	return run
}

// listJoint reports whether the text between two names joins them in a
// list: commas, "and" and "the" only (", and the").
func listJoint(between string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(between, ",", " , ")) {
		if w != "," && w != "and" && w != "the" {
			return false
		}
	}
	return strings.TrimSpace(between) != ""
}

// listedIn returns the n parties of an accepted kind that a coordination
// in sentence k names, in the order of salience; nil when none names just n.
func (r *actorResolver) listedIn(k int, ok func(string) bool, n int) []int {
	s := &r.d.Parsed[k]
	for h := range s.Words {
		var conj []int // the parser may read a list of names as appositions
		for _, c := range s.ChildrenWith(h, "conj", "appos") {
			if first, _ := phrase(s, c); first == 0 || s.Words[first-1].Form != "(" {
				conj = append(conj, c)
			}
		}
		if len(conj) != n-1 || text.RelIs(s.Words[h].Rel, "conj", "appos") {
			continue
		}
		var ps []int
		for _, c := range append([]int{h}, conj...) {
			first, last := phrase(s, c)
			st, en := s.Bytes(first, last)
			if got := r.in(st, en); len(got) == 1 && ok(r.d.Parties[got[0]].Kind) {
				ps = appendPartyIdx(ps, got[0])
			}
		}
		if len(ps) == n {
			sort.Ints(ps)
			return ps
		}
	}
	return nil
}

// pairOf returns the two parties of the latest joint commitment whose
// parties are both of an accepted kind ("the two countries" after the
// countries signed and then their ministers did), else nil.
func (r *actorResolver) pairOf(ok func(string) bool) []int {
	for n := len(r.pairs) - 1; n >= 0; n-- {
		if pair := r.pairs[n]; ok(r.d.Parties[pair[0]].Kind) && ok(r.d.Parties[pair[1]].Kind) {
			return pair
		}
	}
	return nil
}

// dealtWith records the two sides of a deal, or of a commitment made
// together, for "the parties" after it (see withPartner).
func (r *actorResolver) dealtWith(ps []int) {
	if len(ps) == 2 && !r.speaksFor(ps[0], ps[1]) && !r.speaksFor(ps[1], ps[0]) {
		r.dealt = append(r.dealt, ps)
	}
}

// joint records the parties of a commitment of sentence si: every set for
// "the four countries", those made by two together for "the two
// countries".
func (r *actorResolver) joint(ps []int, si int) {
	if len(ps) > 0 {
		r.acted, r.actedIn = append(r.acted, ps), append(r.actedIn, si)
	}
	if len(ps) == 2 && !r.speaksFor(ps[0], ps[1]) && !r.speaksFor(ps[1], ps[0]) {
		r.pairs = append(r.pairs, ps)
	}
}

// speaksFor reports whether party p is a person who belongs to party q
// ("Saudi delegate Faisal al-Harbi" and Saudi Arabia): one side, not two.
func (r *actorResolver) speaksFor(p, q int) bool {
	if !personKind(r.d.Parties[p].Kind) {
		return false
	}
	k, ok := r.personParty(p, func(string) bool { return true })
	return ok && k == q
}

func hasLexWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

// staffBodies are the words the name of the body has whose staff a plural
// noun names: "officers" serve a police force, "prosecutors" a
// prosecution service or a justice department.
var staffBodies = map[string][]string{
	"officers": {"police", "constabulary"}, "detectives": {"police", "constabulary"},
	"prosecutors": {"prosecut", "justice", "attorney"},
}

// staff resolves a subject that names the staff of a body with no owner
// ("officers would apply for a confiscation order", "the prosecutors")
// to the body of that kind named last before byte a.
func (r *actorResolver) staff(words []string, a int) []int {
	if len(words) == 2 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) != 1 || staffBodies[words[0]] == nil {
		return nil
	}
	return r.lastOrganisation(a, func(_ int, name string) bool {
		return slices.ContainsFunc(staffBodies[words[0]], func(w string) bool { return kindInName(name, w) })
	})
}

// forceOf returns the police force named before byte a that person p
// serves when their role or title is a police rank ("Detective Chief
// Inspector Mark Ellison"): an officer's "we" is the force's; else nil.
func (r *actorResolver) forceOf(p, a int) []int {
	for _, w := range append(strings.Fields(strings.ToLower(r.d.Parties[p].Role)), r.titleWords(p)...) {
		if policeRanks[w] {
			return r.staff([]string{"officers"}, a)
		}
	}
	return nil
}

// policeRanks are the ranks of a police officer.
var policeRanks = WordSet("constable sergeant inspector superintendent detective")

// spokesWords are people who speak or act for a body a common noun names
// before them ("a council spokesman", "council officers", "union
// negotiators").
var spokesWords = WordSet("spokesman spokeswoman spokesperson official officials representative officers negotiators")

// spokenFor resolves the speaker of a body named by a common noun before
// byte a ("a council spokesman", "a police spokeswoman") to that body, the
// organisation named before whose name says it is one.
func (r *actorResolver) spokenFor(words []string, a int) []int {
	n := len(words)
	if n < 2 || !spokesWords[words[n-1]] || namedBodies[words[n-2]] == nil {
		return nil
	}
	return r.body(words[n-2], a)
}

// commented reports whether a commentator says sentence s's words: the
// company an analyst's words speak of is not the analyst's firm.
func commented(s *syntax.Sentence) bool {
	for _, w := range s.Words {
		if commentators[lower(w.Lemma)] {
			return true
		}
	}
	return false
}

// representedState returns the state whose representative or delegate
// the sentence of byte a or the one before it names last before a, as
// a council's record names its speakers ("the representative of the
// Russian Federation said …", "China's representative said …").
func (r *actorResolver) representedState(si, a int) (int, bool) {
	from := r.sentenceStart(a, 1)
	t := r.d.Text
	found, ok := 0, false
	for _, m := range r.mentions {
		if m.start < from || m.end > a || !countryKind(r.d.Parties[m.party].Kind) {
			continue
		}
		before := strings.ToLower(t[max(0, m.start-22):m.start])
		after := strings.ToLower(t[m.end:min(len(t), m.end+16)])
		if strings.HasSuffix(before, "representative of ") || strings.HasSuffix(before, "representative of the ") ||
			strings.HasPrefix(after, "'s representative") || strings.HasPrefix(after, "’s representative") ||
			strings.HasPrefix(after, "'s delegate") || strings.HasPrefix(after, "’s delegate") {
			found, ok = m.party, true
		}
	}
	return found, ok
}

// officeTitles are the plural offices whose holders "the ministers" may
// stand for when no set of them acted together before.
var officeTitles = WordSet("ministers presidents envoys ambassadors governors mayors")

// officeHolders returns the two people whose role holds office, named
// before byte a, or nil when not exactly two are. A secretary holds
// a minister's office ("Kenya's Cabinet Secretary for Foreign Affairs").
func (r *actorResolver) officeHolders(a int, office string) []int {
	ps := r.recentWhere(a, func(p int) bool {
		q := r.d.Parties[p]
		words := strings.Fields(strings.ToLower(q.Role))
		return personKind(q.Kind) && (slices.Contains(words, office) || office == "minister" && slices.Contains(words, "secretary"))
	}, 3)
	if len(ps) != 2 {
		return nil // "the ministers" of three states are their states'
	}
	sort.Ints(ps)
	return ps
}
