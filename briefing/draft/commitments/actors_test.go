package commitments

import (
	"strings"
	"testing"
)

// TestCommitmentActors checks who the actors of the commitment in the last
// sentence are, construction by construction.
func TestCommitmentActors(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		parties []string
		want    string // the actors of the last commitment, joined by ";"; "" for none
	}{
		{"it after a sentence whose subject is the government: the state, not a place named in passing",
			"Lutania has begun a review of its sell-offs. The government seemed keen not to repeat the nationalisations many fear in Ostrava, an analyst said. As a result, it was planning to resell the firms.",
			[]string{"Lutania/country", "Ostrava/country"}, "Lutania"},
		{"it in words reported after them is the body that reports them",
			"Investors fear a repeat of the crisis in Ostrava. It will sell its stake in the bank, Lutania said.",
			[]string{"Lutania/country", "Ostrava/country"}, "Lutania"},
		{"an agentless passive reported by a speaker is the speaker's commitment",
			"Marta Soles has promised reform. The list will not be extended after its completion, she said.",
			[]string{"Marta Soles/person"}, "Marta Soles"},
		{"an agentless passive coordinated with the clause a speaker reports is the speaker's",
			"Marta Soles has promised reform. The list “will be limited and final, and will not be extended after its completion”, she said.",
			[]string{"Marta Soles/person"}, "Marta Soles"},
		{"an agentless passive in a reported clause is the reporter's commitment",
			"The finance minister, Karl Oster, said fuel taxes will be cut in March.",
			[]string{"Karl Oster/person"}, "Karl Oster"},
		{"a deal to be signed is signed by its sides, not only by who reports it",
			"Rover and SAIC signed a pact in 2004. Rover said the investment deal would be signed in March.",
			[]string{"Rover/organisation", "SAIC/organisation"}, "Rover;SAIC"},
		{"a speech act coordinated by the parser with the clause another reports is the speaker's",
			"Pence confirmed that Trump is scheduled to speak in Ohio and vowed that Trump would lay out his strategy.",
			[]string{"Pence/person", "Trump/person", "Ohio/place"}, "Pence"},
		{"a name before a description set off by dashes is the subject",
			"As part of the deal, Federated - owner of Macy's and Bloomingdale's - will assume $6bn of May's debt.",
			[]string{"Federated/organisation", "Macy/organisation", "Bloomingdale/organisation", "May/organisation"}, "Federated"},
		{"a quoted it that stands for a thing is the speaker's commitment",
			"“We will submit a budget that fits the times,” Mr Hale said. “It will provide every tool to the military.”",
			[]string{"Hale/person", "Lutania/country"}, "Hale"},
		{"a quoted it with a firm named in the attribution is the firm",
			"“It will close the plant in Tarn by March,” Acme Steel said.",
			[]string{"Acme Steel/organisation", "Tarn/place"}, "Acme Steel"},
		{"it resolves past a place where something happens",
			"Lutania has warned investors. Many fear a repeat of the crisis in Ostrava. It will sell its stake in the bank.",
			[]string{"Lutania/country", "Ostrava/country"}, "Lutania"},
		{"she in the attribution of a quotation is the last woman quoted before",
			"The cap covers all tenancies, Ms Kearney said. Mr Doyle, a landlord, called it unfair. “We will not stand by while families are priced out,” she said.",
			[]string{"Siobhan Kearney|Kearney/person", "Doyle/person"}, "Siobhan Kearney"},
		{"the two countries are the countries of the last joint commitment of countries, not the ministers who signed after them",
			"Japan and Australia signed a defence pact on Monday. Kenji Morita and Claire Whitfield signed the pact in Canberra. China criticised the deal. The two countries first agreed to negotiate the pact in 2022.",
			[]string{"Japan/country", "Australia/country", "Kenji Morita/person", "Claire Whitfield/person", "China/country", "Canberra/place"}, "Australia;Japan"},
		{"it said by a body's spokesman is the body",
			"The Sudanese Armed Forces have agreed to open a corridor, the United Nations said. The army's spokesman, Nabil Osman, confirmed the decision and said it would guarantee the safety of aid workers.",
			[]string{"Sudanese Armed Forces/organisation", "United Nations/organisation", "Nabil Osman/person"}, "Sudanese Armed Forces"},
		{"a description headed by a noun for a body is the organisation named just before",
			"The Rapid Support Forces did not respond. In a statement on Thursday, the paramilitary group said it would not allow any convoy to pass.",
			[]string{"Rapid Support Forces|RSF/organisation"}, "Rapid Support Forces"},
		{"a description placed in a city is not an organisation whose name places it elsewhere",
			"Rival suitor Euronext raised the stakes. Ahead of talks with the London Stock Exchange on Friday, the pan-European bourse said it may pay in cash. The Paris-based exchange is ready to raise £1.4bn to fund a bid.",
			[]string{"Euronext/organisation", "London Stock Exchange/organisation"}, "Euronext"},
		{"we in the words of an unnamed spokesman is the body that spoke last",
			"Ukraine's president said the mill would be sold again. One of the bidders, Halvor Steel, said it welcomed the review. “If a new tender is issued, we would bid for it,” a spokesman said.",
			[]string{"Ukraine/country", "Halvor Steel/organisation"}, "Halvor Steel"},
		{"names in a modifier of time after the agent say when, not who",
			"The code is a treaty ratified by 196 nations after the Second World War and the Korean War.",
			[]string{"Korean War/organisation"}, "196 nations"},
		{"a passive measure whose subject comes from a body is the body's",
			"Both sides will withdraw their artillery, and a mission of 200 observers from the Council of Northern States will be deployed within ten days.",
			[]string{"Council of Northern States/organisation"}, "Council of Northern States"},
		{"they said by a body named by a common noun is that body",
			"Hauliers blocked the roads for a third day. Police said they would not remove protesters from the roads.",
			nil, "Police"},
		{"they said by people who act for a body named before is that body",
			"The Justice Department appealed the ruling on Friday. Government lawyers said they would ask the Supreme Court to hear the case.",
			[]string{"Justice Department/organisation", "Supreme Court/organisation"}, "Justice Department"},
		{"an office of a place with the holder in apposition is the holder, never the place",
			"The mayor of Greater Manchester, Andy Sheridan, has promised to freeze council tax next year.",
			[]string{"Greater Manchester/place", "Andy Sheridan/person"}, "Andy Sheridan"},
		{"it said by a name the parties stage missed is that name, not a group named before",
			"Residents protested outside the town hall. Unison, which represents council staff, said it would ballot its members on strike action.",
			[]string{"residents/group"}, "Unison"},
		{"we in a quotation whose attribution the parser left without a subject is the person named in it",
			"The deputy mayor, Sarah Okafor, will list the savings. “We will fight every redundancy,” its regional secretary, Mike Doyle, said.",
			[]string{"Sarah Okafor/person", "Mike Doyle/person"}, "Mike Doyle"},
		{"a lead's description of an office is the person the next sentence names",
			"A former transport minister has agreed to repay £40,000 in expenses. Graham Pellow, who stood down at the last election, said he accepted the findings.",
			[]string{"Graham Pellow/person"}, "Graham Pellow"},
		{"an organisation's name followed by the kind of body it is names the organisation",
			"Georgia's governing Georgian Dream party said on Monday it would reintroduce the bill.",
			[]string{"Georgia/country", "Georgian Dream/organisation"}, "Georgian Dream"},
		{"he after a surname drafted as an organisation is that surname, not a person named long before",
			"George Bush spoke in 2004. Voters were asked about the wall. Trump finds no respite with voters. He promised to build a wall.",
			[]string{"George Bush/person", "Trump/organisation"}, "Trump"},
		{"he never resolves to an organisation the gazetteer knows",
			"Tom Hale met bankers in London. The IMF said it was worried. He promised to cut taxes.",
			[]string{"Tom Hale/person", "IMF/organisation", "London/place"}, "Tom Hale"},
		{"the office is the person named before who holds it",
			"Senator Ray Castellano criticised the nominee on Monday. The senator has vowed to block her confirmation.",
			[]string{"Ray Castellano/person/Senator"}, "Ray Castellano"},
		{"the office is not a former holder of it",
			"Former Prime Minister Ann Holt criticised the plan. The prime minister will present the budget on Monday.",
			[]string{"Ann Holt/person/Former Prime Minister"}, "prime minister"},
		{"a measure a head of state announces is the state's",
			"Venezuela's President Hugo Chavez visited Beijing. Chinese firms would be allowed to operate 15 oil fields, Mr Chavez said.",
			[]string{"Venezuela/country", "Hugo Chavez|Chavez/person", "Beijing/place"}, "Venezuela"},
		{"its people are the body the owner stands for",
			"The African Union welcomed the announcement and said its observers would monitor the reopening.",
			[]string{"African Union/organisation", "observers/group"}, "African Union"},
		{"names of places in a modifier of the subject are not its actors",
			"Ethiopia will reopen two crossings next month. The crossings at Zalambessa and Bure will open to traders on 1 March, the ministry said.",
			[]string{"Ethiopia/country", "Zalambessa/place", "Bure/organisation"}, "Ethiopia"},
		{"a body a state acts through, owned by its, is the state",
			"Lutania declined to join the agreement on Tuesday. Its foreign ministry said it would study the text before deciding.",
			[]string{"Lutania/country"}, "Lutania"},
		{"the spokesman of a body named by a common noun speaks for the body named before",
			"Tarnby City Council will close three libraries next year. Staff will be offered jobs at other sites, a council spokesman said.",
			[]string{"Tarnby City Council/organisation"}, "Tarnby City Council"},
		{"the pair are the two people named last",
			"Tom Hale and Ann Holt ran an investment scheme for six years. The pair persuaded 214 workers to invest, promising returns of 8% a year.",
			[]string{"Tom Hale/person", "Ann Holt/person"}, "Ann Holt;Tom Hale"},
		{"the governments are the two states that acted together last",
			"Lutania and Ostrava signed a border treaty in 1984. Farmers said the governments had refused to consult them on the new road.",
			[]string{"Lutania/country", "Ostrava/country", "Farmers/group"}, "Lutania;Ostrava"},
		{"they said by a capitalised plural the parties missed is not a party named before",
			"The Greens gained two seats in the election on Thursday. The Conservatives, who won the most seats, said they would vote against the budget.",
			[]string{"Greens/organisation"}, ""},
		{"a deadline after by in a passive is not its agent, and a commitment with no one to make it is dropped",
			"Residents of the estate were promised new homes by 2028.",
			nil, ""},
		{"a phrase of time after by leaves the passive to the party whose commitments the story told",
			"Hale Steel agreed to close its plant in Tarn. Staff will be offered new jobs by the end of March.",
			[]string{"Hale Steel/organisation", "Tarn/place"}, "Hale Steel"},
		{"the government there is the state spoken of",
			"Lutania has closed its border with Ostrava for two years. The government there had agreed in July to reopen the crossings, officials said.",
			[]string{"Lutania/country", "Ostrava/country"}, "Lutania"},
		{"the spokesman of a body no party names speaks for the body",
			"Staff will be offered jobs at other sites, a council spokesman said.",
			nil, "council"},
		{"the family of a person acts for itself, not as the person",
			"Jamal Osei was detained in May. The family of Jamal Osei, 17, said they would take legal action unless the force apologised.",
			[]string{"Jamal Osei/person"}, "family of Jamal Osei"},
		{"he and his allies are the person named before and the allies",
			"Tom Hale held a rally in Florida on Monday. He and his allies vowed to repeal the law.",
			[]string{"Tom Hale/person", "Florida/place"}, "Tom Hale"},
		{"a state's army, reported by the state's minister, is the state",
			"Ethiopia said its troops had shelled rebel positions on Monday. The army would not pull back, Ethiopia's defence minister said.",
			[]string{"Ethiopia/country"}, "Ethiopia"},
		{"a state's army, reported by an unnamed minister, is the state the story is about",
			"Lutania closed its border with Ostrava on Monday after three days of clashes. The army would not pull back, the defence minister said.",
			[]string{"Lutania/country", "Ostrava/country"}, "Lutania"},
		{"an embassy stands for the state it belongs to",
			"Lutania recalled its ambassador to Ostrava on Friday. The embassy has promised to issue visas until the end of the month.",
			[]string{"Lutania/country", "Ostrava/country"}, "Lutania"},
		{"an army the parties name stays that organisation",
			"The Sudanese Armed Forces shelled the city. The army would not pull back, a spokesman said.",
			[]string{"Sudanese Armed Forces/organisation"}, "Sudanese Armed Forces"},
		{"a minister's quoted we is the minister and the state the title names",
			"Belova closed its border after clashes last spring. “We will reopen the border crossings next month,” Belova's interior minister, Tomas Radek, said.",
			[]string{"Belova/country", "Tomas Radek/person/interior minister"}, "Belova;Tomas Radek"},
		{"an unnamed minister's quoted we is the state the story is about",
			"Belova closed its border after clashes last spring. “We will reopen the border crossings next month,” the interior minister said.",
			[]string{"Belova/country"}, "Belova"},
		{"she and her deputy are the person named before and the deputy",
			"Ann Holt won the vote on Monday. She and her deputy vowed to repeal the law.",
			[]string{"Ann Holt/person"}, "Ann Holt"},
		{"a quoted we of a state organ's spokesman is the spokesman and the state",
			"Sudan agreed on Saturday to a 72-hour truce in El Fasher. “We will open the roads for the duration of the truce,” the army spokesman, Nabil Abdallah, told reporters.",
			[]string{"Sudan/country", "El Fasher/place", "Nabil Abdallah/person/army spokesman"}, "Nabil Abdallah;Sudan"},
		{"a state's army named by its demonym is the state",
			"The Sudanese army said on Saturday it would observe a 72-hour ceasefire in El Fasher.",
			[]string{"Sudan|Sudanese/country", "El Fasher/place"}, "Sudan"},
		{"it said by a spokeswoman for a body is the body",
			"The Public Service Union represents staff at the centre. The Liberal Democrats said they would call for a review. A spokeswoman for the union said it would fight any compulsory redundancies.",
			[]string{"Liberal Democrats/organisation", "Public Service Union/organisation"}, "Public Service Union"},
		{"people named again by a definite noun are the body they were said to come from",
			"A mission of 200 observers from the Council of Northern States will be deployed. Fighting went on in the north. The Council's secretary-general, Amadou Reyes, said the observers would report weekly.",
			[]string{"Council of Northern States|Council/organisation", "Amadou Reyes/person/secretary-general", "observers/group"}, "Council of Northern States"},
		{"his government is the state named in the office its speaker was set beside",
			"The United States will impose a tariff on steel from Mexico. Mexico's economy minister, Rodrigo Salcedo, rejected the demand hours later. He said his government would not accept a quota.",
			[]string{"United States/country", "Mexico/country", "Rodrigo Salcedo/person/economy minister"}, "Mexico"},
		{"a quoted we of a body's officer is the officer and the body the office names",
			"The offer will be put to 9,000 staff. “If members vote yes, we will sign it the next day,” said the Rail Workers' Union general secretary, Maureen Oyelaran.",
			[]string{"Rail Workers' Union/organisation", "Maureen Oyelaran/person/general secretary"}, "Maureen Oyelaran;Rail Workers' Union"},
		{"the company is the one its chief executive, who says so, runs",
			"Graham Tully, Acme Steel's chief executive, met the leaders of Tarn Mills on Monday. Mr Tully said the company had agreed to drop plans to close two plants.",
			[]string{"Graham Tully|Tully/person/chief executive", "Acme Steel/organisation", "Tarn Mills/organisation"}, "Acme Steel"},
		{"the firm named by a speaker is not the name the speaker's pronoun passes",
			"Chief executive Lena Berg said Nordvik would double its investment. The firm may also sign a supply deal with battery maker Sunjin, she added.",
			[]string{"Lena Berg/person/Chief executive", "Nordvik/organisation", "Sunjin/organisation"}, "Nordvik"},
		{"a council named only by its description is the council of the place its councillors sit for",
			"Councillors in Northbridge voted on Tuesday to close two libraries. The Labour-run council said it would keep the central library open until 2027.",
			[]string{"Northbridge/place"}, "Northbridge council"},
		{"a council's name is the place its councillors were named with",
			"Northbridge councillors voted on Tuesday to close two libraries. The council has promised to keep the central library open until 2027.",
			[]string{"Northbridge/place"}, "Northbridge council"},
		{"a council no place is tied to keeps its own words",
			"Two libraries will close next year. The council has promised to keep the central library open until 2027.",
			nil, "council"},
		{"the fighters of an unnamed commander are the movement he leads",
			"Fighters of the Northern Liberation Front attacked a convoy on Sunday. His fighters would respect the truce “as long as the army does”, the rebel commander said.",
			[]string{"Northern Liberation Front/organisation"}, "Northern Liberation Front"},
		{"the fighters of a named commander are the movement his title names",
			"A truce took effect on Sunday. Northern Liberation Front commander Ali Dirir said his fighters would respect the truce.",
			[]string{"Northern Liberation Front/organisation", "Ali Dirir/person/commander"}, "Northern Liberation Front"},
		{"it is never a plural group",
			"Councillors met on Tuesday to discuss library closures. Councillors said it would keep the central library open until 2027.",
			[]string{"Councillors/group"}, ""},
		{"a lawyer's client is the person the lawyer represents",
			"Daniel Price was convicted of fraud on Friday. Price's lawyer said his client intended to appeal.",
			[]string{"Daniel Price|Price/person"}, "Daniel Price"},
		{"a lawyer's client is the person whose surname owns the lawyer",
			"Daniel Price was convicted of fraud on Friday. Price's lawyer said his client intended to appeal.",
			[]string{"Daniel Price/person"}, "Daniel Price"},
		{"a named lawyer's client is the person the lawyer represents, not a claim of the lawyer's about another",
			"Daniel Price was convicted of fraud on Friday. Price's lawyer, Ravi Mehta, said his client would appeal.",
			[]string{"Daniel Price|Price/person", "Ravi Mehta/person/lawyer"}, "Daniel Price"},
		{"the client of lawyers for a person is that person",
			"Daniel Price was convicted of fraud on Friday. Lawyers for Mr Price said their client would appeal against the verdict.",
			[]string{"Daniel Price|Price/person"}, "Daniel Price"},
		{"a leader's quoted we is the body the role names as well",
			"Westbury council will rebuild the pool. “We will not leave Westbury without a pool,” council leader Margaret Fenwick said.",
			[]string{"Westbury council/organisation", "Margaret Fenwick/person/council leader"}, "Margaret Fenwick;Westbury council"},
		{"a leader's quoted we is the leader alone when no body of the role's kind is named",
			"Lenders have cut rates. “We will not leave Westbury without a pool,” council leader Margaret Fenwick said.",
			[]string{"Margaret Fenwick/person/council leader", "Westbury/place"}, "Margaret Fenwick"},
		{"a leader's quoted we is also the local body the text ties to a place when no party is that body",
			"Councillors in Westbury voted to close the pool. “We will not leave Westbury without a pool,” council leader Margaret Fenwick said.",
			[]string{"Margaret Fenwick/person/council leader", "Westbury/place"}, "Margaret Fenwick;Westbury council"},
		{"a leader's quoted we is the body the title before the name names when the role left it out",
			"Castleford council said it would review every planning decision. Council leader Joan Pike said: “We will restore trust in this council.”",
			[]string{"Castleford council/organisation", "Joan Pike/person/leader"}, "Castleford council;Joan Pike"},
		{"a former leader's quoted we is the speaker alone",
			"Councillors in Westbury voted to close the pool. “We will not leave Westbury without a pool,” former council leader Margaret Fenwick said.",
			[]string{"Margaret Fenwick/person/former council leader", "Westbury/place"}, "Margaret Fenwick"},
		{"the quoted we of an office held by its body, named in apposition, is the holder and the body",
			"The GMB represents ambulance workers. Its national secretary, Rachel Harrison, said: “We will not stop until our members get a fair deal.”",
			[]string{"GMB/organisation", "Rachel Harrison/person/national secretary"}, "GMB;Rachel Harrison"},
		{"a lawyer's quoted we with his in place of the client is the person he stands for and the lawyer",
			"Derek Walsh was convicted on Friday of accepting bribes. “We will lodge an appeal within 28 days,” said his solicitor, Amira Haddad.",
			[]string{"Derek Walsh/person", "Amira Haddad/person/solicitor"}, "Amira Haddad;Derek Walsh"},
		{"an unnamed lawyer's quoted we is the client",
			"Daniel Okoro denies the charges. “We will appeal against the verdict,” said Okoro's lawyer.",
			[]string{"Daniel Okoro|Okoro/person"}, "Daniel Okoro"},
		{"a named lawyer's quoted we is the lawyer and the client",
			"Daniel Okoro denies the charges. “We will appeal against the verdict,” said Okoro's lawyer, Ruth Adeyemi.",
			[]string{"Daniel Okoro|Okoro/person", "Ruth Adeyemi/person/lawyer"}, "Daniel Okoro;Ruth Adeyemi"},
		{"an unnamed office holder described by a participle phrase is the actor by the office",
			"A former health minister convicted of fraud will appeal, his lawyer said.",
			nil, "former health minister"},
		{"they said by a subject described by a relative clause is that subject",
			"The Conservatives, who won the most seats, said they would vote against the budget.",
			[]string{"Conservatives/organisation"}, "Conservatives"},
		{"an unnamed office holder described by a longer participle phrase is the actor by the office",
			"A former mayor of Castleford jailed for six years for taking bribes will appeal against his sentence, his lawyer has said.",
			[]string{"Castleford/place"}, "former mayor of Castleford"},
		{"a former office holder of a body is not the body",
			"Castleford council will review its planning decisions. A former mayor of Castleford jailed for six years for taking bribes will appeal against his sentence, his lawyer has said.",
			[]string{"Castleford council|Castleford/organisation"}, "former mayor of Castleford"},
		{"a clause misread as a conjunct of a verb with an object keeps no actor",
			"Ministers hope the new policy will create jobs across the north.",
			nil, ""},
		{"a body named by its kind is the last body described as of that kind",
			"Unison, the public sector union, has warned of strikes. A spokeswoman for the union said it would fight any compulsory redundancies.",
			[]string{"Unison/organisation"}, "Unison"},
		{"a body named by its kind is not an earlier body of another kind",
			"Barclays has cut 400 jobs. A spokeswoman for the union said it would fight any compulsory redundancies.",
			[]string{"Barclays/organisation"}, "union"},
		{"the party is the last body called a party",
			"Reform UK, the populist party, won 12 seats. Barclays cut its forecast. The party said it would vote against the budget.",
			[]string{"Reform UK/organisation", "Barclays/organisation"}, "Reform UK"},
		{"the party is no body of another kind",
			"Barclays cut its forecast on Monday. The party said it would vote against the budget.",
			[]string{"Barclays/organisation"}, "party"},
		{"a union named with its kind before the name is that union",
			"The Unite union has balloted its members. A spokesman for the union said it would fight any compulsory redundancies.",
			[]string{"Unite/organisation"}, "Unite"},
		{"it after sentences about a party is the party, not the parliament it sits in",
			"The Scottish Greens have set out their demands. The party holds seven seats in the Scottish Parliament. It said it would not support any budget that cut funding for buses.",
			[]string{"Scottish Greens/organisation", "Scottish Parliament/organisation"}, "Scottish Greens"},
		{"the party is the body whose name calls its members by their creed",
			"The Liberal Democrats launched their manifesto in Leeds on Monday. The party pledged to scrap tuition fees.",
			[]string{"Liberal Democrats/organisation", "Leeds/place"}, "Liberal Democrats"},
		{"it is the topic of the sentences before, not a body named later in passing",
			"The Scottish Greens have set out their demands. Ms Fyfe said the plan would cost £140m. She spoke to the Confederation of Passenger Transport. The plan was welcomed. It said it would not support any budget that cut funding for buses.",
			[]string{"Scottish Greens/organisation", "Morag Fyfe|Fyfe/person", "Confederation of Passenger Transport/organisation"}, "Scottish Greens"},
		{"he in the words of an unnamed source is the office holder the text is about",
			"Chancellor Martin Oakes has refused to comment on the row. A Treasury source said he remained committed to the fiscal rules.",
			[]string{"Martin Oakes/person/Chancellor", "Treasury/organisation"}, "Martin Oakes"},
		{"he in a subordinate clause before the main clause is its subject, named after",
			"Mark Ellis spoke first at the hustings. Because he has promised to cut fuel duty, Tom Hale is under pressure from the Treasury.",
			[]string{"Mark Ellis/person", "Tom Hale/person", "Treasury/organisation"}, "Tom Hale"},
		{"he is not a person named only in a comparison",
			"The man the party will nominate admires strongmen like Vladimir Putin. He has vowed to cancel broadcast licences if Donald Trump becomes president.",
			[]string{"Vladimir Putin/person", "Donald Trump/person"}, "Donald Trump"},
		{"the department is the office of state named before",
			"The Home Office said it would appeal. A spokesperson said the department would ask the Court of Appeal to suspend the order.",
			[]string{"Home Office/organisation", "Court of Appeal/organisation"}, "Home Office"},
		{"the authority is the council named before",
			"The case was brought by Holdby District Council. The council's leader, Trevor Haig, said the authority would seek its costs from the government.",
			[]string{"Holdby District Council/organisation", "Trevor Haig/person"}, "Holdby District Council"},
		{"a name before a phrase of time the parser took for the subject is the subject",
			"Housing minister Rebecca Thorne last night threatened to resign if the plan is diluted.",
			[]string{"Rebecca Thorne/person/Housing minister"}, "Rebecca Thorne"},
		{"a leader's quoted we is also the body a definite noun owning her office stands for",
			"The Liberal Democrats dropped their demand for a wealth tax, the party's co-chair, Hanna Berg, told reporters. “We will deliver what we signed,” Berg said.",
			[]string{"Hanna Berg|Berg/person/co-chair", "Liberal Democrats/organisation"}, "Hanna Berg;Liberal Democrats"},
		{"it said in the second of two clauses the parser joined is the subject of that clause",
			"Britain pledged £900m, and Norway, the co-host, said it would give 3.2bn crowns.",
			[]string{"Britain/country", "Norway/country"}, "Norway"},
		{"officers with no owner are the police force named before",
			"Greater Manchester Police said it would seek the gang's assets. Detective Chief Inspector Mark Ellison said officers would apply for a confiscation order in November.",
			[]string{"Greater Manchester Police/organisation", "Mark Ellison/person/Detective Chief Inspector"}, "Greater Manchester Police"},
		{"prosecutors with no owner are the prosecuting body named before",
			"The Justice Department said the bank had agreed to pay $1.2bn. Prosecutors will drop the charges in 2029 if the bank complies with the agreement.",
			[]string{"Justice Department/organisation"}, "Justice Department"},
		{"the government in a text that names no state is the minister who speaks for it",
			"The union welcomed the deal. The transport secretary, Rhys Kendrick, welcomed the agreement but said the government would not provide extra money to cover it.",
			[]string{"Rhys Kendrick/person/transport secretary"}, "Rhys Kendrick"},
		{"a description headed by a noun for a body can commit",
			"Nato welcomed the deal. The alliance said it would send more observers.",
			[]string{"Nato/organisation"}, "Nato"},
		{"a lead's unnamed office holder is the person who opens the next sentence as the subject of a passive",
			"A former Leeds councillor jailed for fraud will appeal against his conviction. Derek Moss, 61, was found guilty at Leeds Crown Court last month.",
			[]string{"Derek Moss/person", "Leeds Crown Court/organisation", "Leeds/place"}, "Derek Moss"},
		{"an official qualified by a state's demonym speaks for the state",
			"Serbia sent police to the border. A senior Serbian official said he would not recognise Kosovo's independence.",
			[]string{"Serbia|Serbian/country", "Kosovo/country"}, "Serbia"},
		{"the board said by its chair is the body she chairs",
			"The Northside Housing Trust said it had tightened its controls. Its chair, Helen Ward, said the board would publish a full review by March.",
			[]string{"Northside Housing Trust/organisation", "Helen Ward/person/chair"}, "Northside Housing Trust"},
		{"the legal team a lawyer speaks of is the lawyer and the client",
			"Derek Moss was jailed last month. Speaking outside court, his solicitor, Priya Anand, said the legal team would lodge the appeal within 28 days.",
			[]string{"Derek Moss/person", "Priya Anand/person/solicitor"}, "Derek Moss;Priya Anand"},
		{"his in a lawyer's office is the client, never the judge spoken of last",
			"Derek Moss was found guilty last month. Judge Amanda Reyes said he had shown no remorse. His solicitor, Priya Anand, said the legal team would lodge the appeal within 28 days.",
			[]string{"Derek Moss/person", "Amanda Reyes/person/Judge", "Priya Anand/person/solicitor"}, "Derek Moss;Priya Anand"},
		{"a quoted we of a firm's officer with no firm named beside her is she and the firm the story is about",
			"Harbor Pacific Bank has agreed to pay $1.2bn to settle the charges. His successor, chief financial officer Alicia Grant, will take over on Aug. 1. “We will cooperate with the government in every respect,” she said.",
			[]string{"Harbor Pacific Bank/organisation", "Alicia Grant/person/chief financial officer"}, "Alicia Grant;Harbor Pacific Bank"},
		{"a joint body is the two parties that agreed last",
			"Colombia and Ecuador have agreed to restore full diplomatic relations. Under the agreement, a joint commission will draw up rules for cross-border operations by the end of January.",
			[]string{"Colombia/country", "Ecuador/country"}, "Colombia;Ecuador"},
		{"his client said by a lawyer is the one on trial, never the judge",
			"Dale Hummel was convicted of fraud on Monday. District Judge Karen Whitlow set sentencing for March. Defense attorney Michael Santos said his client would appeal.",
			[]string{"Dale Hummel/person", "Karen Whitlow/person/District Judge", "Michael Santos/person/Defense attorney"}, "Dale Hummel"},
		{"a relative pronoun the parser joined to the subject is no actor",
			"Hummel's wife, Sharon, who was charged separately, has agreed to plead guilty to a single count of conspiracy.",
			[]string{"Dale Hummel|Hummel/person", "Sharon/person"}, "Sharon"},
		{"a description before a name in apposition is the named body",
			"A smaller union, the Rail Salaried Staff Association, said it would not recommend the deal to its members.",
			[]string{"Rail Salaried Staff Association/organisation"}, "Rail Salaried Staff Association"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := testDoc(t, tt.text, tt.parties, nil)
			cs := Find(d)
			got := ""
			if len(cs) > 0 {
				c := cs[len(cs)-1]
				actors := append([]string(nil), c.Actors...)
				sortStrings(actors)
				got = strings.Join(actors, ";")
				checkSpans(t, d, c)
			}
			if got != tt.want {
				t.Errorf("actors %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCoordinatedActorsNamedOnce checks that the names put in place of
// coordinated actors replace the whole coordination ("He and his allies"),
// not its first phrase.
func TestCoordinatedActorsNamedOnce(t *testing.T) {
	d := testDoc(t, "Tom Hale held a rally in Florida on Monday. He and his allies vowed to repeal the law.",
		[]string{"Tom Hale/person", "allies/group", "Florida/place"}, nil)
	cs := Find(d)
	if len(cs) != 1 {
		t.Fatalf("got %d commitments, want 1", len(cs))
	}
	if want := "Tom Hale and allies vowed to repeal the law"; !strings.HasPrefix(cs[0].Text, want) {
		t.Errorf("text %q, want it to start %q", cs[0].Text, want)
	}
}

// TestOwnedPeopleNamedByTheirOwner checks that the body named in place of
// "its" keeps the people it owns in the text: "African Union's observers".
func TestOwnedPeopleNamedByTheirOwner(t *testing.T) {
	d := testDoc(t, "The African Union welcomed the announcement and said its observers would monitor the reopening.",
		[]string{"African Union/organisation", "observers/group"}, nil)
	cs := Find(d)
	if len(cs) != 1 || !strings.HasPrefix(cs[0].Text, "African Union's observers would monitor") {
		t.Errorf("got %+v, want one commitment reading \"African Union's observers would monitor …\"", cs)
	}
}

// TestOwnerNameEndingInS checks that a body named in place of "its" whose
// name ends in s owns with an apostrophe alone: "Faroe Islands' government".
func TestOwnerNameEndingInS(t *testing.T) {
	d := testDoc(t, "The Faroe Islands declined to join the deal. Its government said it would set its own quota by January.",
		[]string{"Faroe Islands/country"}, nil)
	cs := Find(d)
	if len(cs) == 0 || !strings.Contains(cs[len(cs)-1].Text, "Faroe Islands' government") {
		t.Errorf("got %+v, want the last commitment to read \"Faroe Islands' government …\"", cs)
	}
}

// TestQuotedCommitmentEndsAtTheQuote checks that a commitment spoken in a
// quotation ends where the quotation does, without the attribution.
func TestQuotedCommitmentEndsAtTheQuote(t *testing.T) {
	d := testDoc(t, "Unite said the closure would cost 300 jobs. \"We will fight every redundancy,\" its regional secretary, Mike Doyle, said.",
		[]string{"Unite/organisation", "Mike Doyle/person"}, nil)
	cs := Find(d)
	if len(cs) == 0 || cs[len(cs)-1].Action != "fight every redundancy" {
		t.Errorf("got %+v, want the last commitment's action to be \"fight every redundancy\"", cs)
	}
}

// TestScareQuotesKeepTheClause checks that words quoted inside a clause do
// not end it.
func TestScareQuotesKeepTheClause(t *testing.T) {
	d := testDoc(t, "Acme Steel said it \"will not accept\" the offer from Tarn Mills.",
		[]string{"Acme Steel/organisation", "Tarn Mills/organisation"}, nil)
	cs := Find(d)
	if len(cs) == 0 || !strings.Contains(cs[len(cs)-1].Text, "the offer") {
		t.Errorf("got %+v, want the last commitment to keep \"the offer\"", cs)
	}
}
