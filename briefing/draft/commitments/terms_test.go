package commitments

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestTermsOfAnAgreement checks that what a side will do under an
// agreement named before, or "under which" it was signed, is an agreed
// term, in each conjunct and in the rest of its paragraph.
func TestTermsOfAnAgreement(t *testing.T) {
	tests := []struct{ name, text string }{
		{"a will-clause under the agreement",
			"Varnia and the Black Ridge Front agreed to a truce. Under the agreement, the Black Ridge Front will withdraw from Osk within two days."},
		{"a will-clause as part of the deal",
			"Varnia and the Black Ridge Front agreed to a truce. As part of the deal, the Black Ridge Front will withdraw from Osk within two days."},
		{"a will-clause under the terms of the agreement",
			"Varnia and the Black Ridge Front agreed to a truce. Under the terms of the agreement, the Black Ridge Front will withdraw from Osk within two days."},
		{"a clause after one under the deal in its paragraph",
			"Varnia and the Black Ridge Front agreed to a truce. Under the deal, Varnia will release 40 prisoners. The Black Ridge Front will withdraw from Osk within two days."},
		{"a will-clause under which an agreement was signed, a day before",
			"The Port of Aldmouth Authority and Norrvik Lines signed a ten-year agreement on Monday under which Norrvik Lines will move its weekly Baltic service to Berth 4 from April 2027."},
		{"a will-clause under which a memorandum of understanding was signed, a place and a comma before",
			"Nordvik and the Polish government signed a memorandum of understanding in Warsaw, under which Poland will provide land and grants of up to €300m."},
		{"a will-clause under its terms",
			"Varnia and the Black Ridge Front signed a truce. Under its terms, the Black Ridge Front will withdraw from Osk within two days."},
		{"a list under its terms",
			"Varnia and the Black Ridge Front signed a truce. Under its terms, the Black Ridge Front will:\n\n- withdraw from Osk within two days;\n- hand over its heavy weapons by May."},
		{"a will-clause coordinated with one under the deal",
			"Varnia and the Black Ridge Front agreed to a truce. Under the deal, Osk will be left alone for a week, and the Black Ridge Front will withdraw from it within two days."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if st, text := lastStatus(t, tt.text); st != briefing.StatusAgreed {
				t.Errorf("status %q of %q, want agreed", st, text)
			}
		})
	}
}

// lastStatus drafts the commitments of text, its sides named among a
// fixed set, and returns the status and text of the last one.
func lastStatus(t *testing.T, text string) (string, string) {
	t.Helper()
	d := testDoc(t, text, []string{"Varnia/country", "Black Ridge Front/organisation", "Osk/place",
		"Port of Aldmouth Authority/organisation", "Norrvik Lines/organisation", "Nordvik/organisation", "Poland/country"}, nil)
	cs := Find(d)
	if len(cs) == 0 {
		t.Fatal("no commitment")
	}
	return cs[len(cs)-1].Status, cs[len(cs)-1].Text
}

// TestTimeAfterByMakesNoAgreement checks that a phrase of time after "by"
// is never the maker of an agreement ("an agreement by the end of
// November").
func TestTimeAfterByMakesNoAgreement(t *testing.T) {
	d := testDoc(t, "He says the party wants a signed coalition agreement by the end of November.", nil, nil)
	for _, c := range Find(d) {
		for _, a := range c.Actors {
			if a == "end of November" || a == "end" {
				t.Errorf("actor %q in %q", a, c.Text)
			}
		}
	}
}

// TestClauseOfItsOwnAfterFail checks that a clause with a subject of its
// own that the parser joined to "failed" is not a failure to act.
func TestClauseOfItsOwnAfterFail(t *testing.T) {
	d := testDoc(t, "The bank said it would raise rates again if wage growth failed to slow from the current 5.4%, and that it would publish a review of its forecasting models by the end of June.",
		[]string{"bank/organisation"}, nil)
	for _, c := range Find(d) {
		if c.Status == briefing.StatusRefused {
			t.Errorf("refused: %q", c.Text)
		}
	}
}

// TestQuotedWeWillOfferIsAPledge checks that an offer a speaker says
// "we will" make is promised, not only intended.
func TestQuotedWeWillOfferIsAPledge(t *testing.T) {
	d := testDoc(t, "“We will offer the vaccine free of charge to everyone who is eligible,” said Carla Duarte.", []string{"Carla Duarte/person"}, nil)
	cs := Find(d)
	if len(cs) == 0 || cs[0].Status != briefing.StatusPledged {
		t.Errorf("got %+v, want one pledge", cs)
	}
}

// TestTermsRunEndsWithItsParagraph checks that what a side will do in the
// paragraph after one listing an agreement's terms stays its intention.
func TestTermsRunEndsWithItsParagraph(t *testing.T) {
	st, text := lastStatus(t, "Varnia and the Black Ridge Front agreed to a truce. Under the deal, Varnia will release 40 prisoners.\n\nThe Black Ridge Front will hold a congress in May.")
	if st != briefing.StatusIntends {
		t.Errorf("status %q of %q, want intends", st, text)
	}
}
