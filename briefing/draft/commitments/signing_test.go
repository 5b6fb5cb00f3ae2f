package commitments

import "testing"

// TestSigningWithAParticle checks that a person signed off work or
// training is no signing, nor is signing up to speak, while signing up to
// a pact or a fund is.
func TestSigningWithAParticle(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a state signs up to a fund",
			`Prime Minister Maarten Hoogendijk told reporters that the Netherlands "will sign up to the grid fund, but not one euro of new common debt". More than 60 people signed up to speak on Tuesday.`,
			[]string{"Netherlands/country", "Maarten Hoogendijk/person"}, nil,
			[]brief{{"Netherlands", "intends", "", ""}}},
		{"doctors sign a boxer off",
			`Ironside Promotions is looking at a date in March. "That is provided his hand heals and the doctors sign him off by the middle of February," said Ironside Promotions.`,
			[]string{"Ironside Promotions/organisation"}, nil, nil},
	})
}

// TestHeldBackFromSigning checks that a party that did not sign at a
// signing refused it, while one that has never ratified a text did not,
// and that nothing signed is no act.
func TestHeldBackFromSigning(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a state did not sign",
			"Three states signed the accord on Friday. China, which holds about $290 million of the debt, did not sign. Serbia has never ratified the convention.",
			[]string{"China/country", "Serbia/country"}, nil,
			[]brief{{"Three states", "signed", "", ""}, {"China", "refused", "", ""}}},
		{"nothing signed is no signing",
			"The minister has committed to table the bill. Nothing has been signed. No deal was agreed on Monday.",
			nil, nil, []brief{{"minister", "pledged", "2020-08-31", ""}}},
	})
}

// TestPartiesToADealMadeWithOne checks that "the parties" after a deal one
// party made with another are both.
func TestPartiesToADealMadeWithOne(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a licence agreement with a university",
			"Aurelian Biosciences AG announced that it has entered into an exclusive licensing agreement with Linnhe University. The parties have also agreed to establish a joint research steering committee.",
			[]string{"Aurelian Biosciences AG|Aurelian/organisation", "Linnhe University/organisation"}, nil,
			[]brief{{"Aurelian Biosciences AG", "signed", "2020-08-31", ""}, {"Aurelian Biosciences AG;Linnhe University", "agreed", "2020-08-31", ""}}},
	})
}
