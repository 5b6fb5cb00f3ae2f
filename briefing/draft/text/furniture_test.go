package text_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/draft"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

// furnitureCase is a paste that reproduces how text copied from one kind of
// news page looks, and the sentences in it that are page furniture.
type furnitureCase struct {
	construction string
	text         string
	furniture    []string // the furniture sentences, in order
}

// furnitureCases are written for this test in the manner of tabloids,
// wire services, broadcasters, newspapers and live blogs; none is copied
// from a real page.
var furnitureCases = []furnitureCase{
	{"tabloid byline with dotted published and updated stamps",
		"By . Harriet Cole . PUBLISHED: . 09:14 EST, 12 March 2014 . | . UPDATED: . 11:02 EST, 12 March 2014 . A council has banned ice-cream vans from parking outside three primary schools in Leeds. Parents said the vans caused traffic jams at home time.",
		[]string{"By . Harriet Cole . PUBLISHED: . 09:14 EST, 12 March 2014 . | . UPDATED: . 11:02 EST, 12 March 2014 ."}},
	{"tabloid byline in capitals with stamps run into the text",
		"By TOM ASHWORTH PUBLISHED: 10:02 EST, 3 April 2015 | UPDATED: 12:40 EST, 3 April 2015 A pensioner has won £2,000 after a parking firm fined her for stopping to help a fallen cyclist. The firm apologised on Friday.",
		[]string{"By TOM ASHWORTH PUBLISHED: 10:02 EST, 3 April 2015 | UPDATED: 12:40 EST, 3 April 2015"}},
	{"tabloid byline for an online edition",
		"By Sam Whitely for MailOnline Published: 08:12 EST, 1 May 2015 Updated: 09:40 EST, 1 May 2015 Firefighters rescued a pony that had fallen into a drainage ditch near Taunton. The animal was unhurt.",
		[]string{"By Sam Whitely for MailOnline Published: 08:12 EST, 1 May 2015 Updated: 09:40 EST, 1 May 2015"}},
	{"dotted byline without stamps",
		"By . Emma Larkin . The owners of a seaside hotel have been told to pull down a rooftop bar built without permission. Planners said it spoiled the view.",
		[]string{"By . Emma Larkin ."}},
	{"wire service production credit after the story",
		"LAGOS, June 3 (Reuters) - Nigeria's central bank raised its main rate to 22%. Inflation rose for a fifth month. (Reporting by Anya Petrova; Editing by Mark Dunne)",
		[]string{"(Reporting by Anya Petrova; Editing by Mark Dunne)"}},
	{"press release markers",
		"FOR IMMEDIATE RELEASE\n\nNorvale Energy plc today announced a 400MW wind farm off Kestrel Bay. Construction starts in May.\n\nMedia contact: Jo Reed, press@norvale.example\n\nENDS",
		[]string{"FOR IMMEDIATE RELEASE", "Media contact: Jo Reed, press@norvale.example", "ENDS"}},
	{"caption ending in a quotation run into the next sentence",
		"A mother has criticised her son's school over a lunch ban. Kerry Walsh, 36, pictured with her son Alfie, seven, said the new rule was 'outrageous' The school said the change would improve nutrition.",
		[]string{"Kerry Walsh, 36, pictured with her son Alfie, seven, said the new rule was 'outrageous'"}},
	{"caption ending in a file-photo mark run into a titled name",
		"Parents were told on Tuesday. St Anselm's Primary in Dunmere, which has 420 pupils, will introduce the policy in September (file photo) Mrs Walsh has started a petition that has 1,800 signatures.",
		[]string{"St Anselm's Primary in Dunmere, which has 420 pupils, will introduce the policy in September (file photo)"}},
	{"byline in capitals for an online edition on a line of its own",
		"By CLAIRE DUNMORE FOR MAILONLINE\nPUBLISHED: 09:14 BST, 11 April 2026 | UPDATED: 11:52 BST, 11 April 2026\n\nA mother has criticised her son's school over a ban on packed lunches. The school said the rule would improve nutrition.",
		[]string{"By CLAIRE DUNMORE FOR MAILONLINE", "PUBLISHED: 09:14 BST, 11 April 2026 | UPDATED: 11:52 BST, 11 April 2026"}},
	{"tabloid captions closed by a credit with no stop before it",
		"The boxer will donate the full sum to the charity by March. Okafor, 29, shows off his belts at his old amateur club in Farnworth yesterday Credit: Lee Pritchard / Daily Post\n\nPromoter Russo, left, with Okafor at yesterday's press call Credit: PA\n\nTickets go on sale on Monday.",
		[]string{"Okafor, 29, shows off his belts at his old amateur club in Farnworth yesterday", "Credit: Lee Pritchard / Daily Post",
			"Promoter Russo, left, with Okafor at yesterday's press call", "Credit: PA"}},
	{"release wire's provider line over its dateline",
		"NEWS PROVIDED BY Halvorsen Therapeutics ASA\nDec 03, 2026, 07:00 ET\n\nOSLO, Norway, Dec. 3, 2026 /PRNewswire/ -- Halvorsen Therapeutics ASA today announced a licence agreement. The deal is worth $60 million.",
		[]string{"NEWS PROVIDED BY Halvorsen Therapeutics ASA", "Dec 03, 2026, 07:00 ET"}},
	{"broadcaster's byline with fields parted by middle dots",
		"Boreal Fibre promises internet to 180,000 homes\n\nJordan Beaulieu · Prairie Public Broadcasting News · Posted: Mar 04, 2026 1:15 PM CST | Last Updated: 2 hours ago\n\nA Winnipeg-based telecom company has promised to bring high-speed internet to 180,000 homes. The work starts next month.",
		[]string{"Jordan Beaulieu · Prairie Public Broadcasting News · Posted: Mar 04, 2026 1:15 PM CST | Last Updated: 2 hours ago"}},
	{"caption of two sentences closed by a submitted credit",
		"Boreal Fibre promises internet to 180,000 homes\n\nA Boreal Fibre crew lays fibre-optic cable near Dauphin, Man., in January. The company says work across the two provinces will ramp up next month. (Submitted by Boreal Fibre)\n\nA Winnipeg-based telecom company has promised to bring high-speed internet to 180,000 homes. The work starts next month.",
		[]string{"A Boreal Fibre crew lays fibre-optic cable near Dauphin, Man., in January.", "The company says work across the two provinces will ramp up next month.", "(Submitted by Boreal Fibre)"}},
	{"scroll prompt between sentences",
		"The bridge was closed for six hours after a lorry struck it on Tuesday. Scroll down for video. Engineers said the structure was safe to reopen.",
		[]string{"Scroll down for video."}},
	{"scroll prompt run into a caption and the next sentence",
		"Rescuers searched the hills overnight. Scroll down for video Volunteers gather at the village hall before dawn on Sunday The missing walker was found safe at noon.",
		[]string{"Scroll down for video", "Volunteers gather at the village hall before dawn on Sunday"}},
	{"caption with an age run into the next sentence",
		"Martin Greaves, 52, lost his appeal at the High Court Thousands of tenants could now face higher fees after the ruling on Monday. The judge said the contract was fair.",
		[]string{"Martin Greaves, 52, lost his appeal at the High Court"}},
	{"caption with an age run into a sentence opening with However",
		"Talks broke down on Monday. Tom Hale, 48, outside the court in Leeds on Friday However, the steel firm said it would shed 2,000 jobs.",
		[]string{"Tom Hale, 48, outside the court in Leeds on Friday"}},
	{"caption with an age run into a sentence opening with a title and a name",
		"Prices rose again. Ann Lee, 39, at her shop in Derby Mrs Lee added that rents had doubled since 2019.",
		[]string{"Ann Lee, 39, at her shop in Derby"}},
	{"caption glued to the first word of the paragraph under it",
		"Share this article\n\nPupils at Hollins Lane Primary in Dunmore, where a breakfast club closed last yearThe government has announced £95 million for free breakfast clubs. Councils will pay the rest.",
		[]string{"Share this article", "Pupils at Hollins Lane Primary in Dunmore, where a breakfast club closed last year"}},
	{"caption ending in a day's name glued to \"The\" and a name",
		"Share\n\nAFP via Getty Images The prime minister (left) and the defence minister at the signing ceremony in Lomaru on FridayThe Pacific island state of Tavuru has signed a defence pact. Critics say it draws the country into a rivalry.",
		[]string{"Share", "AFP via Getty Images", "The prime minister (left) and the defence minister at the signing ceremony in Lomaru on Friday"}},
	{"caption pointing at the picture glued to a common word that starts the paragraph under it",
		"Share\n\nImage caption, Foreign Minister Teodor Vasku (left) and his counterpart Amina Rasul exchanged the signed texts in PorvaCitizens of Orlenia will be able to visit Valtara without a visa. Both parliaments must ratify it.",
		[]string{"Share", "Image caption, Foreign Minister Teodor Vasku (left) and his counterpart Amina Rasul exchanged the signed texts in Porva"}},
	{"a labelled caption glued to the article that opens the paragraph under it",
		"Share\n\nImage caption, Officers forced their way into the house on Larkspur Close shortly before 06:00 on MondayA police force has apologised to a family after armed officers raided the wrong house. The force said it was sorry.",
		[]string{"Share", "Image caption, Officers forced their way into the house on Larkspur Close shortly before 06:00 on Monday"}},
	{"a labelled caption glued to the name that opens the paragraph under it",
		"Share\n\nImage caption, The trust says it will keep the Millbrook name and uniformWexley Borough Council, which owns the playing fields, said it would not oppose the takeover. Talks are continuing.",
		[]string{"Share", "Image caption, The trust says it will keep the Millbrook name and uniform"}},
	{"a labelled caption run into a sentence opening with \"The\" and a name",
		"Share\n\nImage caption, The Port Talmor works employs about 3,100 people directly The UK government has agreed to lend £620m to Calder Steel to keep its plant open. The loan was signed on Wednesday.",
		[]string{"Share", "Image caption, The Port Talmor works employs about 3,100 people directly"}},
	{"a picture agency's credit run into its caption and the sentence under it",
		"Share\n\nGetty Images Quillo says it has 4.2 million users in Marland The Rotterdam-based company received an order from the police last week. It has refused to comply.",
		[]string{"Share", "Getty Images Quillo says it has 4.2 million users in Marland"}},
	{"a news service that opens a sentence is no credit",
		"Sky News reported that the minister would resign on Monday. The party has not commented.",
		nil},
	{"a name with a capital inside it is no glued caption",
		"Anna Price (left) and her husband Joe said the YouTube channel had helped the search. Volunteers thanked them.",
		nil},
	{"labelled caption pointing at the picture",
		"The storm cut power to 40,000 homes. Battered: The harbour wall (pictured) collapsed under the waves on Saturday night. Repairs will take weeks.",
		[]string{"Battered: The harbour wall (pictured) collapsed under the waves on Saturday night."}},
	{"caption with left and right",
		"The couple married in June. Happy day: Anna Price (left) and her husband Joe (right) outside the church in Bath. They met at school.",
		[]string{"Happy day: Anna Price (left) and her husband Joe (right) outside the church in Bath."}},
	{"a labelled line of results without a full stop is no caption",
		"Result and close of play scores on Friday:\nHove: Sussex 363 (Tom Hale 111, Ivo Marek 52), Kent 197-8 (Ann Lee 54)\nPlay resumes on Saturday.",
		nil},
	{"a labelled line of fixtures is no caption",
		"Rain hit the programme on Saturday.\nPostponed: Walsall v Wrexham, Derby v Norwich\nPlay resumes on Tuesday.",
		nil},
	{"a labelled field of a match report is no caption",
		"Halvard Town won the cup on Saturday.\nScorers: Tom Hale (39th minute), Ivo Marek (53rd)\nThe club will parade the trophy on Sunday.",
		nil},
	{"a labelled caption with one number is still a caption",
		"The storm cut power to 40,000 homes.\n\nBattered: The harbour wall in Dover on Saturday night\n\nRepairs will take weeks.",
		[]string{"Battered: The harbour wall in Dover on Saturday night"}},
	{"pictured label",
		"The museum reopened on Thursday.\n\nPictured: Visitors queue outside the main entrance\n\nTickets sold out within an hour.",
		[]string{"Pictured: Visitors queue outside the main entrance"}},
	{"share and advertisement lines",
		"Shoppers queued for hours before the store opened.\n\nShare this article\n\nAdvertisement\n\nThe chain said sales were the best in its history.",
		[]string{"Share this article", "Advertisement"}},
	{"share buttons row",
		"The minister resigned on Wednesday.\n\nFacebook Twitter Email\n\nShe had been in the post for two years.",
		[]string{"Facebook Twitter Email"}},
	{"read more with a related headline",
		"Ministers will publish the plan next week.\n\nREAD MORE: Why the rail strike could last until spring\n\nUnions said they had not been consulted.",
		[]string{"READ MORE: Why the rail strike could last until spring"}},
	{"click here prompt",
		"The full list of winners is online.\n\nClick here to see the gallery\n\nThe ceremony was held in Glasgow.",
		[]string{"Click here to see the gallery"}},
	{"wire dateline with an agency tag in brackets",
		"(Reuters) - The central bank held interest rates steady on Thursday. Officials signalled a cut later in the year.",
		[]string{"(Reuters) -"}},
	{"broadcaster agency tag fused to the first word",
		"(CNN)The search for the missing fishing boat resumed on Friday. Coast guard crews covered 500 square miles.",
		[]string{"(CNN)"}},
	{"broadcaster related topics block",
		"Exports of wine rose by a fifth last year, official figures show. Producers credited a weaker currency.\n\nRelated Topics\n\nFood and drink\n\nExports\n\nFrance",
		[]string{"Related Topics", "Food and drink", "Exports", "France"}},
	{"broadcaster more on this story block",
		"The airport will add a second runway by 2030. Local groups oppose the plan.\n\nMore on this story\n\nAirport expansion approved by council\n\nResidents fear night flights",
		[]string{"More on this story", "Airport expansion approved by council", "Residents fear night flights"}},
	{"broadcaster image copyright and caption lines",
		"Image copyright Getty Images\nImage caption Farmers protested in the capital last month\n\nThe government has promised to review fuel duty. Farmers say costs have doubled.",
		[]string{"Image copyright Getty Images", "Image caption Farmers protested in the capital last month"}},
	{"media playback notice",
		"Media playback is unsupported on your device\n\nThe striker scored twice as the club won the cup. Fans ran on to the pitch.",
		[]string{"Media playback is unsupported on your device"}},
	{"newspaper byline with a role",
		"By Clare Hollis, Political Editor\n\nThe prime minister will face a confidence vote on Monday. Rebels say they have the numbers.",
		[]string{"By Clare Hollis, Political Editor"}},
	{"newspaper byline with a role in lower case",
		"By Marta Keller, political correspondent\n\nThe coalition talks stalled on Tuesday. The Greens ruled out a deal.",
		[]string{"By Marta Keller, political correspondent"}},
	{"tech site byline in lower case above its stamp",
		"Regulator fines app maker\n\nby Marcus Lee\nJan 25, 2028, 4:05 PM UTC\n\nThe regulator fined the app maker $20m on Tuesday. The company will appeal.",
		[]string{"by Marcus Lee", "Jan 25, 2028, 4:05 PM UTC"}},
	{"wire contributor line after the story",
		"The bank cut its main rate by half a point on Thursday. Bond yields fell.\n\n— With assistance from Tomás Reyes\n\nReporting by Ana Diaz; Editing by Tom Hale",
		[]string{"— With assistance from Tomás Reyes", "Reporting by Ana Diaz; Editing by Tom Hale"}},
	{"cookie banner and masthead above a regional page's headline",
		"We use cookies to give you the best experience on our website. By continuing, you agree to our use of cookies. Accept all | Manage preferences\n\nHalden Courier\n\nNews › Local\n\nCouncillors approve 300 homes on the old dairy site\n\nPlans for 300 homes were approved by councillors on Tuesday. Residents had objected.",
		[]string{"We use cookies to give you the best experience on our website.", "By continuing, you agree to our use of cookies.", "Accept all | Manage preferences", "Halden Courier", "News › Local"}},
	{"radio player link and newsroom call",
		"Listen Live\n\nCoroner warns council over junction after cyclist's death\n\nA coroner has written to the council about a dangerous junction. The council will reply within 56 days.\n\nGot a story? Contact the newsroom.",
		[]string{"Listen Live", "Got a story?", "Contact the newsroom."}},
	{"newspaper byline with a weekday stamp line",
		"Ben Arkwright\nMon 4 May 2015 12.29 BST\n\nThe party has promised to freeze rail fares for five years. Critics called the plan unaffordable.",
		[]string{"Ben Arkwright", "Mon 4 May 2015 12.29 BST"}},
	{"caption ending in a name that is also a common word, run into a sentence opened by a pronoun",
		"Soap star quits show\n\nThe actress told producers she would not sign a new contract.\n\nKelly Marsh, pictured at the awards in September, has played Dawn since 2012 She will film her final scenes in January, a source said.",
		[]string{"Kelly Marsh, pictured at the awards in September, has played Dawn since 2012"}},
	{"a headline opening with a label of what the page is stays the headline",
		"Interview transcript: Nordvik Air chief on route cuts\n\nQ: Why close the base?\n\nDahl: The base lost money for five years. We will close it on 31 March.",
		nil},
	{"live blog's updated stamp with its time zone",
		"LIVE: EU leaders' summit in Brussels\n\nUpdated 23:41 CET\n\n23:41 – Leaders have agreed a migration package after nine hours of talks.",
		[]string{"Updated 23:41 CET"}},
	{"newspaper last updated line",
		"Last updated at 10:49 AM on 21st November 2011\n\nThe school will close for two weeks after a burst pipe flooded its hall. Pupils will learn at home.",
		[]string{"Last updated at 10:49 AM on 21st November 2011"}},
	{"caption and its credit pasted as one line",
		"Border to reopen\n\nTrucks queue at the border crossing. Photo: Reuters\n\nThe two countries agreed on Wednesday to reopen their main border crossing.",
		[]string{"Trucks queue at the border crossing.", "Photo: Reuters"}},
	{"labelled caption whose first word is capitalised, with its credit in brackets",
		"The authority agreed to raise pay by 6%.\n\nPhoto: Pilot boats moored at the port on Tuesday (Caldris Press Agency)\n\nThe dispute began in October.",
		[]string{"Photo: Pilot boats moored at the port on Tuesday (Caldris Press Agency)"}},
	{"caption and a handout credit above the story",
		"Workers at the new battery site near the port. Photo: Company handout\n\nThe carmaker will build a battery plant near the port, creating 1,500 jobs.",
		[]string{"Workers at the new battery site near the port.", "Photo: Company handout"}},
	{"sentence before a credit on a line of its own stays prose",
		"The march ended peacefully. Police made no arrests.\n\nPhoto: Reuters\n\nOrganisers plan another march next week.",
		[]string{"Photo: Reuters"}},
	{"caption and credit pasted inside a paragraph",
		"Crews worked through the night. Firefighters spray water on the roof of the depot in Halden. Photo: Lars Eide Residents were told to keep their windows shut.",
		[]string{"Firefighters spray water on the roof of the depot in Halden.", "Photo: Lars Eide"}},
	{"a sentence of the story before a credit inside a paragraph stays prose",
		"Crews worked through the night. The fire was put out at dawn. Photo: Lars Eide Residents were told to keep their windows shut.",
		[]string{"Photo: Lars Eide"}},
	{"newspaper photograph credit",
		"The protest ended peacefully.\n\nPhotograph: Daniel Hartley/Getty Images\n\nPolice made no arrests.",
		[]string{"Photograph: Daniel Hartley/Getty Images"}},
	{"caption with an agency credit after a slash",
		"Flood water covers the main road into the town. Nina Park/AFP\n\nThe river rose two metres overnight. Hundreds of homes were evacuated.",
		[]string{"Flood water covers the main road into the town.", "Nina Park/AFP"}},
	{"newspaper comments count",
		"The council approved the budget by one vote.\n\nComments (42)\n\nThe new rates start in April.",
		[]string{"Comments (42)"}},
	{"live blog header and entry times",
		"Live\n\nElection results as they come in\n\n10:23 GMT\n\nThe first seat has been declared in Sunderland. Turnout was 61%.\n\n1h ago 10:05 GMT\n\nPolls closed at 22:00.",
		[]string{"Live", "10:23 GMT", "1h ago 10:05 GMT"}},
	{"live blog key events and javascript notice",
		"Key events\n\nShow key events only\n\nPlease turn on JavaScript in your browser to get the best experience\n\nThe summit opened with a minute's silence. Leaders then began talks on trade.",
		[]string{"Key events", "Show key events only", "Please turn on JavaScript in your browser to get the best experience"}},
	{"live blog index of entries under its key events",
		"Key events\n09:12 Minister resigns over expenses\n08:30 Opposition calls for inquiry\n\nThe health minister has resigned after a row over his expenses. The prime minister accepted the resignation.",
		[]string{"Key events", "09:12 Minister resigns over expenses", "08:30 Opposition calls for inquiry"}},
	{"a sentence opening with a time is prose",
		"The council met at 10:30.\n\n10:30 is when the market opens every day. Traders were already waiting.",
		nil},
	{"live blog updated label",
		"Updated: 14:02 GMT, 6 June 2019\n\nRescue teams have reached the stranded climbers. All four are said to be well.",
		[]string{"Updated: 14:02 GMT, 6 June 2019"}},
	{"newsletter sign-up line",
		"The recall covers 12,000 cars.\n\nSign up for our free daily newsletter here\n\nOwners will be contacted by letter.",
		[]string{"Sign up for our free daily newsletter here"}},
	{"follow on social media line",
		"The band will tour Europe next year.\n\nFollow Lena Moss on Twitter\n\nTickets go on sale on Friday.",
		[]string{"Follow Lena Moss on Twitter"}},
	{"most read list",
		"The railway line reopened on Monday after a landslip. Trains run every hour.\n\nMost Read\n\nMan fined for feeding gulls\n\nBakery wins national prize",
		[]string{"Most Read", "Man fined for feeding gulls", "Bakery wins national prize"}},
	{"agency name alone on a line",
		"Associated Press\n\nThe volcano erupted again on Sunday, sending ash six miles into the air. Flights were cancelled.",
		[]string{"Associated Press"}},
	{"two prompts and a share row in one paragraph after a byline",
		"By . Rachel Holt . PUBLISHED: . 08:41 EST, 14 June 2014 . A driver has won his case at the High Court. Scroll down for video The judges said the charge was unfair. Advertisement The firm said it would appeal.",
		[]string{"By . Rachel Holt . PUBLISHED: . 08:41 EST, 14 June 2014 .", "Scroll down for video", "Advertisement"}},
	{"an age in prose before a court's name is no caption",
		"Two men were jailed for fraud. Alan Roe, 52, of Leeds, was sentenced to six years and Dean Platt, 47, to four years at Leeds Crown Court on Friday. Both had denied the charges.",
		nil},
	{"a paragraph opening with a time and a comma is prose",
		"The strike began on Monday.\n\nBy Friday, most had gone back to work.\n\nThe union called it a victory.",
		nil},
	{"plain prose has none",
		"By contrast, the company's rivals cut prices. By Monday's close, the index was down 2.1%. Video games sold well.",
		nil},
	{"names and titles in capitals are not captions",
		"The League of Rural Voters organised the debate. His Prince hotels stayed open, and the oil giant Shell bid for the firm.",
		nil},
	{"caption and credit at the start of a line, the story's next sentence run on after the credit",
		"Ministers met in Vessa on Friday.\n\nThe two leaders shake hands after signing the accord in Vessa on Friday. Photo: Wire/Jan Ost Under the accord, both sides will reopen the border by June.",
		[]string{"The two leaders shake hands after signing the accord in Vessa on Friday.", "Photo: Wire/Jan Ost"}},
	{"credit whose photographer runs into the name opening the next sentence",
		"Talks resumed on Monday.\n\nProtesters gather outside parliament on Wednesday evening. Photo: Wire/Lia Maas Freedom Front leader Viktor Dahl called the deal a betrayal.",
		[]string{"Protesters gather outside parliament on Wednesday evening.", "Photo: Wire/Lia Maas"}},
	{"credit of an agency alone before the next sentence",
		"Exports rose in May.\n\nContainers at the port of Ashdod. Picture: Getty Images The figures were published on Tuesday.",
		[]string{"Containers at the port of Ashdod.", "Picture: Getty Images"}},
	{"related headline holding a question under a read-more heading",
		"The coalition will take office next week.\n\nRead more:\nWho is Tomas Keller? The banker who wants to run Norvania\nElection results in full",
		[]string{"Read more:", "Who is Tomas Keller?", "The banker who wants to run Norvania", "Election results in full"}},
	{"caption with a pictured aside and a verb of its own run into a titled name",
		"A minister threatened to resign last night. Anna Reeve, pictured leaving the Treasury on Monday, said she would 'not stay a day longer' if the plan was cut Ms Reeve told MPs that the levy would raise £1billion a year.",
		[]string{"Anna Reeve, pictured leaving the Treasury on Monday, said she would 'not stay a day longer' if the plan was cut"}},
	{"caption ending in a file-photo mark run into a body's name after the",
		"Owners protested on Monday. Cottage owners gather outside Parliament to protest against the tax (file photo) The Coastal Owners Association said it would mount a legal challenge.",
		[]string{"Cottage owners gather outside Parliament to protest against the tax (file photo)"}},
	{"a person pictured in prose without a caption's aside stays prose",
		"The actor, who was pictured with the director in 2019, said the film would open in May. The studio confirmed the date.",
		nil},
	{"a court's name after a person's age stays whole",
		"Karen Lowe, 44, of Station Road, Dunmore, appeared at Ashby Magistrates' Court yesterday charged with theft. She was released on bail.",
		nil},
	{"a commission's name after a person's age stays whole",
		"Tomas Reid, 58, who sat on the Harbour Port Commission from 2015 until he resigned in May, will plead guilty to fraud. His lawyer declined to comment.",
		nil},
	{"a caption with an age still breaks before a plural noun opening the news",
		"Lee Marsh, 52, outside the Court of Appeal Thousands of tenants could claim refunds after the ruling. The landlord will appeal.",
		[]string{"Lee Marsh, 52, outside the Court of Appeal"}},
	{"a caption run into an age opening the next sentence, a name across two capitalised words after it",
		"TV chef Marco Bellini has closed his restaurant. Bellini, pictured at the opening in 2019, said he was 'heartbroken' The 52-year-old star told staff on Monday that the Covent Garden site would shut. He promised jobs to all staff.",
		[]string{"Bellini, pictured at the opening in 2019, said he was 'heartbroken'"}},
	{"a sentence that lost its period is split but stays prose",
		"The first stage will be finished by 2027 but no date has been set for a launch The new chip set was shown in Paris.",
		nil},
	{"broadcaster's posted and updated stamps on one line",
		"Ferry firm cancels winter crossings\n\nPosted Tue 3 Mar 2031 at 9:12am, updated Tue 3 Mar 2031 at 11:40am\n\nThe island ferry operator has cancelled all winter crossings after two of its boats failed safety checks.",
		[]string{"Posted Tue 3 Mar 2031 at 9:12am, updated Tue 3 Mar 2031 at 11:40am"}},
	{"labelled caption on a line of its own with an age and a place name stays whole",
		"The travel firm collapsed overnight.\n\nStranded: Kelly Barnes, 34, and her children at Tenerife South airport this morning after their flight was cancelled\n\nThe minister promised help for every family.",
		[]string{"Stranded: Kelly Barnes, 34, and her children at Tenerife South airport this morning after their flight was cancelled"}},
	{"page-type label above a headline",
		"Analysis\n\nWhy the central bank blinked on interest rates\n\nThe central bank held its main rate at 4% on Thursday, surprising markets that had expected a cut.",
		[]string{"Analysis"}},
	{"document code, date and page type above a headline",
		"PR/2031/044\n12 May 2031\nPress Release\n\nAgency approves first malaria vaccine for infants\n\nThe medicines agency approved a malaria vaccine for children under one on Monday.",
		[]string{"PR/2031/044", "12 May 2031", "Press Release"}},
	{"two-word section label above a headline and a byline",
		"World News\nFerry operator cancels winter crossings to the islands\nBy Ruth Ellery\n\nThe island ferry operator has cancelled all winter crossings after two of its boats failed safety checks.",
		[]string{"World News", "By Ruth Ellery"}},
	{"a record's draft stamp",
		"Minutes of the regular meeting of Millbrook City Council, June 9, 2026\nSubject to approval by the Council.\n\nThe Council voted 4-1 to award the bridge contract.",
		[]string{"Subject to approval by the Council."}},
	{"a sentence about approval stays prose",
		"Subject to approval by shareholders, the deal will close in March. The board backs it.",
		nil},
	{"short headline above a lead stays prose",
		"Japan economy slides\n\nThe Japanese economy shrank by 0.1% in the three months to September, official figures show.",
		nil},
	{"short headline with a verb above a standfirst line stays prose",
		"Brexit deal agreed\n\nLeaders hail breakthrough after all-night talks in Brussels\n\nEU leaders and the UK agreed a trade deal early on Friday.",
		nil},
}

func TestFurnitureCases(t *testing.T) {
	if len(furnitureCases) < 30 {
		t.Fatalf("only %d furniture cases", len(furnitureCases))
	}
	for _, tc := range furnitureCases {
		t.Run(tc.construction, func(t *testing.T) {
			spans, kinds := text.SegmentMarked(tc.text)
			var got []string
			for i, sp := range spans {
				if kinds[i].Furniture() {
					got = append(got, tc.text[sp.Start:sp.End])
				}
			}
			if !slices.Equal(got, tc.furniture) {
				t.Errorf("furniture\n got  %q\n want %q\n sentences %q", got, tc.furniture, texts(tc.text, spans))
			}
		})
	}
}

// TestFurnitureStaysOutOfTheDraft drafts every case and checks that no
// summary or background item and no title comes from furniture, and that
// the brief lists the furniture among its sentences.
func TestFurnitureStaysOutOfTheDraft(t *testing.T) {
	for _, tc := range furnitureCases {
		t.Run(tc.construction, func(t *testing.T) {
			b, err := draft.Draft(tc.text, draft.Options{Published: time.Date(2015, 5, 1, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			if err := b.Validate(); err != nil {
				t.Fatal(err)
			}
			if len(b.Source.Furniture) != len(tc.furniture) {
				t.Errorf("source.furniture has %d spans, want %d", len(b.Source.Furniture), len(tc.furniture))
			}
			for _, it := range append(slices.Clone(b.Summary), b.Background...) {
				for _, sp := range it.Spans {
					for _, f := range b.Source.Furniture {
						if sp.Start < f.End && f.Start < sp.End {
							t.Errorf("item %q overlaps furniture %q", it.Text, b.Source.SpanText(f))
						}
					}
				}
			}
			for _, f := range tc.furniture {
				if b.Title != "" && strings.Contains(f, b.Title) {
					t.Errorf("title %q comes from furniture %q", b.Title, f)
				}
			}
			if len(b.Summary) == 0 {
				t.Errorf("no summary")
			}
		})
	}
}

func texts(text string, spans []briefing.Span) []string {
	var out []string
	for _, sp := range spans {
		out = append(out, text[sp.Start:sp.End])
	}
	return out
}
