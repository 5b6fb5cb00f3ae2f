package commitments

import "testing"

// TestCompanyIsNotThePublicBodyNamedSince checks that "the company" or
// "the firm" is the business named before it, not a tribunal, a public
// service or a board the business was said to deal with since.
func TestCompanyIsNotThePublicBodyNamedSince(t *testing.T) {
	checkActors(t, []actorCase{
		{"the company after the tribunal it appeals to",
			"Harrow Pulp Ltd, which bought the site in 2022, said it would appeal to the Regional Planning Tribunal. The company had offered to build a new road to the site if the mill was approved.",
			[]string{"Harrow Pulp Ltd/organisation", "Regional Planning Tribunal/organisation"}, "Harrow Pulp Ltd"},
		{"the firm after a public service",
			"Corvin Energy said it would take the decision to the Planning Appeals Service. The firm has agreed to limit deliveries to daytime hours.",
			[]string{"Corvin Energy/organisation", "Planning Appeals Service/organisation"}, "Corvin Energy"},
		{"the company after a regulator's board",
			"Taldor Mining was fined by the Mineral Safety Board on Monday. The company has promised to install new ventilation by March.",
			[]string{"Taldor Mining/organisation", "Mineral Safety Board/organisation"}, "Taldor Mining"},
		{"the company after a chamber of commerce that welcomed its deal",
			"Dunmere Container Terminals agreed to raise pay by 6 percent. The Mid-Coast Chamber of Commerce welcomed the result. The company will formally sign off the agreement on Monday.",
			[]string{"Dunmere Container Terminals/organisation", "Mid-Coast Chamber of Commerce/organisation"}, "Dunmere Container Terminals"},
		{"the company after its staff, named by their old firm, moved to it",
			"Corvale Rail has taken over the franchise from Stenholt Trains. All 1,900 Stenholt staff transferred to Corvale Rail on Sunday. The company said it would guarantee their jobs until March 2027.",
			[]string{"Corvale Rail/organisation", "Stenholt Trains|Stenholt/organisation"}, "Corvale Rail"},
		{"the regulator after a public body whose name does not say it regulates",
			"In its final months, fewer than 70% of Stenholt's trains arrived on time, according to the Office of Rail and Road. The regulator said it would publish the first punctuality figures in October.",
			[]string{"Stenholt/organisation", "Office of Rail and Road/organisation"}, "Office of Rail and Road"},
		{"the company itself after a fund named as one",
			"Voltaris sold shares at 84 crowns. Voltaris raised 4.6 billion crowns. Investors, including the pension fund Nordstrand Pension, agreed to a lock-up. The company itself has agreed not to issue new shares for 180 days.",
			[]string{"Voltaris/organisation", "Nordstrand Pension/organisation"}, "Voltaris"},
	})
}

// TestUnnumberedPluralIsTheNamedList checks that "the companies" or "the
// parties" with no number stands for the parties named before it as one
// list, all of them, even where a commitment drafted from that list lost
// one of its names.
func TestUnnumberedPluralIsTheNamedList(t *testing.T) {
	checkActors(t, []actorCase{
		{"the companies after the merger of two",
			"The regulator cleared the merger of Brennor Foods and Ollan Dairy Group on Monday. The companies have promised to honour existing supply contracts for three years.",
			[]string{"Brennor Foods/organisation", "Ollan Dairy Group/organisation"}, "Brennor Foods;Ollan Dairy Group"},
		{"the unions after two bodies, one named a union, drafted as a group too",
			"The agreement was signed by the leaders of the National Farmers' Confederation and the Union of Small Producers. In return, the unions agreed to end all blockades by Sunday.",
			[]string{"National Farmers' Confederation/organisation", "Union of Small Producers/organisation", "unions/group"}, "National Farmers' Confederation;Union of Small Producers"},
		{"the partners after two firms named together, drafted as a group too",
			"Kaiyo Boshin Ltd and Straits Meridian Shipping Ltd announced a joint venture on Tuesday. The partners intend to order eight ships by the end of 2026.",
			[]string{"Kaiyo Boshin Ltd/organisation", "Straits Meridian Shipping Ltd/organisation", "partners/group"}, "Kaiyo Boshin Ltd;Straits Meridian Shipping Ltd"},
		{"the parties after a list of three",
			"The Progressive Union, the Rural Party and the Green Front presented their coalition agreement on Friday. The parties have also agreed that no minister will hold a second job.",
			[]string{"Progressive Union/organisation", "Rural Party/organisation", "Green Front/organisation"}, "Green Front;Progressive Union;Rural Party"},
		{"the firms after a merger of one with another",
			"Shareholders approved the merger of Kallo Bank with Vestra Savings on Tuesday. The firms have pledged to keep every branch open until 2028.",
			[]string{"Kallo Bank/organisation", "Vestra Savings/organisation"}, "Kallo Bank;Vestra Savings"},
	})
}

// TestSubjectsTheParserSplit checks the actor of a clause whose subject
// the parser split: an office with its holder's name set off by commas
// ("The Minister of Foreign Affairs, Dr. Lina Varo, will brief") is the
// holder, however the name is hyphenated, and a complement "that" read as
// a relative pronoun ("The Ministry notes that … the two Governments
// agreed") leaves the complement's own subject the actor.
func TestSubjectsTheParserSplit(t *testing.T) {
	checkActors(t, []actorCase{
		{"an office and its holder in commas",
			"The Minister of Foreign and European Affairs, Dr. Lina Varo, will brief the Committee on Foreign Affairs on Thursday.",
			[]string{"European Affairs/organisation", "Lina Varo/person", "Committee on Foreign Affairs/organisation"}, "Lina Varo"},
		{"an office and its holder with a hyphenated name",
			"The Minister of Trade and Industry, Dr. Mira Kovač-Lund, will lead the delegation to Ostrava next week.",
			[]string{"Industry/organisation", "Mira Kovač-Lund/person", "Ostrava/country"}, "Mira Kovač-Lund"},
		{"a complement that read as a relative pronoun",
			"The Republic of Ostrava remains committed to the agreement. Kelmar has declined to grant access. The Ministry notes that in 2021 the two Governments agreed to notify each other of any inspection.",
			[]string{"Republic of Ostrava/country", "Kelmar/country", "Ministry/organisation"}, "Kelmar;Republic of Ostrava"},
	})
}

// TestQuotedAgentsActForTheSpeaker checks that what a speaker's own agents
// will do in a quotation ("our legal team", "my lawyers") is the act of
// the speaker's body or of the speaker.
func TestQuotedAgentsActForTheSpeaker(t *testing.T) {
	checkActors(t, []actorCase{
		{"our legal team in a union officer's quotation",
			"A baggage handler sacked after reporting safety failures will fight on. The Transport Workers' Union's general secretary, Dana Whitlow, said: \"Our legal team will take Ravi's case to an employment tribunal.\"",
			[]string{"Transport Workers' Union/organisation", "Dana Whitlow/person/general secretary"}, "Dana Whitlow;Transport Workers' Union"},
		{"my lawyers in an athlete's quotation",
			"The sprinter Mara Quist was banned for two years on Monday. \"My lawyers will take this to the Court of Arbitration for Sport,\" Quist said.",
			[]string{"Mara Quist/person", "Court of Arbitration for Sport/organisation"}, "Mara Quist"},
	})
}

// TestPronounIsNotTheOtherSexSpeaker checks that "she" in words a "he"
// reports ("She had agreed to sell her car, he said") is not the man who
// reports them, even where the parser did not make him the subject of his
// verb of saying, but the person the story is about.
func TestPronounIsNotTheOtherSexSpeaker(t *testing.T) {
	checkActors(t, []actorCase{
		{"she in mitigation a defending lawyer reports",
			"Helen Marsh, 52, admitted fraud at Northam Crown Court. In mitigation, Tom Reeve, defending, said his client was deeply ashamed. She had agreed to sell her car so that the money could be repaid, he said.",
			[]string{"Helen Marsh/person", "Northam Crown Court/organisation", "Tom Reeve/person"}, "Helen Marsh"},
		{"he in words a spokeswoman reports",
			"Councillor Ian Brody resigned from the planning committee on Monday. Anna Vik, speaking for the council, said the decision was his own. He had promised to repay the expenses in full, she said.",
			[]string{"Ian Brody/person", "Anna Vik/person"}, "Ian Brody"},
	})
}

// TestTeamOrClubIsTheBodyInFocus checks that "the team" or "the club" is
// the body the text calls so, else the one it names most, not the last
// body it mentions in passing.
func TestTeamOrClubIsTheBodyInFocus(t *testing.T) {
	checkActors(t, []actorCase{
		{"the team after its driver's win",
			"Nils Berg of Arden Motorsport won the Korsa rally on Sunday, the team's third win of the season. The team said it would donate the prize money to the mountain rescue service.",
			[]string{"Nils Berg/person", "Arden Motorsport/organisation", "Korsa/place"}, "Arden Motorsport"},
		{"the club after a forum named since",
			"Dunmore Rovers may seek a share listing, its chairman said. Speaking at the Goalex football business forum in Dubai, Dunmore Rovers chairman Paul Ames said the club would fund its new stadium from sponsors. The club will move into the stadium in 2027.",
			[]string{"Dunmore Rovers/organisation", "Goalex/organisation", "Paul Ames/person/chairman"}, "Dunmore Rovers"},
		{"the university after a union named since",
			"Lecturers at Tarnbridge University ended their strike after the Lecturers' Union accepted a deal. The university has so far refused to offer refunds.",
			[]string{"Tarnbridge University/organisation", "Lecturers' Union/organisation"}, "Tarnbridge University"},
		{"the hospital named by its name",
			"St Aldhelm's Hospital cancelled 40 operations on Monday, the health board said. The hospital has promised to reschedule them within a month.",
			[]string{"St Aldhelm's Hospital/organisation", "health board/organisation"}, "St Aldhelm's Hospital"},
	})
}

// TestConjunctSharesTheNearestSubject checks that a verb joined by "and"
// with no subject of its own is the act of the subject of the nearest
// verb before it in the same coordination, not of a verb the parser
// joined it to further back, nor of a phrase of time the parser took for
// its subject.
func TestConjunctSharesTheNearestSubject(t *testing.T) {
	checkActors(t, []actorCase{
		{"a second conjunct with its own subject before it",
			"Prosecutor Amira Lennox said that when councillors first asked about the shortfall, Gillian Marsh told them the money was in a deposit account and promised to bring the statements to the next meeting.",
			[]string{"Amira Lennox/person/prosecutor", "Gillian Marsh/person"}, "Gillian Marsh"},
		{"a phrase of time taken for the subject",
			"Helen Marsh moved the money into her own account over five years and promised the trustees to repay it.",
			[]string{"Helen Marsh/person"}, "Helen Marsh"},
	})
}

// TestPoliceOfficerSpeaksForTheForce checks that a quoted "we" of a
// police officer known by rank is the force named before, as well as the
// officer: a body whose name holds "police" only as what it deals with or
// as a qualifier of its own kind is no force.
func TestPoliceOfficerSpeaksForTheForce(t *testing.T) {
	checkActors(t, []actorCase{
		{"a detective's we",
			"Four men were jailed for a fuel fraud on Friday. Northshire Police said it would seek to recover their assets. \"We will go after every penny these men made,\" Detective Inspector Ruth Hale said.",
			[]string{"Northshire Police/organisation", "Ruth Hale/person/Detective Inspector"}, "Northshire Police;Ruth Hale"},
		{"a watchdog over the police named last is no force",
			"Kessington Police referred the death to the Independent Office for Police Conduct (IOPC). \"We will co-operate fully with the IOPC,\" Chief Constable Daniel Okoro said.",
			[]string{"Kessington Police/organisation", "Independent Office for Police Conduct/organisation", "Daniel Okoro/person/Chief Constable"}, "Daniel Okoro;Kessington Police"},
		{"the officers' federation is no force either",
			"Kessington Police suspended two officers. The Police Federation said it would support them. \"We will publish the findings in full,\" Chief Constable Daniel Okoro said.",
			[]string{"Kessington Police/organisation", "Police Federation/organisation", "Daniel Okoro/person/Chief Constable"}, "Daniel Okoro;Kessington Police"},
	})
}

// TestCharityIsTheTrustOrTheBodyItsSpeakerServes checks that "the
// charity" is a trust or a foundation named before it, or the body of the
// person who said what it would do, not left a bare noun.
func TestCharityIsTheTrustOrTheBodyItsSpeakerServes(t *testing.T) {
	checkActors(t, []actorCase{
		{"the charity after a trust",
			"A former treasurer stole €2 million from Harwood Children's Trust. The charity, which runs youth clubs in Cork, has promised donors that every euro recovered will go to its programmes.",
			[]string{"Harwood Children's Trust/organisation"}, "Harwood Children's Trust"},
		{"the charity its director speaks for",
			"Open Hands International (OHI) said its staff were safe. OHI's director of operations, Karin Lund, said the charity would suspend all road travel in the north until it had reviewed its security.",
			[]string{"Open Hands International/organisation", "Karin Lund/person"}, "Open Hands International"},
	})
}

// TestNameBeforeItsDescription checks that a name described in apposition
// acts itself, not a state its description names, and that owners named
// after "its owners" are those who act.
func TestNameBeforeItsDescription(t *testing.T) {
	checkActors(t, []actorCase{
		{"a company described by its country's rank",
			"Pennywell Stores plc, the UK's largest grocer, will pay every one of its colleagues the Real Living Wage.",
			[]string{"Pennywell Stores plc/organisation", "United Kingdom/country"}, "Pennywell Stores plc"},
		{"owners named after the owned",
			"Ofwat fined Tarnbeck Water £18m. The company said the investment would be funded by its owners, Aldgate Infrastructure Partners, and by borrowing.",
			[]string{"Ofwat/organisation", "Tarnbeck Water/organisation", "Aldgate Infrastructure Partners/organisation"}, "Aldgate Infrastructure Partners"},
	})
}

// TestBodyActsThroughThoseItSends checks that a body's staff, mission or
// officials named after its name ("UN staff", "an IMF mission") stand for
// the body.
func TestBodyActsThroughThoseItSends(t *testing.T) {
	checkActors(t, []actorCase{
		{"a body's staff",
			"The United Nations welcomed the deal. United Nations staff will instead oversee distribution in Myrna.",
			[]string{"United Nations/organisation"}, "United Nations"},
		{"a body's mission",
			"The International Monetary Fund (IMF) approved the loan. An IMF mission is due to review the programme in October.",
			[]string{"International Monetary Fund/organisation"}, "International Monetary Fund"},
	})
}

// TestMembersAreTheirBody checks that "members" with no owner, where no
// speaker says whose, are the members of the body the story tells of, that
// a body made of members is called by its kind ("the guild"), and that
// their vote not to act is a refusal.
func TestMembersAreTheirBody(t *testing.T) {
	checkActors(t, []actorCase{
		{"members at the body's meeting",
			"The Riverside Landlords' Association held an extraordinary general meeting on Monday. Members voted by 312 to 204 not to sign the code.",
			[]string{"Riverside Landlords' Association/organisation"}, "Riverside Landlords' Association"},
		{"a guild by its kind",
			"Aurelis Air reached a pay deal with the Aviators' Guild of Tessmark on Monday. In return, the guild accepted changes to the seniority rules.",
			[]string{"Aviators' Guild of Tessmark/organisation"}, "Aviators' Guild of Tessmark"},
	})
	if st, text := lastStatus(t, "The Black Ridge Front voted by 312 to 204 not to sign the truce."); st != "refused" {
		t.Errorf("status %q of %q, want refused", st, text)
	}
}

// TestServiceIsTheBodyNamedService checks that "the service" a speaker
// says will act is the body whose name ends in "Service", not the speaker,
// while a service named by what it provides is no body.
func TestServiceIsTheBodyNamedService(t *testing.T) {
	checkActors(t, []actorCase{
		{"a prison service its head speaks of",
			"Patrick Omondi, director general of the Mereland Prison Service, apologised on Wednesday. Mr Omondi said the service would move 150 prisoners to other jails by the end of March.",
			[]string{"Patrick Omondi|Omondi/person", "Mereland Prison Service/organisation"}, "Mereland Prison Service"},
		{"a bus service is what the minister will restore",
			"The Mereland Bus Service was suspended in May. Transport minister Ola Berg said the bus service would resume on Monday.",
			[]string{"Ola Berg/person", "Mereland Bus Service/organisation"}, "Ola Berg"},
	})
}

// TestFirmsOfficerSpeaksForTheFirm checks that "the firm's managing
// director" speaks for the firm the story tells of, not for a public body
// named since.
func TestFirmsOfficerSpeaksForTheFirm(t *testing.T) {
	checkActors(t, []actorCase{
		{"a managing director after a regulator is named",
			"Northern Isles Ferries Ltd pleaded guilty to two breaches of maritime safety law. The sheriff accepted that the company had co-operated fully with the Marine Accident Investigation Branch (MAIB). The firm's managing director, Ewan Rae, said: \"We will not appeal against the fine.\"",
			[]string{"Northern Isles Ferries Ltd/organisation", "Marine Accident Investigation Branch|MAIB/organisation", "Ewan Rae/person/managing director"}, "Ewan Rae;Northern Isles Ferries Ltd"},
	})
}
