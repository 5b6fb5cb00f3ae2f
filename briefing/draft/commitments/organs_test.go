package commitments

import "testing"

// TestStateOrganDescribedByCommonWords checks that an organ of a state
// described by common words — "the health ministry", "officials in
// Lisbon", "each government" — is the state the text ties it to, and that
// one the text does not tie to a state stays as written.
func TestStateOrganDescribedByCommonWords(t *testing.T) {
	checkActors(t, []actorCase{
		{"a ministry after the state's minister",
			"Portugal's finance minister, Rui Antunes, presented the budget on Tuesday. The finance ministry said it would cut spending on defence by 4% next year.",
			[]string{"Portugal/country", "Rui Antunes/person/finance minister"}, "Portugal"},
		{"a ministry after the state named in a conjunct",
			"Ghana's drugs agency approved the antibody in December, and the health ministry plans to start giving it in July.",
			[]string{"Ghana/country"}, "Ghana"},
		{"a ministry named as an organisation before",
			"The Ministry of Health of Valdora approved the drug on Monday. The health ministry plans to start giving it in July.",
			[]string{"Ministry of Health of Valdora/organisation"}, "Ministry of Health of Valdora"},
		{"officials placed in the capital",
			"Spain and Morocco held talks on migration in Rabat on Monday. Officials in Madrid said they would send 200 more border guards by June.",
			[]string{"Spain/country", "Morocco/country"}, "Spain"},
		{"each government of the two that agreed",
			"Brazil and Argentina agreed on Friday to build a bridge across the river. Each government undertook to pay half of the cost.",
			[]string{"Brazil/country", "Argentina/country"}, "Argentina;Brazil"},
		{"ministers in a story of several states",
			"The European Union imposed new sanctions on Russia on Monday. Ministers agreed to give European firms 60 days to end their contracts.",
			[]string{"European Union/organisation", "Russia/country"}, "Ministers"},
		{"bare ministers in a story of one state",
			"Lintavia's government signed a deal with teachers on Monday. Ministers refused the union's demand for a 9% rise in November.",
			[]string{"Lintavia/country"}, "Lintavia"},
		{"a ministry of a state named only after it",
			"Police arrested three men in Bergen on Friday. The justice ministry said it would ask Sweden to extradite a fourth suspect.",
			[]string{"Sweden/country"}, "justice ministry"},
	})
}
