package summary

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/figures"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

// shortenOne shortens the first sentence of text as the summary would, and
// checks that the spans it
// keeps cover exactly the words of its text.
func shortenOne(t *testing.T, text string) string {
	t.Helper()
	return shortenFirst(t, text, false)
}

// shortenFirst is shortenOne, with the dates of the text found when dated
// (published on Monday 31 August 2020); otherwise only its years count.
func shortenFirst(t *testing.T, text string, dated bool) string {
	t.Helper()
	d := drafttest.Doc(t, text, "2020-08-31")
	if len(d.Sentences) == 0 {
		t.Fatalf("no sentence in %q", text)
	}
	if dated {
		d.Dates = dates.Find(d)
	}
	d.Figures = figures.Find(d)
	s := shorten(d, 0, dates.Marks(d), "")
	var kept []string
	for _, sp := range s.spans {
		if sp.Start < d.Sentences[0].Start || sp.End > d.Sentences[0].End || sp.Start >= sp.End {
			t.Fatalf("span %v lies outside the sentence %v", sp, d.Sentences[0])
		}
		kept = append(kept, d.Text[sp.Start:sp.End])
	}
	if got, want := strings.Join(strings.Fields(strings.Join(kept, " ")), ""), strings.Join(strings.Fields(s.text), ""); !strings.EqualFold(got, want) {
		t.Errorf("the spans hold %q, the text is %q", got, want)
	}
	return s.text
}

func TestShortenDropsRemovableParts(t *testing.T) {
	tests := []struct{ construction, sentence, want string }{
		{"attribution tail with an unnamed source",
			"Thousands of textile workers will lose their jobs under the new trade rules, a charity has warned.",
			"Thousands of textile workers will lose their jobs under the new trade rules."},
		{"the number of a numbered paragraph",
			"2. The two sides agreed to complete a feasibility study for a subsea power cable by June 2027.",
			"The two sides agreed to complete a feasibility study for a subsea power cable by June 2027."},
		{"attribution tail: reports say",
			"Ten former directors have agreed to pay $54m to settle a class action lawsuit, reports say.",
			"Ten former directors have agreed to pay $54m to settle a class action lawsuit."},
		{"attribution tail with a pronoun",
			"Chinese firms would be allowed to operate fifteen oil fields in the east of the country, he confirmed.",
			"Chinese firms would be allowed to operate fifteen oil fields in the east of the country."},
		{"attribution tail: according to",
			"The decision has spread good cheer in the construction sector, according to some builders.",
			"The decision has spread good cheer in the construction sector."},
		{"attribution tail the parser attached elsewhere",
			"Both sides hope to reach a deal over state aid received by the aircraft maker and its rival Boeing, the minister said.",
			"Both sides hope to reach a deal over state aid received by the aircraft maker and its rival Boeing."},
		{"attribution tail naming the speaker stays",
			"The two sides have agreed to begin talks on ending subsidies, Trade Commissioner Peter Mandelson has announced.",
			"The two sides have agreed to begin talks on ending subsidies, Trade Commissioner Peter Mandelson has announced."},
		{"attribution tail holding the date stays",
			"The plant will close with the loss of 300 jobs, the company said on Monday.",
			"The plant will close with the loss of 300 jobs, the company said on Monday."},
		{"a recording's time stamp before a turn's label",
			"[00:01:05] HENDRIK VOSS: At the prices in the last auction, we will not build Phase 3.",
			"HENDRIK VOSS: At the prices in the last auction, we will not build Phase 3."},
		{"quotation keeps its attribution",
			"\"We will fight this ruling all the way to the highest court,\" a spokesman said.",
			"\"We will fight this ruling all the way to the highest court,\" a spokesman said."},
		{"leading according to",
			"According to the ministry, exports fell by a fifth in the first half of the year.",
			"Exports fell by a fifth in the first half of the year."},
		{"bracketed currency conversion",
			"The government wants the firm to invest 400m pesos ($136m; £72.3m) a year in improvements.",
			"The government wants the firm to invest 400m pesos a year in improvements."},
		{"bracketed acronym",
			"The World Trade Organisation (WTO) is to end its quota system on 31 December.",
			"The World Trade Organisation is to end its quota system on 31 December."},
		{"bracketed acronym the article uses later stays",
			"The World Trade Organisation (WTO) is to end its quota system on 31 December. The WTO says poor countries back it.",
			"The World Trade Organisation (WTO) is to end its quota system on 31 December."},
		{"brackets inside a quotation stay",
			"\"The language of (the law) precludes disgorgement as a remedy in this case,\" the judge wrote.",
			"\"The language of (the law) precludes disgorgement as a remedy in this case,\" the judge wrote."},
		{"aside between dashes saying what a name the summary has not named is, stays",
			"Venezuela - the world's fifth largest oil exporter - sells about 60% of its output to the United States.",
			"Venezuela - the world's fifth largest oil exporter - sells about 60% of its output to the United States."},
		{"aside between dashes after a common noun",
			"The company - founded by two brothers in a garage - sells about 60% of its output abroad.",
			"The company sells about 60% of its output abroad."},
		{"aside after a dash to the end",
			"Interest-sensitive industries will feel the pain of higher rates first - housing, cars and farming.",
			"Interest-sensitive industries will feel the pain of higher rates first."},
		{"dash before a conjunction stays",
			"The migrants who leave to seek work abroad will be young, unskilled - and plentiful.",
			"The migrants who leave to seek work abroad will be young, unskilled - and plentiful."},
		{"appositive saying who a name the summary has not named is, stays",
			"Group Menatep, the holding company that controls the oil firm, says the sale was illegal.",
			"Group Menatep, the holding company that controls the oil firm, says the sale was illegal."},
		{"non-restrictive relative clause",
			"The water company, which serves the province of Buenos Aires, wants a tariff rise of 60%.",
			"The water company wants a tariff rise of 60%."},
		{"relative clause not between a subject and its verb stays",
			"The house has webcams in each room, which can be called up on the television, connected to the computer in the hall.",
			"The house has webcams in each room, which can be called up on the television, connected to the computer in the hall."},
		{"restrictive relative clause stays",
			"The court threw out a claim that the firms had deceived smokers for decades.",
			"The court threw out a claim that the firms had deceived smokers for decades."},
		{"leading discourse adverbial",
			"However, the exchange agreed to leave the door open for talks with both bidders.",
			"The exchange agreed to leave the door open for talks with both bidders."},
		{"leading phrase adverbial",
			"In addition, the country has two costly military missions abroad to pay for.",
			"The country has two costly military missions abroad to pay for."},
		{"leading conjunction",
			"But critics argue that cutting the subsidies will hurt the poorest families.",
			"Critics argue that cutting the subsidies will hurt the poorest families."},
		{"interjected however",
			"Wine makers, however, claimed the support did not go nearly far enough.",
			"Wine makers claimed the support did not go nearly far enough."},
		{"interjected however before a conjunction keeps its comma",
			"Games typically take at least 18 months to create, however, so developers are grappling with the hardware today.",
			"Games typically take at least 18 months to create, so developers are grappling with the hardware today."},
		{"brackets written against a word stay",
			"Players of Ever[Crack] take turns through the night to keep their characters in the game.",
			"Players of Ever[Crack] take turns through the night to keep their characters in the game."},
		{"a second act of the subject after a dash stays",
			"The Duchess of Kendal fought back tears yesterday as she met seriously ill children at a Sheffield hospice - then promised to run the London Marathon to raise money for them.",
			"The Duchess of Kendal fought back tears yesterday as she met seriously ill children at a Sheffield hospice - then promised to run the London Marathon to raise money for them."},
		{"a second clause after a dash stays",
			"I have been in a long term relationship for over four years - since that began, games have become more complex.",
			"I have been in a long term relationship for over four years - since that began, games have become more complex."},
		{"leading time adverbial stays",
			"Earlier this month, a three-judge appeal court panel rejected the claim in a 2-1 decision.",
			"Earlier this month, a three-judge appeal court panel rejected the claim in a 2-1 decision."},
		{"dateline",
			"LONDON (Reuters) - The central bank raised interest rates by half a point on Thursday.",
			"The central bank raised interest rates by half a point on Thursday."},
		{"a name before an aside between dashes, holding a figure, is no dateline",
			"City – owned by the same family for fifteen years – have won six titles in the past decade.",
			"City – owned by the same family for fifteen years – have won six titles in the past decade."},
		{"text cut off after a comma",
			"Morocco's King Mohammed VI held a call with the Chinese president on Monday,",
			"Morocco's King Mohammed VI held a call with the Chinese president on Monday,"},
		{"too little left",
			"Sales fell sharply (by 40%), the firm said.",
			"Sales fell sharply (by 40%), the firm said."},
		{"relative clause holding a figure stays",
			"The scheme, which will protect about 3,200 homes, was backed by most councillors.",
			"The scheme, which will protect about 3,200 homes, was backed by most councillors."},
		{"aside between dashes holding a figure stays",
			"The company - which employs 4,000 people - will close its last factory.",
			"The company - which employs 4,000 people - will close its last factory."},
		{"bracketed amount goes",
			"The firm agreed to pay $54m (£40m) to settle the case with its shareholders.",
			"The firm agreed to pay $54m to settle the case with its shareholders."},
		{"relative clause without a figure goes",
			"The scheme, which was first put to councillors last year, was backed by most councillors.",
			"The scheme was backed by most councillors."},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			if got := shortenOne(t, tt.sentence); got != tt.want {
				t.Errorf("\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestShortenDropsAnAsideOnceTheNameIsKnown(t *testing.T) {
	tests := []struct{ construction, sentence, said, want string }{
		{"appositive after a name an earlier item gives",
			"Group Menatep, the holding company that controls the oil firm, says the sale was illegal.",
			"Group Menatep has sued the government.",
			"Group Menatep says the sale was illegal."},
		{"appositive before an auxiliary",
			"Group Menatep, the holding company that controls the oil firm, has sued the government.",
			"The holding company Group Menatep owns most of the oil firm.",
			"Group Menatep has sued the government."},
		{"aside between dashes after a name an earlier item gives",
			"Venezuela - the world's fifth largest oil exporter - sells about 60% of its output to the United States.",
			"Venezuela has offered China access to its oil reserves.",
			"Venezuela sells about 60% of its output to the United States."},
		{"appositive after a name the earlier items do not give",
			"Mara Quist, general secretary of the dockers' union, said the strike would go on.",
			"Dock workers walked out on Tuesday.",
			"Mara Quist, general secretary of the dockers' union, said the strike would go on."},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			d := drafttest.Doc(t, tt.sentence, "2020-08-31")
			if got := shorten(d, 0, dates.Marks(d), tt.said).text; got != tt.want {
				t.Errorf("\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestLeansOnPrevious(t *testing.T) {
	tests := []struct {
		construction, before, sentence string
		want                           bool
	}{
		{"named subject", "", "The oil company is keen on buying a 15% stake in the refinery.", false},
		{"personal pronoun subject", "", "It is reported to be keen on buying a 15% stake in the refinery.", true},
		{"demonstrative subject", "", "This was illegal under the treaty, the holding company says.", true},
		{"pronoun only in the object", "", "The board told them about the 15% stake in the refinery.", false},
		{"subject a pronoun possesses", "", "Its general secretary said the union would press for a pay rise.", true},
		{"subject a name possesses", "", "The union's general secretary said it would press for a pay rise.", false},
		{"noun the sentence before named", "The two firms signed an agreement on Friday.",
			"The agreement sets out three areas of work.", true},
		{"noun the sentence before did not name", "The two firms signed an agreement on Friday.",
			"The union says the plan costs too much.", false},
		{"named noun with a modifier of its own", "The two firms signed an agreement on Friday.",
			"The new agreement sets out three areas of work.", false},
	}
	for _, tt := range tests {
		t.Run(tt.construction, func(t *testing.T) {
			text, si := tt.sentence, 0
			if tt.before != "" {
				text, si = tt.before+" "+tt.sentence, 1
			}
			d := drafttest.Doc(t, text, "2020-08-31")
			if got := leansOnPrevious(d, si); got != tt.want {
				t.Errorf("leansOnPrevious(%q) = %v, want %v", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestSummaryKeepsAPronounWithItsReferent(t *testing.T) {
	article := drafttest.Paragraphs(
		"A 34-year-old man has been charged with arson after a fire destroyed a warehouse in Leeds on Sunday.",
		"Daniel Ross, of Bradford, appeared before magistrates on Thursday and was remanded in custody.",
		"He will appear at Leeds Crown Court on 2 December.",
		"Firefighters said the blaze had taken six hours to bring under control.",
		"It was the third large fire in the city this year.")
	got := summaryTexts(t, article)
	has := func(prefix string) bool {
		for _, s := range got {
			if strings.HasPrefix(s, prefix) {
				return true
			}
		}
		return false
	}
	if has("He will appear") && !has("Daniel Ross") {
		t.Errorf("a pronoun without its referent: %q", got)
	}
	if has("It was the third") && !has("Firefighters said") {
		t.Errorf("a pronoun without its referent: %q", got)
	}
}

func TestSummaryDropsASpeakerNamedBefore(t *testing.T) {
	article := drafttest.Paragraphs(
		"The two blocs have agreed to begin talks on ending subsidies to aircraft makers, Trade Commissioner Peter Mandelson has announced.",
		"Both sides hope to reach a negotiated deal on state aid within three months, Mr Mandelson said.",
		"The aircraft makers accuse each other of benefiting from illegal subsidies.")
	got := summaryTexts(t, article)
	if len(got) < 2 {
		t.Fatalf("summary %q, want at least two items", got)
	}
	if !strings.HasSuffix(got[0], "Peter Mandelson has announced.") {
		t.Errorf("the first naming of the speaker went: %q", got[0])
	}
	for _, s := range got[1:] {
		if strings.Contains(s, "Mr Mandelson said") {
			t.Errorf("the speaker named before is named again: %q", s)
		}
	}
}

func TestNamedIn(t *testing.T) {
	tests := []struct {
		part, said string
		want       bool
	}{
		{", Mr Mandelson said", "Trade Commissioner Peter Mandelson has announced.", true},
		{", Mr Mandelson said", "The two blocs agreed.", false},
		{", the European Commission said", "The Commission agreed.", false},
		{", Mr Mandelson said", "", false},
	}
	for _, tt := range tests {
		if got := namedIn(tt.part, tt.said); got != tt.want {
			t.Errorf("namedIn(%q, %q) = %v, want %v", tt.part, tt.said, got, tt.want)
		}
	}
}
