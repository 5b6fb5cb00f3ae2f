package summary

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

func summaryTexts(t *testing.T, text string) []string {
	t.Helper()
	d := drafttest.Page(t, text, "2020-08-31")
	var out []string
	for _, it := range Items(d) {
		if len(it.Spans) == 0 {
			t.Fatalf("item %q has no spans", it.Text)
		}
		in := -1
		for k, s := range d.Sentences {
			if s.Contains(it.Spans[0]) {
				in = k
			}
		}
		for _, sp := range it.Spans {
			if in < 0 || !d.Sentences[in].Contains(sp) {
				t.Errorf("item %q: span %v is not inside the sentence of its first span", it.Text, sp)
			}
		}
		out = append(out, it.Text)
	}
	return out
}

func TestSummaryOfLongSentencesIsThreeItems(t *testing.T) {
	text := drafttest.Paragraphs(
		"The central bank raised interest rates by half a point on Thursday, the largest rise in a decade, to curb inflation.",
		"Mortgage lenders said they would pass the rise on to borrowers within weeks, adding about £60 a month to a typical loan.",
		"Shares in house builders fell sharply after the decision, with the sector losing about 4% of its value by the close.",
		"Business groups warned that the higher cost of borrowing would delay investment in new factories and equipment.",
		"Unions called for wage rises to match the cost of living as food and energy bills continued to climb.",
		"The bank's governor said further rises could not be ruled out if inflation stayed high into the spring.")
	got := summaryTexts(t, text)
	if len(got) != fullSummarySentences {
		t.Errorf("%d items, want %d (a fourth only when the first three are short): %q", len(got), fullSummarySentences, got)
	}
	d := drafttest.Doc(t, text, "2020-08-31")
	d.SummaryWords = 200
	if long := Items(d); len(long) <= fullSummarySentences {
		t.Errorf("a longer summary asked for has %d items", len(long))
	}
}

func TestMostlyQuoted(t *testing.T) {
	tests := []struct {
		construction, sentence string
		want                   bool
	}{
		{"no quotation", "The two leaders discussed trade and security on Monday.", false},
		{"a quoted phrase", "The minister called the report \"deeply flawed\" on Monday.", false},
		{"a speaker's words in curly marks", "The two discussed the “development of bilateral relations in all areas, including trade and culture,” a statement said.", true},
		{"a speaker's words in straight marks", "\"We will not give up on this town or its people,\" said the mayor.", true},
		{"a quoted clause in a longer sentence", "He told reporters outside the court on Friday that the deal was \"a good start, but only a start,\" and left.", false},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			if got := mostlyQuoted(tt.sentence); got != tt.want {
				t.Errorf("mostlyQuoted(%q) = %v, want %v", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestQuoteOrQuestion(t *testing.T) {
	tests := []struct {
		construction, sentence string
		want                   bool
	}{
		{"a quotation opening the sentence", "\"We will not give up,\" said the mayor.", true},
		{"a question", "Will the bank cut rates again?", true},
		{"the last sentence of a quotation of two", "We are not bluffing,\" she told reporters at the ministry.", true},
		{"the last sentence of a quotation of two in curly marks", "We will not wait for ever,” the minister added.", true},
		{"a quoted phrase inside a statement", "The union called the offer \"an insult\" and walked out.", false},
		{"a statement", "The workers' union rejected the offer on Monday.", false},
		{"short names in quotation marks inside brackets", "Harlow Foods plc (\"Harlow\", \"the Company\") today announces its interim results.", false},
	}
	for _, tt := range tests {
		if got := quoteOrQuestion(tt.sentence); got != tt.want {
			t.Errorf("%s: quoteOrQuestion(%q) = %v, want %v", tt.construction, tt.sentence, got, tt.want)
		}
	}
}

func TestQuotationWeight(t *testing.T) {
	tests := []struct {
		construction, sentence string
		want                   float64
	}{
		{"no quotation", "The two leaders discussed trade and security on Monday.", 1},
		{"a quoted phrase inside a report", "The minister called the report \"deeply flawed\" and ordered a review.", partQuotedWeight},
		{"a quoted phrase in curly marks", "An executive said the ruling “dramatically transforms” the lawsuit.", partQuotedWeight},
		{"a quotation opening the sentence", "\"We are nearer than we have ever been,\" said the mediator, who led the talks.", quoteWeight * quotedWeight},
		{"a question", "Will the bank raise its rates again before the end of the year?", quoteWeight},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			x := make([]float64, numFeatures)
			x[fQuote] = flag(quoteOrQuestion(tt.sentence))
			x[fQuoted] = flag(mostlyQuoted(tt.sentence))
			if got := quotationWeight(x, tt.sentence); got != tt.want {
				t.Errorf("quotationWeight(%q) = %v, want %v", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestSummaryLeadIsNotATeaser(t *testing.T) {
	tests := []struct{ construction, text, want string }{
		{"quotation first",
			drafttest.Paragraphs("\"We have been waiting for this for ten years,\" said one resident.",
				"The council approved a new bridge over the river on Tuesday after a decade of delays.",
				"Work will start in the spring and cost £12m."),
			"The council approved a new bridge over the river on Tuesday after a decade of delays."},
		{"question first",
			drafttest.Paragraphs("Is this the end of the cheap flight?",
				"Three airlines raised their fares by a fifth on Monday, blaming the price of fuel.",
				"Passengers groups called the rise unfair."),
			"Three airlines raised their fares by a fifth on Monday, blaming the price of fuel."},
		{"short teaser first",
			drafttest.Paragraphs("It was a long night.",
				"Rescuers pulled fourteen miners from a flooded pit in Silesia early on Sunday, officials said.",
				"Two men are still missing."),
			"Rescuers pulled fourteen miners from a flooded pit in Silesia early on Sunday."},
		{"a photo's caption first",
			drafttest.Paragraphs("Quake kills dozens in northern Syria", "Rescue workers and neighbours search the rubble of the covered market in the old city of Hama on Sunday morning",
				"An earthquake of magnitude 6.1 killed at least 40 people in northern Syria on Sunday.",
				"Hundreds more were injured."),
			"An earthquake of magnitude 6.1 killed at least 40 people in northern Syria on Sunday."},
		{"a label above the lead",
			drafttest.Paragraphs("Markets rally as rate cut looms", "Traders watch the screens on the floor of the stock exchange in Frankfurt as the index climbs on Monday afternoon",
				"Shares in Europe rose for a fifth day on Monday as investors bet that the central bank would cut rates next month.",
				"The DAX closed 1.2% higher."),
			"Shares in Europe rose for a fifth day on Monday as investors bet that the central bank would cut rates next month."},
		{"a lead that lost its full stop",
			drafttest.Paragraphs("Deficit hits record", "The trade deficit widened by more than expected in October, hitting a record after higher oil prices raised the cost of imports",
				"The shortfall was $55.5bn, up 9% from September.",
				"Exports fell for a second month."),
			"The trade deficit widened by more than expected in October, hitting a record after higher oil prices raised the cost of imports"},
		{"the name of a case first",
			drafttest.Paragraphs("Marine Workers' Union, Local 12 v. Lakeshore Ferry Services Ltd.",
				"The arbitrator awarded ferry workers a pay rise of 13.5% over four years on Friday.",
				"The union had sought more."),
			"The arbitrator awarded ferry workers a pay rise of 13.5% over four years on Friday."},
		{"plain lead",
			drafttest.Paragraphs("The central bank raised interest rates by half a point on Thursday.",
				"\"This is the right move,\" an economist said.", "Markets rose."),
			"The central bank raised interest rates by half a point on Thursday."},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			got := summaryTexts(t, tt.text)
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("summary %q, want it to open with %q", got, tt.want)
			}
			if slices.ContainsFunc(got[min(len(got), 1):], func(s string) bool { return !strings.HasSuffix(s, ".") }) {
				t.Errorf("summary %q holds a caption", got)
			}
		})
	}
}

func TestSummariseSkipsTitleBylineAndDateline(t *testing.T) {
	text := "Bank raises rates\n\nBy Jane Smith\n\nLONDON – The central bank raised interest rates on Thursday to curb inflation.\n\n" +
		"Economists said the rate rise would slow inflation. Borrowing costs will rise for households and firms."
	got := summaryTexts(t, text)
	if len(got) == 0 {
		t.Fatal("empty summary")
	}
	for _, s := range got {
		if s == "Bank raises rates" || strings.HasPrefix(s, "By Jane") || strings.HasPrefix(s, "LONDON") {
			t.Errorf("summary holds a title, byline or dateline: %q", s)
		}
	}
	if got[0] != "The central bank raised interest rates on Thursday to curb inflation." {
		t.Errorf("first item = %q, want the lead without its dateline", got[0])
	}
}

func TestSummaryLeadIsNotTheStandfirst(t *testing.T) {
	for _, tc := range []struct{ construction, text, want string }{
		{"a press release's standfirst above its sender and date",
			"Press release\n\nCoastguard station to close as rescue teams move to Hartlepool\n\n" +
				"Minister confirms closure and £12 million for new lifeboats.\n\nFrom: Department for Transport\nPublished 4 March 2031\n\n" +
				"The coastguard station at Whitby will close in 2032 and its 40 staff will move to Hartlepool, the transport minister announced today.\n\n" +
				"The department will buy six new lifeboats for the east coast.",
			"The coastguard station at Whitby will close in 2032 and its 40 staff will move to Hartlepool."},
		{"a newspaper's standfirst above its byline",
			"Ferry firm cancels winter crossings\n\nIslanders face months without a daily service after two boats fail checks.\n\nBy Ruth Ellery\n\n" +
				"The island ferry operator has cancelled all winter crossings to Hoy after two of its three boats failed safety checks on Monday.\n\n" +
				"The council said it would charter a boat for medical trips.",
			"The island ferry operator has cancelled all winter crossings to Hoy after two of its three boats failed safety checks on Monday."},
		{"a lead with no byline after it stays the lead",
			"Ferry firm cancels winter crossings\n\nThe island ferry operator has cancelled all winter crossings to Hoy after two boats failed safety checks.\n\n" +
				"The council said it would charter a boat for medical trips.",
			"The island ferry operator has cancelled all winter crossings to Hoy after two boats failed safety checks."},
	} {
		t.Run(tc.construction, func(t *testing.T) {
			got := summaryTexts(t, tc.text)
			if len(got) == 0 || got[0] != tc.want {
				t.Errorf("summary %q, want it to open with %q", got, tc.want)
			}
			for _, s := range got {
				if strings.Contains(s, "confirms closure") || strings.Contains(s, "Islanders face") {
					t.Errorf("summary %q holds the standfirst", got)
				}
			}
		})
	}
}

func TestSummaryLeadIsNotAnIntroduction(t *testing.T) {
	for _, tc := range []struct{ construction, text, want string }{
		{"a short line of context under the byline, the headline's news after it",
			"Ferry operator cancels winter crossings to Hoy after safety checks\n\nBy Ruth Ellery\n\n" +
				"About 600 islanders rely on the boats for food, post and medicine.\n\nWhat went wrong?\n\n" +
				"The island ferry operator has cancelled all winter crossings to Hoy after two of its three boats failed safety checks.\n\n" +
				"The council said it would charter a boat for medical trips.",
			"The island ferry operator has cancelled all winter crossings to Hoy after two of its three boats failed safety checks."},
		{"a short lead that shares two words with its headline stays the lead",
			"Asian banks halt dollar's slide\n\n" +
				"The dollar regained ground against Asian currencies after Korea denied selling.\n\n" +
				"Asian central banks were said to be cutting their reserves, and the dollar fell sharply.",
			"The dollar regained ground against Asian currencies after Korea denied selling."},
		{"a later sentence that leans on the one before is no lead",
			"Italy to get economic action plan\n\n" +
				"The prime minister will unveil reforms to revive growth.\n\n" +
				"He will present an economic action plan for Italy to industrialists.",
			"The prime minister will unveil reforms to revive growth."},
	} {
		t.Run(tc.construction, func(t *testing.T) {
			if got := summaryTexts(t, tc.text); len(got) == 0 || got[0] != tc.want {
				t.Errorf("summary %q, want it to open with %q", got, tc.want)
			}
		})
	}
}

func TestSummariseAvoidsRepeats(t *testing.T) {
	lead := "The central bank raised interest rates by half a point on Thursday to curb rising inflation."
	text := drafttest.Paragraphs(lead, lead, "Economists expect inflation to fall next year as borrowing slows.",
		"Shares in banks rose after the rate decision.", "The currency gained against the dollar.",
		"Mortgage lenders said they would pass the rise on to borrowers.")
	got := summaryTexts(t, text)
	n := 0
	for _, s := range got {
		if s == lead {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the repeated lead is in the summary %d times, want once: %q", n, got)
	}
}

func TestSummariseEmpty(t *testing.T) {
	d := drafttest.Doc(t, "Title only", "2020-08-31")
	if got := Items(d); got == nil || len(got) != 0 {
		t.Errorf("summarise of a one-line text = %#v, want an empty list", got)
	}
}

func TestCosine(t *testing.T) {
	tests := []struct {
		a, b []int
		want float64
	}{{[]int{1, 2}, []int{1, 2}, 1}, {[]int{1, 2}, []int{3}, 0}, {[]int{1, 2, 3, 4}, []int{3, 4}, 0.7071}, {nil, []int{1}, 0}}
	for _, tt := range tests {
		if got := cosine(tt.a, tt.b); got < tt.want-1e-3 || got > tt.want+1e-3 {
			t.Errorf("cosine(%v, %v) = %.4f, want %.4f", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSummaryTakesAPagesKeyPoints(t *testing.T) {
	for _, tc := range []struct {
		construction, text string
		want               []string
	}{
		{"a live blog's key points, not its latest entry",
			"Storm Odile live: thousands without power\n\nKey points\nAmber wind warning in force until 6pm on Saturday\n" +
				"More than 48,000 homes without power, says Westgrid\nAll ferry crossings to the islands cancelled\n\n14:32\n" +
				"Rail services suspended\n\nCoastline Rail has suspended all trains between Port Aire and Glenmorrow until 8pm.",
			[]string{"Amber wind warning in force until 6pm on Saturday", "More than 48,000 homes without power, says Westgrid",
				"All ferry crossings to the islands cancelled"}},
		{"a company's results: its lead and its financial highlights",
			"Harlow Foods plc\nInterim results for the six months ended 30 June 2026\n\n" +
				"Harlow Foods plc (\"Harlow\", \"the Company\"), the chilled food maker, today announces its interim results for the six months ended 30 June 2026.\n\n" +
				"Financial highlights\n- Revenue up 4.1% to £512.3m\n- Operating profit down 2.0% to £40.1m\n\n" +
				"Commenting on the results, Chief Executive Ana Brook said:\n\n\"It was a hard half. We won four new contracts.\"",
			[]string{"Harlow Foods plc (\"Harlow\", \"the Company\"), the chilled food maker, today announces its interim results for the six months ended 30 June 2026.",
				"Revenue up 4.1% to £512.3m", "Operating profit down 2.0% to £40.1m"}},
		{"an explainer's what-we-know list after its lead",
			"Bridge collapse: what we know\n\nWhat we know so far:\nThe bridge fell at 2am on Tuesday\nNo one was on it\n\n" +
				"A road bridge over the River Aire collapsed early on Tuesday, cutting the main route into the town. " +
				"The council has closed the road until further notice.",
			[]string{"A road bridge over the River Aire collapsed early on Tuesday, cutting the main route into the town.",
				"The bridge fell at 2am on Tuesday", "No one was on it"}},
		{"an article's key-points box after its lead",
			"Senate passes tobacco levy after Greens win health amendments\n\nPosted Tue 3 Mar 2031 at 9:12am, updated Tue 3 Mar 2031 at 11:40am\n\n" +
				"Key points:\n- The bill passed the Senate 40 votes to 29\n- The levy rises by 5% a year from July\n\n" +
				"Smokers will pay a new levy on every packet of cigarettes after the Senate passed the government's tobacco bill on Tuesday.\n\n" +
				"The health minister said the money would fund cancer clinics.",
			[]string{"Smokers will pay a new levy on every packet of cigarettes after the Senate passed the government's tobacco bill on Tuesday.",
				"The bill passed the Senate 40 votes to 29", "The levy rises by 5% a year from July"}},
		{"a box point that says what the lead says is left out",
			"Key points:\n- Smokers will pay a new levy on every packet from next year\n- The levy rises by 5% a year from July\n\n" +
				"Smokers will pay a new levy on every packet of cigarettes after the Senate passed the tobacco bill on Tuesday.\n\n" +
				"The health minister said the money would fund cancer clinics.",
			[]string{"Smokers will pay a new levy on every packet of cigarettes after the Senate passed the tobacco bill on Tuesday.",
				"The levy rises by 5% a year from July"}},
		{"a live blog's summary bullets, not its index of entries",
			"Port strike live: dockers walk out\n\nKey events\n16:05 Union rejects final offer\n14:20 Ferries diverted to Harwell\n\n" +
				"Summary\n- About 2,400 dockers at Eastport have begun a 48-hour strike over pay\n" +
				"- The port authority says 30 ships are waiting to unload\n\n16:05\nUnion rejects final offer\n\n" +
				"The dockers' union said the authority's offer of 4% was far below inflation.",
			[]string{"About 2,400 dockers at Eastport have begun a 48-hour strike over pay",
				"The port authority says 30 ships are waiting to unload"}},
		{"a live blog's summary under a two-part heading, its index of entries bulleted",
			"Port strike live: dockers walk out\n\nKey events\n- 16:05 Union rejects final offer\n- 14:20 Ferries diverted to Harwell\n\n" +
				"16:05\nSummary: what we know\n\n- About 2,400 dockers at Eastport have begun a 48-hour strike over pay.\n" +
				"- The port authority says 30 ships are waiting to unload.\n\nWe're closing the blog now.\n\n14:20\nFerries diverted to Harwell\n\n" +
				"The dockers' union said the authority's offer of 4% was far below inflation.",
			[]string{"About 2,400 dockers at Eastport have begun a 48-hour strike over pay.",
				"The port authority says 30 ships are waiting to unload.", "The dockers' union said the authority's offer of 4% was far below inflation."}},
		{"a heading with one line under it is no list",
			"Key points\nThe bridge fell at 2am on Tuesday.\n\nEngineers said the bridge had been inspected in March. " +
				"The council has closed the road until further notice.",
			nil},
	} {
		t.Run(tc.construction, func(t *testing.T) {
			got := summaryTexts(t, tc.text)
			if tc.want == nil {
				if !slices.Contains(got, "Engineers said the bridge had been inspected in March.") {
					t.Errorf("summary %q: the article's own sentences were not summarised", got)
				}
				return
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("summary %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSummaryPrefersAPositionToAQuotation(t *testing.T) {
	text := drafttest.Paragraphs(
		"Fishing talks between Norway and Iceland broke up without a deal on Monday, but officials said both sides had promised to return to the table within weeks.",
		"Delegations from the two countries spent four days on the sharing of mackerel stocks in the North Atlantic, which have shrunk by a third in a decade, according to the fisheries council.",
		"\"We are nearer than we have ever been,\" said the Danish mediator, Lars Holm, who led the talks.",
		"Iceland's fisheries minister, Helga Jonsdottir, told reporters that her country would not accept a quota below 20 percent of the catch.",
		"The quarrel began in 2010, when Iceland first set its own mackerel quota.",
		"The next round of talks will take place in Reykjavik, the officials said.")
	got := summaryTexts(t, text)
	if len(got) < 3 || slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "\"") }) ||
		!slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "20 percent") }) {
		t.Errorf("summary %q: want the minister's position, not the quotation", got)
	}
}

func TestPickTakesALeaningSentenceOnlyAfterTheOneBefore(t *testing.T) {
	// The lead, a sentence naming the chief executive, "She will publish a
	// review …" (leaning on it, ranked higher) and a fourth sentence.
	cands := []candidate{
		{terms: []int{1, 2, 3}, score: 1, words: 20},
		{terms: []int{4, 5}, score: 0.1, words: 10},
		{terms: []int{6, 7}, score: 0.5, words: 10, leans: true, after: true},
		{terms: []int{8, 9}, score: 0.2, words: 10},
	}
	for _, tc := range []struct {
		name   string
		budget int
		want   []int
	}{
		{"room for the referent and the pronoun", 100, []int{0, 3, 1, 2}},
		{"room for two items only", 35, []int{0, 3}},
	} {
		if got := pickWithin(cands, 0, tc.budget); !slices.Equal(got, tc.want) {
			t.Errorf("%s: picked %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestNeedsTheSentenceBefore(t *testing.T) {
	tests := []struct {
		construction, text string
		want               bool
	}{
		{"he as the subject", "The chief executive apologised to the families. He said the trust would publish a review.", true},
		{"she as the subject", "The minister visited the port. She will meet the union on Friday.", true},
		{"the end of a quotation of two sentences", "\"If there is no offer within 30 days, the tariff applies. We are not bluffing,\" the minister told reporters.", true},
		{"a name as the subject", "The chief executive apologised. Ms Reeve said the trust would publish a review.", false},
		{"a quotation of its own", "The union met on Monday. \"We will strike,\" its leader said.", false},
		{"a quotation with no speaker, who the sentence before names", "\"This is a fair deal,\" said the union's secretary, Dana Okafor. \"But if the company breaks its word, we will be back on the picket line.\"", true},
		{"a curly quotation with no speaker", "The union's secretary spoke on Monday. “We will be back on the picket line.”", true},
		{"the end of a quotation in single marks", "'I know how worrying this is for families. We will get every single person home,' he said.", true},
		{"a quotation in single marks with a name's apostrophe", "The union met on Monday. 'We will strike over the Jones' plan,' its leader said.", false},
		{"a quotation with a speaker after it", "The union met on Monday. \"We will be back on the picket line,\" Ms Okafor said.", false},
		{"it as the subject ranks lower but may stand", "The firm cut 300 jobs. It said sales had fallen by a third.", false},
		{"a reply of a few words", "WHELAN: Is the strike still happening? ADEYEMI: It is.", true},
	}
	for _, tt := range tests {
		d := drafttest.Doc(t, tt.text, "2020-08-31")
		if len(d.Sentences) != 2 {
			t.Fatalf("%s: %d sentences in %q", tt.construction, len(d.Sentences), tt.text)
		}
		if got := needsBefore(d, 1); got != tt.want {
			t.Errorf("%s: needsBefore = %v, want %v", tt.construction, got, tt.want)
		}
	}
}

// TestMiddleOfAQuotationNeedsTheSentenceBefore checks that a sentence in
// the middle of a quotation of three, with no mark of its own, needs the
// sentence that names the speaker.
func TestMiddleOfAQuotationNeedsTheSentenceBefore(t *testing.T) {
	d := drafttest.Doc(t, "Council President Ines Valcarcel: \"Twenty-six member states were ready. One was not. Unanimity is the rule.\"\n\nThe summit ended at midnight. Leaders went home.", "2020-08-31")
	if len(d.Sentences) != 5 {
		t.Fatalf("%d sentences", len(d.Sentences))
	}
	for si, want := range []bool{false, true, true, false, false} {
		if got := needsBefore(d, si); got != want {
			t.Errorf("sentence %d: needsBefore = %v, want %v", si, got, want)
		}
	}
}

// TestSummaryLeavesOutCaptionsThatPointAtAPicture checks that a caption
// run in among the paragraphs, which points at its picture ("pictured",
// "(right)") and ends no sentence, is no item of the summary.
func TestSummaryLeavesOutCaptionsThatPointAtAPicture(t *testing.T) {
	for _, caption := range []string{
		"Marta Kellow, 41, pictured arriving at Carlisle Crown Court on Thursday, denies 14 counts of fraud by false representation",
		"Marta Kellow, 41, (right) arriving at Carlisle Crown Court on Thursday, denies 14 counts of fraud by false representation",
	} {
		text := drafttest.Paragraphs("Property 'guru' who flaunted Dubai villa 'conned pensioners out of £2.3million', court hears",
			"A self-styled property 'guru' who posted photos of herself beside a Dubai pool conned pensioners and first-time investors out of £2.3million, a jury heard yesterday.",
			"Marta Kellow, 41, allegedly told 63 investors that their money would be used to buy and renovate terraced houses in Penrith, and promised them returns of 12 per cent a year.",
			"Instead, prosecutors say, the cash paid for a £90,000 Range Rover, a share in a villa in Dubai and more than £140,000 of designer handbags.",
			caption,
			"Kellow, of Keswick, denies 14 counts of fraud by false representation. Her husband Darren Kellow, 44, denies one count of money laundering.",
			"Opening the case, prosecutor Nicholas Ebdon told the jury that the company the couple ran from a rented office 'never owned a single brick'.")
		if got := summaryTexts(t, text); slices.ContainsFunc(got, func(s string) bool { return !strings.HasSuffix(s, ".") }) {
			t.Errorf("summary %q holds the caption %q", got, caption)
		}
	}
}
