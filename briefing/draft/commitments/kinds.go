package commitments

import (
	"slices"
	"sort"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// namedAs returns the organisation in focus before byte a (see inFocus)
// whose own name holds the noun a definite description is headed by ("the
// bank" after the Central Bank of Halden, though its Monetary Policy
// Board was named since), unless its name says it is another kind of body
// ("the airline" is not the Airline Pilots' Federation); else nil.
func (r *actorResolver) namedAs(noun string, a int) []int {
	return r.inFocus(a, func(p int) bool {
		return orgKind(r.d.Parties[p].Kind) && WordSet(strings.ToLower(r.d.Parties[p].Name))[noun] && !r.otherBody(p, noun)
	})
}

// recentOfKind returns the party named last before byte a that "the"
// and a noun for a single party ("the company", "the country") can
// stand for: of the noun's kind, and no body whose own name says it is
// another kind of body ("the company" is not the union named since). A
// noun that only gives a kind stands for the nearest; one that a name
// holds for the story's own (see namedAs). A body the clauses before
// tell of as their subject goes before one named since in passing (see
// subjectOfKind).
func (r *actorResolver) recentOfKind(a int, noun string) []int {
	ok := singleNouns[noun]
	topic := r.subjectOfKind(a, noun)
	if len(topic) > 0 && (tradeNames[noun] == nil || r.plies(topic[0], noun)) {
		return topic
	}
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= a })
	if p, found := r.namedForTrade(k, noun); found {
		return []int{p} // "the carrier would not seek new equity" after the airline, its supplier and the bank that lends to it
	}
	if len(topic) > 0 {
		return topic
	}
	for k--; k >= 0; k-- {
		p := r.mentions[k].party
		if ok(r.d.Parties[p].Kind) && !r.otherBody(p, noun) {
			return []int{p}
		}
	}
	return r.recent(a, ok, 1)
}

// namedForTrade returns the organisation named last before mention k
// whose name says it plies the trade noun names ("Costa Azur Airlines"
// for "the carrier", "Banco Mercantil" for "the lender"), no body of
// another kind ("Riomar Airline Pilots Association").
func (r *actorResolver) namedForTrade(k int, noun string) (int, bool) {
	for k--; k >= 0; k-- {
		if p := r.mentions[k].party; r.plies(p, noun) {
			return p, true
		}
	}
	return 0, false
}

// plies reports whether party p is an organisation whose name says it
// plies the trade noun names (see tradeNames), and no body of another
// kind.
func (r *actorResolver) plies(p int, noun string) bool {
	name := WordSet(strings.ToLower(r.d.Parties[p].Name))
	return orgKind(r.d.Parties[p].Kind) && slices.ContainsFunc(tradeNames[noun], func(w string) bool { return name[w] }) && !r.otherBody(p, noun)
}

// tradeNames are the words in a business's name that say which trade it
// plies, by the noun a text calls such a business.
var tradeNames = func() map[string][]string {
	airline := []string{"airlines", "airline", "airways", "air", "aviation"}
	bank := []string{"bank", "banco", "banque", "banca", "bancorp"}
	maker := []string{"motors", "motor", "automotive", "auto", "autos", "cars"}
	shop := []string{"stores", "store", "supermarkets", "supermarket", "retail", "foods", "mart"}
	return map[string][]string{
		"airline": airline, "carrier": append(slices.Clone(airline), "line", "lines", "shipping"),
		"bank": bank, "lender": bank, "insurer": {"insurance", "assurance"},
		"carmaker": maker, "automaker": maker, "retailer": shop, "supermarket": shop, "grocer": shop,
		"utility":     {"energy", "power", "water", "electric", "gas"},
		"broadcaster": {"broadcasting", "television", "tv", "radio", "media"},
		"publisher":   {"publishing", "press", "books"}, "miner": {"mining", "mines", "minerals", "resources"},
		"developer": {"homes", "properties", "developments", "estates"},
	}
}()

// otherBody reports whether party p's name or the text beside it says it
// is a body of another kind than noun: a union, a party, a council, a
// police force or a ministry is not "the company".
func (r *actorResolver) otherBody(p int, noun string) bool {
	if !firmNouns[noun] {
		return false
	}
	name := strings.ToLower(r.d.Parties[p].Name)
	if publicBodyName(name) {
		return true // "the company" is not the tribunal it appeals to
	}
	if r.calledA(p, "fund") {
		return true // "the pension fund Nordstrand Pension" is not the company it invests in
	}
	for body, words := range namedBodies {
		for _, w := range words {
			if WordSet(name)[w] || r.calledA(p, body) && !sellers[body] {
				return true
			}
		}
	}
	return false
}

// sellers are the bodies of namedBodies that a business may be called
// too: "the streaming service Streamora" is a company, where a public
// service says so in its name ("the National Health Service").
var sellers = WordSet("service")

// publicBodyName reports whether a lower-cased name holds a word of
// publicBodies.
func publicBodyName(name string) bool {
	for w := range WordSet(name) {
		if publicBodies[w] {
			return true
		}
	}
	return false
}

// firmNouns name a business, which no union, party or public body is.
var firmNouns = WordSet("company firm " + businessTrades)

// publicBodies are the words in the name of a public or civic body that
// no business is: a tribunal, a court, a commission, a public service, a
// university; and of a fund, which invests in companies and is called "the
// fund", not "the company".
var publicBodies = WordSet("tribunal court service commission committee board inspectorate regulator directorate branch ministry " +
	"assembly parliament senate congress university college school hospital institute foundation association " +
	"federation confederation campaign chamber fund")

// subjectOfKind returns the organisation of the noun's kind (see
// recentOfKind) that the subject of a main or reported clause names
// nearest before byte a, in its sentence or the topicReach sentences
// before it: "Crestline said it had appointed an auditor, Hadley & Okoro.
// The company pledged to repay": Crestline, which the text tells of, not
// the auditor named since in passing. Nil for a noun of another kind.
func (r *actorResolver) subjectOfKind(a int, noun string) []int {
	ok := singleNouns[noun]
	if !ok(briefing.KindOrganisation) || ok(briefing.KindCountry) {
		return nil
	}
	si := r.sentenceIndex(a)
	if p, ok := r.onlyFirmBefore(si, a, noun); ok {
		return []int{p} // "We have asked Kestrel to report …, and the company has agreed"
	}
	for back := si; back >= 0 && si-back <= topicReach; back-- {
		for _, p := range r.sentenceSubjects(back) {
			if !orgKind(r.d.Parties[p].Kind) || r.otherBody(p, noun) {
				continue
			}
			if back == si && !r.namedBetween(p, r.sentenceStart(a, 0), a) {
				continue // the subject of the clause itself, or one named after it
			}
			return []int{p}
		}
	}
	return nil
}

// onlyFirmBefore returns the one organisation of the noun's kind that
// sentence si names before byte a when no organisation is the subject of
// any of its clauses: the firm a speaker's clause acted on is the one
// "the company" of the next clause means.
func (r *actorResolver) onlyFirmBefore(si, a int, noun string) (int, bool) {
	for _, p := range r.sentenceSubjects(si) {
		if orgKind(r.d.Parties[p].Kind) {
			return 0, false
		}
	}
	found := -1
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= r.sentenceStart(a, 0) })
	for ; k < len(r.mentions) && r.mentions[k].start < a; k++ {
		p := r.mentions[k].party
		if !orgKind(r.d.Parties[p].Kind) || r.otherBody(p, noun) {
			continue
		}
		if found >= 0 && p != found {
			return 0, false // two firms: which one, the sentence does not say
		}
		found = p
	}
	return found, found >= 0
}

// namedBetween reports whether party p is mentioned in [start, end).
func (r *actorResolver) namedBetween(p, start, end int) bool {
	k := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].start >= start })
	for ; k < len(r.mentions) && r.mentions[k].start < end; k++ {
		if r.mentions[k].party == p {
			return true
		}
	}
	return false
}
