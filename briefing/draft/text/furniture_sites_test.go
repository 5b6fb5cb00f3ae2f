package text_test

// siteKindCases are pastes in the manner of further kinds of sites: a US
// local TV station, South Asian and Latin American newspapers and agencies
// with their own datelines and sign-offs, a broadcaster's header with a
// correspondent's role line, a regional paper with picture credits in
// brackets, a student paper's masthead, a trade site's author bio, a
// government press page, four live blogs, a tech site's stamp with
// slashes, a magazine's reading tools, a Canadian wire's first-published
// line and an African agency's sign-off.
// None is copied from a real page.
var siteKindCases = []furnitureCase{
	{"local TV station: colon byline, stamps with a slash, video pointer, state dateline and bracketed credit",
		"Grain elevator fire forces evacuation of 200 homes\n\nby: Dana Whitcomb\nPosted: Mar 3, 2027 / 06:41 AM CST\nUpdated: Mar 3, 2027 / 10:05 AM CST\n\nWatch the latest update from our crew in the video player above.\n\nKEARNEY, Neb. (KNBT) — About 200 homes near a burning grain elevator were evacuated overnight, the fire chief said on Wednesday.\n\nCrews pour water on the elevator on Wednesday morning. (Courtesy: Buffalo County Fire District)\n\nNo one was hurt. The cause is under investigation.\n\nRELATED: Second elevator fire in a month raises safety questions\n\nCopyright 2027 KNBT. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.",
		[]string{"by: Dana Whitcomb", "Posted: Mar 3, 2027 / 06:41 AM CST", "Updated: Mar 3, 2027 / 10:05 AM CST", "Watch the latest update from our crew in the video player above.", "Crews pour water on the elevator on Wednesday morning.", "(Courtesy: Buffalo County Fire District)", "RELATED: Second elevator fire in a month raises safety questions", "Copyright 2027 KNBT.", "All rights reserved.", "This material may not be published, broadcast, rewritten, or redistributed."}},
	{"South Asian daily: colon dateline, follow prompt, also-read link and agency inputs",
		"Cabinet clears river-linking project worth ₹44,000 crore\n\nUpdated: 12 Feb 2027, 8:15 pm IST\nFollow us on WhatsApp\n\nVarunpur: The Union Cabinet on Wednesday approved a project to link two rivers in the central region, the information minister said.\n\nThe canal will irrigate 600,000 hectares, officials said.\n\nAlso Read | Farmers protest land acquisition for canal project\n\nThe work is due to begin in April.\n\n(With inputs from agencies)",
		[]string{"Updated: 12 Feb 2027, 8:15 pm IST", "Follow us on WhatsApp", "Also Read | Farmers protest land acquisition for canal project", "(With inputs from agencies)"}},
	{"dateline in capitals with a colon and an agency sign-off after a dash",
		"Published February 9, 2027\n\nISLAMABAD: The federal government has raised the price of petrol by 12 rupees a litre from Sunday, the finance ministry said in a notification.\n\nThe increase follows a rise in global oil prices.\n\n— APP",
		[]string{"Published February 9, 2027", "— APP"}},
	{"Latin American agency: dateline closed by a point and a hyphen, and its sign-off in brackets",
		"Senate approves pension reform after 20-hour debate\n\nVilla Serena, Jun 14 (NPA).- The Senate of Costaverde approved on Friday a reform that raises the retirement age to 65, after a debate that lasted 20 hours.\n\nThe bill now goes to the president, who has promised to sign it.\n\n(NPA)",
		[]string{"(NPA)"}},
	{"agency dateline with the day before the month",
		"SAN ALBERTO, 3 Oct (Prensa Sur).- Teachers in the province of San Alberto began an indefinite strike on Monday over pay.\n\nThe union said 90% of schools were closed.",
		nil},
	{"broadcaster header: published label, share and save, correspondent's role line and a caption after its label",
		"Island states agree to ban deep-sea mining for ten years\n\nPublished\n2 hours ago\n\nShare\n\nSave\n\nTomas Reyes\nEnvironment correspondent\n\nImage source, Reuters\nImage caption,\nDelegates applaud after the vote in Port Elena on Thursday\n\nTwelve island states agreed on Thursday to ban deep-sea mining in their waters for ten years.\n\nRelated topics\nOceans\nMining",
		[]string{"Published", "2 hours ago", "Share", "Save", "Tomas Reyes", "Environment correspondent", "Image source, Reuters", "Image caption,", "Delegates applaud after the vote in Port Elena on Thursday", "Related topics", "Oceans", "Mining"}},
	{"regional paper: byline with a role, stamp in capitals with an update, picture credit in brackets and a newsletter line",
		"Library to close three days a week under council cuts\n\nBy Priya Nair, Local Democracy Reporter\n07:30, 4 MAR 2027 Updated 12:10, 4 MAR 2027\n\nThe town's central library will close on Mondays, Tuesdays and Wednesdays from May, the council has confirmed.\n\nThe library on Castle Street, which opened in 1932 (Image: Ellie Ward)\n\nSign up for the Evening Digest\n\nThe council said the change would save £180,000 a year.\n\nComments",
		[]string{"By Priya Nair, Local Democracy Reporter", "07:30, 4 MAR 2027 Updated 12:10, 4 MAR 2027", "The library on Castle Street, which opened in 1932 (Image: Ellie Ward)", "Sign up for the Evening Digest", "Comments"}},
	{"student paper: masthead and section above the headline, name with a role over a date",
		"The Hallam Courier\nCampus\n\nStudents' union votes to cut ties with bank over fossil fuel lending\n\nOwen Price, Deputy News Editor\nOctober 2, 2027\n\nThe students' union voted on Tuesday night to move its accounts away from a high-street bank over its lending to oil and gas firms.\n\nThe motion passed by 412 votes to 96.",
		[]string{"The Hallam Courier", "Campus", "Owen Price, Deputy News Editor", "October 2, 2027"}},
	{"trade site: piped byline with a reading time, newsletter tagline and an author bio without our",
		"LNG carrier orders hit record as shipyards fill slots to 2031\n\nBy Marta Olsen | Mar 3, 2027 | 4 min read\n\nShipowners ordered 96 liquefied natural gas carriers last year, the most on record, a broker said on Monday.\n\nSubscribe to the Morning Freight Briefing\n\nYards in South Korea took 80% of the orders.\n\nMarta Olsen covers shipping and energy markets for Tradewinds Weekly. Contact her at molsen@tradewinds.example.",
		[]string{"By Marta Olsen | Mar 3, 2027 | 4 min read", "Subscribe to the Morning Freight Briefing", "Marta Olsen covers shipping and energy markets for Tradewinds Weekly.", "Contact her at molsen@tradewinds.example."}},
	{"live blog: an index of entries as a bulleted list, each with its time",
		"Harbour trial: former boss found guilty – as it happened\n\nLIVE | Updated 16:48 GMT, Monday 7 December 2026\n\nKey events\n- 16:48 Summary: what we know\n- 15:20 Defence says it will appeal\n\n16:48\nSummary: what we know\n\n- Anna Kerr has been found guilty of fraud.\n- She will be sentenced on 15 January.\n\n15:20\nDefence says it will appeal\n\nHer lawyer said she would appeal.",
		[]string{"LIVE | Updated 16:48 GMT, Monday 7 December 2026", "Key events", "- 16:48 Summary: what we know", "- 15:20 Defence says it will appeal", "16:48", "15:20"}},
	{"live blog: an index of entries with no times, and a sign-off that promises more",
		"Election live: Greens on course to be largest party\n\nKey events\nExit poll: Greens 31 seats, Liberals 28\nLiberal leader rules out governing with the Farmers\n\n23:58\n\nWith about 90% of the vote counted, the Greens look set to finish as the largest party.\n\nWe'll be back with full results and reaction tomorrow morning.",
		[]string{"Key events", "Exit poll: Greens 31 seats, Liberals 28", "Liberal leader rules out governing with the Farmers", "23:58", "We'll be back with full results and reaction tomorrow morning."}},
	{"tech site: a section, a date and its time set apart by slashes, and the author, all piped",
		"Photo app fined over face scans\n\nPrivacy | Tue 16 Jun 2026 // 14:32 UTC | Nadia Okonkwo\n\nPhoto-sharing app Pellucid has promised to stop using facial data, the regulator said.",
		[]string{"Privacy | Tue 16 Jun 2026 // 14:32 UTC | Nadia Okonkwo"}},
	{"an opinion page's author bio going on about her book, over a related link",
		"The rail fare freeze was a promise. Now it's a punchline\n\nBy Miriam Eastwood\nMonday 7 December 2026\n\nOn Thursday, the department announced that regulated fares will rise by 4.6% from 2 March next year.\n\nThat is exactly why breaking one matters.\n\nMiriam Eastwood writes about transport and cities. Her book, Wrong Side of the Tracks, was published last year.\n\nRead more opinion: Why Northlink's tram rescue should worry every taxpayer",
		[]string{"By Miriam Eastwood", "Monday 7 December 2026", "Miriam Eastwood writes about transport and cities.", "Her book, Wrong Side of the Tracks, was published last year.", "Read more opinion: Why Northlink's tram rescue should worry every taxpayer"}},
	{"newspaper: author bio as a staff writer, a contributed line and a correction note",
		"The county will spend $14 million to rebuild the Elm Street bridge, commissioners decided on Tuesday. Work will begin in June.\n\nThe bridge has been closed since a flood in 2025.\n\nThe Associated Press contributed to this report.\n\nCorrection: An earlier version of this story gave the wrong year for the flood.\n\nLena Fox is a staff writer covering county government for the Valley Ledger. Reach her at 555-0142.",
		[]string{"The Associated Press contributed to this report.", "Correction: An earlier version of this story gave the wrong year for the flood.", "Lena Fox is a staff writer covering county government for the Valley Ledger.", "Reach her at 555-0142."}},
	{"government press page: breadcrumb, release date, contact line, closing marks and a last-modified date",
		"Home » Newsroom » Press Releases\n\nFOR IMMEDIATE RELEASE\nMarch 3, 2027\n\nGovernor signs bill to cap insulin costs\n\nThe governor signed a bill on Tuesday that caps the cost of insulin at $35 a month for insured residents.\n\nThe law takes effect on January 1.\n\n###\n\nShare this page\nPrint\n\nLast Modified: 03/03/2027",
		[]string{"Home » Newsroom » Press Releases", "FOR IMMEDIATE RELEASE", "March 3, 2027", "###", "Share this page", "Print", "Last Modified: 03/03/2027"}},
	{"cable news live blog: updates header, relative stamps, an entry time with a date and a contributor line",
		"Live Updates\nLast updated: 10:35 AM ET, Tue March 3, 2027\n\nSenate passes stopgap bill hours before shutdown deadline\n\n2 min ago\n\nThe Senate passed a stopgap spending bill by 77 votes to 19 on Tuesday morning.\n\nFrom KTV's Jane Morrow and Sam Ortiz\n\n10:12 a.m. ET, March 3, 2027\n\nThe House is expected to vote on the bill this afternoon.\n\nJust now",
		[]string{"Live Updates", "Last updated: 10:35 AM ET, Tue March 3, 2027", "2 min ago", "From KTV's Jane Morrow and Sam Ortiz", "10:12 a.m. ET, March 3, 2027", "Just now"}},
	{"newspaper live blog: entry times with a.m. and a pinned post",
		"Pinned post\n\n9.45am\n\nFerry services to the islands are cancelled for a second day because of the storm, the operator said.\n\n9.12am\n\nThe coastguard rescued two fishermen overnight.\n\nUpdated 14 mins ago",
		[]string{"Pinned post", "9.45am", "9.12am", "Updated 14 mins ago"}},
	{"magazine reading tools: gift, save, listen and comment count with new replies",
		"Gift this article\nSave article\nListen\n\nThe city's plan to charge drivers to enter the centre has survived a court challenge, a judge ruled on Friday.\n\n14 Comments / 3 New\n\nDownload the Metro Weekly app\n\nJoin our WhatsApp channel",
		[]string{"Gift this article", "Save article", "Listen", "14 Comments / 3 New", "Download the Metro Weekly app", "Join our WhatsApp channel"}},
	{"Canadian wire: first-published line and an update note",
		"TORONTO — The province will hire 3,000 nurses over two years, the health minister announced Thursday.\n\nThe plan will cost $900 million.\n\nThis report by The Maple Press was first published March 3, 2027.\n\nUpdate, March 3, 2027, 4:20 PM ET: Added comment from the nurses' union.",
		[]string{"This report by The Maple Press was first published March 3, 2027.", "Update, March 3, 2027, 4:20 PM ET: Added comment from the nurses' union."}},
	{"African agency: lower-case byline role, photo credit after a bar and a newsletter inbox line",
		"By political reporter Amina Bello\n\nABUJA — The electoral commission has fixed the governorship elections for November 14, its chairman said on Monday.\n\nVoters queue at a polling unit in Kano. | Photo Credit: NAN\n\nGet the day's top stories delivered to your inbox\n\nThe commission said 93 million people had registered.\n\n— NAN",
		[]string{"By political reporter Amina Bello", "Voters queue at a polling unit in Kano.", "| Photo Credit: NAN", "Get the day's top stories delivered to your inbox", "— NAN"}},
	{"radio interview transcript: an editing note after the introduction",
		"Backbench MPs threaten to vote down water bill\n\nFourteen backbench MPs signed a letter on Friday saying they would not vote for the bill.\n\nThis transcript has been edited for length and clarity.\n\nHOST: Why did you sign the letter?\n\nKORCHINSKI: Because we promised voters there would be no bulk exports.",
		[]string{"This transcript has been edited for length and clarity."}},
	{"a colon after a common word or a person's name opening a paragraph is no dateline",
		"Warning: The council said on Monday that the river could burst its banks overnight.\n\nSmith: The minister told parliament he would resign if the bill failed.",
		nil},
	{"prose that names a reporter, a bracketed aside and a watch imperative stays prose",
		"Ivan Petrov is a reporter for the Gazette who was arrested in May. He denies the charges.\n\n(The company did not respond to a request for comment.)\n\nWatch the skies, the agency told residents near the launch site.\n\nThe court will rule on his appeal next week.",
		nil},
}

func init() { furnitureCases = append(furnitureCases, siteKindCases...) }

// agencyPageCases are pastes of an agency's story as partner sites carry
// it and of a public radio page: an archive picture's caption with its
// credit, picture tools, an entry time, an advert's prompt, an author's
// e-mail and stamps with a dash before the time.
var agencyPageCases = []furnitureCase{
	{"agency story with an archive caption, its credit and a state dateline",
		"Police arrest two after bank robbery in Dayton\n\nFILE - A police car sits outside the bank on Main Street in Dayton, Ohio, on March 2, 2027. (AP Photo/Jane Doe, File)\n\nDAYTON, Ohio (AP) — Police arrested two men on Wednesday in connection with a bank robbery that left a guard injured, officials said.\n\nAdvertisement · Scroll to continue\n\nThe guard is in stable condition.",
		[]string{"FILE - A police car sits outside the bank on Main Street in Dayton, Ohio, on March 2, 2027.", "(AP Photo/Jane Doe, File)", "Advertisement · Scroll to continue"}},
	{"public radio page with picture tools and an entry time",
		"Enlarge this image\n\ntoggle caption\n\nPosted at 14:05\n\nThe state's largest teachers' union voted on Tuesday to accept a 5% pay rise, ending a two-week strike.",
		[]string{"Enlarge this image", "toggle caption", "Posted at 14:05"}},
	{"newspaper of East Asia with spaced labels and a dash before the time, and the author's e-mail",
		"Published : Mar 3, 2027 - 15:22 Updated : Mar 3, 2027 - 17:40\n\nThe central bank kept its key rate at 3% on Thursday, citing slowing exports.\n\nBy Kim So-hee\nkimsh@herald.example",
		[]string{"Published : Mar 3, 2027 - 15:22 Updated : Mar 3, 2027 - 17:40", "By Kim So-hee", "kimsh@herald.example"}},
}

func init() { furnitureCases = append(furnitureCases, agencyPageCases...) }

// europeanPageCases are pastes in the manner of European broadcasters'
// and agencies' sites and of a financial wire: issued and updated lines
// with dates in figures, a short link, a reading time, the reporters'
// contact line and a newsletter's pitch.
var europeanPageCases = []furnitureCase{
	{"broadcaster's issued line, agency stamp with dotted dates, short link and reading time",
		"Issued on: 03/03/2027 - 14:22\n\nJane Doe |03.03.2027 - Update : 03.03.2027\n\nhttps://p.example.com/p/4abc\n\nReading time: 3 min\n\nLink copied\n\nThe parliament approved the budget on Tuesday by 210 votes to 150, the speaker said.",
		[]string{"Issued on: 03/03/2027 - 14:22", "Jane Doe |03.03.2027 - Update : 03.03.2027", "https://p.example.com/p/4abc", "Reading time: 3 min", "Link copied"}},
	{"financial wire's contact line and newsletter pitch",
		"The bank cut its forecast for growth to 1.2% on Thursday, citing weaker exports.\n\nTo contact the reporter on this story: Jane Doe in London at jdoe@wire.example\n\nGet a look at the day ahead in markets with the Morning Bid newsletter. Sign up here.\n\nTap here to follow our live coverage\n\nRepublish this article",
		[]string{"To contact the reporter on this story: Jane Doe in London at jdoe@wire.example", "Get a look at the day ahead in markets with the Morning Bid newsletter.", "Sign up here.", "Tap here to follow our live coverage", "Republish this article"}},
}

func init() { furnitureCases = append(furnitureCases, europeanPageCases...) }

// councilPageCases are a local democracy reporter's story and a
// ministry's media statement, with a body's name heading the page.
var councilPageCases = []furnitureCase{
	{"local democracy story with a call for comments, a channel pitch and a bio with its role capitalised",
		"Council approves new cycle lanes\n\nBy Rhys Morgan\nLocal Democracy Reporting Service\nTuesday, 3 March 2027, 5:12 pm\n\nCouncillors in Tremont have approved plans for 12 miles of new cycle lanes, despite objections from traders.\n\nHave your say in the comments below.\n\nWant more stories like this? Subscribe to our WhatsApp channel.\n\nRhys Morgan is a Local Democracy Reporter covering Tremont Council.",
		[]string{"By Rhys Morgan", "Local Democracy Reporting Service", "Tuesday, 3 March 2027, 5:12 pm", "Have your say in the comments below.", "Want more stories like this?", "Subscribe to our WhatsApp channel.", "Rhys Morgan is a Local Democracy Reporter covering Tremont Council."}},
	{"ministry's media statement with its name, page type and date above the headline, and a contact line",
		"Ministry of Health\nMedia statement\n3 March 2027\n\nMinister announces free flu vaccines for over-60s\n\nThe Minister of Health, Dr Anaru Tane, today announced that flu vaccines will be free for everyone aged over 60 from April.\n\nContact: Press Secretary, 021 555 0199\nTags: Health, Vaccines",
		[]string{"Ministry of Health", "Media statement", "3 March 2027", "Contact: Press Secretary, 021 555 0199", "Tags: Health, Vaccines"}},
	{"a short headline naming a body above the lead stays prose",
		"Bank of England\n\nThe Bank of England held interest rates at 4% on Thursday.",
		nil},
}

func init() { furnitureCases = append(furnitureCases, councilPageCases...) }

// sportAndLiveCases are a match report's supply line and a live blog's
// share bar that names the channel X.
var sportAndLiveCases = []furnitureCase{
	{"press release contact block under its heading",
		"The firm will open a plant in Derby in May, creating 300 jobs.\n\nMedia contact:\nAnya Holt, Head of Communications\n+44 20 7946 0321\n\nThe plant will make batteries.",
		[]string{"Media contact:", "Anya Holt, Head of Communications", "+44 20 7946 0321"}},
	{"match report supplied by an agency",
		"Substitute Daniel Obi scored in the 89th minute as Halden Rovers beat Wexford City to go top of the table.\n\nReport supplied by Press Association.",
		[]string{"Report supplied by Press Association."}},
	{"live blog entry and a share bar naming X",
		"14:20\n\nThe opposition leader called the budget a con and said her party would vote against it.\n\nShare\nEmail\nFacebook\nX",
		[]string{"14:20", "Share", "Email", "Facebook", "X"}},
}

func init() { furnitureCases = append(furnitureCases, sportAndLiveCases...) }

// authorLineCases are bylines without "By" over a time stamp, and one
// that opens with "Posted by".
var authorLineCases = []furnitureCase{
	{"newspaper byline with the place the author writes from over a stamp",
		"EU agrees to delay car emissions rules\n\nJennifer Holm in Brussels\nTue 3 Mar 2027 10.12 GMT\n\nThe European Union agreed on Tuesday to delay new emissions rules for carmakers by two years.",
		[]string{"Jennifer Holm in Brussels", "Tue 3 Mar 2027 10.12 GMT"}},
	{"two authors over a stamp",
		"Ana Diaz and Tom Hale\nFri 6 Aug 2027 07.00 BST\n\nThe strike at the port ended on Thursday night after a pay deal.",
		[]string{"Ana Diaz and Tom Hale", "Fri 6 Aug 2027 07.00 BST"}},
	{"posted-by byline with its date",
		"Posted by Sam Ortiz on March 3, 2027\n\nThe city council voted on Tuesday to close two fire stations to save $4 million a year.",
		[]string{"Posted by Sam Ortiz on March 3, 2027"}},
	{"a place named after a name in a line of prose stays prose",
		"Maria Lopez in Madrid\n\nThe exhibition opens on Friday and runs until June.",
		nil},
}

func init() { furnitureCases = append(furnitureCases, authorLineCases...) }

// proseLookalikeCases are sentences of stories that share words with the
// new furniture lines and must stay prose.
var proseLookalikeCases = []furnitureCase{
	{"a scam warning naming the inbox, an imperative with above and a register call in a quote stay prose",
		"Police said the fake invoices could land in your inbox at any time of day. Residents were told to report them.\n\nThe river rose above its banks on Monday night.\n\n\"Register your boat before the season starts,\" the harbour master said.",
		nil},
	{"an update that adds the story's facts stays prose",
		"The mayor spoke on Monday.\n\nUpdate, 6:20 PM: The company has now responded, saying it will appeal the ruling.\n\nHe had lived in the city for 20 years.",
		nil},
}

func init() { furnitureCases = append(furnitureCases, proseLookalikeCases...) }
