package commitments

import "testing"

// TestClaimsAboutOthers checks clauses that say what others will or would
// do, or what is still to be ruled on: no party commits to them.
func TestClaimsAboutOthers(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a subject that names no one commits no one",
			"\"It is the democratisation of local TV,\" Rudolf Fischer said, \"because none of the bigger broadcasters would ever do anything like this.\"",
			[]string{"Rudolf Fischer/person"}, nil, nil},
		{"no bank will lend is a claim about banks",
			"Halvard Group said no bank will lend to the project.", []string{"Halvard Group/organisation"}, nil, nil},
		{"commentators agreeing judge what will happen",
			"Legal experts agree that if the court finds for the industry, the studios would be able to sue file-sharing firms.", nil, nil, nil},
		{"a body's own observers act for it",
			"The African Union said its observers would monitor the reopening.", []string{"African Union/organisation"}, nil,
			[]brief{{"African Union", "intends", "", ""}}},
		{"analysts as the subject of a plan verb commit to nothing",
			"Analysts expect Halvard Group to raise its offer.", []string{"Halvard Group/organisation"}, nil, nil},
		{"deciding whether a clause with its own subject holds is a question to rule on",
			"The court will decide whether producers of file-sharing software can be held responsible.", nil, nil, nil},
		{"deciding whether to act is still a decision about one's own act",
			"The cabinet will decide whether to start talks with the rebels.", nil, nil,
			[]brief{{"cabinet", "intends", "", ""}}},
		{"what users will want is a forecast",
			"For those not convinced mobile users will want to watch TV on their handsets, radio may be a compromise.", []string{"mobile users/group"}, nil, nil},
		{"what a party would want is a wish",
			"Halvard Group said it would want to see the figures first.", []string{"Halvard Group/organisation"}, nil, nil},
		{"a month after a preposition is no subject of a plan the tagger read as a noun",
			"SK Telecom of South Korea, which is launching a TV service in May plans to charge a flat fee.",
			[]string{"SK Telecom of South Korea/organisation", "South Korea/country"}, nil,
			[]brief{{"SK Telecom of South Korea", "proposed", "", ""}}},
		{"what a pointing pronoun would do is the effect of what was told",
			"EduVision will add video files. Matthew Herren says this would vastly increase the opportunities available to the students.",
			[]string{"EduVision/organisation", "Matthew Herren/person"}, nil,
			[]brief{{"EduVision", "intends", "", ""}}},
		{"a clause that commentators are said to have predicted beside it is a forecast",
			"Asia is set to drive global media growth to 2008 and beyond, with China and India filling the two top spots, analysts have predicted.",
			[]string{"Asia/place", "China/country", "India/country"}, nil, nil},
		{"what a study says will be done is a forecast, not its author's act",
			"Four times more mobiles with cameras in them will be sold in Europe by the end of 2004 than last year, says a report from analysts Gartner.",
			[]string{"Gartner/organisation", "Europe/place"}, nil, nil},
		{"what a report says a body will do is a forecast",
			"A report by consultants Ovum says Vodafone will cut prices by 10% next year.",
			[]string{"Ovum/organisation", "Vodafone/organisation"}, nil, nil},
		{"a guess hedged by an adverb is a forecast",
			"In the future, net users will probably play an increasing role in helping P2P spread. Acme will probably cut 200 jobs.",
			[]string{"Acme/organisation"}, nil, nil},
		{"a question in a quotation is asked, not promised",
			"\"They ask themselves: 'If I'm streaming video from one handset to another will it work?'\" Mr Jain said. \"We will fix it,\" he added.",
			[]string{"Jain/person"}, nil,
			[]brief{{"Jain", "pledged", "", ""}}},
		{"what a share of those polled say they would do is a finding",
			"The report by the Pew Research Center surveyed 2,000 users. Almost 50% of those questioned said they would trust search engines much less if results were hidden. A third of users said they would stop using search engines.",
			[]string{"Pew Research Center/organisation"}, nil, nil},
		{"being allowed to act is a permission whose giver is not named",
			"Canal Plus and TPS have bid for frequencies. In 2005 pay-TV operators will be allowed to broadcast in MPEG-4.",
			[]string{"Canal Plus/organisation", "TPS/organisation"}, nil, nil},
		{"allowing others to act is the giver's measure",
			"The regulator will allow pay-TV operators to broadcast in MPEG-4 from 2005.", nil, nil,
			[]brief{{"regulator", "intends", "2005", ""}}},
		{"hoping to sign is a hope",
			"Tomasz Wielgus said the pool hoped to sign the first sub-licences with companies in Africa.",
			[]string{"Tomasz Wielgus/person"}, nil, nil},
		{"planning to sign is an intention",
			"Tomasz Wielgus said the company planned to sign the first sub-licences with companies in Africa.",
			[]string{"Tomasz Wielgus/person"}, nil,
			[]brief{{"company", "intends", "", ""}}},
	})
}

// TestSayersOwnBody checks that a body described by its kind in what one
// of its officers says is the officer's own body.
func TestSayersOwnBody(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the bloc in its secretary-general's words is the bloc she serves",
			"The Lake States Community secretary-general, Amina Dalowe, who met the United Nations envoy on Monday, said the bloc would set up a verification committee.",
			[]string{"Lake States Community/organisation", "United Nations/organisation", "Amina Dalowe/person"}, nil,
			[]brief{{"Lake States Community", "intends", "", ""}}},
	})
}
