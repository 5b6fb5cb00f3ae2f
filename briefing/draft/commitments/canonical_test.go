package commitments

import "testing"

// TestActorWordsThatAreAnAliasNameTheParty checks that an actor drafted
// from the words of its phrase, when those words are a party's other name
// ("an IMF spokesperson" speaking for the fund), is given the party's own
// name, as every actor must be.
func TestActorWordsThatAreAnAliasNameTheParty(t *testing.T) {
	checkActors(t, []actorCase{
		{"a lender's spokesperson",
			"The IMF approved a loan last March. An IMF spokesperson said on Wednesday that the fund's staff would assess whether the deal met those targets.",
			[]string{"International Monetary Fund|IMF/organisation"}, "International Monetary Fund"},
		{"a central bank's spokesman",
			"The ECB raised rates in June. An ECB spokesman said on Thursday that the bank's staff would publish new forecasts in September.",
			[]string{"European Central Bank|ECB/organisation"}, "European Central Bank"},
		{"a union's spokeswoman",
			"The RMT called off the strike. An RMT spokeswoman said on Monday that the union's officials would meet the operator next week.",
			[]string{"Rail, Maritime and Transport union|RMT/organisation"}, "Rail, Maritime and Transport union"},
	})
}
