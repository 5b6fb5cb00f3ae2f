package draft

import (
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing/draft/text"
	"github.com/briefdesk/briefdesk/briefing/draft/title"
)

// titleCase is a paste or page text and the title the brief should get.
type titleCase struct {
	construction string
	title        string // the source's own title (HTML title, e-mail subject), if any
	text         string
	want         string
}

// titleCases are written for this test in the manner of real pages and
// pastes; none is copied from one.
var titleCases = []titleCase{
	{"a lead that ends on the adverb a copula takes, no headline", "", "The Coastal Cooperation Council (CCC) summit is over. The member states signed a declaration on fishing.", "The Coastal Cooperation Council summit is over"},
	{"headline line heading the text", "", "Rail fares to rise by 5% in January\n\nRail fares in England will rise by 5% from January, the government has confirmed.", "Rail fares to rise by 5% in January"},
	{"tabloid headline of a quotation and a sentence over its byline", "", "'I'll finish if I have to walk!' Teary Duchess of Kendal vows to run London Marathon for sick children as she wins hearts at Sheffield hospice\n\nBy HARRIET COLE, ROYAL CORRESPONDENT\nPUBLISHED: 08:12 GMT, 12 February 2026 | UPDATED: 10:47 GMT, 12 February 2026\n\nThe Duchess of Kendal fought back tears yesterday as she met ill children at a hospice.", "'I'll finish if I have to walk!' Teary Duchess of Kendal vows to run London Marathon for sick children as she wins hearts at Sheffield hospice"},
	{"headline in quotation marks", "", "Bank 'to cut 2,000 jobs'\n\nA leading bank is to cut 2,000 jobs over the next year, staff have been told.", "Bank 'to cut 2,000 jobs'"},
	{"headline asking a question", "", "Is the four-day week here to stay?\n\nMore firms are trying a four-day week, a survey of 500 employers suggests.", "Is the four-day week here to stay?"},
	{"headline after a byline line", "", "By Clare Hollis, Political Editor\nMinisters agree to scrap the housing levy\n\nMinisters have agreed to scrap a levy on new homes after a revolt by backbench MPs.", "Ministers agree to scrap the housing levy"},
	{"headline after a live-blog header", "", "Live\n\nStorm Elin hits the west coast\n\nWinds of up to 90mph have struck the west coast, cutting power to thousands of homes.", "Storm Elin hits the west coast"},
	{"page title with the site's name", "Council bans cars from the old town | Daily Mail Online", "The council voted on Tuesday to ban cars from the old town from next summer.", "Council bans cars from the old town"},
	{"page title with a broadcaster's name", "Drought declared in six counties - BBC News", "A drought has been declared in six counties after the driest spring for 50 years.", "Drought declared in six counties"},
	{"subject line of a pasted e-mail's header", "", "From: Nadia Hale, Chief Executive\nTo: All colleagues\nDate: Tuesday 7 October 2025, 07:30\nSubject: RE: A simpler Brightwell\n\nDear colleagues,\n\nYesterday the Board approved a plan to simplify the company.", "A simpler Brightwell"},
	{"e-mail subject", "Port strike called off after pay deal", "Dock workers have called off a strike after accepting a pay offer of 7%.", "Port strike called off after pay deal"},
	{"page title with a dash inside", "Brexit - what next for farmers", "Farmers are waiting to hear how subsidies will be paid after the transition.", "Brexit - what next for farmers"},
	{"document code on the first line", "", "SG/SM/21566\n\nThe Secretary-General welcomed the ceasefire agreed by the two parties on Sunday and urged them to respect it.", "The Secretary-General welcomed the ceasefire agreed by the two parties on Sunday"},
	{"press release reference line", "", "REF 2023/114\n\nThe agency has approved a new vaccine for children under five, it said on Friday.", "The agency has approved a new vaccine for children under five"},
	{"a company's results headline listing its topics", "", "Brackwater Group plc: Half-year results, restructuring programme and share buyback\n\nRNS Number: 4471T\nBrackwater Group plc\n7 December 2026\n\nBrackwater Group plc (\"Brackwater\" or \"the Group\"), the industrial components manufacturer, today announces its unaudited results for the six months ended 31 October 2026.", "Brackwater Group plc: Half-year results, restructuring programme and share buyback"},
	{"wire dateline before the lead", "", "WASHINGTON (Reuters) - The Senate passed a bill on Thursday to fund the government until March, averting a shutdown.", "The Senate passed a bill on Thursday"},
	{"city dateline with an en dash", "", "Rabat – Morocco and Spain signed a deal on Monday to build a power line under the strait.", "Morocco and Spain sign a deal on Monday"},
	{"tabloid byline and stamps before the lead", "", "By . Harriet Cole . PUBLISHED: . 09:14 EST, 12 March 2014 . | . UPDATED: . 11:02 EST, 12 March 2014 . A council has banned ice-cream vans from parking outside three primary schools in Leeds.", "A council has banned ice-cream vans from parking outside three primary schools"},
	{"caption run into the lead", "", "Barry Hale, 48, lost his case at the Court of Appeal Millions of motorists could face higher parking fines after a ruling on Wednesday.", "Millions of motorists could face higher parking fines after a ruling"},
	{"a firm described between commas before its pledge", "", "Greenhallow, a supermarket chain, has pledged to pay its smaller suppliers within 14 days.\n\nThe company said on Tuesday that about 2,300 suppliers would move to the new terms.", "Greenhallow pledges to pay its smaller suppliers within 14 days"},
	{"states listed before their agreement", "", "Arland, Belova and Corso have agreed to reopen the border by June.\n\nThe ministers said on Tuesday that trade would resume.", "Arland, Belova and Corso agree to reopen the border by June"},
	{"a body with a \"whose\" clause listing its members, two pledges and a participle after the first", "", "PRESS RELEASE\n\nGenoa, 21 April 2026 - The Aurora Shipping Alliance, whose members Corliss Line, Oristano Container Lines (OCL) and Kaibo Shipping operate about 640 container ships, today pledged to cut greenhouse gas emissions per container moved by 45% by 2030, compared with 2024 levels, and to reach net-zero emissions across its fleet by 2045.\n\nThe three carriers have signed contracts for 24 ships.", "The Aurora Shipping Alliance pledged to cut greenhouse gas emissions per container moved by 45%"},
	{"a firm's name the tagger took for an adverb, a long lead after it", "", "Eleanor Marsh, Retail Correspondent\nTue 25 Mar 2025 18.40 GMT\n\nGreenhallow, Britain's fifth-largest supermarket chain, has pledged to pay its smaller suppliers within 14 days of delivery from the start of next month, after a winter of protests by dairy and vegetable farmers who said late payments were pushing them towards bankruptcy.\n\nThe company said on Tuesday that about 2,300 suppliers would move to the new terms.", "Greenhallow pledges to pay its smaller suppliers within 14 days of delivery"},
	{"a caption glued to the lead under it", "", "19 May 2026\n\nShare\n\nImage caption, Foreign Minister Teodor Vasku (left) and his counterpart Amina Rasul exchanged the signed texts in PorvaCitizens of Orlenia and Valtara will be able to visit each other's country without a visa from 1 July.\n\nThe agreement covers tourism and family visits.", "Citizens of Orlenia and Valtara will be able to visit each other's country without a visa"},
	{"scroll prompt before the lead", "", "Scroll down for video\n\nA fox has been rescued from the roof of a block of flats in south London.", "A fox has been rescued"},
	{"a release's long headline over its bullets and dateline", "", "Calveron Therapeutics Announces Positive Phase 3 Results for CLV-204 in Generalized Myasthenia Gravis and Exclusive License Agreement with Hoshida Pharma for Japan and Asia\n\n- ARC-MG trial met its primary endpoint at Week 24\n- Hoshida to pay $120 million upfront\n\nBOSTON and TOKYO, Oct. 5, 2026 /PRNewswire/ -- Calveron Therapeutics, Inc. today announced positive topline results from its Phase 3 trial.\n\nThe company will present the data this month.", "Calveron Therapeutics Announces Positive Phase 3 Results for CLV-204 in Generalized Myasthenia Gravis and Exclusive License Agreement with Hoshida Pharma for Japan and Asia"},
	{"agency tag fused to the lead", "", "(CNN)The Palestinian Authority became the newest member of the court on Wednesday, a move that gives it a new way to press claims.", "The Palestinian Authority became the newest member of the court"},
	{"lead with a relative clause", "", "A fugitive militant leader, who escaped from prison in 2019, has been arrested in Turkey, officials said.", "A fugitive militant leader has been arrested in Turkey"},
	{"lead with an appositive", "", "Jane Ortiz, the head of the port authority, resigned on Friday over the collapse of a crane.", "Jane Ortiz resigned on Friday over the collapse of a crane"},
	{"lead with an age", "", "Tom Baines, 34, was jailed for six years on Monday for a string of burglaries in Hull.", "Tom Baines was jailed for six years on Monday"},
	{"lead with an attribution tail", "", "Ten former directors of the firm have agreed to pay $54m to settle a class action lawsuit, reports say.", "Ten former directors of the firm agree to pay $54m"},
	{"lead with according to", "", "Car sales fell for the fourth month in a row in May, according to figures from the industry body.", "Car sales fell for the fourth month in a row in May"},
	{"lead with a bracketed conversion", "", "The company made a profit of $1.2bn (£600m) in the three months to December.", "The company made a profit of $1.2bn in the three months"},
	{"lead with an introductory phrase", "", "On Monday, the French government announced a new budget that cuts spending on defence.", "The French government announced a new budget that cuts spending on defence"},
	{"lead reported with that", "", "Police said that a man had been arrested after a car was driven into a shop window.", "A man had been arrested after a car was driven"},
	{"lead with a commitment", "", "The two governments pledged on Tuesday to double trade within five years to boost growth.", "The two governments pledge on Tuesday to double trade within five years"},
	{"long lead cut at a phrase", "", "Thousands of people gathered in the main square of the capital on Saturday evening to protest against a new law on foreign funding of charities.", "Thousands of people gathered in the main square of the capital"},
	{"lead after a quotation teaser", "", "\"We never thought it would happen here,\" said one neighbour.\n\nA sinkhole twenty metres wide opened in a street in Leeds on Sunday, swallowing two cars.", "A sinkhole twenty metres wide opened in a street in Leeds"},
	{"lead after a question teaser", "", "What happens when the money runs out? The city council has warned it may go bankrupt within a year without help from the government.", "The city council has warned it may go bankrupt within a year"},
	{"lead with a semicolon", "", "The strike has ended; workers will return on Monday after a deal on overtime pay.", "The strike has ended"},
	{"headline line with an exclamation", "", "Goal of the season!\n\nA teenager scored from the halfway line on Saturday to win the match for the home side.", "Goal of the season!"},
	{"long lead whose object holds a comparison", "", "Manchester City have been charged by the Premier League with more than 100 breaches of its financial rules, following a four-year investigation.", "Manchester City have been charged by the Premier League"},
	{"long lead with a price in the object", "", "Police in Lyon have arrested three men suspected of stealing paintings worth €2m (£1.7m) from a private gallery, prosecutors said on Friday.", "Police in Lyon have arrested three men suspected of stealing paintings"},
	{"formal heading of an agreement too long to be a title whole", "", "AGREEMENT BETWEEN THE REPUBLIC OF ARDMORE AND THE KINGDOM OF VELSIA ON COOPERATION IN FISHERIES MANAGEMENT AND THE PREVENTION OF ILLEGAL, UNREPORTED AND UNREGULATED FISHING\n\nThe Parties have agreed as follows.", "Agreement Between the Republic of Ardmore and the Kingdom of Velsia"},
	{"title over a line that only dates the document", "", "Leaders' Communiqué\n\nHalifax, 16 June 2026\n\n1. We, the leaders of seven states, met in Halifax to address the challenges facing the global economy.", "Leaders' Communiqué"},
	{"heading in capitals under a masthead and a date", "", "Kelby Minerals plc\n9 February 2026\n\nRECOMMENDED MERGER OF KELBY MINERALS PLC AND VELSIA MINING S.A.\n\nThe boards of Kelby Minerals plc and Velsia Mining S.A. are pleased to announce that they have agreed to merge.", "Recommended Merger of Kelby Minerals PLC and Velsia Mining S.A."},
	{"wire dateline with an em dash and a vote", "", "WASHINGTON (AP) — The Senate on Tuesday approved a $95 billion aid package for Ukraine, Israel and Taiwan, sending the measure to the House.", "The Senate on Tuesday approved a $95 billion aid package"},
	{"long subject and an object measured with of", "", "The gap between the country's exports and imports hit an all-time high of $98.4bn in 2019, official figures show.", "The gap between the country's exports and imports hit an all-time high"},
	{"an infinitive right after the verb and its adverb completes it", "", "Track maintenance workers at Eskara Rail Infrastructure voted overwhelmingly to reject the company's latest pay offer, their union said on Thursday, raising the prospect of the first strikes on the country's rail network since 2019.", "Track maintenance workers voted overwhelmingly to reject the company's latest pay offer"},
	{"lead with a clause that completes the verb", "", "A bank has been banned from suing the collapsed food group over the losses of its investors in 2003.", "A bank has been banned from suing the collapsed food group"},
	{"statement before the figures that show it", "", "Exports of wine rose by a fifth last year, official figures show. Producers credited a weaker currency.", "Exports of wine rose by a fifth last year"},
	{"clause the parser split from its subject", "", "A pensioner has won £2,000 after a parking firm fined her for stopping to help a fallen cyclist.", "A pensioner has won £2,000"},
	{"author's name over a time stamp", "", "Ben Arkwright\nMon 4 May 2015 12.29 BST\n\nRail fares rose by 3% on Monday in the steepest rise for a decade. Passengers groups called it unfair.", "Rail fares rose by 3% on Monday in the steepest rise"},
	{"long first line is the lead, not a headline", "", "The government has published plans to build 300,000 homes a year in England by the middle of the next decade, with new towns planned in the south east\n\nCritics say the target is too high.", "The government has published plans to build 300,000 homes a year"},
	{"lead whose verb takes two objects", "", "The Dutch government is to give its struggling flower growers 40m euros (£34m) in aid to help them cope with rising energy bills.", "The Dutch government is to give its struggling flower growers 40m euros"},
	{"lead whose verb takes a gerund", "", "Kenya's treasury has confirmed it is considering cutting the tax on cooking gas by as much as half.", "Kenya's treasury has confirmed it is considering cutting the tax"},
	{"lead whose subject ends in a full name", "", "The spending plans drawn up by the team of New York Mayor Eric J Adams are deeply unpopular.", "The spending plans drawn up by the team of New York Mayor Eric J Adams are deeply unpopular"},
	{"lead whose object counts part of a whole", "", "Ashworth Borough Council voted on Tuesday night to shut three of its nine leisure centres and raise burial fees by a fifth.", "Ashworth Borough Council voted on Tuesday night to shut three of its nine leisure centres"},
	{"lead with an adjective list in quotation marks", "", "Union leaders have held \"frank, useful and cordial\" talks with the owners of the steelworks, a spokesman has said.", "Union leaders have held frank, useful and cordial talks"},
	{"lead with an attribution after a participle aside", "", "Danish drugmaker Halvik will open a £300m research centre near Cambridge, creating 700 jobs, the company said on Monday.", "Danish drugmaker Halvik will open a £300m research centre near Cambridge"},
	{"lead whose verb needs its complement", "", "Asian stocks slipped on Wednesday after the Bank of Japan signalled that borrowing costs would remain low for the rest of the year, and traders sold exporters.", "Asian stocks slipped on Wednesday"},
	{"commitment whose object follows its date", "", "The presidents of Arcadia and Bellmont agreed on Thursday to a truce along their shared southern frontier, ending a month of shelling.", "The presidents of Arcadia and Bellmont agreed on Thursday to a truce"},
	{"subject with a relative clause before a phrase of time", "", "A former school bursar who took more than £80,000 from parents over four years was jailed for three years at Lincoln Crown Court on Friday.", "A former school bursar was jailed for three years"},
	{"commitment with a bracketed conversion", "", "Eight former trustees of the charity have agreed to pay $12m (£9.4m), including $3m from their own savings, to settle a lawsuit.", "Eight former trustees of the charity agree to pay $12m"},
	{"name set off by commas after an office", "", "The head of the county's ambulance service, Priya Shah, has promised to cut waiting times within a year.", "The head of the county's ambulance service has promised to cut waiting times"},
	{"commitment verb before its infinitive", "", "The head of Northshire Fire Service, Amit Rao, has vowed to review every tower block in the county after a fire on Sunday.", "The head of Northshire Fire Service has vowed to review every tower block"},
	{"page-type label above the headline", "", "Press release\n\nCoastguard station to close as rescue teams move to Hartlepool\n\nTransport minister confirms the move and £12 million for new boats.\n\nThe coastguard station at Whitby will close next year, the minister said on Monday.", "Coastguard station to close as rescue teams move to Hartlepool"},
	{"document code, date and page type above the headline", "", "GA/12877\n3 June 2030\nMeetings Coverage\n\nGeneral Assembly Adopts Ocean Treaty, Opens It for Signature in September\n\nThe General Assembly today adopted a treaty on the protection of the high seas without a vote.", "General Assembly Adopts Ocean Treaty, Opens It for Signature in September"},
	{"opinion label above the headline", "", "Opinion\nThe four-day week deserves a fair trial\n\nFirms that tried a shorter week last year kept their output and lost fewer staff, a study found.", "The four-day week deserves a fair trial"},
	{"tabloid headline longer than a title line, above its bullets and byline", "", "Fury as water firm pays bosses £3million in bonuses while pouring sewage into rivers on 400 days last year - and regulator says 'enough is enough'\n\n- Bonuses paid weeks after a record fine\n- Campaigners call for the firm to be broken up\n\nBy TOM ASHWORTH FOR MAILONLINE\nPUBLISHED: 08:12 BST, 4 June 2031 | UPDATED: 10:40 BST, 4 June 2031\n\nA water company paid its bosses £3million in bonuses in a year when it poured sewage into rivers on 400 days.", "Fury as water firm pays bosses £3million in bonuses while pouring sewage into rivers on 400 days last year - and regulator says 'enough is enough'"},
	{"live blog whose key points head the text", "", "Key points\nA ferry carrying 300 people has run aground off the coast of Skye.\nAll passengers have been taken off safely.\n\nA ferry carrying 300 people ran aground off the coast of Skye early on Saturday, the coastguard said.", "A ferry has run aground off the coast of Skye"},
}

func TestTitleCases(t *testing.T) {
	if len(titleCases) < 30 {
		t.Fatalf("only %d title cases", len(titleCases))
	}
	for _, tc := range titleCases {
		t.Run(tc.construction, func(t *testing.T) {
			b, err := Draft(tc.text, Options{Title: tc.title, Published: time.Date(2015, 5, 1, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			if b.Title != tc.want {
				t.Errorf("title %q, want %q", b.Title, tc.want)
			}
			if tc.title == "" && !strings.Contains(strings.ToLower(tc.text), strings.ToLower(strings.TrimRight(b.Title, "?!"))) && !text.HasVerb(strings.Fields(b.Title)) {
				t.Errorf("built title %q has no verb: a cut-off phrase", b.Title)
			}
			if f := strings.Fields(b.Title); tc.title == "" && (title.DanglingEnds[strings.Trim(f[len(f)-1], ",;:")] && !endsSentenceIn(tc.text, f) || title.Unbalanced(b.Title)) {
				t.Errorf("built title %q is cut off", b.Title)
			}
			if !text.Wordy(b.Title) {
				t.Errorf("title %q is not made of words", b.Title)
			}
			for _, f := range b.Source.Furniture {
				if sp, ok := text.MailSubject(tc.text); ok && f.Start <= sp.Start && sp.End <= f.End {
					continue // a message's subject line is its own title
				}
				if strings.Contains(b.Source.SpanText(f), b.Title) {
					t.Errorf("title %q comes from furniture %q", b.Title, b.Source.SpanText(f))
				}
			}
		})
	}
}

// endsSentenceIn reports whether the last two of title words f close a
// sentence of src ("is over."): the title stops where the sentence does.
func endsSentenceIn(src string, f []string) bool {
	return len(f) > 1 && strings.Contains(src, strings.Join(f[len(f)-2:], " ")+".")
}
