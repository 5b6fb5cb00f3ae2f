package commitments

import (
	"reflect"
	"strings"
	"testing"
)

// TestClauseConstructions checks which clauses are commitments and with
// what status, one construction a row.
func TestClauseConstructions(t *testing.T) {
	tests := []commitmentCase{
		{"an offered measure in the passive continues the announcement before it",
			"Norway is to give its fishing fleet 90m crowns in aid. Half of the sum will be offered as cheap loans to small boat owners.",
			[]string{"Norway/country"}, nil,
			[]brief{{"Norway", "intends", "", ""}, {"Norway", "intends", "", ""}}},
		{"a sum after by is the means of a passive measure, not its agent",
			"Chile will raise the minimum wage. Training schemes are to be expanded by an extra 40m pesos.",
			[]string{"Chile/country"}, nil,
			[]brief{{"Chile", "intends", "", ""}, {"Chile", "intends", "", ""}}},
		{"a bare to be with a progressive is no announced decision",
			"The ministers do not want to be seen to be selling state assets cheaply.", nil, nil, nil},
		{"a passive infinitive with an agent is what the agent is to do",
			"Several pipelines are planned, to be built by Petrobras.",
			[]string{"Petrobras/organisation"}, nil,
			[]brief{{"Petrobras", "intends", "", ""}}},
		{"buying for a stated price is an agreed deal",
			"Halden Foods is to buy rival Norrland Dairies for $2bn.",
			[]string{"Halden Foods/organisation", "Norrland Dairies/organisation"}, nil,
			[]brief{{"Halden Foods", "agreed", "", ""}}},
		{"buying without a price is an intention",
			"Halden Foods is to buy a stake in a Polish dairy.",
			[]string{"Halden Foods/organisation"}, nil,
			[]brief{{"Halden Foods", "intends", "", ""}}},
		{"what a merged firm will do is the merger's outlook",
			"The merged group will run about 400 branches across Spain.", nil, nil, nil},
		{"a deal expected to conclude is a forecast of timing",
			"Both boards backed the merger. It is expected to complete by the end of June.", nil, nil, nil},
		{"agreements made before that were not carried out are no refusal",
			"Kenya and Tanzania signed a trade pact. The business council warned that previous agreements had not been implemented.",
			[]string{"Kenya/country", "Tanzania/country"}, nil,
			[]brief{{"Kenya;Tanzania", "signed", "", ""}}},
		{"a state ready to take in people commits to an act",
			"Spain said it was ready to take 5,000 refugees.", []string{"Spain/country"}, nil,
			[]brief{{"Spain", "intends", "", ""}}},
		{"a party's group on a council is that party, not the body named last",
			"The Mill Lane Bridge Action Group said it would ask for a grant. The Liberal Democrat opposition group said it would table a motion.",
			[]string{"Mill Lane Bridge Action Group/organisation"}, nil,
			[]brief{{"Mill Lane Bridge Action Group", "intends", "", ""}, {"Liberal Democrat opposition group", "intends", "", ""}}},
		{"a performer named by her trade is the one the story is about",
			"Soap star Kelly Marsh has quit the show. Her agent said the actress intended to return to the stage next year.",
			[]string{"Kelly Marsh|Marsh/person"}, nil,
			[]brief{{"Kelly Marsh", "intends", "", ""}}},
		{"a clause after a condition and a comma keeps the subject of the clause the condition belongs to",
			"Westbourne Council owns the ground. Its leader, Priya Shah, said the council was willing to sell if Harbour Rovers could show it had the funds, and would decide by March.",
			[]string{"Westbourne Council/organisation", "Priya Shah/person", "Harbour Rovers/organisation"}, nil,
			[]brief{{"Westbourne Council", "conditional", "", ""}, {"Westbourne Council", "intends", "", ""}}},
		{"a modal clause after a perfect is the firm's own pledge",
			"A spokesperson said Severnside Water had already committed £90 million to upgrade treatment works and would not cut that programme.",
			[]string{"Severnside Water/organisation"}, nil,
			[]brief{{"Severnside Water", "pledged", "", ""}, {"Severnside Water", "pledged", "", ""}}},
		{"an act awaited before another is done is none of its own",
			"The United States said it could not make new promises before Congress approved a budget.",
			[]string{"United States/country", "Congress/organisation"}, nil, nil},
		{"an act told before another in the past is done",
			"Shares fell before the board of Halden Foods approved the merger.",
			[]string{"Halden Foods/organisation"}, nil,
			[]brief{{"Halden Foods", "agreed", "", ""}}},
		{"for as long as tells how long an act lasts, not a condition",
			"Iran has undertaken to cap its enrichment of uranium at 3.67 per cent for as long as the arrangement remains in force.",
			[]string{"Iran/country"}, nil,
			[]brief{{"Iran", "pledged", "2020-08-31", ""}}},
		{"for as long as a thing operates tells how long an act lasts",
			"The NSW Department of Education says it will run free buses for Wattle Bay students for as long as the combined school operates.",
			[]string{"NSW Department of Education/organisation"}, nil,
			[]brief{{"NSW Department of Education", "intends", "", ""}}},
		{"for as long as another side does the same is a condition",
			"The Sobat Valley Liberation Movement said it would observe the truce for as long as the government does.",
			[]string{"Sobat Valley Liberation Movement/organisation"}, nil,
			[]brief{{"Sobat Valley Liberation Movement", "conditional", "", ""}}},
		{"a condition in a clause of concession is that clause's",
			"Ridgeway University also agreed to convert 150 contract positions into permanent jobs by July, although the conversions beyond the first 60 will go ahead only if enrolment stays above 14,000.",
			[]string{"Ridgeway University/organisation"}, []string{"July=2021-07"},
			[]brief{{"Ridgeway University", "agreed", "", "2021-07"}}},
		{"the department a minister speaks of is her state's and hers",
			"Ireland will cut taxes. Finance Minister Niamh Corrigan said the department would publish a revised plan.",
			[]string{"Ireland/country", "Niamh Corrigan/person/Finance Minister"}, nil,
			[]brief{{"Ireland", "intends", "", ""}, {"Ireland;Niamh Corrigan", "intends", "", ""}}},
		{"the party is one whose name gives its creed before a word for a party",
			"The Social Democratic Alliance opposed the budget. Its finance spokesman said the party would table an amendment.",
			[]string{"Social Democratic Alliance/organisation"}, nil,
			[]brief{{"Social Democratic Alliance", "refused", "", ""}, {"Social Democratic Alliance", "intends", "", ""}}},
		{"an act never done is no refusal",
			"Serbia has never ratified the convention.", []string{"Serbia/country"}, nil, nil},
		{"not signing with a will is still a refusal",
			"Serbia will not sign the convention.", []string{"Serbia/country"}, nil,
			[]brief{{"Serbia", "refused", "", ""}}},
		{"would not with talks on a subject refuses them",
			"Havana would not discuss the future of the base.", []string{"Havana/country"}, nil,
			[]brief{{"Havana", "refused", "", ""}}},
		{"would not comment refuses nothing",
			"The ministry would not comment on the report.", []string{"ministry/organisation"}, nil, nil},
		{"a measure that would not work, said by someone, is a judgement",
			"Elif Vard said the sanctions would not work.", []string{"Elif Vard/person"}, nil, nil},
		{"a fine that would hurt, said by someone, is a judgement",
			"Elif Vard said the fines would hurt.", []string{"Elif Vard/person"}, nil, nil},
		{"will spend the rest of his life in prison is a sentence, no plan",
			"Prosecutors said Harlan Vass will spend the rest of his life in prison.", []string{"Harlan Vass/person"}, nil, nil},
		{"reported would not comment on whether refuses nothing",
			"Hannah Vell said the office would not comment on whether other providers were under investigation.", []string{"Hannah Vell/person"}, nil, nil},
		{"will not negotiate refuses talks",
			"Lisbon will not negotiate with the hijackers.", []string{"Lisbon/country"}, nil,
			[]brief{{"Lisbon", "refused", "", ""}}},
		{"will not wait in one's own words pledges to act",
			"\"We will not wait for another flood,\" Mrs Okoye said.", []string{"Okoye/person"}, nil,
			[]brief{{"Okoye", "pledged", "", ""}}},
		{"will wait is no commitment",
			"Lisbon will wait for the report.", []string{"Lisbon/country"}, nil, nil},
		{"ready to act intends it, even with a verb that commits only with a complement",
			"The union said it was ready to consider the offer.", []string{"union/organisation"}, nil,
			[]brief{{"union", "intends", "", ""}}},
		{"not willing to act refuses it",
			"The bank is not willing to lower its fees.", []string{"bank/organisation"}, nil,
			[]brief{{"bank", "refused", "", ""}}},
		{"prepared to act, read as a passive, intends it",
			"Kelmar is prepared to retaliate against Ostravia.", []string{"Kelmar/country", "Ostravia/country"}, nil,
			[]brief{{"Kelmar", "intends", "", ""}}},
		{"determined to act intends it",
			"The Dunmore council is determined to reopen the library by May.", []string{"Dunmore council/organisation"}, []string{"May=2027-05"},
			[]brief{{"Dunmore council", "intends", "", "2027-05"}}},
		{"not prepared to act refuses it",
			"\"We are not prepared to let this merger go through,\" said Tara Quill, chair of the Dunmore Authority.", []string{"Tara Quill/person"}, nil,
			[]brief{{"Tara Quill", "refused", "", ""}}},
		{"another's readiness that a speaker is pleased about is a view",
			"Senator Jo Tarn said he was pleased the administration was prepared to tackle the deficit.", []string{"Jo Tarn/person"}, nil, nil},
		{"a thing prepared for a purpose is no readiness",
			"The report was prepared to inform ministers.", nil, nil, nil},
		{"will not be pressured into an act refuses it",
			"\"We will not be pressured into lifting the tariff,\" said Ana Brel, Kelmar's trade minister.", []string{"Ana Brel/person", "Kelmar/country"}, nil,
			[]brief{{"Ana Brel;Kelmar", "refused", "", ""}}},
		{"would not be bullied into a deal refuses the deal",
			"Kelmar would not be bullied into a deal, its envoy said.", []string{"Kelmar/country"}, nil,
			[]brief{{"Kelmar", "refused", "", ""}}},
		{"would not be rushed into accepting an offer refuses the offer, accepts nothing",
			"The Dunmore union said its members would not be rushed into accepting the offer.", []string{"Dunmore union/organisation"}, nil,
			[]brief{{"Dunmore union", "refused", "", ""}}},
		{"not forced into an act in the past is what did not happen",
			"Mr Tarn was not forced into resigning.", []string{"Tarn/person"}, nil, nil},
		{"a named body that will continue to act announces it",
			"The Kelmar Ministry will continue to provide support to the crew's families.", []string{"Kelmar Ministry/organisation"}, nil,
			[]brief{{"Kelmar Ministry", "intends", "", ""}}},
		{"what will continue to happen to a thing is a forecast",
			"Kelmar's exports will continue to rise.", []string{"Kelmar/country"}, nil, nil},
		{"a page's own we that will continue to act announces it",
			"From: Kelmar Ports Authority\n\nWe will continue to dredge the northern channel. We will continue to be a reliable partner.",
			[]string{"Kelmar Ports Authority/organisation"}, nil,
			[]brief{{"Kelmar Ports Authority", "intends", "", ""}}},
		{"a we in a transcript's turn that will continue to act pledges it",
			"Q: What about the channel?\n\nLena Varr: We will continue to dredge the northern channel.",
			[]string{"Lena Varr/person/harbour master"}, nil,
			[]brief{{"Lena Varr", "pledged", "", ""}}},
		{"a past tense misread as a passive with an object after it is active",
			"Dara Quill, a former finance minister, ruled out raising income tax during the next parliament.", []string{"Dara Quill/person"}, nil,
			[]brief{{"Dara Quill", "refused", "", ""}}},
		{"ruled out with a verb in -ing the parser read as a clause of its own refuses it",
			"NFG ruled out using carbon offsets to meet its target, the company said.", []string{"NFG/organisation"}, nil,
			[]brief{{"NFG", "refused", "", ""}}},
		{"ruled out with a verb in -ing the parser read as part of a noun refuses it",
			"The Kelmar government has ruled out raising taxes.", []string{"Kelmar/country"}, nil,
			[]brief{{"Kelmar", "refused", "2020-08-31", ""}}}, // the day of the news
		{"ruled out in the passive is the refusal of its agent",
			"A rise in income tax was ruled out by the Kelmar government.", []string{"Kelmar/country"}, nil,
			[]brief{{"Kelmar", "refused", "", ""}}},
		{"management rejecting what was proposed refuses it",
			"The union had proposed a pay freeze and a pause in the restructuring; management rejected both.", nil, nil,
			[]brief{{"union", "proposed", "", ""}, {"management", "refused", "", ""}}},
		{"accepting with no object after an offer agrees to the offer",
			"Kelmar offered a ceasefire and Ostravia accepted.", []string{"Kelmar/country", "Ostravia/country"}, nil,
			[]brief{{"Kelmar", "proposed", "", ""}, {"Ostravia", "agreed", "", ""}}},
		{"not accepting an offer yet is no refusal",
			"Kelmar offered a ceasefire but Ostravia has not accepted.", []string{"Kelmar/country", "Ostravia/country"}, nil,
			[]brief{{"Kelmar", "proposed", "", ""}}},
		{"what a body's own report will be published announces it",
			"The Dunmore Authority cleared the merger on Tuesday. Its full decision will be published within 10 working days.", []string{"Dunmore Authority/organisation"}, nil,
			[]brief{{"Dunmore Authority", "agreed", "", ""}, {"Dunmore Authority", "intends", "", ""}}},
		{"a report published in the past is no commitment",
			"The Dunmore inquiry met in May. Its report was published on Monday.", nil, nil, nil},
		{"each side required to act under a treaty signed before agrees to it",
			"Kelmar and Ostravia signed the treaty on Monday. Each side is required to notify the other before any missile test.", []string{"Kelmar/country", "Ostravia/country"}, nil,
			[]brief{{"Kelmar;Ostravia", "signed", "", ""}, {"Kelmar;Ostravia", "agreed", "", ""}}},
		{"each side that must act in a mediator's words is a request",
			"Each side must stop firing, the UN envoy said.", nil, nil, nil},
		{"what the prosecution will ask of the court it intends",
			"At the hearing on 14 April the prosecution will ask the court to seize the house.", nil, []string{"14 April=2027-04-14"},
			[]brief{{"prosecution", "intends", "2027-04-14", ""}}},
		{"ready for a state is no offer",
			"The stadium is ready for the final.", []string{"stadium/organisation"}, nil, nil},
		{"signing a petition is a protest, not a commitment",
			"A petition signed by more than 900 parents was sent to the school board. Parents signed a petition against the closure.",
			[]string{"parents/group"}, nil, nil},
		{"a deal that commits a party to act is a term that party agreed to, with its deadline",
			"The contract commits Arlan Foods to hire 200 staff by March 2027.", []string{"Arlan Foods/organisation"}, []string{"by March 2027=2027-03"},
			[]brief{{"Arlan Foods", "agreed", "", "2027-03"}}},
		{"a deal that commits both sides binds the two parties of the deal to a term they agreed",
			"Chile and Peru signed a fisheries accord. The deal commits both sides to publish a joint survey.",
			[]string{"Chile/country", "Peru/country"}, nil,
			[]brief{{"Chile;Peru", "signed", "", ""}, {"Chile;Peru", "agreed", "", ""}}},
		{"it that commits both sides stands for the accord they signed",
			"Chile and Peru signed a fisheries accord. It commits both sides to publish a joint survey.",
			[]string{"Chile/country", "Peru/country"}, nil,
			[]brief{{"Chile;Peru", "signed", "", ""}, {"Chile;Peru", "agreed", "", ""}}},
		{"a plan that commits a body to act is the body's pledge",
			"The district's local plan commits the council to building 9,400 homes by 2040.", []string{"South Hallam District Council/organisation"}, []string{"by 2040=2040"},
			[]brief{{"council", "pledged", "", "2040"}}},
		{"a sum committed to a purpose is the subject's pledge, not the sum's",
			"The Ontario Trillium Foundation has committed $250,000 to cover legal and integration costs.",
			[]string{"Ontario Trillium Foundation/organisation"}, nil,
			[]brief{{"Ontario Trillium Foundation", "pledged", "2020-08-31", ""}}},
		{"committing oneself is the subject's own pledge",
			"Chile committed itself to publish the survey.", []string{"Chile/country"}, nil,
			[]brief{{"Chile", "pledged", "", ""}}},
		{"an infinitive the tagger misread after intends to is the act intended",
			"Mr Rossi intends to table reforms next week.", []string{"Rossi/person"}, nil,
			[]brief{{"Rossi", "intends", "", ""}}},
		{"a party bound by a treaty has pledged to keep it",
			"Greece says it is bound by the accord.", []string{"Greece/country"}, nil,
			[]brief{{"Greece", "pledged", "", ""}}},
		{"a passive measure that could be undone if something happens is a possibility",
			"Peru has agreed to impose a tax on fuel. The minister says the tax could be scrapped if prices keep rising.",
			[]string{"Peru/country"}, nil,
			[]brief{{"Peru", "agreed", "2020-08-31", ""}}},
		{"a plan on the cards is intended by the story's actor",
			"Kenya's government pledged to widen its tax base. A new law on mobile money is on the cards.",
			[]string{"Kenya/country"}, nil,
			[]brief{{"Kenya", "pledged", "", ""}, {"Kenya", "intends", "", ""}}},
		{"a deal in the can is as good as agreed",
			"Kenya's government pledged to widen its tax base. A credit deal with the World Bank is in the can.",
			[]string{"Kenya/country", "World Bank/organisation"}, nil,
			[]brief{{"Kenya", "pledged", "", ""}, {"Kenya", "agreed", "", ""}}},
		{"a rise on the cards is a forecast",
			"Kenya's government pledged to widen its tax base. A rise in fuel prices is on the cards.",
			[]string{"Kenya/country"}, nil,
			[]brief{{"Kenya", "pledged", "", ""}}},
		{"seeking to cut is a proposal",
			"The council is seeking to cut its road budget by a fifth.", nil, nil,
			[]brief{{"council", "proposed", "", ""}}},
		{"will seek is an intention",
			"The council will seek to cut its road budget by a fifth.", nil, nil,
			[]brief{{"council", "intends", "", ""}}},
		{"a participle of purpose is part of the act it follows",
			"The mayor is to present her budget to the council, seeking deep cuts in spending.",
			[]string{"mayor/person"}, nil,
			[]brief{{"mayor", "intends", "", ""}}},
		{"not to make a payment is a refusal",
			"The minister said the state would not make a payment to the airline.", nil, nil,
			[]brief{{"state", "refused", "", ""}}},
		{"not to raise taxes is a pledge of restraint",
			"The minister said the state would not raise taxes.", nil, nil,
			[]brief{{"state", "pledged", "", ""}}},
		{"denying the possibility of a measure rules it out",
			"Chile's minister denied the possibility of a fuel tax.", []string{"Chile/country"}, nil,
			[]brief{{"Chile", "refused", "", ""}}},
		{"denying a charge is no refusal",
			"Chile's minister denied the allegations.", []string{"Chile/country"}, nil, nil},
		{"not interested in a deal refuses it",
			"Petrobras said it was not interested in a merger.", []string{"Petrobras/organisation"}, nil,
			[]brief{{"Petrobras", "refused", "", ""}}},
		{"ruling out a measure refuses it",
			"The central bank has ruled out a rise in interest rates.", nil, nil,
			[]brief{{"central bank", "refused", "2020-08-31", ""}}},
		{"not ruling out a measure refuses nothing",
			"The central bank has not ruled out a rise in interest rates.", nil, nil, nil},
		{"a reported would with a passive measure is the announced measure",
			"Chile will reform its pensions. The minister said private funds would be allowed to manage savings.",
			[]string{"Chile/country"}, nil,
			[]brief{{"Chile", "intends", "", ""}, {"minister", "intends", "", ""}}},
		{"looking at an offer on a condition is a conditional commitment",
			"\"If the price falls, we would look at the offer again,\" said Anna Berg.",
			[]string{"Anna Berg/person"}, nil,
			[]brief{{"Anna Berg", "conditional", "", ""}}},
		{"a will after when describes a day: the decision is dated by it",
			"Farmers will protest before 3 March, when the council will decide whether to extend the ban.",
			nil, []string{"3 March=2021-03-03"},
			[]brief{{"council", "intends", "2021-03-03", ""}}},
		{"a plan told twice is one commitment, dated where a date is given",
			"Mayor Ana Ruiz will unveil a budget plan. On Friday Ms Ruiz will present the plan to the council.",
			[]string{"Ana Ruiz|Ruiz/person"}, []string{"Friday=2020-09-04"},
			[]brief{{"Ana Ruiz", "intends", "2020-09-04", ""}}},
		{"cuts of different sizes are two commitments",
			"Halden Foods will cut 500 jobs. Halden Foods will cut 200 jobs in Wales.",
			[]string{"Halden Foods/organisation"}, nil,
			[]brief{{"Halden Foods", "intends", "", ""}, {"Halden Foods", "intends", "", ""}}},
		{"pledges of different sizes made in the same year are two commitments",
			"Norway pledged to build 3 new schools in Oslo. Norway pledged to build 4 new schools in Bergen.",
			[]string{"Norway/country"}, nil,
			[]brief{{"Norway", "pledged", "", ""}, {"Norway", "pledged", "", ""}}},
		{"a party saying there will be a measure intends it",
			"The finance minister said there would be a freeze on public pay.", nil, nil,
			[]brief{{"finance minister", "intends", "", ""}}},
		{"a party saying there will be no measure pledges so",
			"The finance minister said there will be no tax rise this year.", nil, nil,
			[]brief{{"finance minister", "pledged", "", ""}}},
		{"commentators saying there will be a measure forecast it",
			"Analysts said there would be a freeze on public pay.", nil, nil, nil},
		{"a reported passive that spares people is a pledge",
			"The minister said pensioners would not be forced to sell their homes.", nil, nil,
			[]brief{{"minister", "pledged", "", ""}}},
		{"a measure in a while clause is a commitment of its own, told from its own subject",
			"Spain will cut farm subsidies, while 300 young farmers will be helped to buy land.",
			[]string{"Spain/country"}, nil,
			[]brief{{"Spain", "intends", "", ""}, {"Spain", "intends", "", ""}}},
		{"an owner's proposed measure is its proposal",
			"Shopkeepers attacked the council's proposed parking charges.", nil, nil,
			[]brief{{"council", "proposed", "", ""}}},
		{"a speaker's undated words take the day the story says she spoke",
			"On Tuesday Health Minister Ana Ruiz said the ministry was reviewing its budget. Ms Ruiz said staff were tired. \"We will open ten new clinics.\"",
			[]string{"Ana Ruiz|Ruiz/person"}, []string{"On Tuesday=2020-08-25"},
			[]brief{{"Ana Ruiz", "pledged", "2020-08-25", ""}}},
		{"a date of what was pledged before is not the day of the speaker's later words",
			"Ana Ruiz has pledged to open a clinic next year. \"We will hire 50 nurses,\" she said.",
			[]string{"Ana Ruiz/person"}, []string{"next year=2021"},
			[]brief{{"Ana Ruiz", "pledged", "2021", ""}, {"Ana Ruiz", "pledged", "", ""}}},
		{"an intention held since a date is dated by it",
			"Since it took office in March, Chile's government has signalled its intention of cutting fuel duty.",
			[]string{"Chile/country"}, []string{"in March=2020-03"},
			[]brief{{"Chile", "intends", "2020-03", ""}}},
		{"subject to an approval opening the sentence makes it conditional",
			"Subject to approval by regulators, Halden Foods will buy the rest of Norrland Dairies.",
			[]string{"Halden Foods/organisation", "Norrland Dairies/organisation"}, nil,
			[]brief{{"Halden Foods", "conditional", "", ""}}},
		{"subject to an approval after the clause makes it conditional",
			"Halden Foods will buy the rest of Norrland Dairies, subject to approval by regulators.",
			[]string{"Halden Foods/organisation", "Norrland Dairies/organisation"}, nil,
			[]brief{{"Halden Foods", "conditional", "", ""}}},
		{"subject to a clause whose verb ends in -ing makes it conditional",
			"The Uganda Cricket Board will reschedule the series, subject to the venues passing an inspection.",
			[]string{"Uganda Cricket Board/organisation"}, nil,
			[]brief{{"Uganda Cricket Board", "conditional", "", ""}}},
		{"subject to undertakings makes it conditional",
			"The Competition Commission will clear the deal, subject to undertakings on prices.",
			[]string{"Competition Commission/organisation"}, nil,
			[]brief{{"Competition Commission", "conditional", "", ""}}},
		{"not interested in a coalition refuses it",
			"The Centre Party said it was not interested in a formal coalition.",
			[]string{"Centre Party/organisation"}, nil,
			[]brief{{"Centre Party", "refused", "", ""}}},
		{"promises a relative clause tells of, with nothing promised, commit to nothing",
			"The Conservatives accused Starmer of making promises he could not keep.",
			[]string{"Conservatives/organisation", "Starmer/person"}, nil, nil},
		{"leaving without signing is no signature",
			"Envoys from Chad and Niger left Lomé without signing a ceasefire.",
			[]string{"Chad/country", "Niger/country"}, nil, nil},
		{"leaving without reaching a deal is no deal",
			"Envoys from Chad and Niger left Lomé without reaching a deal.",
			[]string{"Chad/country", "Niger/country"}, nil, nil},
		{"a vote against a bill on a day is a stance taken",
			"Tomas Reid said the Greens would vote against the finance bill on 9 December.",
			[]string{"Greens/organisation", "Tomas Reid/person"}, nil,
			[]brief{{"Greens", "intends", "", ""}}},
		{"a vote on a bill on a day is a ballot to come",
			"Parliament will vote on the finance bill on Tuesday.", nil, nil, nil},
		{"a vote on a day that says no way is a ballot to come",
			"District residents will vote on May 19.", nil, nil, nil},
		{"a vote against, then a proposal set off by a comma, is still a proposal",
			"Board member Ignacio Valdivieso voted against, proposing a larger cut of 50 basis points.",
			[]string{"Ignacio Valdivieso/person/Board member"}, nil,
			[]brief{{"Ignacio Valdivieso", "proposed", "", ""}}},
		{"a council that has voted to take over a network decided it, the parser's \"over\" notwithstanding",
			"Brackwater City Council has voted to take over the running of the city's bus network.",
			[]string{"Brackwater City Council/organisation"}, nil, []brief{{"Brackwater City Council", "agreed", "2020-08-31", ""}}},
		{"taking over thirty minutes is no take-over",
			"The council said the checks would take over 30 minutes a day.",
			[]string{"Brackwater City Council/organisation"}, nil, nil},
		{"going ahead with a purchase is an act, on a condition",
			"Brackwater City Council will go ahead with the purchase provided that the Department for Transport confirms the grant.",
			[]string{"Brackwater City Council/organisation", "Department for Transport/organisation"}, nil, []brief{{"Brackwater City Council", "conditional", "", ""}}},
		{"a game that goes ahead with a stand shut is no one's act",
			"Saturday's game against Dunmore Athletic will go ahead at Kingsmead Park with the North Stand shut.",
			[]string{"Dunmore Athletic/organisation"}, nil, nil},
		{"who signed, asked, is no signing",
			"\"Shareholders are paying the fine, but I want to know which executives signed off this sales culture,\" said Lorna Fairley of the Treasury Committee.",
			[]string{"Lorna Fairley/person", "Treasury Committee/organisation"}, nil, nil},
		{"whether the firm would sign, asked, is no intention",
			"The committee asked Harbour Holdings whether it would sign the code by June.",
			[]string{"Harbour Holdings/organisation"}, nil, nil},
		{"agreeing to disagree agrees nothing",
			"\"We have agreed to disagree on the timing of the census,\" Tomas Vella of the Renewal Party told reporters.",
			[]string{"Tomas Vella|Vella/person", "Renewal Party/organisation"}, nil, nil},
		{"agreeing to differ is no agreement either, but agreeing to talks is",
			"The two parties agreed to disagree on the census but agreed to resume talks in May.",
			[]string{"Renewal Party/organisation"}, nil, []brief{{"two parties", "agreed", "", ""}}},
		{"a boycott to go on until another side agrees is conditional, and the other side's agreeing is no act",
			"Harbour Rovers agreed to freeze prices. The Rovers Supporters' Trust said it welcomed the move but would continue its boycott of the club shop until the board agreed to give fans a seat on it.",
			[]string{"Harbour Rovers/organisation", "Rovers Supporters' Trust/organisation"}, nil,
			[]brief{{"Harbour Rovers", "agreed", "", ""}, {"Rovers Supporters' Trust", "conditional", "", ""}}},
		{"\"the club\" is the club named by its name; refusing to give others something of substance is a refusal, giving details is comment",
			"Harbour Rovers agreed to freeze prices. The Rovers Supporters' Trust welcomed it. The club has refused to give fans a seat on the board. The club declined to give details of the deal.",
			[]string{"Harbour Rovers/organisation", "Rovers Supporters' Trust/organisation"}, nil,
			[]brief{{"Harbour Rovers", "agreed", "", ""}, {"Harbour Rovers", "refused", "2020-08-31", ""}}},
		{"taking a seat at talks is an intention",
			"Australia said it would join the consultations as a third party.",
			[]string{"Australia/country"}, nil, []brief{{"Australia", "intends", "", ""}}},
		{"looking at whether something happened is an act, the parse hanging \"at\" elsewhere",
			"The Competition and Consumer Authority said it would look at whether Streamora had given customers enough notice.",
			[]string{"Competition and Consumer Authority/organisation", "Streamora/organisation"}, nil,
			[]brief{{"Competition and Consumer Authority", "intends", "", ""}}},
		{"an act done in full, free of charge or to the letter is promised",
			"Castellar said it would pay the debt in full. Harbour Homes said it would inspect all 34 properties free of charge.",
			[]string{"Castellar/organisation", "Harbour Homes/organisation"}, nil,
			[]brief{{"Castellar", "pledged", "", ""}, {"Harbour Homes", "pledged", "", ""}}},
		{"sides that could not agree reached no outcome and refused nothing",
			"Negotiators could not agree on a chapter covering steel.", nil, nil, nil},
		{"a proposal to delay until something happens stays a proposal",
			"Independent board member Dr Nia Rowlands proposed delaying the decision until a full public consultation had been held.",
			[]string{"Nia Rowlands/person/board member"}, nil, []brief{{"Nia Rowlands", "proposed", "", ""}}},
		{"a proposal on a condition is conditional",
			"The Varden Rail Company proposed a pay rise if the union dropped its strike.",
			[]string{"Varden Rail Company/organisation"}, nil, []brief{{"Varden Rail Company", "conditional", "", ""}}},
		{"voting against ratifying is no ratification",
			"Opposition leader Marat Yusupov said his party would vote against ratifying the protocol in parliament next week.",
			[]string{"Marat Yusupov/person/Opposition leader"}, nil,
			[]brief{{"Marat Yusupov", "intends", "", ""}}},
		{"until a clause makes a commitment conditional",
			"The bank said it would not lend to the firm until its debt was restructured.", nil, nil,
			[]brief{{"bank", "conditional", "", ""}}},
		{"until a date is a term, not a condition",
			"The bank said it would freeze the fees until 2026.", nil, []string{"2026=2026"},
			[]brief{{"bank", "intends", "", "2026"}}},
		{"as soon as a clause makes a commitment conditional",
			"The Red Crescent said it would reopen the clinic as soon as the floods receded.",
			[]string{"Red Crescent/organisation"}, nil,
			[]brief{{"Red Crescent", "conditional", "", ""}}},
		{"once a clause makes a commitment conditional",
			"The firm said it would pay the bonus once the deal is approved.", nil, nil,
			[]brief{{"firm", "conditional", "", ""}}},
		{"not allowing what others ask is a refusal",
			"The Sudanese army said it would not allow the convoy to pass.",
			[]string{"Sudanese army/organisation"}, nil,
			[]brief{{"Sudanese army", "refused", "", ""}}},
		{"not withdrawing what others want withdrawn is a refusal",
			"Governor Ana Soto said she would not withdraw the bill.",
			[]string{"Ana Soto/person"}, nil,
			[]brief{{"Ana Soto", "refused", "", ""}}},
		{"threatening an action commits to it on a condition",
			"The union has threatened strike action over the pay offer.", nil, nil,
			[]brief{{"union", "conditional", "2020-08-31", ""}}},
		{"threatening to act commits to it on a condition",
			"The union threatened to walk out if the pay offer was not improved.", nil, nil,
			[]brief{{"union", "conditional", "", ""}}},
		{"threatening people is no commitment",
			"Rebels have threatened journalists in the north.", nil, nil, nil},
		{"a would reported by a saying verb after it is reported speech",
			"Foreign banks would be allowed to open more branches, the finance minister said.", nil, nil,
			[]brief{{"finance minister", "intends", "", ""}}},
		{"subject to a tax sets no condition",
			"Halden Foods will buy the mill, whose output is subject to a 10% levy.",
			[]string{"Halden Foods/organisation"}, nil,
			[]brief{{"Halden Foods", "intends", "", ""}}},
		{"as long as it takes states resolve, no condition",
			"The mayor said the city would keep the shelters open as long as it takes.", nil, nil,
			[]brief{{"city", "intends", "", ""}}},
		{"until after an act tells how long it goes on",
			"The regulator will publish a report each year until the undertaking expires.", nil, nil,
			[]brief{{"regulator", "intends", "", ""}}},
		{"before a date after a denied act is a term, not a condition",
			"The bank said it would not close any branches before 2029.", nil, nil,
			[]brief{{"bank", "pledged", "", "2029"}}},
		{"without an approval after an act that is not denied sets no condition",
			"The bank said it would close the branch without the approval of the union.", nil, nil,
			[]brief{{"bank", "intends", "", ""}}},
		{"until hung on the full stop opens no condition",
			"The Harbour Board will publish a traffic report each year until the fare undertaking expires.", nil, nil,
			[]brief{{"Harbour Board", "intends", "", ""}}},
		{"standing ready as advice is no commitment",
			"Analysts said the Bank should stand ready to cut rates.", nil, nil, nil},
		{"should after its subject is an obligation, no condition",
			"The board said the firm should pay the fine.", nil, nil, nil},
		{"only when makes a commitment conditional",
			"The firm said it would only pay when the work was finished.", nil, nil,
			[]brief{{"firm", "conditional", "", ""}}},
		{"a refusal explained by a condition stays a refusal; the condition is the speaker's own commitment",
			"Chad rejected the offer, saying hostages would only be released after a full ceasefire took effect.",
			[]string{"Chad/country"}, nil,
			[]brief{{"Chad", "refused", "", ""}, {"Chad", "conditional", "", ""}}},
		{"an assurance in the passive after an announcement is the announcer's pledge",
			"Norway will halt the licensing of new oil fields. Existing licences will be honoured.",
			[]string{"Norway/country"}, nil,
			[]brief{{"Norway", "intends", "", ""}, {"Norway", "pledged", "", ""}}},
	}
	runCases(t, tests)
}

func TestCommitmentTextKeepsAGerundComplement(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"Halden Foods is to spend $2bn on buying out minority shareholders.",
			"Halden Foods is to spend $2bn on buying out minority shareholders."},
		{"Halden Foods said it would fund the deal by selling a stake in its bakery arm.",
			"Halden Foods said it would fund the deal by selling a stake in its bakery arm."},
		{"Subject to approval by regulators, Halden Foods will buy the rest of Norrland Dairies.",
			"Subject to approval by regulators, Halden Foods will buy the rest of Norrland Dairies."},
	} {
		d := testDoc(t, tt.src, []string{"Halden Foods/organisation", "Norrland Dairies/organisation"}, nil)
		got := Find(d)
		if len(got) != 1 || got[0].Text != tt.want {
			t.Errorf("%q: got %+v, want one commitment reading %q", tt.src, got, tt.want)
		}
	}
}

func TestOwnerPossessiveIsNoPartOfTheActor(t *testing.T) {
	d := testDoc(t, "Teachers welcomed the Government's commitment to free school meals.", nil, nil)
	got := Find(d)
	if len(got) != 1 || strings.Join(got[0].Actors, ";") != "Government" {
		t.Fatalf("got %+v, want one commitment by Government", got)
	}
}

func TestWhileClauseMeasureSpanStartsAtItsSubject(t *testing.T) {
	src := "Spain will cut farm subsidies, while 300 young farmers will be helped to buy land."
	d := testDoc(t, src, []string{"Spain/country"}, nil)
	got := Find(d)
	if len(got) != 2 {
		t.Fatalf("got %d commitments, want 2", len(got))
	}
	if sp := got[1].Spans[0]; !strings.HasPrefix(src[sp.Start:sp.End], "300 young farmers") {
		t.Errorf("span %q, want it to start at the measure's own subject", src[sp.Start:sp.End])
	}
}

// commitmentCase is one row of a table of sentences and the commitments
// drafted from them.
type commitmentCase = struct {
	name    string
	text    string
	parties []string
	dates   []string
	want    []brief
}

// runCases drafts the commitments of each row's text, with its parties
// and dates marked, and compares them with the row's.
func runCases(t *testing.T, tests []commitmentCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := testDoc(t, tt.text, tt.parties, tt.dates)
			var got []brief
			for _, c := range Find(d) {
				actors := append([]string(nil), c.Actors...)
				sortStrings(actors)
				got = append(got, brief{strings.Join(actors, ";"), c.Status, c.When, c.Deadline})
				checkSpans(t, d, c)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestNominalCommitments checks commitments named by nouns: in a list, as
// the background of another act, and taken as an oath.
func TestNominalCommitments(t *testing.T) {
	runCases(t, []commitmentCase{
		{"commitment nouns coordinated in a list are each their owner's",
			"Critics attacked Lina Ross's proposal to cut farm aid; her vow to close two border posts; and her pledge to abolish the land tax.",
			[]string{"Lina Ross|Ross/person"}, nil,
			[]brief{{"Lina Ross", "proposed", "", ""}, {"Lina Ross", "pledged", "", ""}, {"Lina Ross", "pledged", "", ""}}},
		{"a commitment its critic calls so-called is none drafted",
			"\"This makes a mockery of the Government's so-called commitment to outlawing ageism,\" Age Concern said.",
			[]string{"Government/organisation", "Age Concern/organisation"}, nil, nil},
		{"a day's pledges are no one's",
			"\"Today's pledges are real money for real people,\" said Laila Mansouri.",
			[]string{"Laila Mansouri/person"}, nil, nil},
		{"not living up to an agreement breaks a commitment made before",
			"The senator blasted the Dutch government for not living up to an agreement with Suriname to return looted art.",
			[]string{"Suriname/country"}, nil,
			[]brief{{"Dutch government", "refused", "", ""}}},
		{"taking the oath of office pledges it",
			"Maria Lopez takes the oath of office on 3 May as the country's first woman president.",
			[]string{"Maria Lopez/person"}, []string{"3 May=2021-05-03"},
			[]brief{{"Maria Lopez", "pledged", "2021-05-03", ""}}},
		{"a statement under oath is no commitment",
			"The witness said under oath that she had never met the minister.", nil, nil, nil},
		{"an owner's previous pledge measures a new one and makes none",
			"Norway gave 2bn crowns, an increase of 15% on its previous pledge.", []string{"Norway/country"}, nil, nil},
		{"an owner's pledge with what it commits to is one",
			"Critics welcomed Norway's pledge to double its aid.", []string{"Norway/country"}, nil,
			[]brief{{"Norway", "pledged", "", ""}}},
		{"taking a deal is no act of its own",
			"Kenya took the deal to parliament.", []string{"Kenya/country"}, nil, nil},
	})
}

// TestConditionsKeepTheirClause checks that a commitment that holds only
// on a condition is conditional and its text keeps the condition.
func TestConditionsKeepTheirClause(t *testing.T) {
	for _, tt := range []struct{ name, src, cond string }{
		{"as long as", "The rebel commander said his fighters would respect the ceasefire as long as the army did.", "as long as the army did"},
		{"so long as", "Kenya will send 500 police officers so long as the UN pays for them.", "so long as the UN pays for them"},
		{"provided, read by the parser as a verb with an object", "The government said it would release 200 prisoners provided the rebels handed over their heavy weapons.", "provided the rebels handed over their heavy weapons"},
		{"on condition that", "The minister said Ghana would lift the export ban on condition that the firms paid their back taxes.", "on condition that the firms paid their back taxes"},
		{"but only if, which the parser leaves out of the tree", "Khartoum said it would pay arrears of $120m by the end of the year, but only if the African Union released frozen development funds.", "but only if the African Union released frozen development funds"},
		{"subject to approval read by the tagger as a noun", "Stanley Fischer has agreed to take the Bank of Israel job subject to approval from parliament.", "subject to approval from parliament"},
		{"in exchange for on what the commitment commits to", "Kenya agreed to cut tariffs in exchange for access to EU markets.", "in exchange for access to EU markets"},
		{"a gift that could be made in return for something is an offer on terms", "Mr Lee has said a contribution could be made in return for a seat on the board.", "in return for a seat on the board"},
		{"ready to act in exchange for something", "Iran is prepared to cap enrichment for five years in exchange for the lifting of oil sanctions.", "in exchange for the lifting of oil sanctions"},
		{"provided set off by a comma, its verb misread", "Kenya would also allow inspectors back into the site, provided the European Union unfroze $6bn of assets.", "provided the European Union unfroze $6bn of assets"},
		{"provided opening the sentence, the parse made it the root", "\"Provided the regulator clears it, Kenya will open the berth on January 1 next year,\" the minister said.", "Provided the regulator clears it"},
		{"a conjunct saying the deal takes effect only on a condition", "Kenya and Ghana have agreed a 25-year lease of the port, but the deal will not take effect unless the regulator approves it.", "unless the regulator approves it"},
		{"providing that opening the sentence", "Providing that the talks succeed, Kenya will lift the export ban.", "Providing that the talks succeed"},
		{"provided after a future verb, the noun before it misread as its subject", "Kenya will meet the 2030 target provided the money arrives as promised.", "provided the money arrives as promised"},
		{"as long as hung by the parser on the sayer", "The rebel commander said his fighters would respect the ceasefire \"as long as the army does\".", "as long as the army does"},
		{"for as long as read as a preposition", "The governor said the bank would keep its rate at 9% \"for as long as inflation stays above 5%\".", "for as long as inflation stays above 5%"},
		{"on condition that hung on a noun of the clause", "Ghana has offered 20 million cedis towards a new clinic on condition that the regions pay half.", "on condition that the regions pay half"},
		{"on the condition that after a comma", "Kenya pledged $40m over five years for a new fund, on the condition that other donors match it.", "on the condition that other donors match it"},
		{"once before a clause read as an adverb", "The minister said Kenya would withdraw its appeal to the tribunal once the envoys were back at work.", "once the envoys were back at work"},
		{"once after an intention", "Kenya's envoy, Dr Alan Were, said he intends to step down once construction of the new port has begun.", "once construction of the new port has begun"},
		{"until read as a preposition on the verb a commitment governs", "Kenya said it would stop importing the drug from Halden until an inspection of the factory had been finished.", "until an inspection of the factory had been finished"},
		{"not until hung on a participle of the object", "The minister said Ghana would not release the traders arrested in March until Kenya withdrew the charges.", "until Kenya withdrew the charges"},
		{"unless after an aside set off by commas", "The minister said Ghana would not back the finance bill, due in May, unless the tax on fuel was cut.", "unless the tax on fuel was cut"},
		{"if opening the sentence before the sayer", "If it does, the mayor has said Kenya will take the case to the supreme court.", "If it does"},
		{"should before its subject inside the sentence", "Kenya will pay the relatives' hotel bills should they wish to stay in the capital.", "should they wish to stay in the capital"},
		{"should opening a numbered paragraph", "4. Should the hostages not be freed by 2 May, Kenya will take the dispute to the UN.", "Should the hostages not be freed by 2 May"},
		{"only if in quotes after a coordinated clause with a modal of its own", "The minister said Ghana would present a budget within 60 days and would hold a vote on the new currency \"only if the economy grows for two years in a row\".", "only if the economy grows for two years in a row"},
		{"a conjunct sharing the modal shares the condition", "Kenya will give every pensioner free bus travel and build 50,000 homes a year if it wins the election.", "give every pensioner free bus travel and build 50,000 homes a year if it wins the election"},
		{"not before a clause", "The minister said Kenya would not act before the inquiry is complete.", "before the inquiry is complete"},
		{"not without a consent", "The crews have told the ministry that Kenya will not pay any fine demanded by the port without the government's consent.", "without the government's consent"},
		{"standing ready on a proviso", "Kenya stands ready to reopen the border crossing, provided that the hostages are freed.", "provided that the hostages are freed"},
		{"if after a coordinated verb is that verb's condition", "The minister said Kenya could not accept the limits, but would consider signing if richer nations paid for new boats.", "would consider signing if richer nations paid for new boats"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := testDoc(t, tt.src, []string{"Kenya/country", "Ghana/country", "UN/organisation", "Khartoum/country"}, nil)
			got := Find(d)
			if len(got) == 0 || got[len(got)-1].Status != "conditional" || !strings.Contains(got[len(got)-1].Text, tt.cond) {
				t.Errorf("got %+v, want a last, conditional commitment whose text holds %q", got, tt.cond)
			}
			for _, c := range got[:max(len(got)-1, 0)] {
				if c.Status == "conditional" {
					t.Errorf("%+v: the condition belongs to the last clause only", c)
				}
			}
		})
	}
}

// TestForecastsInsideAnnouncements checks that what a measure will do,
// told in the same announcement as a commitment, is a forecast, and that
// the commitment's text starts at its own subject.
func TestForecastsInsideAnnouncements(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the effect of a measure is a forecast; the pledge beside it is the announcer's",
			"The council said the closures would save £420,000 a year and that it would keep the central library open.",
			nil, nil, []brief{{"council", "intends", "", ""}}},
		{"what a service would involve is no act",
			"Kestrel Radio says an hour of listening via mobile would involve about 7.2MB of data.",
			[]string{"Kestrel Radio/organisation"}, nil, nil},
		{"people who will increase in number change, no act",
			"Halvard Group said elderly computer users would increase as the population ages.",
			[]string{"Halvard Group/organisation", "elderly computer users/group"}, nil, nil},
		{"increasing a stake acts",
			"Halvard Group said it would increase its stake in Brant Estates.",
			[]string{"Halvard Group/organisation", "Brant Estates/organisation"}, nil, []brief{{"Halvard Group", "intends", "", ""}}},
		{"considering a thing to be something is no offer",
			"The authorities in Kestria considered it software piracy.", []string{"Kestria/country"}, nil, nil},
		{"a deal's effect is a forecast",
			"The minister said the deal would create 800 jobs.", nil, nil, nil},
		{"a win foretold is a boast, no act",
			"\"We have the evidence and we will win,\" said Dorin Vell, the federation's president.",
			[]string{"Dorin Vell/person"}, nil, nil},
		{"an event missed befalls the one who misses it",
			"Tarvania will miss the indoor championships next month.",
			[]string{"Tarvania/country"}, nil, nil},
		{"what runs out happens to its subject",
			"The Tarvan Relief Agency warned that its food stocks in the east would run out by the end of August.",
			[]string{"Tarvan Relief Agency/organisation"}, nil, nil},
	})
	d := testDoc(t, "Ana Ruiz has vowed to clear her name and said she would not resign.", []string{"Ana Ruiz/person"}, nil)
	if got := Find(d); len(got) != 2 || got[1].Text != "Ana Ruiz would not resign." {
		t.Errorf("got %+v, want the second commitment to read from its own subject", got)
	}
	d = testDoc(t, "Hartley Council said the closures would save £420,000 a year and that it would keep the central library open.",
		[]string{"Hartley Council/organisation"}, nil)
	if got := Find(d); len(got) != 1 || got[0].Text != "Hartley Council would keep the central library open." {
		t.Errorf("got %+v, want the commitment to read from its own subject", got)
	}
}

// TestRoleNounsCanCommit checks that a person named by a role or kin noun
// ("his client", "her husband") is a subject that can commit.
func TestRoleNounsCanCommit(t *testing.T) {
	for _, src := range []string{
		"Price's lawyer said his client intended to appeal against the sentence.",
		"Mrs Adeyemi said her husband had promised to repay the loan.",
	} {
		d := testDoc(t, src, nil, nil)
		got := Find(d)
		if len(got) != 1 || got[0].Status != "intends" && got[0].Status != "pledged" {
			t.Errorf("%q: got %+v, want one commitment", src, got)
		}
	}
}

// TestWhatCommitsToNothing checks clauses whose verb could commit but whose
// construction leaves nothing committed.
func TestWhatCommitsToNothing(t *testing.T) {
	runCases(t, []commitmentCase{
		{"an indirect question is still open",
			"Peru has not yet said how much it will pay.", []string{"Peru/country"}, nil, nil},
		{"what a party hopes others will do is a wish",
			"The minister said she hoped both sides would settle before the deadline.", nil, nil, nil},
		{"not wanting to act is a wish, no refusal",
			"\"We don't want to strike,\" said Unite.", []string{"Unite/organisation"}, nil, nil},
		{"a promise pointed back to and kept is no new one",
			"\"Two years ago we promised to cut waiting lists, and today we have kept that promise,\" said Unite.",
			[]string{"Unite/organisation"}, nil,
			[]brief{{"Unite", "pledged", "", ""}}},
		{"such a promise compares with one told before, it makes none",
			"Veldhuis said it would pay suppliers within 30 days. No other chain has made such a promise.",
			[]string{"Veldhuis/organisation"}, nil,
			[]brief{{"Veldhuis", "intends", "", ""}}},
		{"this promise made as it is said points at the promise told beside it",
			"\"I give you this promise: we will cut prices,\" said Ann Lee.",
			[]string{"Ann Lee/person"}, nil,
			[]brief{{"Ann Lee", "pledged", "", ""}}},
		{"promises made, a bare plural, tell of such acts in general",
			"Wrexby Water pledged to stop spills by 2030. Wrexby Water has made promises before.",
			[]string{"Wrexby Water/organisation"}, []string{"2030=2030"},
			[]brief{{"Wrexby Water", "pledged", "", "2030"}}},
		{"a similar pledge made in a year tells of one",
			"Solvane Biologics made a similar pledge in 2021 for its antiviral.",
			[]string{"Solvane Biologics/organisation"}, []string{"2021=2021"},
			[]brief{{"Solvane Biologics", "pledged", "2021", ""}}},
		{"a request to be considered with no commitment given is left undecided",
			"Unite said the ministry would consider the request but gave no commitment.", []string{"Unite/organisation"}, nil, nil},
		{"watching is no act one commits to",
			"The minister said Lima would watch closely.", []string{"Lima/country"}, nil, nil},
		{"a court rejecting something rules on it",
			"The judge rejected the appeal.", nil, nil, nil},
		{"rejecting an argument disagrees, it refuses no offer",
			"Chile rejected the ministry's argument.", []string{"Chile/country"}, nil, nil},
		{"rejecting speculation denies it, it refuses no offer",
			"Tomas Reyes rejected speculation that he would resign.", []string{"Tomas Reyes/person"}, nil, nil},
		{"dismissing rumours of a merger denies them",
			"The Ardent Brewery dismissed rumours of a merger with Kolb.", []string{"Ardent Brewery/organisation", "Kolb/organisation"}, nil, nil},
		{"rejecting a takeover offer still refuses it",
			"The Ardent Brewery rejected the takeover offer from Kolb.", []string{"Ardent Brewery/organisation", "Kolb/organisation"}, nil,
			[]brief{{"Ardent Brewery", "refused", "", ""}}},
		{"not making a pledge commits to nothing and refuses nothing",
			"Peru did not make a pledge.", []string{"Peru/country"}, nil, nil},
		{"not reaching a deal is a negotiation without an outcome",
			"Peru and Chile have not reached a deal.", []string{"Peru/country", "Chile/country"}, nil, nil},
		{"not having decided whether to act is a question still open",
			"Peru has not decided whether to send troops. Chile has not decided whether it will sign.",
			[]string{"Peru/country", "Chile/country"}, nil, nil},
		{"a deal that could be reached, by no one named, is a possibility",
			"Peru pledged to cut tariffs. Diplomats said a deal could be reached within weeks if both sides showed flexibility.",
			[]string{"Peru/country"}, nil, []brief{{"Peru", "pledged", "", ""}}},
		{"providing something after a comma is no condition",
			"Kenya will build the road, providing jobs for 200 people.", []string{"Kenya/country"}, nil,
			[]brief{{"Kenya", "intends", "", ""}}},
		{"stopping short of agreeing is agreeing nothing",
			"But leaders stopped short of agreeing any new funding for either country.", nil, nil, nil},
		{"staying in office is a state, not an act",
			"The caretaker government will stay in office until the new cabinet is sworn in.", nil, nil, nil},
		{"a deal announced after it was told is the same deal",
			"Colombia and Ecuador agreed to reopen the border. The deal was announced in a joint statement after talks in Brasilia.",
			[]string{"Colombia/country", "Ecuador/country"}, nil, []brief{{"Colombia;Ecuador", "agreed", "", ""}}},
		{"a relative clause in the present on a bare plural is whoever does it",
			"Ms Vaughn said she would introduce a bill to bar banks that sign such agreements from federal programs.",
			[]string{"Vaughn/person"}, nil, []brief{{"Vaughn", "intends", "", ""}}},
		{"a vote to come on a deal is no commitment",
			"Members of the union will vote on a pay deal.", nil, nil, nil},
	})
}

// TestObjectsTheParserMisplaced checks commitments whose object the parser
// hung elsewhere or that only act with an object.
func TestObjectsTheParserMisplaced(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a pledged sum hung on a later noun is still the pledge's object",
			"Britain pledged £900m, while Germany promised €1bn over three years.",
			[]string{"Britain/country", "Germany/country"}, nil,
			[]brief{{"Britain", "pledged", "", ""}, {"Germany", "pledged", "", ""}}},
		{"committing a sum pledges it",
			"The European Commission committed €400m.", []string{"European Commission/organisation"}, nil,
			[]brief{{"European Commission", "pledged", "", ""}}},
		{"dropping charges is an act, unlike prices dropping",
			"Prosecutors will drop the charges. Prices will drop.", nil, nil,
			[]brief{{"Prosecutors", "intends", "", ""}}},
		{"going on with an act commits to it, going on happening does not",
			"The department said it would continue to investigate the claims. Prices will continue to rise. The pension fund will begin to require cash returns.", nil, nil,
			[]brief{{"department", "intends", "", ""}}},
		{"a date in a clause whose subject the parser lost is that clause's, not the commitment's",
			"Sudan and Chad have agreed to reopen crossings closed since fighting broke out in April.",
			[]string{"Sudan/country", "Chad/country"}, []string{"in April=2020-04"},
			[]brief{{"Chad;Sudan", "agreed", "2020-08-31", ""}}},
		{"accepting changes or terms agrees to them; accepting a verdict agrees to nothing",
			"In return, the union accepted changes to its rosters. Mr Diaz accepted the verdict.", nil, nil,
			[]brief{{"union", "agreed", "", ""}}},
		{"spending weeks on something is time passing, not money spent",
			"The regulator is expected to spend the next few weeks examining the proposals. The council will spend £2m on roads.", nil, nil,
			[]brief{{"council", "intends", "", ""}}},
		{"a case to be withdrawn is an announced measure",
			"The ministry said the case would be withdrawn.", nil, nil,
			[]brief{{"ministry", "intends", "", ""}}},
	})
}

// TestTextKeepsWhatASayerSays checks that a commitment's text does not stop
// at a verb of saying whose complement the parser hung elsewhere.
func TestTextKeepsWhatASayerSays(t *testing.T) {
	src := "Eight Pacific nations pledged on Friday to cut their tuna fleets by a fifth, in an effort to protect stocks that scientists say are close to collapse."
	d := testDoc(t, src, nil, nil)
	got := Find(d)
	if len(got) != 1 || !strings.HasSuffix(got[0].Text, "are close to collapse.") {
		t.Errorf("got %+v, want one commitment whose text ends with what the scientists say", got)
	}
}

// TestDateOfAThingIsNoDateOfTheAct checks that a date standing before a
// noun it qualifies dates that thing, not the commitment, while a date of
// the act's own stays.
func TestDateOfAThingIsNoDateOfTheAct(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a year before the noun it qualifies",
			"The Labour Party said it would scrap its 2019 manifesto pledge on tuition fees.",
			[]string{"Labour Party/organisation"}, []string{"2019=2019"},
			[]brief{{"Labour Party", "intends", "", ""}}},
		{"a date with its preposition dates the act",
			"Ministers agreed in March 2019 to build the line.",
			[]string{"Ministers/group"}, []string{"in March 2019=2019-03"},
			[]brief{{"Ministers", "agreed", "2019-03", ""}}},
	})
}

// TestVotesWishesAndDeliberations checks a body's vote, a wish that
// describes a party and a deliberation left undecided.
func TestVotesWishesAndDeliberations(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a body's vote to act is its decision",
			"The Security Council voted on Friday to extend the mission.",
			[]string{"Security Council/organisation"}, nil,
			[]brief{{"Security Council", "agreed", "", ""}}},
		{"a body's decision that something will happen is agreed",
			"The Security Council decided that the first troops would leave by December.",
			[]string{"Security Council/organisation"}, []string{"December=2021-12"},
			[]brief{{"Security Council", "agreed", "", "2021-12"}}},
		{"a firm's decision to act is its intention",
			"Halden Foods decided to close the plant.",
			[]string{"Halden Foods/organisation"}, nil,
			[]brief{{"Halden Foods", "intends", "", ""}}},
		{"a body that extends a mandate agrees to it, the parser hanging its name on the time",
			"The Security Council today extended the mandate of the mission for a final 12 months.",
			[]string{"Security Council/organisation"}, nil,
			[]brief{{"Security Council", "agreed", "", ""}}},
		{"a firm that extends its lead commits to nothing",
			"Halden Foods extended its lead in the market.", []string{"Halden Foods/organisation"}, nil, nil},
		{"a vote against a bill is a ballot cast, no commitment",
			"Thirty members of the Progress Party voted against the bill.", []string{"Progress Party/organisation"}, nil, nil},
		{"a vote to reject refuses",
			"The Senate voted to reject the bill.", []string{"Senate/organisation"}, nil,
			[]brief{{"Senate", "refused", "", ""}}},
		{"a vote to come is an intention",
			"The Senate will vote to extend the mission.", []string{"Senate/organisation"}, nil,
			[]brief{{"Senate", "intends", "", ""}}},
		{"a wish in a relative clause describes the party",
			"The Green Party, a party that wants to open new oil fields, criticised the plan.",
			[]string{"Green Party/organisation"}, nil, nil},
		{"a plan in a relative clause on an indefinite noun describes a kind",
			"A firm that plans to cut jobs must consult its staff.", nil, nil, nil},
		{"a plan in a relative clause on one party is its plan",
			"Ines Kalo leads a growers' cooperative that plans to sue the government.",
			[]string{"Ines Kalo/person"}, nil,
			[]brief{{"growers' cooperative", "intends", "", ""}}},
		{"a plan in a relative clause on a named party is its plan",
			"The Labour Party, which plans to nationalise the railways, won the vote.",
			[]string{"Labour Party/organisation"}, nil,
			[]brief{{"Labour Party", "intends", "", ""}}},
		{"considering with no decision made is a deliberation",
			"Officials in Paris were considering sending troops but had made no decision.", nil, nil, nil},
		{"weighing with no decision taken is a deliberation",
			"The ministry is weighing new sanctions, but no decision has been taken.", nil, nil, nil},
		{"considering alone puts a measure forward",
			"The ministry is considering raising fuel prices.", nil, nil,
			[]brief{{"ministry", "proposed", "", ""}}},
	})
}

// TestCollectiveActionsGoOn checks that a side's collective action said
// to go on is its commitment, conditional on an "until" clause.
func TestCollectiveActionsGoOn(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a strike said to continue until something happens is the sayer's conditional commitment",
			"The Dockers' Union said the strike would continue until the port authority returned to talks.",
			[]string{"Dockers' Union/organisation"}, nil,
			[]brief{{"Dockers' Union", "conditional", "", ""}}},
		{"a strike said to continue by an officer of the union is the union's",
			"Mara Quist, general secretary of the Dockers' Union, said the strike would continue until the authority returned to talks.",
			[]string{"Mara Quist/person/general secretary of the Dockers' Union", "Dockers' Union/organisation"}, nil,
			[]brief{{"Dockers' Union", "conditional", "", ""}}},
		{"a search said to go on is the sayer's intention",
			"Police said the search would continue.", []string{"Police/organisation"}, nil,
			[]brief{{"Police", "intends", "", ""}}},
		{"a walkout said to go ahead only if something happens is conditional",
			"The Dockers' Union said the walkout would go ahead only if ministers refused to talk.",
			[]string{"Dockers' Union/organisation"}, nil,
			[]brief{{"Dockers' Union", "conditional", "", ""}}},
		{"a sayer named in apposition to an office says it for the side",
			"The union's general secretary, Mara Quist, said the strike would continue.",
			[]string{"Mara Quist/person"}, nil,
			[]brief{{"Mara Quist", "intends", "", ""}}},
		{"a strike said to begin is the sayer's intention",
			"The Dockers' Union said strikes would begin in September.", []string{"Dockers' Union/organisation"}, []string{"September=2021-09"},
			[]brief{{"Dockers' Union", "intends", "2021-09", ""}}},
		{"a strike that begins with no one saying so is a forecast",
			"The strike will begin on Monday.", nil, nil, nil},
		{"a strike that continues with no one saying so is a forecast",
			"The strike will continue.", nil, nil, nil},
		{"a price that continues to rise is no collective action",
			"The Dockers' Union said prices would continue.", []string{"Dockers' Union/organisation"}, nil, nil},
	})
}

// TestDeniedSubjectsAndPhrasalActs checks a measure said to befall no one
// and the phrasal verbs that act.
func TestDeniedSubjectsAndPhrasalActs(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a payment said to go to no one refuses it",
			"Halden Foods says none of its money will be paid to the former owners.",
			[]string{"Halden Foods/organisation"}, nil,
			[]brief{{"Halden Foods", "refused", "", ""}}},
		{"a measure said to befall nobody pledges restraint",
			"The Home Office said nobody would be moved before a decision.",
			[]string{"Home Office/organisation"}, nil,
			[]brief{{"Home Office", "pledged", "", ""}}},
		{"no jobs cut in a firm's words is its pledge",
			"Halden Foods said no jobs would be cut.", []string{"Halden Foods/organisation"}, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"no jobs lost is a forecast",
			"Halden Foods said no jobs would be lost.", []string{"Halden Foods/organisation"}, nil, nil},
		{"no jobs cut in a commentator's words is a forecast",
			"Analysts said no jobs would be cut.", nil, nil, nil},
		{"going after something pursues it",
			"\"We will go after every penny,\" said Ruth Kane.", []string{"Ruth Kane/person"}, nil,
			[]brief{{"Ruth Kane", "pledged", "", ""}}},
		{"going somewhere is no act one commits to",
			"Ruth Kane said she would go to Paris.", []string{"Ruth Kane/person"}, nil, nil},
		{"a promise whose quoted clause the parser hung beside it",
			"Ruth Kane promised that 'nobody will be left behind'.", []string{"Ruth Kane/person"}, nil,
			[]brief{{"Ruth Kane", "pledged", "", ""}}},
		{"taking over a task is an act",
			"Ruth Kane said the army would take over security at the port.", []string{"Ruth Kane/person"}, nil,
			[]brief{{"army", "intends", "", ""}}},
		{"an office holder's denied harm pledges restraint",
			"Ruth Kane said the commissioner would not fine any firm this year.", []string{"Ruth Kane/person"}, nil,
			[]brief{{"commissioner", "pledged", "", ""}}},
		{"taking over an office is an act",
			"Ruth Kane will take over on Monday.", []string{"Ruth Kane/person"}, []string{"Monday=2021-05-03"},
			[]brief{{"Ruth Kane", "intends", "2021-05-03", ""}}},
	})
}

// TestDeniedActsRefuse checks that denying an act refuses it, where
// denying a harm or a giving in pledges restraint, and that a guarantee
// or a sum said to come pledges.
func TestDeniedActsRefuse(t *testing.T) {
	parties := []string{"Halden Foods/organisation"}
	runCases(t, []commitmentCase{
		{"not taking part refuses", "Halden Foods said it would not take part in the talks.", parties, nil,
			[]brief{{"Halden Foods", "refused", "", ""}}},
		{"not dropping a claim refuses", "Halden Foods said it would not drop its claim.", parties, nil,
			[]brief{{"Halden Foods", "refused", "", ""}}},
		{"not reopening a review refuses", "Halden Foods said it would not reopen the review.", parties, nil,
			[]brief{{"Halden Foods", "refused", "", ""}}},
		{"not recommending a deal refuses", "Halden Foods said it would not recommend the deal.", parties, nil,
			[]brief{{"Halden Foods", "refused", "", ""}}},
		{"a guarantee said to come pledges", "Halden Foods said it would guarantee the jobs of all staff.", parties, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"a sum said to be given pledges", "Halden Foods said it would give $5m to the fund.", parties, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"a tool said to be provided is an intention", "Halden Foods said it would provide every tool to its staff.", parties, nil,
			[]brief{{"Halden Foods", "intends", "", ""}}},
		{"not blocking a deal pledges restraint", "Halden Foods said it would not block the deal.", parties, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"not delaying what others want delayed refuses", "Halden Foods said it would not delay the sale.", parties, nil,
			[]brief{{"Halden Foods", "refused", "", ""}}},
		{"not stepping in refuses", "Halden Foods said it would not intervene in the dispute.", parties, nil,
			[]brief{{"Halden Foods", "refused", "", ""}}},
		{"not forming an alliance refuses", "\"We will not form a coalition with them,\" said Halden Foods.", parties, nil,
			[]brief{{"Halden Foods", "refused", "", ""}}},
		{"not laying off staff pledges restraint", "Halden Foods said it would not lay off any staff.", parties, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"not backing down pledges to hold out", "\"We will not back down,\" said Halden Foods.", parties, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"not giving up a thing refuses it", "Halden Foods said it would not give up the port.", parties, nil,
			[]brief{{"Halden Foods", "refused", "", ""}}},
		{"a measure denied in the passive pledges restraint", "Halden Foods said the scheme would not be extended.", parties, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"not seeking to recover a cost from others pledges restraint", "Halden Foods said it would not seek to recover the costs from residents.", parties, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"not letting a thing happen pledges to prevent it", "\"We will not let the schedule slip,\" said Halden Foods.", parties, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"not passing a cost on, the particle after the object, pledges restraint", "Halden Foods said it would not pass the cost on to customers.", parties, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"not passing a fee on, the particle read as an adverb, pledges restraint", "Halden Foods said it would not pass the Norwegian fee on to customers this year.", parties, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"not rationing a supply pledges restraint", "\"We will not ration water,\" said Halden Foods.", parties, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"not outsourcing work pledges restraint", "Halden Foods will not outsource any warehouse work.", parties, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"not compromising pledges to hold firm", "\"We will not compromise on safety,\" said Halden Foods.", parties, nil,
			[]brief{{"Halden Foods", "pledged", "", ""}}},
		{"not allowing a passage refuses it", "Halden Foods said it would not allow any convoy to pass.", parties, nil,
			[]brief{{"Halden Foods", "refused", "", ""}}},
		{"a bare refusal refuses what was asked before it", "Unions asked Halden Foods to reopen the plant. Halden Foods declined.", parties, nil,
			[]brief{{"Halden Foods", "refused", "", ""}}},
		{"a bare decline of a figure is a fall", "Shares in Halden Foods declined 3% in London.", parties, nil, nil},
		{"a refusal in an inverted condition did not happen", "Unite backed the bill. \"Had the government refused our amendments, we would have voted it down,\" he said.",
			[]string{"Kenya|the government/country", "Unite/organisation"}, nil, nil},
		{"a quoted stance of remembering is no refusal", "\"We are not forgetting,\" said Halden Foods.", parties, nil, nil},
	})
}

// TestLightVerbsAct checks that a verb of doing or a causative is an act
// when a party is its subject and it has an object (and, for a causative,
// the state it brings the object to), and that a meeting is an act of
// whoever calls it, not of whoever is expected to attend it.
func TestLightVerbsAct(t *testing.T) {
	parties := []string{"Halden Foods/organisation", "Unite/organisation"}
	runCases(t, []commitmentCase{
		{"doing all one can is an act", "Halden Foods said it would do everything it could to find new roles.", parties, nil,
			[]brief{{"Halden Foods", "intends", "", ""}}},
		{"helping others is an act", "Unite said it would help its members find new jobs.", parties, nil,
			[]brief{{"Unite", "intends", "", ""}}},
		{"a thing that helps is an effect", "Halden Foods said the new plant would help it cut costs.", parties, nil, nil},
		{"offering to help do a thing offers it", "Unite has offered to help trace the missing funds.", parties, nil,
			[]brief{{"Unite", "proposed", "2020-08-31", ""}}},
		{"declining to help alone refuses nothing", "Unite declined to help.", parties, nil, nil},
		{"making a thing safe is an act", "Halden Foods said it would make all its stores accessible.", parties, nil,
			[]brief{{"Halden Foods", "intends", "", ""}}},
		{"making a loss is what befalls one", "Halden Foods said it would make a loss this year.", parties, nil, nil},
		{"getting a sum is what befalls one", "Halden Foods is to get 1bn euros immediately.", parties, nil, nil},
		{"holding a meeting announces it", "Unite said it would hold a meeting of its members in May.", parties, []string{"May=2021-05"},
			[]brief{{"Unite", "intends", "2021-05", ""}}},
		{"talks one is expected to hold are a forecast", "Unite is expected to hold talks on Tuesday.", parties, nil, nil},
	})
}

// TestAnnouncedPassives checks an act in the passive that a party
// announces in so many words.
func TestAnnouncedPassives(t *testing.T) {
	parties := []string{"Northshire Council|the council/organisation"}
	runCases(t, []commitmentCase{
		{"an announced act in the passive is the announcer's, whatever its verb",
			"Northshire Council announced that inspections of all care homes would be carried out.", parties, nil,
			[]brief{{"Northshire Council", "intends", "", ""}}},
		{"what befalls a thing in the passive is a forecast",
			"The council said homes would be damaged by the floods.", parties, nil, nil},
		{"what befalls a thing with no agent is a forecast",
			"The council said several roads would be flooded.", parties, nil, nil},
		{"a target said to be missed is a forecast",
			"The council said the recruitment target would be missed unless pay improved.", parties, nil, nil},
		{"a plan said to be welcomed is a forecast",
			"The council said the plan would be welcomed across the county.", parties, nil, nil},
		{"a commentator's passive is a forecast",
			"Analysts said inspections would be carried out.", parties, nil, nil},
	})
}
