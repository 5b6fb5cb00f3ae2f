package commitments

import (
	"strings"
	"testing"
)

// An act set to follow an event by a span of time ("the day after",
// "30 days after") waits on that event: a condition; a plain "after"
// only tells when.
func TestActAfterSpanOfTimeIsConditional(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the day after",
			"Azerbaijan will sign the treaty the day after Armenia changes its constitution.",
			[]string{"Azerbaijan/country", "Armenia/country"}, nil,
			[]brief{{"Azerbaijan", "conditional", "", ""}}},
		{"a year after a gerund tells when",
			"Teachers in Scotland have voted to strike in the new year after rejecting the government's offer to cut class contact time.",
			[]string{"Scotland/country"}, []string{"the new year=2027"},
			[]brief{{"Teachers in Scotland", "agreed", "2027", ""}, {"Teachers in Scotland", "refused", "", ""}}},
		{"a span with no number before after tells when",
			"Tyrone Okafor said he will donate the full sum to the charity by the end of March, weeks after he faces Daulet Seitkali in Manchester.",
			[]string{"Tyrone Okafor/person", "Daulet Seitkali/person"}, []string{"the end of March=2027-03"},
			[]brief{{"Tyrone Okafor", "pledged", "", "2027-03"}}},
		{"a plain after tells when",
			"Azerbaijan will sign the treaty after Armenia changes its constitution.",
			[]string{"Azerbaijan/country", "Armenia/country"}, nil,
			[]brief{{"Azerbaijan", "intends", "", ""}}},
	})
}

// A deal told before and said again in the passive with no one named
// ("The deal was reached in Brussels") is no second commitment.
func TestDealToldAgainInPassive(t *testing.T) {
	runCases(t, []commitmentCase{
		{"reached where",
			"Armenia and Azerbaijan agreed on Thursday to reopen a road crossing. The deal was reached in Brussels at talks hosted by the European Union.",
			[]string{"Armenia/country", "Azerbaijan/country", "European Union/organisation"}, []string{"on Thursday=2025-11-27"},
			[]brief{{"Armenia;Azerbaijan", "agreed", "2025-11-27", ""}}},
	})
}

// TestConditionStopsAtItsComma checks that a condition's words end at the
// comma that closes its clause, short of the report after it.
func TestConditionStopsAtItsComma(t *testing.T) {
	d := testDoc(t, "The lenders will also write off £1.2bn of debt if the regulator Ofwat approves higher bills for the next five years, the company said on Monday.",
		[]string{"Ofwat/organisation", "Thames Valley Water|the company/organisation"}, nil)
	cs := Find(d)
	if len(cs) != 1 {
		t.Fatalf("got %d commitments, want 1", len(cs))
	}
	if got := cs[0].Action; strings.Contains(got, "said") || !strings.HasSuffix(got, "for the next five years") {
		t.Errorf("action %q, want it to end with the condition", got)
	}
}
