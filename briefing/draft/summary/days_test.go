package summary

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/dates"
	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
)

func TestShortenDropsThePastDayOfTheNews(t *testing.T) {
	tests := []struct{ construction, sentence, want string }{
		{"weekday after the verb",
			"The opposition party said on Friday it would vote against the pensions bill.",
			"The opposition party said it would vote against the pensions bill."},
		{"weekday in an attribution tail",
			"The regional airline will cut 300 jobs at its main base, the company said on Thursday.",
			"The regional airline will cut 300 jobs at its main base, the company said."},
		{"yesterday at the end of the sentence",
			"A 41-year-old man was charged with fraud by abuse of position yesterday.",
			"A 41-year-old man was charged with fraud by abuse of position."},
		{"late yesterday with its part of the day",
			"The two unions signed the pay agreement late yesterday after a week of talks.",
			"The two unions signed the pay agreement after a week of talks."},
		{"weekday with its part of the day",
			"The housing bill passed its third reading in the upper house on Wednesday night by 64 votes to 51.",
			"The housing bill passed its third reading in the upper house by 64 votes to 51."},
		{"weekday opening the sentence with a comma",
			"On Saturday, the two neighbours agreed to reopen their main border crossing.",
			"The two neighbours agreed to reopen their main border crossing."},
		{"weekday set off by commas",
			"The mining company, on Thursday, announced the closure of two pits in the north.",
			"The mining company announced the closure of two pits in the north."},
		{"a day set off by a comma at the end of the sentence goes with its comma",
			"Police said officers had been given the wrong address when they forced entry at the home, early on Monday.",
			"Police said officers had been given the wrong address when they forced entry at the home."},
		{"day still to come stays",
			"The finance minister will present the revised figures to parliament on Wednesday.",
			"The finance minister will present the revised figures to parliament on Wednesday."},
		{"day of an infinitive stays",
			"The two leaders are to meet at the border on Thursday to sign the accord.",
			"The two leaders are to meet at the border on Thursday to sign the accord."},
		{"day hung from a clause below a future verb stays",
			"The prime minister will unveil plans aimed at reviving the economy on Thursday.",
			"The prime minister will unveil plans aimed at reviving the economy on Thursday."},
		{"weekday inside a quotation stays",
			"\"We signed the deal on Friday and we will keep our word,\" the minister said.",
			"\"We signed the deal on Friday and we will keep our word,\" the minister said."},
		{"a participle set off by commas keeps its day",
			"Under the deal, announced on Tuesday, both sides agreed to halt fighting along the coastal road for ten days.",
			"Under the deal, announced on Tuesday, both sides agreed to halt fighting along the coastal road for ten days."},
		{"a relative clause keeps its day",
			"The merger, which was approved on Monday, creates the largest grocer in the region.",
			"The merger, which was approved on Monday, creates the largest grocer in the region."},
		{"a reduced relative with nothing else keeps its day",
			"The regulator, citing a report published yesterday, fined the lender £2m.",
			"The regulator, citing a report published yesterday, fined the lender £2m."},
		{"a reduced relative with more of its own loses the day",
			"The regulator, citing a report published yesterday by auditors, fined the lender £2m.",
			"The regulator, citing a report published by auditors, fined the lender £2m."},
		{"a verb ending the sentence with its day loses the day",
			"The council broke the law when it closed the library, the High Court ruled on Wednesday.",
			"The council broke the law when it closed the library, the High Court ruled."},
		{"a relative clause with more of its own loses the day",
			"Talks that resumed in Geneva on Monday ended without a deal.",
			"Talks that resumed in Geneva ended without a deal."},
		{"a date by the calendar stays",
			"The central bank raised its main interest rate to 4% on 27 August.",
			"The central bank raised its main interest rate to 4% on 27 August."},
	}
	for _, tc := range tests {
		if got := shortenFirst(t, tc.sentence, true); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.construction, got, tc.want)
		}
	}
}

func TestSummaryLeadKeepsTheDayOfTheNews(t *testing.T) {
	tests := []struct{ construction, lead, after, wantLead, wantAfter string }{
		{"a weekday after the lead's verb, one in a later item",
			"The foreign ministers of both countries agreed on Friday to reopen their shared border to lorries from March.",
			"The opposition party said on Saturday it would vote against the border treaty in parliament.",
			"The foreign ministers of both countries agreed on Friday to reopen their shared border to lorries from March.",
			"The opposition party said it would vote against the border treaty in parliament."},
		{"yesterday in the lead's attribution tail",
			"The regional airline will cut 300 jobs at its main base in the north, the company said yesterday.",
			"Unions representing cabin crew and pilots said on Friday they would ballot their members on strikes.",
			"The regional airline will cut 300 jobs at its main base in the north, the company said yesterday.",
			"Unions representing cabin crew and pilots said they would ballot their members on strikes."},
	}
	for _, tc := range tests {
		t.Run(tc.construction, func(t *testing.T) {
			d := drafttest.Doc(t, drafttest.Paragraphs(tc.lead, tc.after), "2020-08-31")
			d.Dates = dates.Find(d)
			got := Items(d)
			if len(got) != 2 || got[0].Text != tc.wantLead || got[1].Text != tc.wantAfter {
				t.Errorf("summary %+v,\nwant %q then %q", got, tc.wantLead, tc.wantAfter)
			}
		})
	}
}
