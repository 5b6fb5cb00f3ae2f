package commitments

import "testing"

// TestOpenLetter checks a letter that names its voice: its "we" is the
// signatories, and what they will do is their pledge.
func TestOpenLetter(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the letter's we",
			"Eleven firms have written to ministers.\n\nWe, the undersigned chief executives, write as leaders of companies that use water.\n\nWe will publish audited water data for every site.",
			[]string{"chief executives/group"}, nil,
			[]brief{{"chief executives", "pledged", "", ""}}},
		{"a declaration's we: the body whose heads speak",
			"Tallinn Summit Declaration\n\n1. We, the Heads of State and Government of the eight member states of the Northern Maritime Security Alliance (NMSA) - Denmark, Estonia and Norway - met in Tallinn.\n\n2. We agree to establish a protection centre in Helsinki.",
			[]string{"Northern Maritime Security Alliance|NMSA/organisation", "Denmark/country", "Estonia/country", "Norway/country"}, nil,
			[]brief{{"Northern Maritime Security Alliance", "agreed", "", ""}}},
		{"a we with no named voice is no one's",
			"Notes from the meeting\n\nWe will publish audited water data for every site.",
			nil, nil, nil},
	})
}

// TestQuotationIntroducedBySentence checks that a quotation no verb of
// saying attributes is spoken by the person the sentence before it in its
// paragraph tells of, and a quotation that opens its paragraph is not.
func TestQuotationIntroducedBySentence(t *testing.T) {
	checkActors(t, []actorCase{
		{"a pronoun introduces the quotation",
			"Ana Ruiz won the vote, Tom Hale said.\n\nShe repeated her main pledges. \"We will freeze the tax. And my first motion will be to cancel the garage contract.\"",
			[]string{"Ana Ruiz|Ruiz/person", "Tom Hale|Hale/person"}, "Ana Ruiz"},
	})
}
