package parties

import "testing"

// TestWholeNames checks that names joined by connectors inside them are
// kept whole, and that names only listed side by side stay apart.
func TestWholeNames(t *testing.T) {
	checkPartiesCases(t, []partiesCase{
		{"\"for\" after a word heading organisations", "Ana Ruiz of the Campaign for Clean Rivers urged the council to act.",
			[]string{"Campaign for Clean Rivers"}, []string{"Campaign", "Clean Rivers"}},
		{"\"for\" after \"of\" in a court's name", "The firms will ask the Court of Appeals for the Fifth Circuit to hear the case.",
			[]string{"Court of Appeals for the Fifth Circuit"}, []string{"Fifth Circuit"}},
		{"\"and\" between words for people in a union's name", "Mara Quist, general secretary of the Dockers and Seamen's Union, said the strike would go on.",
			[]string{"Dockers and Seamen's Union"}, []string{"Dockers", "Seamen's Union"}},
		{"two names joined by a slash are two parties", "The Ryanair/Boeing deal was signed on Monday. Ryanair will buy 100 jets.",
			[]string{"Ryanair", "Boeing"}, []string{"Ryanair/Boeing"}},
		{"\"on\" after a word heading commissions", "The debates are run by the Commission on Public Debates, a charity.",
			[]string{"Commission on Public Debates"}, []string{"Commission", "Public Debates"}},
		{"\"on\" before a day stays a break", "The Council on Monday rejected the plan of Halvard Group.",
			[]string{"Halvard Group"}, []string{"Council on Monday"}},
		{"\"for\" between two names stays a break", "Sven Ahl played for Malmo on Sunday.",
			[]string{"Sven Ahl", "Malmo"}, nil},
		{"ampersand after a sentence's first word", "Transport & General Worker's Union leaders met the firm.",
			[]string{"Transport & General Worker's Union"}, []string{"General Worker's Union"}},
		{"\"and\" after an ordinary word in an organisation's name", "The oil price rose. Talks between Oil and Natural Gas Corporation and Rosneft went on.",
			[]string{"Oil and Natural Gas Corporation", "Rosneft"}, []string{"Natural Gas Corporation"}},
		{"\"and\" between two services after a place's name", "Bills will rise because Wrexfordshire Police and Wrexfordshire Fire and Rescue Authority set their own precepts.",
			[]string{"Wrexfordshire Police", "Wrexfordshire Fire and Rescue Authority"}, []string{"Wrexfordshire Fire", "Rescue Authority"}},
		{"\"and\" after a plural possessive of people in a party's name", "The deal was backed by the Farmers' and Regions Party on Monday.",
			[]string{"Farmers' and Regions Party"}, []string{"Regions Party"}},
		{"\"and\" between two plural possessives in a party's name", "The Farmers' and Greens' Union (FGU) walked out of the coalition.",
			[]string{"Farmers' and Greens' Union"}, []string{"Farmers", "Union"}},
		{"\"and\" between two regions before the word for the body serving both", "Kelderby and Marrowdale Police said two men had been arrested. Talks with Ostmark and Upper Vell Council went on.",
			[]string{"Kelderby and Marrowdale Police", "Ostmark and Upper Vell Council"}, []string{"Kelderby", "Marrowdale Police", "Upper Vell Council"}},
		{"\"and\" between a state and a regional body stays a break", "Talks between Britain and Gwent Police failed.",
			[]string{"Gwent Police"}, []string{"Britain and Gwent Police"}},
		{"\"and\" after an ordinary word before a body's word for an administration", "The company said the Food and Drug Administration approved the drug.",
			[]string{"Food and Drug Administration"}, []string{"Drug Administration"}},
		{"a state's name before ordinary words joined by \"and\" in a body's name", "The U.S. Food and Drug Administration approved the drug on Monday.",
			[]string{"U.S. Food and Drug Administration"}, []string{"U.S. Food", "Drug Administration"}},
		{"a rare field after \"the\" joined by \"and\" in a body's name", "The Pharmacy and Medicines Regulatory Authority said it would review the files.",
			[]string{"Pharmacy and Medicines Regulatory Authority"}, []string{"Pharmacy", "Medicines Regulatory Authority"}},
		{"\"and\" after \"for\" that follows a plural word heading bodies", "The Africa Centres for Disease Control and Prevention said it would send experts.",
			[]string{"Africa Centres for Disease Control and Prevention"}, []string{"Prevention", "Africa Centres"}},
		{"\"and\" after \"for\" that follows a corporation, its name opened by a word never a party alone", "The Internet Corporation for Assigned Names and Numbers said it would approve two domains.",
			[]string{"Internet Corporation for Assigned Names and Numbers"}, []string{"Numbers", "Corporation for Assigned Names"}},
		{"\"and\" after \"for\" that follows an agency", "The Tarsan Agency for Roads and Bridges said it would close the crossing.",
			[]string{"Tarsan Agency for Roads and Bridges"}, []string{"Bridges"}},
		{"a legislature's presiding office of three words before a name, and an executive order", "Governor Dana Whitcomb met Senate President Pro Tempore Lyle Harmon and signed Executive Order 2025-14.",
			[]string{"Lyle Harmon", "Dana Whitcomb"}, []string{"Pro Tempore Lyle Harmon", "Executive Order"}},
		{"a list of fields whose last item has \"the\"", "The Department of Climate, Energy and the Environment said it would consult.",
			[]string{"Department of Climate, Energy and the Environment"}, []string{"Energy", "Environment"}},
		{"a chief's office named without its holder is no person", "Halden Line's Chief Commercial Officer said the company would add ships. The Chief Nurse agreed.",
			nil, []string{"Commercial Officer", "Nurse", "Chief Commercial Officer"}},
		{"a body whose name ends with an ombudsman stays a body", "The Local Government Ombudsman said the council must pay £500.",
			[]string{"Local Government Ombudsman"}, nil},
		{"a body named with \"of\" a place, then its officer's title and name", "The team met Central Bank of Ghana Governor Mr. Lamin Sanneh on Monday.",
			[]string{"Central Bank of Ghana", "Lamin Sanneh"}, []string{"Central Bank of Ghana Governor Mr. Lamin Sanneh", "Mr. Lamin Sanneh"}},
		{"a form of address between an office and the name", "The team met Minister of Finance Mr. Ousman Jallow on Monday.",
			[]string{"Ousman Jallow"}, []string{"Mr. Ousman Jallow"}},
		{"a dollar written with its country's letters is no party", "The fund lent about US$8.4 million to Ghana, Ana Ruiz said.",
			[]string{"Ghana", "Ana Ruiz"}, []string{"United States"}},
		{"a dollar's letters right after a name", "Kaiyo Boshin Kisen K.K. signed a deal. Kaiyo Boshin will pay Straits Meridian Shipping US$140 million in cash.",
			[]string{"Straits Meridian Shipping"}, []string{"Straits Meridian Shipping US"}},
		{"a state whose name opens with \"The\" inside a sentence", "Upon approval by the Board, The Gambia will have access to SDR 6.2 million. The Gambian authorities agreed.",
			[]string{"Gambia"}, []string{"The Gambia", "Gambian authorities"}},
		{"the letters of an Irish seat after a name the gazetteer does not know", "Niamh Carrigan TD said she would not resign.",
			[]string{"Niamh Carrigan"}, []string{"Niamh Carrigan TD"}},
		{"\"and\" inside the last item of a list", "The accused were Altria Group, Lorillard Tobacco, Liggett Group and Brown and Williamson.",
			[]string{"Altria Group", "Liggett Group", "Brown and Williamson"}, []string{"Williamson"}},
		{"\"and\" in the firm a person is of", "According to its lawyer, Emil Varga of Halden and Moss, the claim is sound.",
			[]string{"Emil Varga", "Halden and Moss"}, []string{"Halden", "Moss"}},
		{"\"and\" between two people of two countries stays a break", "Tom Hale of Britain and Ana Ruiz of Spain met on Monday.",
			[]string{"Tom Hale", "United Kingdom", "Ana Ruiz", "Spain"}, nil},
		{"country before an organisation's name that holds a title word", "The US Justice Department wants the firms to pay. The Justice Department said so.",
			[]string{"US Justice Department"}, []string{"Justice Department"}},
		{"a word of direction that starts a sentence and a name", "Greater Tarnshire Police has agreed to review its policy.",
			[]string{"Greater Tarnshire Police"}, []string{"Tarnshire Police"}},
		{"plural possessive of bodies inside a federation's name", "The District Councils' Alliance told us that its members would be willing to lead schemes.",
			[]string{"District Councils' Alliance"}, []string{"District Councils", "Alliance"}},
		{"plural possessive apostrophe inside an association's name", "The Halden Property Owners' Association said it would challenge the law.",
			[]string{"Halden Property Owners' Association"}, []string{"Halden Property Owners", "Association"}},
		{"plural possessive apostrophe before a body's word in the plural", "The closures cost $40m, according to the Ghana Union of Traders' Associations, whose president welcomed the deal.",
			[]string{"Ghana Union of Traders' Associations"}, []string{"Ghana Union of Traders", "Associations"}},
		{"possessive of people before a co-operative's word", "The Harwick Fishermen's Co-operative has asked the harbour authority to extend its hours.",
			[]string{"Harwick Fishermen's Co-operative"}, []string{"Harwick Fishermen", "Co-operative"}},
		{"acronym, then words for people joined by \"and\" before a plural possessive", "The NSW Nurses and Midwives' Association said its members would not accept transfers.",
			[]string{"NSW Nurses and Midwives' Association"}, []string{"NSW Nurses", "Midwives' Association", "Association"}},
		{"plural possessive apostrophe of people in a court's name", "Edna Marr appeared at Harlby Magistrates' Court on Monday.",
			[]string{"Harlby Magistrates' Court"}, []string{"Harlby Magistrates"}},
		{"plural possessive apostrophe before an ordinary noun ends the name", "Halden Traders' profits fell, Ana Ruiz said.",
			[]string{"Ana Ruiz"}, []string{"Halden Traders' profits"}},
		{"short number between two capitalised words of a name", "Ana Ruiz said Vestby 54 Holdings will buy the station.",
			[]string{"Vestby 54 Holdings"}, []string{"Vestby", "Holdings"}},
		{"number in a results line stays a break", "Halden 2 Vestby 1 was the result on Sunday.",
			nil, []string{"Halden 2 Vestby"}},
		{"\"and\" after a demonym and an ordinary word when an organisation word ends the name", "The Norwegian Iron and Steel Institute urged the ministry to act.",
			[]string{"Norwegian Iron and Steel Institute"}, []string{"Norwegian Iron", "Steel Institute"}},
		{"a list of political parties is no body named for its fields", "Negotiators from the Social Democrats, Green Left, Civic Liberals and Rural Party met at the palace.",
			[]string{"Civic Liberals", "Rural Party"}, []string{"Social Democrats, Green Left, Civic Liberals and Rural Party"}},
		{"\"and\" before a plural possessive inside a union's name", "Ana Ruiz of the Transport and General Workers' Union said the strike would go on.",
			[]string{"Transport and General Workers' Union"}, []string{"General Workers' Union"}},
		{"\"and\" before a name that is no ordinary word stays a break", "British Steel and Vestby Group signed the deal on Monday.",
			[]string{"British Steel", "Vestby Group"}, nil},
		{"last word of a two-word organisation's name shortens it", "Some 2,000 jobs at MG Vestar's plant may go. Later, Vestar said it would talk to the unions.",
			[]string{"MG Vestar"}, []string{"Vestar"}},
		{"country, then an office, then a person's name", "The tariff will apply from July 1, US Trade Representative Caroline Vell said.",
			[]string{"Caroline Vell", "United States"}, []string{"US Trade Representative Caroline Vell"}},
		{"country with dots, then an office of one word, then a person's name", "\"He betrayed every taxpayer,\" U.S. Attorney Gregory Lenz said.",
			[]string{"Gregory Lenz", "United States"}, []string{"U.S. Attorney Gregory Lenz"}},
		{"first word of a two-word organisation's name shortens it", "Members will vote on a pay deal with Vestline Trains, whose trains run late. Later, Vestline said it expected timetables to return to normal.",
			[]string{"Vestline Trains"}, []string{"Vestline"}},
		{"country, then a judge's office of two words, then a person's name", "The trial ended on Monday. U.S. District Judge Karen Wald set sentencing for March 12.",
			[]string{"Karen Wald", "United States"}, []string{"U.S. District Judge Karen Wald"}},
		{"a known name keeps the accents the article writes", "Sinn Féin said it would vote against the bill on Tuesday.",
			[]string{"Sinn Féin"}, nil},
		{"\"in\" and a place inside a campaigning body's name after a noun calling it one", "Police detained Wang Lei, the pressure group Human Rights in Laos said on Saturday.",
			[]string{"Human Rights in Laos"}, []string{"Human Rights"}},
		{"\"in\" after a company's name stays a break", "The firm Halvard in Norway said profits rose.",
			[]string{"Halvard", "Norway"}, []string{"Halvard in Norway"}},
		{"a list of fields after a department's \"for\"", "The Department for Science, Innovation and Technology said it will publish a review.",
			[]string{"Department for Science, Innovation and Technology"}, []string{"Department for Science", "Innovation and Technology"}},
		{"an inspectorate named for its field, General before it", "The Moldovan side, through the General Inspectorate for Emergency Situations (IGSU), commits to sharing real-time data.",
			[]string{"General Inspectorate for Emergency Situations"}, []string{"Inspectorate", "Emergency Situations"}},
		{"a hospice named for a saint", "St Columba's Hospice in Redbridge Vale will receive £800,000 a year from April 2027.",
			[]string{"St Columba's Hospice"}, []string{"St Columba", "Hospice"}},
		{"an institute's city after in is no part of its name",
			"Anna Berg, a researcher at the Hallgarten Institute for Security Studies in Vienna, said the talks had failed.",
			[]string{"Hallgarten Institute for Security Studies"}, []string{"Hallgarten Institute for Security Studies in Vienna"}},
		{"a cause's country after in is part of its name",
			"The pressure group Human Rights in China said it would appeal.",
			[]string{"Human Rights in China"}, nil},
		{"a university named with its place and a firm with its legal form",
			"The University of Easterbrook and Qorvane Systems Ltd today announced a five-year partnership.",
			[]string{"University of Easterbrook", "Qorvane Systems Ltd"}, []string{"University of Easterbrook and Qorvane Systems Ltd"}},
		{"artificial intelligence written as an acronym",
			"We expect demand for AI that is both secure and far less power-hungry to grow, Qorvane Systems said.",
			[]string{"Qorvane Systems"}, []string{"AI"}},
		{"a hospital named for a saint, a word between", "Patients at St Aldhelm's General Hospital will no longer have to pay to park.",
			[]string{"St Aldhelm's General Hospital"}, []string{"St Aldhelm", "General Hospital"}},
		{"a person known by a title of nobility of a place", "The Duchess of Kendal, the charity's patron, said she would run the marathon.",
			[]string{"Duchess of Kendal"}, []string{"Kendal", "of Kendal"}},
		{"a list of fields closed by a field in -ing after a qualified department", "The Commonwealth Department of Health, Disability and Ageing said it would review the plan.",
			[]string{"Commonwealth Department of Health, Disability and Ageing"}, []string{"Ageing"}},
		{"a list of fields after a union named with words before its head", "The National Union of Rail, Maritime and Transport Workers (RMT) welcomed the move.",
			[]string{"National Union of Rail, Maritime and Transport Workers"}, []string{"National Union of Rail", "Rail, Maritime and Transport Workers"}},
		{"a list of fields after a ministry's \"of\"", "The plan was drawn up by the Ministry of Housing, Communities and Local Government last year.",
			[]string{"Ministry of Housing, Communities and Local Government"}, []string{"Ministry of Housing", "Local Government"}},
		{"a list of fields opening a committee's name", "Ana Ruiz, chair of the Science, Innovation and Technology Committee, said the report was clear.",
			[]string{"Science, Innovation and Technology Committee"}, []string{"Innovation and Technology Committee"}},
		{"a list of fields opening a committee's name before its possessive", "The Government welcomes the Science, Innovation and Technology Committee's report.",
			[]string{"Science, Innovation and Technology Committee"}, []string{"Innovation and Technology Committee"}},
		{"a list of fields closing an office with no name after it", "The report was presented by the Secretary of State for Science, Innovation and Technology on Monday.",
			nil, []string{"Innovation and Technology"}},
		{"a list of fields opening a service's name", "The union has offered talks at the Advisory, Conciliation and Arbitration Service (Acas) next week.",
			[]string{"Advisory, Conciliation and Arbitration Service"}, []string{"Arbitration Service"}},
		{"a state's body after \"and\" is a second party", "The group will be co-chaired by the Department of Commerce and Finland's Ministry of Economic Affairs.",
			[]string{"Department of Commerce", "Finland"}, []string{"Department of Commerce and Finland"}},
		{"a list of bodies after a ministry stays a break", "The Ministry of Defence, Halvard Group and Vestby Holdings signed the deal.",
			[]string{"Ministry of Defence", "Halvard Group", "Vestby Holdings"}, nil},
		{"a company's legal form after a comma", "Tessaro Dynamics, Inc. (NYSE: TSDY) will buy the firm. Tessaro said the deal would close in March.",
			[]string{"Tessaro Dynamics, Inc."}, []string{"Tessaro Dynamics", "Inc."}},
		{"a county's abbreviation after a comma is no legal form", "Ana Ruiz, of Dalkey, Co Dublin, was jailed on Monday.",
			[]string{"Ana Ruiz"}, []string{"Dalkey, Co"}},
		{"a number's \"No.\" after a name", "The Ministry of Foreign Affairs and Trade No. 123 replied on Monday.",
			[]string{"Ministry of Foreign Affairs and Trade"}, []string{"Ministry of Foreign Affairs and Trade No."}},
		{"an appellant is no name", "The Appellant says the fine was unlawful. The Respondent disagrees.",
			nil, []string{"Appellant", "Respondent"}},
		{"\"and\" in a list of countries stays a break", "India and Russia signed the deal with France and Germany.",
			[]string{"India", "Russia", "France", "Germany"}, nil},
	})
}

// partiesCase is a text, the parties its draft must name and those it must
// not, named for the construction it tests.
type partiesCase struct {
	construction, text string
	want, notWant      []string
}

// checkPartiesCases drafts each case and checks the names of its parties.
func checkPartiesCases(t *testing.T, cases []partiesCase) {
	t.Helper()
	for _, c := range cases {
		checkParties(t, c.construction, c.text, c.want, c.notWant)
	}
}

// checkParties drafts text and checks that each name of want is a party
// and no name of notWant is.
func checkParties(t *testing.T, construction, text string, want, notWant []string) {
	t.Helper()
	d := draftDoc(t, text, "2021-03-01")
	for _, w := range want {
		if findParty(d.Parties, w) == nil {
			t.Errorf("%s: %q missing in %q (parties %v)", construction, w, text, names(d.Parties))
		}
	}
	for _, w := range notWant {
		if findParty(d.Parties, w) != nil {
			t.Errorf("%s: %q is no party in %q (parties %v)", construction, w, text, names(d.Parties))
		}
	}
}

// TestThingNamesInCapitals checks that a currency's code beside a sum, a
// share's ticker after its exchange and an acronym of a thing written in
// lower case are no parties, while an acronym of a body is.
func TestThingNamesInCapitals(t *testing.T) {
	checkPartiesCases(t, []partiesCase{
		{"a currency's code beside a sum", "The regulator fined Halvard Water GBP 31 million. Crimestoppers offers up to 10,000 DKK.",
			[]string{"Halvard Water"}, []string{"GBP", "DKK"}},
		{"a currency's symbol in letters beside a sum", "Every displaced household will receive Rp 600,000 a month. Farmers in Kerala were paid Rs 5,000.",
			nil, []string{"Rp", "Rs"}},
		{"a ticker after its exchange", "Tessaro Dynamics (NYSE: TSDY) agreed to buy Kinwell Vision (NASDAQ: KNVS) on Monday.",
			[]string{"Tessaro Dynamics", "Kinwell Vision"}, []string{"TSDY", "KNVS"}},
		{"an acronym of a thing in lower case", "Diluted earnings per share (EPS) were $1.04.\n\nAdjusted EPS of $4.30 is expected. Zambia declared an outbreak of Marburg virus disease (MVD).",
			[]string{"Zambia"}, []string{"EPS", "MVD"}},
		{"acronyms of common things", "Inside your new PC is a chip. Sony said its PCs and DVD players would cost less, and GDP grew.",
			[]string{"Sony"}, []string{"PC", "PCs", "DVD", "GDP"}},
		{"acronyms of accounting rules and of a virus", "On a GAAP basis Quillfeather earned $1.2bn. Solvane said its RSV shot would be licensed, and RSV cases fell.",
			[]string{"Quillfeather", "Solvane"}, []string{"GAAP", "RSV"}},
		{"an adverb opening a sentence", "Search engine users are loyal. Almost 50% of those questioned said they trusted Google. Nearly half use Yahoo.",
			[]string{"Google", "Yahoo"}, []string{"Almost", "Nearly"}},
		{"a time zone", "Quillfeather Systems will host a call at 4:30 p.m. Eastern Time to discuss the results.",
			[]string{"Quillfeather Systems"}, []string{"Eastern Time"}},
		{"an acronym of a body whose name has small words stays a party", "Chad and the rebel Front for Renewal in the North (FRN) agreed a truce. The FRN will withdraw.",
			[]string{"Front for Renewal in the North"}, nil},
		{"an acronym of a body stays a party", "The World Health Organization (WHO) said the WHO would send experts.",
			[]string{"World Health Organization"}, nil},
		{"a body's own acronym that a news agency also has", "The deal was signed by the National Farmers' Confederation (CNA) on Friday. The CNA said the blockades would end.",
			[]string{"National Farmers' Confederation"}, []string{"Central News Agency"}},
		{"a known body's acronym after words before its name", "We, the Leaders of the Group of Seven (G7), met in Halifax. The G7 will meet again in May.",
			[]string{"Group of Seven"}, nil},
		{"a body named for the roads it oversees is no street", "Fewer than 70% of trains ran on time, according to the Office of Rail and Road. The crash happened on Quarry Road, police said.",
			[]string{"Office of Rail and Road"}, []string{"Quarry Road"}},
	})
}

// TestFunctionWordIsNoShortName checks that a function word opening a
// sentence is not taken for the short name of a name that holds it.
func TestFunctionWordIsNoShortName(t *testing.T) {
	d := draftDoc(t, "Organisations such as Transport For London consult it.\n\nFor the drivers, finding a phone is pleasant.", "2021-03-01")
	p := findParty(d.Parties, "Transport For London")
	if p == nil {
		t.Fatalf("Transport For London missing in %v", names(d.Parties))
	}
	if len(p.Aliases) > 0 || len(p.Mentions) != 1 {
		t.Errorf("Transport For London has aliases %v and %d mentions, want none and 1", p.Aliases, len(p.Mentions))
	}
}
