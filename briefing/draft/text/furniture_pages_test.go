package text_test

// pageKindCases are pastes in the manner of page kinds the first set does
// not cover: photo lines with a label and a comma, newspaper share tools,
// newsletter boxes, tag lists and author bios, a magazine's pull quote and
// print-edition line, a government news page, a wire story's trust line,
// an aggregator's relative stamps and counts, a local TV site's video titles
// and copyright line, a PDF statement's page headers and footers, a tech
// site's tags and affiliate notice, a listen-to-this-article player, a
// sports page's section line, a photo gallery's slide counter and an
// agency's source and editor line. None is copied from a real page.
var pageKindCases = []furnitureCase{
	{"broadcaster photo lines with a label and a comma",
		"Image source, Getty Images\nImage caption, Nurses on a picket line outside St Mary's hospital in March\n\nNurses in Wales will strike for two days next month after talks on pay broke down, their union has said. The health board said planned operations would go ahead.\n\nImage source, PA Media\nImage caption, The union's leader, Carys Bowen, said members felt they had no choice\n\nThe union said 78% of members had voted for action.",
		[]string{"Image source, Getty Images", "Image caption, Nurses on a picket line outside St Mary's hospital in March", "Image source, PA Media", "Image caption, The union's leader, Carys Bowen, said members felt they had no choice"}},
	{"newspaper share tools, newsletter box, tags, most viewed and author bio",
		"Share on Facebook\nShare on X\nShare via Email\n\nThe European Commission has opened an inquiry into subsidies for two steel makers, officials said on Tuesday. The firms deny wrongdoing.\n\nSign up to our newsletter\nThe best of our journalism, every morning\n\nThe inquiry could take 18 months.\n\nJane Doe is our Europe editor. Follow her on Bluesky @janedoe\n\nTopics\nEuropean Union\nSteel industry\nCompetition law\n\nMost viewed\nHeatwave warning issued for south-east\nTrain fares to rise by 4%",
		[]string{"Share on Facebook", "Share on X", "Share via Email", "Sign up to our newsletter", "The best of our journalism, every morning", "Jane Doe is our Europe editor.", "Follow her on Bluesky @janedoe", "Topics", "European Union", "Steel industry", "Competition law", "Most viewed", "Heatwave warning issued for south-east", "Train fares to rise by 4%"}},
	{"magazine pull quote repeated from the text and print-edition line",
		"The quiet revival of Europe's night trains\n\nOperators are betting that travellers will swap short flights for sleeper cabins. Last year 14 new routes opened across the continent, and bookings on the Vienna–Paris line doubled. \"People want to arrive rested,\" said Anna Berger, who runs the service for the Austrian operator.\n\n“People want to arrive rested”\n\nThe economics remain hard. Sleeper carriages cost twice as much as day coaches and carry a third as many passengers.\n\nThis article appeared in the Europe section of the print edition under the headline \"Sleeping their way to profit\"",
		[]string{"“People want to arrive rested”", "This article appeared in the Europe section of the print edition under the headline \"Sleeping their way to profit\""}},
	{"government news page with its from line, contents, notes to editors and media enquiries",
		"From: Department for Transport and The Rt Hon Mark Ellis MP\nPublished 3 May 2027\n\nContents\nFunding for bus routes\nNotes to editors\n\nRural councils will share £120 million to keep bus routes running, the government announced today. The money will fund at least 300 routes that would otherwise close.\n\nTransport Minister Mark Ellis said: \"Buses are a lifeline for rural communities.\"\n\nNotes to editors\n\nThe funding will be paid in two instalments, in June and October.\n\nENDS\n\nMedia enquiries\nEmail newsdesk@transport.example\nTelephone 020 7944 3021",
		[]string{"From: Department for Transport and The Rt Hon Mark Ellis MP", "Published 3 May 2027", "Contents", "Funding for bus routes", "Notes to editors", "Notes to editors", "ENDS", "Media enquiries", "Email newsdesk@transport.example", "Telephone 020 7944 3021"}},
	{"wire story with writing credit and a trust line",
		"ORVALE, May 12 (Meridian) - Orvale's parliament approved a budget on Monday that raises fuel taxes by 8%, clearing the way for a $2 billion loan from the International Monetary Fund. The vote passed 112 to 97.\n\nReporting by Lina Moreau in Orvale; Writing by Paul Grant; Editing by Susan Fenwick\n\nOur Standards: The Meridian Trust Principles.",
		[]string{"Reporting by Lina Moreau in Orvale; Writing by Paul Grant; Editing by Susan Fenwick", "Our Standards: The Meridian Trust Principles."}},
	{"aggregator page with an advert, a relative stamp, a reading prompt and a comment count",
		"Advertisement\n\nCity to scrap free parking in centre\n\n2h ago\n\nThe city council will end free Sunday parking in the centre from July, saving £400,000 a year. Traders said the change would drive shoppers to out-of-town retail parks.\n\nContinue reading below\n\nThe council's finance chief said the money would pay for street cleaning.\n\n143 comments",
		[]string{"Advertisement", "2h ago", "Continue reading below", "143 comments"}},
	{"local TV site with video titles and a copyright line",
		"Fire crews spent six hours fighting a blaze at a warehouse in Eastfield on Sunday. No one was hurt, the fire department said.\n\nWatch: Neighbors describe the moment the roof collapsed\n\nThe cause is under investigation.\n\nWATCH: Firefighters battle warehouse blaze in Eastfield\n\nCopyright 2027 KVTR. All rights reserved.",
		[]string{"Watch: Neighbors describe the moment the roof collapsed", "WATCH: Firefighters battle warehouse blaze in Eastfield", "Copyright 2027 KVTR.", "All rights reserved."}},
	{"PDF statement with a letterhead, page numbers and a running footer",
		"MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KESTRIA\n\nStatement on the border agreement\n\nThe Government of Kestria welcomes the signing of the border agreement with Valdora in Geneva on 14 April. The agreement settles a dispute that has lasted three decades.\n\nBoth governments will set up a joint commission to mark the border within twelve months.\n\nPage 1 of 2\n\nMinistry of Foreign Affairs | 14 April 2027\n\nKestria stands ready to support the commission's work and calls on both parties to respect the timetable.\n\nPage 2 of 2",
		[]string{"MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KESTRIA", "Page 1 of 2", "Ministry of Foreign Affairs | 14 April 2027", "Page 2 of 2"}},
	{"tech site tags, affiliate notice, share prompt and most popular list",
		"Filed under: Policy, Apps\n\nRegulator orders app store to allow outside payments\n\nThe regulator ordered the company on Thursday to let developers link to outside payment systems within 90 days. The company said it would appeal.\n\nWe may earn a commission when you buy through links on our site.\n\nShare this story\n\nMost Popular\nThe best budget phones of 2027\nHow to back up your laptop",
		[]string{"Filed under: Policy, Apps", "We may earn a commission when you buy through links on our site.", "Share this story", "Most Popular", "The best budget phones of 2027", "How to back up your laptop"}},
	{"a trail of links set apart by slashes under a ministry's masthead",
		"MINISTRY OF FOREIGN AFFAIRS OF KESTRIA\nHome / Press / Joint Statements\n\nJOINT STATEMENT\n\nThe two sides decided to upgrade relations to a Comprehensive Partnership. They agreed to hold annual consultations.",
		[]string{"Home / Press / Joint Statements"}},
	{"a published stamp with its date, then an updated one with its time alone",
		"Council passes budget with tax rise\n\nBy Janelle Ortiz | jortiz@valleycourier.example\nPublished June 17, 2026, 6:02 a.m. ET | Updated 11:40 a.m. ET\n\nThe city council voted 5-4 late Tuesday to approve a $286 million budget, raising the property tax rate by 6.5%. The mayor said she would sign it.",
		[]string{"By Janelle Ortiz | jortiz@valleycourier.example", "Published June 17, 2026, 6:02 a.m. ET | Updated 11:40 a.m. ET"}},
	{"listen player, published and updated lines and a related list",
		"Listen to this article\n4 min\n\nPublished 14 March 2027, 6:02 am\nUpdated 14 March 2027, 9:15 am\n\nThe port strike enters its third week on Monday with no talks scheduled, and exporters warn that perishable goods are rotting on the quays. The employers' federation said it would meet the union only if the blockade ended.\n\nRelated\nPort strike: what you need to know\nUnion leader arrested at picket",
		[]string{"Listen to this article", "4 min", "Published 14 March 2027, 6:02 am", "Updated 14 March 2027, 9:15 am", "Related", "Port strike: what you need to know", "Union leader arrested at picket"}},
	{"sports page with its section line, share prompt and comment count",
		"Halvard Town sack Reyes after sixth defeat\n\nLast updated on 2 March 2027\nFrom the section Football\n\nHalvard Town have sacked manager Tom Reyes after six defeats in a row left the club 18th in the table. Assistant coach Ivo Marek will take charge for Saturday's game at Derby.\n\nShare page\n\nView comments (212)",
		[]string{"Last updated on 2 March 2027", "From the section Football", "Share page", "View comments (212)"}},
	{"photo gallery slide counter and a credit in brackets",
		"The floods reached the old town on Friday.\n\n1 / 12\nResidents carry belongings through flooded streets in Varna on Friday. (Photo by Ana Ruiz/Getty Images)\n\nMore than 3,000 people left their homes, the regional governor said. The army sent 400 soldiers to help.",
		[]string{"1 / 12", "Residents carry belongings through flooded streets in Varna on Friday.", "(Photo by Ana Ruiz/Getty Images)"}},
	{"agency page with a source, stamp and editor line",
		"BEIJING, May 3 (Huaxin) -- China and Kestria signed 12 cooperation agreements on Wednesday during a state visit. The deals cover trade, energy and education.\n\nSource: Huaxin | 2027-05-03 14:22:11 | Editor: Zhang Min",
		[]string{"Source: Huaxin | 2027-05-03 14:22:11 | Editor: Zhang Min"}},
	{"skip link, relative update stamp, comment count with a comma and a reader call",
		"Skip to main content\n\nFerry fares to rise by a tenth\n\nUpdated 5 hours ago\n1,204 comments\n\nThe island ferry company will raise fares by 10% from May, blaming fuel costs. Season tickets will rise by 6%.\n\nDo you have a story for us? Email desk@islandpost.example\n\nPhone: (555) 201-4400",
		[]string{"Skip to main content", "Updated 5 hours ago", "1,204 comments", "Do you have a story for us?", "Email desk@islandpost.example", "Phone: (555) 201-4400"}},
	{"a headline in capitals above its standfirst is no letterhead",
		"STORM DAMAGE ACROSS THE NORTH\n\nTrees down and homes without power after gales\n\nGales brought down trees across the north on Sunday.",
		nil},
	{"the story's own 'our', shares, pages and copyright stay prose",
		"Our correspondent in Beirut says the city is quiet. Our site in Derby will close next year, the company said.\n\nShare prices fell 3% on Monday.\n\nPage 3 of the report lists the banks.\n\nCopyright law changed in 2019.\n\nFollow him on the road to Damascus and you see why.",
		nil},
}

func init() { furnitureCases = append(furnitureCases, pageKindCases...) }
