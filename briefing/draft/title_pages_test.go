package draft

// pageTitleCases are pastes of further kinds of pages whose header or
// dateline must not become the title: a student paper's masthead, a
// dateline closed by a colon or by a point and a hyphen, a correspondent's
// name over a role line, a colon byline over stamps with a slash, a trail
// of links, a byline whose fields vertical bars set apart, an issued line,
// an archive picture's caption, picture and reading tools, a
// ministry's name above its statement, and a kicker ("Live:",
// "TRANSCRIPT:") before the headline on the first line. None is
// copied from a real page.
var pageTitleCases = []titleCase{
	{"masthead and section above the headline", "", "The Hallam Courier\nCampus\n\nStudents' union votes to cut ties with bank over fossil fuel lending\n\nOwen Price, Deputy News Editor\nOctober 2, 2027\n\nThe students' union voted on Tuesday night to move its accounts away from a high-street bank over its lending to oil and gas firms.", "Students' union votes to cut ties with bank over fossil fuel lending"},
	{"dateline closed by a colon before the lead", "", "Varunpur: The Union Cabinet on Wednesday approved a project to link two rivers in the central region, the information minister said.", "The Union Cabinet on Wednesday approved a project to link two rivers"},
	{"dateline in capitals closed by a colon", "", "ISLAMABAD: The federal government has raised the price of petrol by 12 rupees a litre from Sunday, the finance ministry said in a notification.", "The federal government has raised the price of petrol by 12 rupees"},
	{"agency dateline closed by a point and a hyphen", "", "Villa Serena, Jun 14 (NPA).- The Senate of Costaverde approved on Friday a reform that raises the retirement age to 65, after a debate that lasted 20 hours.", "The Senate of Costaverde approved on Friday a reform"},
	{"correspondent's name over a role line", "", "Tomas Reyes\nEnvironment correspondent\n\nTwelve island states agreed on Thursday to ban deep-sea mining in their waters for ten years.", "Twelve island states agree on Thursday to ban deep-sea mining"},
	{"colon byline and a stamp with a slash above a state dateline", "", "by: Dana Whitcomb\nPosted: Mar 3, 2027 / 06:41 AM CST\n\nKEARNEY, Neb. (KNBT) — About 200 homes near a burning grain elevator were evacuated overnight, the fire chief said on Wednesday.", "About 200 homes near a burning grain elevator were evacuated overnight"},
	{"trail of links above the headline", "", "Home » Newsroom » Press Releases\n\nGovernor signs bill to cap insulin costs\n\nThe governor signed a bill on Tuesday that caps the cost of insulin at $35 a month for insured residents.", "Governor signs bill to cap insulin costs"},
	{"byline with fields set apart by bars above the lead", "", "By Marta Olsen | Mar 3, 2027 | 4 min read\n\nShipowners ordered 96 liquefied natural gas carriers last year, the most on record, a broker said on Monday.", "Shipowners ordered 96 liquefied natural gas carriers last year"},
	{"issued line with a date in figures above the lead", "", "Issued on: 03/03/2027 - 14:22\n\nThe parliament approved the budget on Tuesday by 210 votes to 150, the speaker said.", "The parliament approved the budget on Tuesday by 210 votes to 150"},
	{"archive picture's caption above an agency lead", "", "FILE - A police car sits outside the bank on Main Street in Dayton, Ohio, on March 2, 2027. (AP Photo/Jane Doe, File)\n\nDAYTON, Ohio (AP) — Police arrested two men on Wednesday in connection with a bank robbery that left a guard injured, officials said.", "Police arrested two men on Wednesday in connection with a bank robbery"},
	{"picture tools above the lead", "", "Enlarge this image\n\ntoggle caption\n\nThe state's largest teachers' union voted on Tuesday to accept a pay rise, ending a two-week strike.", "The state's largest teachers' union voted on Tuesday to accept a pay rise"},
	{"reading tools above the lead", "", "Gift this article\nSave article\nListen\n\nThe city's plan to charge drivers to enter the centre has survived a court challenge, a judge ruled on Friday.", "The city's plan to charge drivers to enter the centre has survived a court challenge"},
	{"ministry's name, page type and date above the headline", "", "Ministry of Health\nMedia statement\n3 March 2027\n\nMinister announces free flu vaccines for over-60s\n\nThe Minister of Health, Dr Anaru Tane, today announced that flu vaccines will be free for everyone aged over 60 from April.", "Minister announces free flu vaccines for over-60s"},
	{"live blog's kicker before its headline", "", "Live: Storm Ida - ferries cancelled across the north\nUpdated 3 March 2027, 10:12\n\n10:05\nFerry operator suspends crossings\nThe ferry operator Nordline said it had cancelled all crossings until Tuesday.", "Storm Ida - ferries cancelled across the north"},
	{"an agency's slug joined to its headline", "", "UPDATE 2-Chile's central bank cuts rate to 4.25%, signals long pause\n\nSANTIAGO, June 17 (Meridian) - Chile's central bank cut its benchmark interest rate by 25 basis points to 4.25% on Wednesday.", "Chile's central bank cuts rate to 4.25%, signals long pause"},
	{"transcript's kicker before its title, a place and date below", "", "TRANSCRIPT: Press briefing by the Minister of Finance on the budget\nValmora, 3 March 2027\n\nMINISTER: Good afternoon. The cabinet approved the budget this morning, and we will publish it on Friday.", "Press briefing by the Minister of Finance on the budget"},
}

func init() { titleCases = append(titleCases, pageTitleCases...) }
