package parties

import "testing"

// TestStrongCueOutweighsWeakOnes checks that one mention that shows a
// name's kind ("administrators Crane Whitlow": no one person is plural)
// is not outvoted by as many mentions that only look like a person's
// name ("Crane Whitlow said", "which Crane Whitlow expects").
func TestStrongCueOutweighsWeakOnes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a firm named after a plural trade, then three times alone",
			"The group will pay £46m for the brand, its website and its stock, administrators Crane Whitlow said on Wednesday.\n\n" +
				"The remaining 28 shops will close by the end of February. Crane Whitlow said staff at those stores would be paid until their last day of trading.\n\n" +
				"The deal is conditional on approval by the Competition Authority, which Crane Whitlow expects by mid-February.\n\n" +
				"Landlords of several of the closing stores had refused to cut rents, Crane Whitlow said.",
			"Crane Whitlow", "organisation"},
	})
}
