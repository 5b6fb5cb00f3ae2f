package commitments

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// predKind says how a predicate commits, which decides what its clause
// must hold to be a commitment.
type predKind int

const (
	// predStrong verbs name the act itself: sign, agree, pledge, vow.
	predStrong predKind = iota + 1
	// predIntent verbs state an intention, an offer or a refusal and need
	// a complement: plan to, intend to, offer to, refuse to.
	predIntent
	// predObject verbs take what is offered or refused as their object or
	// as a complement: propose a cut, offer to pay, reject a bid.
	predObject
)

// predicate is one entry of the verb lexicon, keyed by lemma.
type predicate struct {
	kind   predKind
	status string
}

// predicates makes lexicon entries of lemmas; "_" joins a verb and its
// particle ("turn_down").
func predicates(kind predKind, status, lemmas string) map[string]predicate {
	m := map[string]predicate{}
	for _, l := range strings.Fields(lemmas) {
		m[strings.ReplaceAll(l, "_", " ")] = predicate{kind, status}
	}
	return m
}

// commitVerbs maps the lemmas of commitment verbs to their entry.
var commitVerbs = mergeMaps(
	predicates(predStrong, briefing.StatusSigned, "sign ratify ink"),
	predicates(predStrong, briefing.StatusAgreed, "agree"),
	predicates(predObject, briefing.StatusAgreed, "accept"),
	predicates(predStrong, briefing.StatusPledged, "pledge promise vow swear commit undertake guarantee"),
	predicates(predIntent, briefing.StatusIntends, "intend plan aim decide resolve expect want vote prepare"),
	predicates(predIntent, briefing.StatusProposed, "consider seek"),
	predicates(predObject, briefing.StatusProposed, "propose offer"),
	predicates(predObject, briefing.StatusRefused, "refuse decline reject veto oppose"),
	predicates(predObject, briefing.StatusRefused, "turn_down opt_out pull_out back_out rule_out"),
	predicates(predObject, briefing.StatusConditional, "threaten"),
)

// withdrawals refuse what they leave, named after "of" or "from" ("opted
// out of the auction", "pulled out of the deal").
var withdrawals = map[string]bool{"opt out": true, "pull out": true, "back out": true}

// commitNouns maps the lemmas of nouns that name a commitment to the
// status they carry when no verb changes it.
var commitNouns = mergeMaps(
	nounStatuses(briefing.StatusAgreed, "agreement treaty accord pact deal ceasefire cease-fire truce memorandum "+
		"armistice contract settlement order understanding"),
	nounStatuses(briefing.StatusPledged, "pledge promise vow commitment oath assurance guarantee undertaking"),
	nounStatuses(briefing.StatusProposed, "proposal offer bid amendment motion"),
	nounStatuses(briefing.StatusIntends, "plan decision intention"),
	nounStatuses(briefing.StatusRefused, "refusal"),
)

// nounStatuses maps lemmas to a status; "_" joins a verb and its particle.
func nounStatuses(status, lemmas string) map[string]string {
	m := map[string]string{}
	for _, l := range strings.Fields(lemmas) {
		m[strings.ReplaceAll(l, "_", " ")] = status
	}
	return m
}

// orderNouns commit only with a support verb ("placed an order").
var orderNouns = WordSet("order")

// commandVerbs give or follow an order that is a command, no purchase
// ("gave the orders", "obeyed orders").
var commandVerbs = WordSet("give issue obey follow defy carry_out")

// supportVerbs govern a commitment noun and give the clause its actor and
// status ("reached a deal", "rejected the proposal"); "" keeps the noun's
// own status.
var supportVerbs = mergeMaps(
	nounStatuses(briefing.StatusSigned, "sign ratify ink enter"),
	nounStatuses("", "reach strike conclude seal clinch hammer make renew extend continue maintain "+
		"finalise finalize announce unveil outline honour honor keep win give lay_out set_out put_forward "+
		"live_up abide adhere comply uphold respect implement take"),
	nounStatuses(briefing.StatusAgreed, "accept approve adopt back endorse clear place join"),
	nounStatuses(briefing.StatusProposed, "propose offer draft table submit present launch"),
	nounStatuses(briefing.StatusRefused, "reject break violate withdraw quit exit abandon scrap repeal ditch "+
		"tear refuse breach renege ignore defy flout"),
)

func mergeMaps[V any](ms ...map[string]V) map[string]V {
	out := map[string]V{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

func WordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// willModals make an announced decision of the verb they go with;
// mayModals only a possibility, which is a proposal.
var (
	willModals = WordSet("will shall 'll wo")
	mayModals  = WordSet("may might could")
)

// nonActions are verbs that state, forecast or happen rather than act:
// after will/may they make no commitment ("prices will rise", "it will be
// hard", "jobs could go").
var nonActions = WordSet("be have get become remain seem appear look need face see hear feel know happen occur " +
	"come go fall rise drop grow decline lose suffer die starve mean depend matter cost find say tell think want " +
	"like love hate hope wonder believe forget remember argue claim cause result affect hit fail succeed last benefit " +
	"struggle continue outperform outstrip exceed surpass reach slow shrink recover rebound soar plunge slump " +
	"jump climb ease fade vanish disappear emerge arrive celebrate mark do spell discuss talk debate begin boost make help impact " +
	"deny convene gather wait collapse expire survive receive negotiate watch stay pretend win miss involve " +
	"expect imagine predict anticipate suspect guess doubt")

// mayActions are the verbs after may/might/could that still put an offer
// on the table ("could sign", "may cut").
var mayActions = WordSet("sign agree accept join commit ratify approve adopt offer propose pledge back support " +
	"endorse grant waive drop withdraw lift cut raise scrap axe ban impose")

// idleComplements are what one declines or refuses without refusing a
// commitment ("declined to comment", "refused to rule out"), and what an
// intention to be is not.
var idleComplements = WordSet("understand believe comment be say elaborate give discuss disclose confirm specify identify reveal answer speculate " +
	"speak respond name detail seem appear remain become help rule bet wager")

// requestVerbs ask another to act: what they govern is not the asker's
// commitment ("urged Syria to withdraw", "called on Iran to stop").
var requestVerbs = WordSet("urge call ask press push encourage persuade force tell order demand request invite " +
	"allow enable help want require instruct advise warn pressure lobby convince")

// forecastHeads make the commitment they govern an announced intention
// ("is expected to sign", "is set to agree"); "prepare" and "determine"
// are the lemmas of "is prepared to", "is determined to" read as passives.
var forecastHeads = WordSet("expect set due likely poised ready willing prepared prepare determined determine going schedule")

// conditionMarks open a clause on which a commitment hangs.
var conditionMarks = WordSet("if unless provided providing")

// hypotheticalMarks make the clause they open no commitment of its own
// ("if we sign", "whether to agree").
var hypotheticalMarks = WordSet("if unless whether until")

// agentNouns are common nouns that can head the subject of a commitment.
var agentNouns = WordSet("government company firm ministry minister official leader country nation side participant signatory " +
	"administration authority bank group council board union state kingdom republic president premier " +
	"chancellor party campaign organisation organization agency parliament congress senate cabinet committee " +
	"commission regime team partner ally coalition delegation institution operator airline carrier maker " +
	"manufacturer retailer giant chain owner investor lender regulator producer member governor mayor club " +
	"network city family chief executive chairman boss founder spokesman spokeswoman insurer worker director " +
	"lawyer prosecutor court judge army military police rebel militant employer shareholder buyer seller " +
	"bidder exchange fund trust president secretary envoy ambassador diplomat negotiator mediator force " +
	"client defendant accused suspect husband wife son daughter father mother brother sister widow friend " +
	"neighbour neighbor landlord tenant patient teacher doctor officer soldier fighter player coach manager " +
	"candidate voter resident department cooperative association federation movement commissioner ombudsman inspector " +
	"auditor defence defense management prosecution")

// Determiners open a noun phrase.
var Determiners = WordSet("a an the this that these those his her its their our my your whose any every each no " +
	"such another which what")

// Prepositions are the prepositions a clause may start with.
var Prepositions = WordSet("in on at after before during since following with for from under by over as amid " +
	"despite about against among between into through throughout within without")

// ClauseOpeners start a new clause.
var ClauseOpeners = WordSet("while whereas but although though because since after before when whenever as " +
	"that which who whom whose where if unless until once so yet saying according how why what whether " +
	"means meant said says say told added")
