package syntax

import "testing"

func TestTitledConjunctRepair(t *testing.T) {
	fronted := "Under the agreement, signed by Transport Minister Ingrid Solberg and Skyline chief executive Tor Halvorsen in Oslo, the airline will also replace its oldest turboprops."
	passive := "The pact was agreed by Ingrid Solberg and Unilever finance director Tor Halvorsen."
	checkRepairs(t, []repairCase{
		{"a name with its body and title after \"and\" is the conjunct", fronted, "Tor", "Ingrid", "conj"},
		{"the body before the title is the title's compound", fronted, "Skyline", "chief", "compound"},
		{"the main verb keeps its own subject", fronted, "airline", "replace", "nsubj"},
		{"in a passive's agent too", passive, "Tor", "Solberg", "conj"},
		{"two bodies joined by \"and\" stay conjuncts", "The deal was signed by Skyline and Widerøe in Oslo.", "Widerøe", "Skyline", "conj"},
	})
}
