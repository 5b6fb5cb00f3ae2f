package draft

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// commitCueKind says how strongly a word signals a commitment, which decides the
// checks a clause must pass.
type commitCueKind int

const (
	// commitStrong verbs name the act itself: signed, agreed, pledged, vowed.
	commitStrong commitCueKind = iota + 1
	// commitIntent verbs state an intention: plans to, intends to, decided to.
	commitIntent
	// commitModal is will/shall/would/may/could + an action verb.
	commitModal
	// commitNoun is a noun naming a commitment: agreement, treaty, pledge.
	commitNoun
)

// cue is one entry of the commitment lexicon.
type commitCue struct {
	kind   commitCueKind
	status string
	// next, when set, lists the words one of which must follow the cue
	// ("agreed to", "decided to"); "" in the list allows any word.
	next []string
}

var (
	toOnly   = []string{"to"}
	anyWord  = []string{""}
	agreeNxt = []string{"to", "on", "upon", "a", "an", "the", "terms", "in", "jointly", "with", "this", "these"}
)

func commitCues(kind commitCueKind, status string, next []string, forms ...string) map[string]commitCue {
	m := make(map[string]commitCue, len(forms))
	for _, f := range forms {
		m[f] = commitCue{kind: kind, status: status, next: next}
	}
	return m
}

// commitVerbCues maps verb forms to their cue.
var commitVerbCues = mergeCommitCues(
	commitCues(commitStrong, briefing.StatusSigned, anyWord, "signed", "signs", "sign", "signing", "ratified", "ratifies", "ratify", "inked"),
	commitCues(commitStrong, briefing.StatusAgreed, agreeNxt, "agreed", "agrees", "agree", "agreeing"),
	commitCues(commitStrong, briefing.StatusPledged, anyWord, "pledged", "pledging", "vowed", "vowing", "promised",
		"swore", "sworn", "swear", "swears"),
	commitCues(commitStrong, briefing.StatusPledged, []string{"to", "that", "a", "an", "the", "not", "never", ""},
		"pledge", "pledges", "vow", "vows", "promise", "promises"),
	commitCues(commitStrong, briefing.StatusPledged, []string{"to", "that"}, "promising", "undertook", "undertakes", "undertake"),
	commitCues(commitStrong, briefing.StatusPledged, []string{"to", "itself", "themselves", "himself", "herself"}, "committed", "commits", "commit"),
	commitCues(commitIntent, briefing.StatusIntends, toOnly, "decided", "decides", "decide", "plans", "plan", "planned",
		"planning", "intends", "intend", "intended", "intending", "aims", "aim", "aimed", "aiming", "expects",
		"expect", "expected", "hopes", "hope", "hoped", "seeks", "seek", "sought", "resolved"),
	commitCues(commitIntent, briefing.StatusProposed, toOnly, "offered", "offers", "offer", "offering"),
	commitCues(commitIntent, briefing.StatusProposed, []string{"to", "that", "a", "an", "the", "new", "further", "changes"},
		"proposed", "proposes", "propose", "proposing"),
	commitCues(commitIntent, briefing.StatusRefused, toOnly, "refused", "refuses", "refuse", "refusing", "declined",
		"declines", "decline", "declining"),
	commitCues(commitIntent, briefing.StatusRefused, []string{"a", "an", "the", "calls", "demands", "any", "all", "plans", "proposals", "this", "that"},
		"rejected", "rejects", "reject", "rejecting"),
	commitCues(commitModal, briefing.StatusIntends, anyWord, "will", "shall", "'ll", "would"),
	commitCues(commitModal, briefing.StatusProposed, anyWord, "may", "might", "could"),
)

// commitNounCues maps nouns that name a commitment to their default status.
var commitNounCues = mergeCommitCues(
	commitCues(commitNoun, briefing.StatusAgreed, nil, "agreement", "agreements", "treaty", "treaties", "accord", "accords",
		"pact", "pacts", "deal", "deals", "ceasefire", "ceasefires", "cease-fire", "truce", "truces", "memorandum", "armistice",
		"contract", "contracts"),
	commitCues(commitNoun, briefing.StatusPledged, nil, "pledge", "pledges", "vow", "vows", "promise", "promises", "oath",
		"oaths", "commitment", "commitments", "assurance", "assurances", "guarantee", "guarantees"),
	commitCues(commitNoun, briefing.StatusProposed, nil, "proposal", "proposals"),
	commitCues(commitNoun, briefing.StatusRefused, nil, "refusal"),
)

func mergeCommitCues(ms ...map[string]commitCue) map[string]commitCue {
	out := map[string]commitCue{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

func cmSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// governingVerbs change the status of a commitment noun they govern
// ("signed an agreement", "withdrew from the treaty").
var governingVerbs = map[string]string{}

func init() {
	for status, words := range map[string]string{
		briefing.StatusSigned: "signed sign signs signing ratified ratify ratifies ratifying inked",
		briefing.StatusAgreed: "struck strike strikes striking reached reach reaches reaching concluded conclude " +
			"concludes sealed seal seals clinched clinch brokered broker brokers negotiated negotiate negotiates " +
			"negotiating agreed accepted accept accepts took take takes taken made make makes renewed renew " +
			"extended extend honour honor honoured honored kept keep keeps won",
		briefing.StatusProposed: "proposed propose proposes offered offer offers drafted",
		briefing.StatusRefused: "rejected reject rejects broke broken break breaks violated violate violates " +
			"withdrew withdraw withdraws withdrawn withdrawing quit quits exit exited abandoned abandon scrapped " +
			"scrap repeal repealed repealing withdrawal exit ditched tore refused",
	} {
		for w := range cmSet(words) {
			governingVerbs[w] = status
		}
	}
}

// cmDeterminers open a noun phrase; a cue word after one is a noun.
var cmDeterminers = cmSet("a an the this that these those his her its their our my your whose any every each no " +
	"such another which what")

// cmAuxiliaries may stand between a subject and its verb.
var cmAuxiliaries = cmSet("has have had is are was were be been being am do does did also jointly already now " +
	"then still formally officially publicly reportedly later recently previously once again finally have't " +
	"not never n't unconditionally repeatedly quickly initially eventually further together both all")

// cmPronouns can be the subject of a commitment.
var cmPronouns = cmSet("i we he she they it you")

// cmAgentNouns are common nouns that can be the subject of a commitment.
var cmAgentNouns = cmSet("government governments company companies firm firms ministry ministries minister ministers " +
	"official officials leader leaders country countries nation nations side sides administration authorities " +
	"authority bank banks group groups council board union state states kingdom republic president premier " +
	"chancellor party parties campaign organisation organization agency parliament congress senate cabinet " +
	"committee commission regime team partners partner allies coalition delegation delegations institutions " +
	"operator operators airline carrier maker makers manufacturer manufacturers retailer giant chain owner owners " +
	"investors lenders regulator regulators producers members governor mayor club clubs network city council " +
	"family chief executive chairman boss founder spokesman spokeswoman insurer insurers unions workers")

// cmReportVerbs introduce reported speech; "would" after one reports an
// intention ("said it would sign").
var cmReportVerbs = cmSet("said says say told announced announces confirmed confirms added adds stated states " +
	"declared declares insisted insists indicated indicates signalled signaled signals explained promised warned " +
	"warns vowed pledged agreed decided revealed reported believes believed hoped thinks thought")

// cmActionStops are verbs after will/would/may that do not make a commitment:
// states, predictions and happenings.
var cmActionStops = cmSet("be have has get become remain seem appear look need face see hear feel know " +
	"happen occur come go fall rise drop grow decline lose suffer die starve mean depend matter celebrate mark " +
	"cost take find likely probably also never not always still just only soon then there make say tell " +
	"think want like love hate hope wonder believe argue claim cause lead result affect hit end fail " +
	"work succeed last")

// volitionalVerbs are the actions after will/shall/would that someone can
// commit to; predictions ("will outperform", "would outstrip") are left out.
var volitionalVerbs = cmSet("sign agree accept join commit ratify approve adopt offer provide supply fund finance " +
	"invest deliver build cooperate partner extend lift cut raise reduce increase pay buy sell open launch withdraw " +
	"pledge host resume back support endorse consider propose allow grant waive drop acquire merge hold start " +
	"introduce create close spend send seek help appoint announce present unveil publish release set establish " +
	"expand develop produce export import ease impose ban abolish scrap stop double triple hire recruit train " +
	"upgrade modernise modernize monitor review implement submit repay refund compensate protect ensure guarantee " +
	"give donate share transfer list float restructure slash shed axe boost lower freeze maintain keep continue " +
	"work meet talk negotiate discuss bid file apply seize nationalise nationalize privatise privatize sell-off " +
	"reform replace remove veto block oppose challenge appeal contest honour honor respect enforce tackle fight " +
	"defend push press lobby campaign vote elect nominate resign retire step quit step-down hand return rebuild " +
	"restore repair replace upgrade enter leave end halt suspend cancel postpone delay reopen phase focus try " +
	"aim plan decide study examine assess investigate introduce table draft write make take put bring")

// modalActionsMay are the verbs after may/might/could that make a proposal.
var modalActionsMay = cmSet("sign agree accept join commit ratify approve adopt offer provide supply fund finance " +
	"invest deliver build cooperate partner extend lift cut raise reduce increase pay buy sell open launch " +
	"withdraw pledge host resume back support endorse consider propose allow grant waive drop")

// cmClauseOpeners start a new clause; a subject is not looked for across one.
var cmClauseOpeners = cmSet("while whereas but although though because since after before when whenever as " +
	"that which who whom whose where if unless until once so yet saying according how why what whether " +
	"means meant said says say told added")

// cmConditionWords make a commitment conditional when they open a clause of
// the same sentence.
var cmConditionWords = cmSet("if unless provided providing")

// hypotheticalOpeners make the clause they open no commitment of its own.
var hypotheticalOpeners = cmSet("if unless until whenever once when")

// conflictStems mark violent, judicial and movement events: an intention
// whose action holds one is not recorded as a commitment. Stems match the
// start of a word; conflictWords match whole words.
var conflictStems = []string{"attack", "kill", "bomb", "shoot", "murder", "assassinat", "massacr", "invad",
	"invasion", "battle", "fight", "bombard", "airstrike", "assault", "wound", "injur", "tortur", "execut",
	"behead", "decapitat", "starv", "poison", "arrest", "detain", "detention", "imprison", "prison", "custod",
	"captur", "kidnap", "abduct", "hostage", "indict", "prosecut", "convict", "acquit", "lawsuit", "testif",
	"investigat", "extradit", "deport", "evacuat", "migrat", "smuggl", "travel", "visit", "arriv", "depart",
	"escap", "shipment", "transport", "asylum", "retreat", "surrender", "annihilat", "destroy", "violen",
	"genocid", "homicid", "mutilat", "impeach", "maim", "massacre", "slaughter", "behead", "terroris", "punish", "sentenc", "withdr", "rioting", "missile", "weapon"}

var conflictWords = cmSet("war wars warfare shot shoots shell shelled shelling raid raids raided rob robbed " +
	"robbery harm harmed hang hanged jail jailed jails trial trials sue sued suing flee fled fly flew flies " +
	"roam walk march marched marches rape raped riot riots clash clashes troops crime crimes charge charged " +
	"charges strike strikes struck striking move moved moving go goes went")

// isConflictWord reports whether a lower-case word names a violent,
// judicial or movement event.
func isConflictWord(w string) bool {
	if conflictWords[w] {
		return true
	}
	for _, s := range conflictStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// declineStops are what one declines to do without refusing a commitment.
var declineStops = cmSet("comment be say elaborate give discuss disclose confirm specify identify reveal answer " +
	"speak respond name provide detail")
