package commitments

import (
	"reflect"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft/doc"
	"github.com/briefdesk/briefdesk/briefing/draft/gazetteer"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// testDoc builds a document from text with the real segmenter and the
// parties and dates given as "Name|alias/kind[/role]" and "text=value" marks, so that
// the commitment stage is tested on its own.
func testDoc(t *testing.T, src string, parties []string, dates []string) *doc.Document {
	t.Helper()
	return drafttest.Marked(t, src, parties, dates)
}

// brief is the part of a commitment the table checks.
type brief struct {
	actors   string
	status   string
	when     string
	deadline string
}

func TestFindCommitments(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		parties []string
		dates   []string
		want    []brief
	}{
		{"two clauses in one sentence",
			"France pledged to cut emissions while Germany vowed to plant trees.",
			[]string{"France/country", "Germany/country"}, nil,
			[]brief{{"France", "pledged", "", ""}, {"Germany", "pledged", "", ""}}},
		{"negated agreement is a refusal",
			"Morocco did not agree to the plan.", []string{"Morocco/country"}, nil,
			[]brief{{"Morocco", "refused", "", ""}}},
		{"modality: may sign is a proposal",
			"The company may sign the contract next year.", nil, nil,
			[]brief{{"company", "proposed", "", ""}}},
		{"if makes it conditional",
			"If talks succeed, the government will sign the accord.", nil, nil,
			[]brief{{"government", "conditional", "", ""}}},
		{"the two countries resolve to the last two countries",
			"Morocco welcomed China. The two countries agreed to cooperate on vaccines.",
			[]string{"Morocco/country", "China/country"}, nil,
			[]brief{{"China;Morocco", "agreed", "", ""}}},
		{"we inside a quote is the speaker",
			"“We will build the plant in Tangier,” said Karim Alami.",
			[]string{"Karim Alami/person", "Tangier/place"}, nil,
			[]brief{{"Karim Alami", "pledged", "", ""}}},
		{"deadline: by a date",
			"Kenya promised to repay the loan by the end of March.",
			[]string{"Kenya/country"}, []string{"the end of March=2021-03"},
			[]brief{{"Kenya", "pledged", "", "2021-03"}}},
		{"deadline within months, act dated",
			"On August 20, Chile agreed to lift the ban within three months.",
			[]string{"Chile/country"}, []string{"August 20=2020-08-20"},
			[]brief{{"Chile", "agreed", "2020-08-20", "2020-11"}}},
		{"a decision to withdraw is an intention of its owner",
			"Mr. Putin's decision to withdraw from the treaty surprised allies.",
			[]string{"Putin/person"}, nil,
			[]brief{{"Putin", "intends", "", ""}}},
		{"withdrawing from a treaty is a refusal",
			"Russia withdrew from the treaty in 2019.", []string{"Russia/country"}, []string{"2019=2019"},
			[]brief{{"Russia", "refused", "2019", ""}}},
		{"passive agent: a named treaty with its signatories",
			"The Geneva Conventions, a treaty ratified by 196 nations, still apply.", nil, nil,
			[]brief{{"196 nations", "signed", "", ""}}},
		{"passive agent with coordination",
			"The treaty was signed by Iran and Russia on Monday.",
			[]string{"Iran/country", "Russia/country"}, []string{"Monday=2020-08-24"},
			[]brief{{"Iran;Russia", "signed", "2020-08-24", ""}}},
		{"participle clause takes the sentence subject",
			"Bashar al-Assad vowed to take back Syria, pledging to ramp up military efforts.",
			[]string{"Bashar al-Assad/person"}, nil,
			[]brief{{"Bashar al-Assad", "pledged", "", ""}, {"Bashar al-Assad", "pledged", "", ""}}},
		{"coordinated verbs share the subject",
			"Iran signed the deal and promised to open its sites.", []string{"Iran/country"}, nil,
			[]brief{{"Iran", "signed", "", ""}, {"Iran", "pledged", "", ""}}},
		{"coordinated subjects are all actors",
			"The President and the Prime Minister agreed to cut tariffs on steel.",
			[]string{"President/person", "Prime Minister/person"}, nil,
			[]brief{{"President;Prime Minister", "agreed", "", ""}}},
		{"committed is active even after is",
			"Ghana is committed to cutting tariffs by 2030.", []string{"Ghana/country"}, []string{"2030=2030"},
			[]brief{{"Ghana", "pledged", "", "2030"}}},
		{"a passive signing with no one who could have signed it is no commitment",
			"The accord was signed in Oslo last year.", nil, nil, nil},
		{"signs of something are not a signing",
			"There are clear signs of a revival in demand.", nil, nil, nil},
		{"a pronoun takes the first party of the sentence before",
			"Hyundai Motor sells cars in India. It plans to build a second plant near Chennai.",
			[]string{"Hyundai Motor/organisation", "India/country", "Chennai/place"}, nil,
			[]brief{{"Hyundai Motor", "intends", "", ""}}},
		{"a name that only describes the subject is not the actor",
			"The Italian liqueur maker will acquire the shares.", []string{"Italy|Italian/country"}, nil,
			[]brief{{"Italian liqueur maker", "intends", "", ""}}},
		{"noun with a support verb: a peace deal is a pact, a bare deal is not",
			"Rebels and the army reached a peace deal. The Iran deal was mentioned. Shares rose in line with the deal.", nil, nil,
			[]brief{{"Rebels;army", "agreed", "", ""}}},
		{"noun with a support verb and a counterparty",
			"Kenya struck a deal with Uganda.", []string{"Kenya/country", "Uganda/country"}, nil,
			[]brief{{"Kenya", "agreed", "", ""}}},
		{"a sum after the verb",
			"Japan pledged $500 million in aid to Haiti.", []string{"Japan/country", "Haiti/country"}, nil,
			[]brief{{"Japan", "pledged", "", ""}}},
		{"signing up is no signing",
			"Thousands signed up for the service. Users are signing in.", nil, nil, nil},
		{"an introductory phrase is not the subject",
			"By the end of March the firm plans to hire 1,000 staff.", nil, nil,
			[]brief{{"firm", "intends", "", ""}}},
		{"hoping to be is a forecast",
			"The firm hopes to be back in profit soon.", nil, nil, nil},
		{"an owner is resolved like a pronoun",
			"Sweden hosted the talks. Its pledge to double aid was welcomed.", []string{"Sweden/country"}, nil,
			[]brief{{"Sweden", "pledged", "", ""}}},
		{"a possessive name owns the pledge",
			"Iran's pledge to halt enrichment was welcomed.", []string{"Iran/country"}, nil,
			[]brief{{"Iran", "pledged", "", ""}}},
		{"a pronoun that resolves to no one makes no commitment",
			"It will build a bridge.", nil, nil, nil},
		{"a discourse word is not the subject",
			"The rebels, however, vowed to fight on.", nil, nil, []brief{{"rebels", "pledged", "", ""}}},
		{"the kingdom is the last country named",
			"Saudi Arabia welcomed the plan. The kingdom pledged $1bn to the fund.", []string{"Saudi Arabia/country"}, nil,
			[]brief{{"Saudi Arabia", "pledged", "", ""}}},
		{"collective: both sides are the last two parties named",
			"Israel and Hamas met in Cairo. Both sides agreed to a truce.",
			[]string{"Israel/country", "Hamas/organisation", "Cairo/place"}, nil,
			[]brief{{"Hamas;Israel", "agreed", "", ""}}},
		{"collective: both sides of a deal are the states that made it, not the ministers who signed it",
			"Chile and Argentina signed a lithium deal on Monday. The deal, signed in Santiago by Chile's mining minister Aurora Williams and Argentina's secretary of mining Luis Lucero, commits both sides to publish a survey.",
			[]string{"Chile/country", "Argentina/country", "Aurora Williams/person", "Luis Lucero/person"}, []string{"Monday=2020-08-31"},
			[]brief{{"Argentina;Chile", "signed", "2020-08-31", ""}, {"Argentina;Chile", "agreed", "", ""}}},
		{"collective: the bank is the last organisation named",
			"Barclays reported a loss. The bank plans to cut 500 jobs.",
			[]string{"Barclays/organisation"}, nil,
			[]brief{{"Barclays", "intends", "", ""}}},
		{"collective with an owner: his country is the last country named",
			"Hugo Chavez visited Venezuela's oil fields. He said his country would supply oil to China.",
			[]string{"Hugo Chavez/person", "Venezuela/country", "China/country"}, nil,
			[]brief{{"Venezuela", "pledged", "", ""}}},
		{"apposition: a description with the name beside it",
			"Russian energy giant Gazprom plans to build a pipeline.", []string{"Gazprom/organisation"}, nil,
			[]brief{{"Gazprom", "intends", "", ""}}},
		{"of its own accord is no accord",
			"The firm left of its own accord, in accord with the rules.", nil, nil, nil},
		{"quote and said X: we is the speaker",
			"\"We will never sign this deal,\" said Jane Doe.", []string{"Jane Doe/person"}, nil,
			[]brief{{"Jane Doe", "refused", "", ""}}},
		{"quote and said X: a quoted we will is a pledge",
			"\"We will honour the peace deal in full,\" Ali Hassan told reporters.", []string{"Ali Hassan/person"}, nil,
			[]brief{{"Ali Hassan", "pledged", "", ""}}},
		{"reported speech: it after the firm said is the firm",
			"Leeds City Council rejected the plan of Veolia. The firm said it would appeal.",
			[]string{"Leeds City Council/organisation", "Veolia/organisation"}, nil,
			[]brief{{"Leeds City Council", "refused", "", ""}, {"Veolia", "intends", "", ""}}},
		{"when: the date of the verb of saying that reports it",
			"Ukraine said on Tuesday that it was planning to sell 300 firms.", []string{"Ukraine/country"}, []string{"Tuesday=2020-08-25"},
			[]brief{{"Ukraine", "intends", "2020-08-25", ""}}},
		{"when: the date of a verb of saying after the clause",
			"Novagen is to cut 2,000 jobs, the company said on Wednesday.", []string{"Novagen/organisation"}, []string{"Wednesday=2020-08-26"},
			[]brief{{"Novagen", "intends", "2020-08-26", ""}}},
		{"condition: a condition of a coordinated verb is not the first verb's",
			"Veolia said it would appeal and may take the case to court if the appeal fails.", []string{"Veolia/organisation"}, nil,
			[]brief{{"Veolia", "intends", "", ""}}},
		{"refusing to rule out is no refusal",
			"The company refused to rule out further cuts.", nil, nil, nil},
		{"deadline: a date that opens with by",
			"Kenya promised to repay the loan by March.", []string{"Kenya/country"}, []string{"by March=2021-03"},
			[]brief{{"Kenya", "pledged", "", "2021-03"}}},
		{"reported would: said it would",
			"Toyota said it would open a plant in Texas.", []string{"Toyota/organisation"}, nil,
			[]brief{{"Toyota", "intends", "", ""}}},
		{"be to announces a decision",
			"The World Trade Organisation is to end its quota system.", []string{"World Trade Organisation/organisation"}, nil,
			[]brief{{"World Trade Organisation", "intends", "", ""}}},
		{"condition: unless keeps the commitment conditional",
			"Chile will lift the ban unless prices rise.", []string{"Chile/country"}, nil,
			[]brief{{"Chile", "conditional", "", ""}}},
		{"modality: could offer is a proposal",
			"Spain could offer more aid.", []string{"Spain/country"}, nil,
			[]brief{{"Spain", "proposed", "", ""}}},
		{"talks without an outcome: failing to agree is no refusal",
			"Peru failed to agree on a budget.", []string{"Peru/country"}, nil,
			nil},
		{"an act still to be done: yet to sign is neither signed nor refused",
			"China, which is owed about $2.1 billion, has yet to sign an agreement.", []string{"China/country"}, nil,
			nil},
		{"a judgement reached: deciding what something is commits to nothing",
			"Council leader Sarah Polglase said the town had considered buying its own ferry but decided the cost was too high.", []string{"Sarah Polglase/person"}, nil,
			nil},
		{"an act still to be done: is yet to approve",
			"The council is yet to approve the plan.", nil, nil,
			nil},
		{"negation: not agreeing is a refusal",
			"Peru did not agree to the budget.", []string{"Peru/country"}, nil,
			[]brief{{"Peru", "refused", "", ""}}},
		{"refusal: rejecting a bid",
			"The board rejected the bid.", nil, nil,
			[]brief{{"board", "refused", "", ""}}},
		{"movement and withdrawal are commitments like any other",
			"Britain plans to withdraw its troops. The US intends to move its embassy to Jerusalem. Officials decided to evacuate the town.",
			[]string{"Britain/country", "US/country", "Jerusalem/place"}, nil,
			[]brief{{"Britain", "intends", "", ""}, {"US", "intends", "", ""}, {"Officials", "intends", "", ""}}},
		{"forecast head: set to unveil is an announced intention",
			"Mr Berlusconi is set to unveil reforms on Thursday.", []string{"Berlusconi/person"}, []string{"Thursday=2020-09-03"},
			[]brief{{"Berlusconi", "intends", "2020-09-03", ""}}},
		{"reported would after told",
			"Aguas told the newspaper it would not accept any change.", []string{"Aguas/organisation"}, nil,
			[]brief{{"Aguas", "refused", "", ""}}},
		{"relative clause: who planned takes the noun it describes",
			"Investors who planned to build plants left.", nil, nil,
			[]brief{{"Investors", "intends", "", ""}}},
		{"a party named as subject can act even when tagged a noun",
			"Yukos will return to court to seek sanctions.", []string{"Yukos/organisation"}, nil,
			[]brief{{"Yukos", "intends", "", ""}}},
		{"offering a party something",
			"Hugo Chavez has offered China access to oil reserves.", []string{"Hugo Chavez/person", "China/country"}, nil,
			[]brief{{"Hugo Chavez", "proposed", "2020-08-31", ""}}},
		{"negation: will not + an act of restraint is a pledge",
			"\"We will not leave a vacuum,\" said Helen Marsh.", []string{"Helen Marsh/person"}, nil,
			[]brief{{"Helen Marsh", "pledged", "", ""}}},
		{"condition: taking action unless something happens",
			"The Okafor family said they would take legal action unless the force published the report.",
			[]string{"Okafor family/group"}, nil,
			[]brief{{"Okafor family", "conditional", "", ""}}},
		{"a pronoun in reported speech is the one who says it",
			"Barclays reported a loss. The union said it would accept the offer.", []string{"Barclays/organisation"}, nil,
			[]brief{{"union", "intends", "", ""}}},
		{"a participle after by shares the subject of its clause",
			"Rebels have threatened critics by vowing to cancel their licences.", nil, nil,
			[]brief{{"Rebels", "pledged", "", ""}}},
		{"a promise by someone names its maker",
			"Snowden pointed to a campaign promise by Justin Trudeau to amend the law.",
			[]string{"Snowden/person", "Justin Trudeau/person"}, nil,
			[]brief{{"Justin Trudeau", "pledged", "", ""}}},
		{"negotiating a treaty is no treaty yet",
			"The two countries have been negotiating a border treaty for six years.", nil, nil, nil},
		{"quantified subjects, can and must are no decisions",
			"Some countries will do better than others. Foreign investors can enter any area. The firm must prove it.", nil, nil, nil},
		{"progressive after will is a forecast",
			"Yukos will be marketing a stolen product.", []string{"Yukos/organisation"}, nil, nil},
		{"could decide is no decision",
			"The board could decide to sell the unit.", nil, nil, nil},
		{"declining to be drawn is not a refusal",
			"Mr Raha declined to be drawn on the talks.", []string{"Raha/person"}, nil, nil},
		{"hoping to reach a deal is no deal",
			"Both sides hope to reach a deal. No formal agreement had been made.", nil, nil, nil},
		{"opposing a plan is a refusal",
			"Business leaders had opposed the plan.", nil, nil,
			[]brief{{"Business leaders", "refused", "", ""}}},
		{"a headline retells the body and makes no commitment of its own",
			"Kenya and Uganda agree to open border\n\nKenya and Uganda agreed to open their border.",
			[]string{"Kenya/country", "Uganda/country"}, nil,
			[]brief{{"Kenya;Uganda", "agreed", "", ""}}},
		{"events that simply happened are not commitments",
			"Rebels attacked the town. Police arrested three men.", nil, nil, nil},
		{"discussed and thanked are not commitments",
			"The two leaders discussed trade and thanked each other for the support.", nil, nil, nil},
		{"reporting is not a commitment",
			"The minister said the economy grew by 3% last year.", nil, nil, nil},
		{"requests to others are not commitments",
			"The UN urged Syria to withdraw. Britain called on Iran to sign the treaty.", nil, nil, nil},
		{"negotiations without an outcome are not commitments",
			"The two sides have been negotiating for six years.", nil, nil, nil},
		{"questions are not commitments",
			"Will the company sign the contract?", nil, nil, nil},
		{"declining to comment is not a refusal",
			"The firm declined to comment on the talks.", nil, nil, nil},
		{"a bare reference to an agreement is not a new commitment",
			"The agreement allows Morocco to launch trials.", nil, nil, nil},
		{"predictions are not commitments",
			"People will starve in large numbers. Jobs will be lost, and prices could rise.", nil, nil, nil},
		{"an agentless announced measure is the story's actor's",
			"France is to spend 70m euros on the wine industry. A further 15m euros will be made available to wine cooperatives.",
			[]string{"France/country"}, nil,
			[]brief{{"France", "intends", "", ""}, {"France", "intends", "", ""}}},
		{"a measure that may be taken is a proposal",
			"France is to spend 70m euros on the wine industry. About 150 programmes could be cut.",
			[]string{"France/country"}, nil,
			[]brief{{"France", "intends", "", ""}, {"France", "proposed", "", ""}}},
		{"an agentless measure with no actor before it is left out",
			"Income and corporate taxes will be cut next year.", nil, nil, nil},
		{"the story's actor is forgotten after a gap",
			"Macron is to spend 70m euros on wine. Growers are unhappy. Sales are falling. Prices are low. Costs are high. Buyers are few. Debts are large. Taxes will be cut.",
			[]string{"Macron/person"}, nil,
			[]brief{{"Macron", "intends", "", ""}}},
		{"what befalls a person is no measure",
			"France is to spend 70m euros on the wine industry. He will be sentenced next month.",
			[]string{"France/country"}, nil,
			[]brief{{"France", "intends", "", ""}}},
		{"with no commitment before, the story's leading state takes the measure",
			"Turkey has dressed its economy to impress. Government spending is set to be frozen.",
			[]string{"Turkey/country"}, nil,
			[]brief{{"Turkey", "intends", "", ""}}},
		{"a finite be-to announces a passive measure, a bare to-be does not",
			"France is to spend 70m euros on wine. Funding for wine promotion is to be boosted. Workers will lose jobs under rules to be introduced.",
			[]string{"France/country"}, nil,
			[]brief{{"France", "intends", "", ""}, {"France", "intends", "", ""}}},
		{"a measure someone only thinks will come is no commitment",
			"France is to spend 70m euros on wine. It is thought that taxes will be cut.",
			[]string{"France/country"}, nil,
			[]brief{{"France", "intends", "", ""}}},
		{"a state's government is the state",
			"Indonesia's government has said it wants to curb fuel subsidies.",
			[]string{"Indonesia/country"}, nil,
			[]brief{{"Indonesia", "intends", "", ""}}},
		{"a leader's government is the leader's state",
			"Kenya is in talks. President William Ruto's government has said it wants to curb fuel subsidies.",
			[]string{"Kenya/country", "William Ruto/person"}, nil,
			[]brief{{"Kenya", "intends", "", ""}}},
		{"considering doing something is a proposal",
			"Indonesia is considering raising fuel prices by as much as 30%.",
			[]string{"Indonesia/country"}, nil,
			[]brief{{"Indonesia", "proposed", "", ""}}},
		{"turning down is refusing",
			"The London exchange turned down the offer.", []string{"London exchange/organisation"}, nil,
			[]brief{{"London exchange", "refused", "", ""}}},
		{"a refusal in the passive belongs to its agent",
			"The offer was rejected by the London exchange.", []string{"London exchange/organisation"}, nil,
			[]brief{{"London exchange", "refused", "", ""}}},
		{"clearing a proposal agrees to it; the present perfect dates it to publication",
			"India has cleared a proposal allowing foreign investment in construction.", []string{"India/country"}, nil,
			[]brief{{"India", "agreed", "2020-08-31", ""}}},
		{"holding talks is an appointment, not a commitment",
			"The Indian firm is expected to hold talks on Tuesday. The minister will start the meeting at noon.", nil, nil, nil},
		{"a denied subject commits to nothing",
			"However, neither side has made a formal offer. No country signed the treaty.", nil, nil, nil},
		{"an owned agreement with nothing after it only names one",
			"Argentina's water contract is under review.", []string{"Argentina/country"}, nil, nil},
		{"an owned agreement with its partner is a commitment",
			"Argentina's contract with Suez runs to 2030.", []string{"Argentina/country", "Suez/organisation"}, nil,
			[]brief{{"Argentina", "agreed", "", ""}}},
		{"a conjunct with no conjunction is an apposition, not a second actor",
			"The exchange, owner of Liffe, is ready to raise its bid.", []string{"Liffe/organisation"}, nil,
			[]brief{{"exchange", "intends", "", ""}}},
		{"an agreement reached with a party names that party",
			"The row is over an agreement with the EU, reached in 1992, which limits subsidies.",
			[]string{"EU/organisation"}, []string{"1992=1992"},
			[]brief{{"EU", "agreed", "1992", ""}}},
		{"placing an order agrees to buy",
			"UPS said it had placed an order for 10 Airbus jets.", []string{"UPS/organisation", "Airbus/organisation"}, nil,
			[]brief{{"UPS", "agreed", "", ""}}},
		{"an order that nobody placed is no commitment",
			"The sale went ahead despite a court order blocking it.", nil, nil, nil},
		{"his country is the state named before the leader's name",
			"Venezuela's Hugo Chavez met Chinese officials. He said his country would open its oil fields to China.",
			[]string{"Venezuela|Venezuela's/country", "Hugo Chavez/person", "China|Chinese/country"}, nil,
			[]brief{{"Venezuela", "intends", "", ""}}},
		{"the government is the story's leading state, not the state named last",
			"Washington is short of money after wars in Iraq. The government is seeking to cut the health budget.",
			[]string{"Washington/country", "Iraq/country"}, nil,
			[]brief{{"Washington", "proposed", "", ""}}},
		{"a pronoun that names no one makes no commitment",
			"“They'll mutilate me and my uniform,” the soldier wrote.", nil, nil, nil},
		{"a time adjunct the parser took for the subject is not the actor",
			"Ecuador on Tuesday vowed to remain hands-off on the issue.", []string{"Ecuador/country"}, nil,
			[]brief{{"Ecuador", "pledged", "", ""}}},
		{"convening is an appointment, not a commitment",
			"The forum will convene at the ministerial level in Moscow next week.", nil, nil, nil},
		{"would with an intention verb and no complement is the will of an action",
			"The opposition Labour Party said on Tuesday it would vote against the pensions bill.",
			[]string{"Labour Party/organisation"}, nil,
			[]brief{{"Labour Party", "intends", "", ""}}},
		{"the sayer named in apposition is who it stands for",
			"A court heard the case. Its owner, Harlow Estates, said it planned to demolish the site.",
			[]string{"Harlow Estates/organisation"}, nil,
			[]brief{{"Harlow Estates", "intends", "", ""}}},
		{"a party that says a thing will happen announces it",
			"Mr Pell said the crossing would open to trucks by June.",
			[]string{"Pell/person"}, nil,
			[]brief{{"Pell", "intends", "", ""}}},
		{"a forecast someone reports is no one's commitment",
			"Analysts said the merger would lead to job losses. Traders said they would wait.", nil, nil, nil},
		{"the force is the police force named before",
			"West Midlands Police opened an inquiry. The chief constable said the force would appoint an independent team.",
			[]string{"West Midlands Police/organisation"}, nil,
			[]brief{{"West Midlands Police", "intends", "", ""}}},
		{"a gerund after the by of a passive is a cause, not an act",
			"The wine industry has been hit by declining consumption at home.", nil, nil, nil},
		{"a past act takes the date the sentence before gives to the noun that names it",
			"Central to the case was a meeting in New York on 15 December 1953. Philip Morris met rivals and agreed to present a unified strategy.",
			[]string{"Philip Morris/organisation"}, []string{"15 December 1953=1953-12-15"},
			[]brief{{"Philip Morris", "agreed", "1953-12-15", ""}}},
		{"a past act does not take the date of another act told before it",
			"Philip Morris met rivals in New York on 15 December 1953. Philip Morris agreed to present a unified strategy.",
			[]string{"Philip Morris/organisation"}, []string{"15 December 1953=1953-12-15"},
			[]brief{{"Philip Morris", "agreed", "", ""}}},
		{"an undated past act has no date: the text does not say when",
			"Priya Nair promised to fight the closure.", []string{"Priya Nair/person"}, nil,
			[]brief{{"Priya Nair", "pledged", "", ""}}},
		{"a past act that the present news comes after is of the year of publication",
			"The visit comes after Peru and Chile agreed to open the border.", []string{"Peru/country", "Chile/country"}, nil,
			[]brief{{"Chile;Peru", "agreed", "2020", ""}}},
		{"an undated act to come takes the date of the occasion the sentence before set for the same actor",
			"Mrs Lund will unveil the budget on 3 September. Mrs Lund is to announce a fund for farmers.",
			[]string{"Lund/person"}, []string{"3 September=2020-09-03"},
			[]brief{{"Lund", "intends", "2020-09-03", ""}, {"Lund", "intends", "2020-09-03", ""}}},
		{"the day of a past agreement does not date what the parties will do under it",
			"Kenya and Uganda agreed on Monday to a truce. Kenya and Uganda will withdraw their troops from the border.",
			[]string{"Kenya/country", "Uganda/country"}, []string{"Monday=2020-08-31"},
			[]brief{{"Kenya;Uganda", "agreed", "2020-08-31", ""}, {"Kenya;Uganda", "agreed", "", ""}}},
		{"another actor's occasion does not date an act to come",
			"Mrs Lund will unveil the budget on 3 September. Kenya is to announce a fund for farmers.",
			[]string{"Lund/person", "Kenya/country"}, []string{"3 September=2020-09-03"},
			[]brief{{"Lund", "intends", "2020-09-03", ""}, {"Kenya", "intends", "", ""}}},
		{"a date of what the actor said will happen does not date the actor's act to come",
			"Mrs Lund told parliament the tax would take effect on 3 September. Mrs Lund is to announce a fund for farmers.",
			[]string{"Lund/person"}, []string{"3 September=2020-09-03"},
			[]brief{{"Lund", "intends", "", ""}}},
		{"a date of what befalls a thing, in the passive, does not date the actor's act to come",
			"Mrs Lund told parliament the tax would take effect on 3 September and would not be delayed. Mrs Lund is to announce a fund for farmers.",
			[]string{"Lund/person"}, []string{"3 September=2020-09-03"},
			[]brief{{"Lund", "intends", "", ""}}},
		{"a date in a phrase opened by since starts a span and sets no scene",
			"The port has been closed since a strike in 1998. The Kestrel Port Authority refused to reopen it.",
			[]string{"Kestrel Port Authority/organisation"}, []string{"1998=1998"},
			[]brief{{"Kestrel Port Authority", "refused", "", ""}}},
		{"provided that makes a commitment conditional and is none itself",
			"Teodoro said Manila would not back down and planned to hold joint exercises with Japan, provided the pact is ratified in time.",
			[]string{"Teodoro/person", "Manila/country", "Japan/country"}, nil,
			[]brief{{"Manila", "pledged", "", ""}, {"Teodoro", "conditional", "", ""}}},
		{"must be ratified is an obligation, not an act",
			"The pact must still be ratified by the legislatures of both countries.", nil, nil, nil},
		{"will not back down is a pledge, not a refusal",
			"Manila will not back down in the dispute.", []string{"Manila/country"}, nil,
			[]brief{{"Manila", "pledged", "", ""}}},
		{"a verb coordinated after will is part of the same commitment",
			"The council will raise council tax and sell two office buildings.", []string{"council/organisation"}, nil,
			[]brief{{"council", "intends", "", ""}}},
		{"until at least a date is a deadline, not the date of the act",
			"Mr Dyer promised to protect funding until at least 2026.", []string{"Dyer/person"}, []string{"2026=2026"},
			[]brief{{"Dyer", "pledged", "", "2026"}}},
		{"what commentators say will happen is their forecast, no one's commitment",
			"Governance experts said that if the directors pay, the board will set a new standard. Analysts said Acme would cut jobs.",
			[]string{"Acme/organisation"}, nil, nil},
		{"a passive will with an agent is the agent's commitment",
			"The remaining $36m will be paid by the directors' insurers.", nil, nil,
			[]brief{{"directors' insurers", "intends", "", ""}}},
		{"a signing that would come in reported speech is intended",
			"Rover and SAIC signed a pact in 2004. Rover said the investment deal would be signed in March.",
			[]string{"Rover/organisation", "SAIC/organisation"}, []string{"2004=2004", "March=2021-03"},
			[]brief{{"Rover;SAIC", "signed", "2004", ""}, {"Rover;SAIC", "intends", "2021-03", ""}}},
		{"both sides are the two parties of the last joint commitment, not the last two named",
			"Sudan's army and the RSF agreed to a ceasefire, the United States and Saudi Arabia said. Both sides committed to allowing aid deliveries.",
			[]string{"Sudan/country", "RSF/organisation", "United States/country", "Saudi Arabia/country"}, nil,
			[]brief{{"RSF;Sudan", "agreed", "", ""}, {"RSF;Sudan", "pledged", "", ""}}},
		{"a breach in the passive with no one named is nobody's refusal",
			"Kenya and Uganda signed a truce. Previous ceasefires have been repeatedly violated.",
			[]string{"Kenya/country", "Uganda/country"}, nil,
			[]brief{{"Kenya;Uganda", "signed", "", ""}}},
		{"with no commitment near, the head of government leading the story takes the measure",
			"President Bush has a plan. Cheney praised it. Critics wrote. Many doubt it. Some agree. Others left. Congress waits. Transport initiatives are set to be scaled back.",
			[]string{"Bush/person/President", "Cheney/person", "Congress/organisation"}, nil,
			[]brief{{"Bush", "intends", "", ""}}},
		{"a leading person who holds no office takes no measure",
			"Mr Smith has a plan. Critics wrote. Many doubt it. Some agree. Others left. Congress waits. Transport initiatives are set to be scaled back.",
			[]string{"Smith/person/lawyer", "Congress/organisation"}, nil, nil},
		{"a quoted we is the speaker named after said",
			"\"We will not accept the closure of Mirafiori,\" said union leader Edi Lacaita.",
			[]string{"Edi Lacaita/person", "Mirafiori/organisation"}, nil,
			[]brief{{"Edi Lacaita", "refused", "", ""}}},
		{"receiving is no act",
			"Workers who accept will receive a payment of up to 80,000 euros.", nil, nil, nil},
		{"what a person says another party will do is a claim, not its commitment",
			"US President Trump said he would build a wall. Trump added that Mexico would pay for it. Trump said Clinton would raise taxes.",
			[]string{"United States|US/country", "Trump/person", "Mexico/country", "Clinton/person"}, nil,
			[]brief{{"Trump", "intends", "", ""}}},
		{"an officer named by an owner pronoun speaks for the body she serves",
			"Civic First's leader, Tomas Berg, said his party would table a motion. Mr Aral conceded defeat. His party lost half its seats, but its parliamentary leader, Mira Hollis, said the Vellan Party would abstain in the vote.",
			[]string{"Civic First/organisation", "Tomas Berg/person", "Aral/person", "Vellan Party/organisation", "Mira Hollis/person"}, nil,
			[]brief{{"Civic First", "intends", "", ""}, {"Vellan Party", "intends", "", ""}}},
		{"a speaker named after another person keeps his own side",
			"Ilse Marek and Dorin Vasko signed the deal. Mr Vasko said Karsk would release 46 soldiers on Tuesday.",
			[]string{"Ilse Marek/person", "Dorin Vasko|Vasko/person", "Karsk/organisation"}, nil,
			[]brief{{"Dorin Vasko;Ilse Marek", "signed", "", ""}, {"Karsk", "pledged", "", ""}}},
		{"what a leader says their own state will do is the state's",
			"Japanese Foreign Minister Yoko Kamikawa said Japan would provide five patrol vessels.",
			[]string{"Japan|Japanese/country", "Yoko Kamikawa/person"}, nil,
			[]brief{{"Japan", "intends", "", ""}}},
		{"an offer that will be made is intended; one made is a proposal",
			"Venezuela will offer gas exploration contracts next year. Venezuela has offered China access to its oil.",
			[]string{"Venezuela/country", "China/country"}, nil,
			[]brief{{"Venezuela", "intends", "", ""}, {"Venezuela", "proposed", "2020-08-31", ""}}},
		{"a reported decision under way is an intention",
			"UPS said it was cutting a previous order for Airbus A300s from 90 planes to 53.",
			[]string{"UPS/organisation", "Airbus/organisation"}, nil,
			[]brief{{"UPS", "intends", "", ""}}},
		{"a reported negotiation or a trend under way is no commitment",
			"UPS said it was negotiating with Airbus. Analysts said prices were rising. Critics said FDI was compromising India's self-reliance.",
			[]string{"UPS/organisation", "Airbus/organisation", "FDI/organisation", "India/country"}, nil, nil},
		{"an agreement and the participle that signs it are one commitment",
			"The agreement, signed in Geneva by Ilse Marek, takes effect on Sunday.", []string{"Ilse Marek/person"}, nil,
			[]brief{{"Ilse Marek", "signed", "", ""}}},
		{"standing trial is no commitment",
			"Ruben Castell will stand trial next year.", []string{"Ruben Castell/person"}, nil, nil},
		{"whoever announces a measure after it takes it",
			"Manager Luis Arteche signed a new contract in June. Season tickets will be frozen at £495, the new owners said.",
			[]string{"Luis Arteche/person"}, nil,
			[]brief{{"Luis Arteche", "signed", "", ""}, {"new owners", "intends", "", ""}}},
		{"taking a stake is an act; taking years is not",
			"Summit Peak Sports will take a 100% stake in the club. The move will take years.",
			[]string{"Summit Peak Sports/organisation"}, nil,
			[]brief{{"Summit Peak Sports", "intends", "", ""}}},
		{"a participle that describes an agreement without its signatories is no commitment; what is done under it is a term",
			"Turbines will be supplied by Windtec under a contract signed last month.", []string{"Windtec/organisation"}, nil,
			[]brief{{"Windtec", "agreed", "", ""}}},
		{"a relative clause in the perfect is the commitment of the noun it describes",
			"France opened talks with the Malian government, which has promised to take over security at the airport.",
			[]string{"France/country", "Mali|Malian government/country"}, nil,
			[]brief{{"Mali", "pledged", "2020-08-31", ""}}},
		{"whoever announces an agentless measure takes it",
			"Ageism is common. The government has announced that firms will be barred from imposing retirement ages.",
			[]string{"Britain|government/country"}, nil,
			[]brief{{"Britain", "intends", "", ""}}},
		{"a description named in apposition is the party it names",
			"The fields are to be developed by Nordic oil group Vestra and Kenya's KenOil.",
			[]string{"Vestra/organisation", "Kenya/country", "KenOil/organisation"}, nil,
			[]brief{{"KenOil;Vestra", "intends", "", ""}}},
		{"a definite description made of the words of a firm's name is that firm",
			"Halvorsen Stock Exchange rejected the offer. The bid had been turned down by the Halvorsen exchange in May.",
			[]string{"Halvorsen Stock Exchange/organisation", "Halvorsen/place"}, nil,
			[]brief{{"Halvorsen Stock Exchange", "refused", "", ""}, {"Halvorsen Stock Exchange", "refused", "", ""}}},
		{"a description placed where no named organisation is stays unresolved",
			"The London Stock Exchange rejected the offer. The Oslo-based exchange is ready to raise £1bn to fund a bid.",
			[]string{"London Stock Exchange/organisation", "Oslo/place"}, nil,
			[]brief{{"London Stock Exchange", "refused", "", ""}, {"Oslo-based exchange", "intends", "", ""}}},
		{"the government is not a state where the story is only set",
			"Costs rose in the US budget. The wars in Iraq and Afghanistan cost more. The government is seeking to cut farm subsidies by $5bn.",
			[]string{"Iraq/country", "Afghanistan/country", "United States|US/country"}, nil,
			[]brief{{"United States", "proposed", "", ""}}},
		{"what a party hopes its policy will do is no commitment",
			"The ministry hopes its new scheme will create jobs for young farmers.", nil, nil, nil},
		{"a signed agreement's actors are those it is between",
			"Talks ended. The agreement between Kenya and Uganda was signed in May.",
			[]string{"Kenya/country", "Uganda/country"}, []string{"May=2020-05"},
			[]brief{{"Kenya;Uganda", "signed", "2020-05", ""}}},
		{"a concluded pact's actors are those it is between",
			"Talks ended. The pact between Kenya and Uganda was concluded in May.",
			[]string{"Kenya/country", "Uganda/country"}, []string{"May=2020-05"},
			[]brief{{"Kenya;Uganda", "agreed", "2020-05", ""}}},
		{"a pledge keeps the to-clause the parser hung on the verb it is the object of",
			"Mr. Okafor spoke on Monday. Critics attacked his pledge to advance the use of torture.",
			[]string{"Okafor/person"}, nil,
			[]brief{{"Okafor", "pledged", "", ""}}},
		{"an owner pronoun is the person named before it in its own sentence",
			"Ana Ruiz met Tom Hale. The speech criticised remarks Tom Hale made about trade; his vow to close the border; and his plans.",
			[]string{"Ana Ruiz/person", "Tom Hale/person"}, nil,
			[]brief{{"Tom Hale", "pledged", "", ""}}},
		{"pulling out of a deal is a refusal",
			"Sinopec pulled out of the deal in May.", []string{"Sinopec/organisation"}, []string{"May=2020-05"},
			[]brief{{"Sinopec", "refused", "2020-05", ""}}},
		{"ignoring an order refuses it",
			"The Kenyan government ignored the court order.", []string{"Kenya|Kenyan/country"}, nil,
			[]brief{{"Kenya", "refused", "", ""}}},
		{"continuing an agreement is an intention",
			"Chile and Peru will continue their fishing agreement.", []string{"Chile/country", "Peru/country"}, nil,
			[]brief{{"Chile;Peru", "intends", "", ""}}},
		{"a relative clause on an apposition is the named party's",
			"Sinopec, the state oil firm which opted out of the auction, said nothing.", []string{"Sinopec/organisation"}, nil,
			[]brief{{"Sinopec", "refused", "", ""}}},
		{"what a party would do according to a study is a forecast",
			"Once a member, Serbia would pay 2bn euros into the budget by 2030, according to an impact study.",
			[]string{"Serbia/country"}, nil, nil},
		{"what a party will do according to its own statement stays a commitment",
			"Serbia will pay 2bn euros into the budget by 2030, according to its finance minister.",
			[]string{"Serbia/country"}, nil,
			[]brief{{"Serbia", "intends", "", "2030"}}},
		{"a court's decision is a ruling, not a commitment",
			"The high court's decision to dismiss the case angered the unions.", nil, nil, nil},
		{"the judge's decision to jail him is a ruling",
			"Mr Okafor will appeal against the judge's decision to jail him.", []string{"Okafor/person"}, nil,
			[]brief{{"Okafor", "intends", "", ""}}},
		{"a career's start in the sentence before does not date what one expected to do",
			"A board director since 1984, Mr Okafor owns 40% of the club. Mr Okafor said he expected to pay £1m for the rest.",
			[]string{"Okafor/person"}, []string{"since 1984=1984"},
			[]brief{{"Okafor", "intends", "", ""}}},
		{"a condition that opens the sentence with its auxiliary",
			"Should the offer be accepted, Mr Okafor said he would pay £1m for the shares.",
			[]string{"Okafor/person"}, nil,
			[]brief{{"Okafor", "conditional", "", ""}}},
		{"launching a bid proposes it",
			"Tom Hale has launched a £1.5m bid for the club.", []string{"Tom Hale/person"}, nil,
			[]brief{{"Tom Hale", "proposed", "2020-08-31", ""}}},
		{"both boards are the two companies'",
			"Sinopec agreed to buy Repsol. Both company boards have backed the deal.",
			[]string{"Sinopec/organisation", "Repsol/organisation"}, nil,
			[]brief{{"Sinopec", "agreed", "", ""}, {"Repsol;Sinopec", "agreed", "2020-08-31", ""}}},
		{"the two organisations are the university and the firm that signed",
			"Halden University has signed a research partnership with Norvik Hydrogen. The two organisations have also committed to funding 20 studentships.",
			[]string{"Halden University/organisation", "Norvik Hydrogen/organisation"}, nil,
			[]brief{{"Halden University", "signed", "2020-08-31", ""}, {"Halden University;Norvik Hydrogen", "pledged", "2020-08-31", ""}}},
		{"the Board is the body named with the word, not the firm named most",
			"The Halden Hockey Board, meeting on Thursday, awarded the 2030 cup to Norvik Hockey. Norvik Hockey will stage it in Perth. Norvik Hockey thanked fans. The Board also awarded the 2029 cup to Estmark Hockey.",
			[]string{"Halden Hockey Board/organisation", "Norvik Hockey/organisation", "Estmark Hockey/organisation"}, nil,
			[]brief{{"Norvik Hockey", "intends", "", ""}, {"Halden Hockey Board", "agreed", "", ""}}},
		{"what is inevitable or likely is a forecast",
			"It is now inevitable that farmers will launch legal challenges. It is likely that the union will strike.", nil, nil, nil},
		{"a date in a relative clause on the actor does not date the commitment",
			"Talks went on. The government, which won a narrow majority in the 2019 election, has promised to pass the bill.",
			nil, []string{"2019=2019"},
			[]brief{{"government", "pledged", "2020-08-31", ""}}},
		{"a mediator who brokered a deal is no party to it",
			"Elin Dahl, who brokered a similar deal in 2019, spoke.",
			[]string{"Elin Dahl/person"}, []string{"2019=2019"}, nil},
		{"those presented with a deal made none",
			"The Hollinford Church Council voted to sell the field to Kestrel Homes. The council said the money would pay for the roof. Derek Molyneux said residents had been \"presented with a done deal\".",
			[]string{"Hollinford Church Council|the council/organisation", "Kestrel Homes/organisation", "Derek Molyneux/person"}, nil,
			[]brief{{"Hollinford Church Council", "agreed", "", ""}}},
		{"a clause after 'after' keeps its subject and the day of the clause it follows",
			"Dock workers at the port walked out on Tuesday after the Kestrel Port Authority (KPA) rejected a revised pay offer, union leaders said.",
			[]string{"Kestrel Port Authority|KPA/organisation"}, []string{"on Tuesday=2020-08-25"},
			[]brief{{"Kestrel Port Authority", "refused", "2020-08-25", ""}}},
		{"refusing to discuss a matter of substance is a refusal; declining to discuss the matter is not",
			"Morland has refused to discuss the future of the islands. Tom Hale declined to discuss the matter.",
			[]string{"Morland/country", "Tom Hale/person"}, nil,
			[]brief{{"Morland", "refused", "2020-08-31", ""}}},
		{"his party is the person who speaks for it",
			"Opposition leader Tom Hale said his party would scrap the tax if elected.",
			[]string{"Tom Hale/person"}, nil,
			[]brief{{"Tom Hale", "conditional", "", ""}}},
		{"tabling an amendment proposes it",
			"The rebels, led by Ana Ruiz, had tabled an amendment to protect the coast.",
			[]string{"Ana Ruiz/person", "rebels/group"}, nil,
			[]brief{{"rebels", "proposed", "", ""}}},
		{"a participle after a noun describes it: the price agreed is no agreement of the price",
			"Its director has said the price agreed was less than the list price.", nil, nil, nil},
		{"a relative clause takes the date of the noun it describes",
			"Talks resumed on Monday, months after its takeover approach in March which was turned down by Halvorsen Stock Exchange.",
			[]string{"Halvorsen Stock Exchange/organisation"}, []string{"on Monday=2020-08-31", "in March=2020-03"},
			[]brief{{"Halvorsen Stock Exchange", "refused", "2020-03", ""}}},
		{"an intention of doing something is an intention",
			"Chile has indicated its intention of raising water prices by cutting subsidies.",
			[]string{"Chile/country"}, nil,
			[]brief{{"Chile", "intends", "", ""}}},
		{"an activity still going on, told in the progressive, is no plan",
			"Inspector Sarah Kemp said officers had arrested a man. “We are still appealing for witnesses,” she said.",
			[]string{"Sarah Kemp/person"}, nil, nil},
		{"agreeing with someone is an opinion",
			"I don't agree with many of his views.", nil, nil, nil},
	}
	runCases(t, tests)
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// checkSpans checks that a commitment's span lies in one sentence and that
// its text is made of words of that span (and a date label).
func checkSpans(t *testing.T, d *doc.Document, c briefing.Commitment) {
	t.Helper()
	if len(c.Spans) != 1 {
		t.Fatalf("%q: want one span, got %v", c.Text, c.Spans)
	}
	sp := c.Spans[0]
	inside := false
	for _, s := range d.Sentences {
		inside = inside || s.Contains(sp)
	}
	if !inside {
		t.Errorf("%q: span %v is not inside a sentence", c.Text, sp)
	}
	if c.Text == "" || c.Action == "" && c.Verb == "" {
		t.Errorf("empty text, action or verb: %+v", c)
	}
}

func TestCommitmentText(t *testing.T) {
	text := "Rabat – On August 20, Morocco and China National Biotec Group Limited (CNBG) signed an agreement " +
		"to move forward with COVID-19 trials. Beijing and Rabat welcomed it. Rabat hosted Xi in May 2016. " +
		"After the visit, the two countries vowed to enhance efforts."
	d := testDoc(t, text, []string{"Morocco|Rabat/country", "China National Biotec Group Limited|CNBG/organisation",
		"China|Beijing/country", "Xi/person"}, []string{"August 20=2020-08-20", "May 2016=2016-05"})
	got := Find(d)
	want := []string{
		"Morocco and China National Biotec Group Limited (CNBG) signed an agreement to move forward with COVID-19 trials (August 20).",
		"Morocco and China vowed to enhance efforts.",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d commitments %+v", len(got), got)
	}
	for i, c := range got {
		if c.Text != want[i] {
			t.Errorf("text %d = %q, want %q", i, c.Text, want[i])
		}
	}
	if a := got[0].Actors; !reflect.DeepEqual(a, []string{"Morocco", "China National Biotec Group Limited"}) {
		t.Errorf("actors = %q", a)
	}
}

func TestCommitmentCounterparties(t *testing.T) {
	d := testDoc(t, "Kenya signed a trade pact with Uganda and Tanzania on Friday.",
		[]string{"Kenya/country", "Uganda/country", "Tanzania/country"}, []string{"Friday=2020-08-28"})
	got := Find(d)
	if len(got) != 1 {
		t.Fatalf("got %+v", got)
	}
	c := got[0]
	if !reflect.DeepEqual(c.Actors, []string{"Kenya"}) || !reflect.DeepEqual(c.Counterparties, []string{"Uganda", "Tanzania"}) ||
		c.Verb != "signed" || c.Action != "signed a trade pact with Uganda and Tanzania on Friday" || c.When != "2020-08-28" {
		t.Errorf("got %+v", c)
	}
}

// "his country" is the country the person named before belongs to; what
// it would supply to another is pledged to it.
func TestCommitmentOwnedCollectiveAffiliation(t *testing.T) {
	d := testDoc(t, "Hugo Chavez met Xi in Beijing. He said his country would supply oil to China.",
		[]string{"Hugo Chavez/person", "Venezuela/country", "China|Beijing/country", "Xi/person"}, nil)
	d.Parties[0].Affiliation = "Venezuela"
	d.PartyNames = map[string]int{gazetteer.Fold("Venezuela"): 1}
	got := Find(d)
	if len(got) != 1 || !reflect.DeepEqual(got[0].Actors, []string{"Venezuela"}) || got[0].Status != briefing.StatusPledged {
		t.Errorf("got %+v", got)
	}
}

func TestCommitmentTextKeepsTheObject(t *testing.T) {
	// The parse of this sentence may lose the object of "put"; the text
	// must keep the words up to the end of the clause either way.
	text := "Mr Chavez said his country would put its many of its oil facilities at the disposal of China."
	d := testDoc(t, text, []string{"Chavez/person", "Venezuela/country", "China/country"}, nil)
	got := Find(d)
	if len(got) != 1 {
		t.Fatalf("got %d commitments %+v", len(got), got)
	}
	if !strings.Contains(got[0].Text, "oil facilities at the disposal of China") {
		t.Errorf("text %q lost the object of the verb", got[0].Text)
	}
	checkSpans(t, d, got[0])
}

func TestCommitmentTextKeepsTheSpeakersWe(t *testing.T) {
	text := `"We are committed to sourcing most of the content from local suppliers," said Chief Executive Fiona Laird.`
	d := testDoc(t, text, []string{"Fiona Laird/person"}, nil)
	got := Find(d)
	if len(got) != 1 || len(got[0].Actors) != 1 || got[0].Actors[0] != "Fiona Laird" {
		t.Fatalf("got %+v, want one commitment of Fiona Laird", got)
	}
	if !strings.HasPrefix(got[0].Text, "We are committed") {
		t.Errorf("text %q does not keep the speaker's own words", got[0].Text)
	}
}

func TestNounCommitmentKeepsItsComplement(t *testing.T) {
	text := "Mr. Okafor spoke on Monday. Critics attacked his pledge to advance the use of torture."
	d := testDoc(t, text, []string{"Okafor/person"}, nil)
	cs := Find(d)
	if len(cs) != 1 || !strings.Contains(cs[0].Text, "pledge to advance the use of torture") {
		t.Fatalf("got %+v, want one commitment that keeps its to-clause", cs)
	}
}

func TestSprawlingActor(t *testing.T) {
	for _, tt := range []struct {
		actors []string
		want   bool
	}{
		{[]string{"Ten former directors at WorldCom"}, false},
		{[]string{"Friday's lawsuit argues that the offer makes no provision for growth"}, true},
		{[]string{"Kenya", "Uganda"}, false},
		{[]string{"Ministry of Foreign and Maritime Affairs of the Republic of Sarnavia"}, false},
	} {
		d := &doc.Document{PartyNames: map[string]int{gazetteer.Fold("Ministry of Foreign and Maritime Affairs of the Republic of Sarnavia"): 0}}
		if got := sprawling(d, tt.actors); got != tt.want {
			t.Errorf("sprawling(%q) = %v, want %v", tt.actors, got, tt.want)
		}
	}
}

func TestOwnedSubjectKeepsItsPredicate(t *testing.T) {
	text := "Ms Ruiz spoke on Monday. Ms Ruiz's proposals would see the navy's budget rise by $2bn."
	d := drafttest.Marked(t, text, []string{"Ruiz/person"}, nil)
	cs := Find(d)
	if len(cs) != 1 || !strings.Contains(cs[0].Text, "proposals would see the navy's budget rise by $2bn") {
		t.Fatalf("got %+v, want the proposal with what it would do", cs)
	}
}

// A dateline that opens the lead ("PLACE, date -") is no part of the
// clause's text or span, even when the parse hangs it on the verb.
func TestCommitmentTextLeavesTheDateline(t *testing.T) {
	text := "SANTIAGO, 27 November 2026 - Chile and Argentina signed an agreement on Thursday to share data on their lithium deposits."
	d := testDoc(t, text, []string{"Chile/country", "Argentina/country"}, []string{"27 November 2026=2026-11-27", "Thursday=2026-11-26"})
	got := Find(d)
	if len(got) != 1 {
		t.Fatalf("got %d commitments %+v", len(got), got)
	}
	if strings.Contains(got[0].Text, "SANTIAGO") || !strings.HasPrefix(got[0].Text, "Chile and Argentina signed") {
		t.Errorf("text %q keeps the dateline", got[0].Text)
	}
	if sp := got[0].Spans[0]; strings.Contains(text[sp.Start:sp.End], "SANTIAGO") {
		t.Errorf("span %q keeps the dateline", text[sp.Start:sp.End])
	}
	checkSpans(t, d, got[0])
}
