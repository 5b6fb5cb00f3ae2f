package commitments

import "testing"

// TestTheCompanyIsTheSubjectTold checks that "the company" or "the bank"
// is the organisation the clauses before tell of as their subject, not
// one of its kind named since in passing.
func TestTheCompanyIsTheSubjectTold(t *testing.T) {
	checkActors(t, []actorCase{
		{"an auditor named in the object after the firm that appointed it",
			"Norvell Pensions said it had appointed an independent auditor, Kemp & Ashby, to review its accounts. The company pledged to repay every retiree by June.",
			[]string{"Norvell Pensions/organisation", "Kemp & Ashby/organisation"}, "Norvell Pensions"},
		{"a body a firm submitted a product to, after the firm",
			"Tarvo Pharma submitted the drug to the Medicines Board of Ostland for approval. A decision is expected in May. The company said it would not raise its forecast.",
			[]string{"Tarvo Pharma/organisation", "Medicines Board of Ostland/organisation"}, "Tarvo Pharma"},
		{"a lender named in passing after the bank the story tells of",
			"Caldera Bank cut its rates after talks with Westmoor Capital. The bank will also review its fees.",
			[]string{"Caldera Bank/organisation", "Westmoor Capital/organisation"}, "Caldera Bank"},
		{"the subject of the sentence itself, named before the description",
			"Rostell Foods bought a stake in Lindqvist Farms, and the company will keep all 300 jobs.",
			[]string{"Rostell Foods/organisation", "Lindqvist Farms/organisation"}, "Rostell Foods"},
	})
}
