package draft

// pageTitleCases are pastes of further kinds of pages whose header or
// dateline must not become the title: a student paper's masthead, a
// dateline closed by a colon or by a point and a hyphen, a correspondent's
// name over a role line, a colon byline over stamps with a slash, a trail
// of links and a byline whose fields vertical bars set apart. None is
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
}

func init() { titleCases = append(titleCases, pageTitleCases...) }
