package title

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/draft/internal/drafttest"
	"github.com/briefdesk/briefdesk/briefing/draft/text"
)

func TestHeadline(t *testing.T) {
	tests := []struct {
		name, title, text, want string
	}{
		{"source title wins", "  Bank  raises rates ", "Title line\n\nThe bank raised rates today.", "Bank raises rates"},
		{"title line heading the text", "", "Ad sales boost Time Warner profit\n\nQuarterly profits at TimeWarner jumped 76%.",
			"Ad sales boost Time Warner profit"},
		{"commitment in the first sentence", "",
			"The phone call comes after Morocco and China agreed to partner in vaccine trials to combat the COVID-19 pandemic.\n\nRabat – The King held a call.",
			"Morocco and China agree to partner in vaccine trials"},
		{"singular actor", "", "Kenya pledged to repay the loan to fund roads. Officials welcomed it.",
			"Kenya pledges to repay the loan"},
		{"main clause without intro phrase or dateline", "",
			"PARIS – On Monday, the French government announced a new budget, which cuts spending. It passed.",
			"The French government announced a new budget"},
		{"dateline with the day before the month left in the sentence", "",
			"NARETH, 27 November — The foreign ministers of Estova and Kalvia agreed on Friday to reopen their shared border to commercial traffic.",
			"The foreign ministers of Estova and Kalvia agreed on Friday to reopen their shared border"},
		{"second clause with a subject of its own left out", "",
			"Thousands of homes and shops in Arden and nearby villages have been told to boil their tap water after a failure at the Corby works, and the regulator has ordered the supplier to fix the plant.\n\nIt will take a week.",
			"Thousands of homes and shops in Arden and nearby villages have been told to boil their tap water"},
		{"subject's place left out before the clause is cut", "",
			"More than 38,000 homes and businesses in Hexley and surrounding villages have been told to boil their tap water after a failure at the treatment works, and the regulator has ordered the supplier to fix the plant.\n\nIt will take a week.",
			"More than 38,000 homes and businesses have been told to boil their tap water"},
		{"long sentence loses whole phrases from its end", "",
			"The committee heard evidence from twelve witnesses over three days of hearings in the old town hall in the north of the city. It ended.",
			"The committee heard evidence from twelve witnesses"},
		{"long sentence is cut at a clause break", "",
			"Smoke rises behind Tower Bridge during the first night of the Blitz over the city of London. It burned.",
			"Smoke rises behind Tower Bridge during the first night of the Blitz"},
		{"a long partner phrase goes before what was agreed", "",
			"Sardova has agreed with a committee of its largest bondholders to restructure $9.2 billion of defaulted bonds. It was welcomed.",
			"Sardova has agreed to restructure $9.2 billion of defaulted bonds"},
		{"a long report by its subject of what it did loses the report's verb", "",
			"PORT SUDAN, March 9 (Meridian News Agency) - Sudan's army said on Monday it had agreed to a 10-day humanitarian pause around the besieged towns of Kadugli and Dilling in South Kordofan to let aid convoys in, but the rival Rapid Support Forces (RSF) said it would observe the truce only if the military halts air and drone strikes across the region.\n\nThe pause is due to begin on Wednesday.",
			"Sudan's army had agreed to a 10-day humanitarian pause"},
		{"a short report by its subject stays whole", "",
			"The company said it would cut 500 jobs. It was welcomed.",
			"The company said it would cut 500 jobs"},
		{"lone quotation marks go", "", "I wonder how they treat people who are against them.'\" Nobody knew.",
			"I wonder how they treat people who are against them"},
		{"a heading over two lines in capitals, an abbreviation the prose writes so kept", "",
			"CHAIRMAN'S STATEMENT\nOF THE 59TH ASEAN FOREIGN MINISTERS' MEETING\n\nManila, the Philippines, 28 July 2026\n\n1. The 59th ASEAN Foreign Ministers' Meeting was held in Manila on 28 July 2026.\n\n2. We welcomed Timor-Leste.",
			"Chairman's Statement of the 59th ASEAN Foreign Ministers' Meeting"},
		{"two banks joined after an \"of\" phrase take the plural, and their long subject keeps what they signed", "",
			"Earlier today the Bank of Almara and the Reserve Bank of Kessaria signed a bilateral currency swap arrangement that allows each bank to draw up to 4 billion dollars. It runs for eighteen months.",
			"The Bank of Almara and the Reserve Bank of Kessaria sign a bilateral currency swap arrangement"},
		{"a line telling whose statement a transcript is heads no lead", "",
			"Opening statement by Governor Idris Bakhtiar at the press conference following the signing of the bilateral currency swap arrangement, Almara City, 16 June 2025\n\nKenya pledged to repay the loan to fund roads. Officials welcomed it.",
			"Kenya pledges to repay the loan"},
		{"empty text", "", "   ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := drafttest.Marked(t, tt.text, nil, nil)
			if got := Headline(d, tt.title); got != tt.want {
				t.Errorf("headline = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSentenceItemTextStripsDateline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"RABAT – Morocco held a call.", "Morocco held a call."},
		{"WASHINGTON (Reuters) - The Senate voted.", "The Senate voted."},
		{"The  Senate   voted.", "The Senate voted."},
		{"Rabat – Morocco held a call.", "Morocco held a call."},
	} {
		d := drafttest.Marked(t, tc.in, nil, nil)
		if len(d.Sentences) == 0 {
			t.Fatalf("no sentences in %q", tc.in)
		}
		if got := text.SentenceItemText(d, d.Sentences[0]); got != tc.want {
			t.Errorf("sentenceItemText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLeadDateline(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"WASHINGTON (Reuters) - The Senate passed the bill.", "The Senate passed the bill."},
		{"KESTREL BAY, 2 October 2026 -- Norvale Energy plc today announced a wind farm.", "Norvale Energy plc today announced a wind farm."},
		{"LONDON, March 3 (Reuters) - Shares fell on Tuesday.", "Shares fell on Tuesday."},
		{"Rabat – Morocco and Spain signed a deal.", "Morocco and Spain signed a deal."},
		{"City – owned by a fund since 2008 – have won six titles.", "City – owned by a fund since 2008 – have won six titles."},
		{"The UN, on 3 May, said aid was blocked.", "The UN, on 3 May, said aid was blocked."},
	}
	for _, tt := range tests {
		if got := tt.sentence[text.LeadDateline(tt.sentence):]; got != tt.want {
			t.Errorf("without its dateline %q is %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestDatelineIsNoSubject checks that a built title keeps the subject
// when the parser made the lead's dateline a subject too.
func TestDatelineIsNoSubject(t *testing.T) {
	d := drafttest.Marked(t, "Nordhavn, 13 May 2026 — Bandalian President Amara Seko and Vestmark's Prime Minister Erik Thorsen on Wednesday signed two memoranda of understanding on energy and higher education, on the second day of the first state visit.\n\nThe visit ends on Friday.", nil, nil)
	got := Headline(d, "")
	if !strings.Contains(got, "Amara Seko") || !strings.Contains(got, "signed") || strings.Contains(got, "Nordhavn") {
		t.Errorf("headline = %q, want the signers, the verb and no dateline", got)
	}
}

func TestCutAttribution(t *testing.T) {
	cases := []struct{ construction, in, want string }{
		{"a long subject and a time word before the verb of reporting, a pronoun for it after",
			"Halvorsen Energy ASA and Kestrel Marine Holdings plc today announced that they have signed a binding agreement",
			"Halvorsen Energy ASA and Kestrel Marine Holdings plc have signed a binding agreement"},
		{"a name after the verb of reporting stays",
			"The ministry said that Kestrel will build a plant", "Kestrel will build a plant"},
		{"no clause reported", "Kestrel built a plant", "Kestrel built a plant"},
	}
	for _, c := range cases {
		if got := cutAttribution(c.in); got != c.want {
			t.Errorf("%s: cutAttribution(%q) = %q, want %q", c.construction, c.in, got, c.want)
		}
	}
}
