package parties

import "testing"

// TestOwnedRoles checks that a person introduced as "X's ROLE, NAME" or
// "its ROLE, NAME", or described as "NAME, X's ROLE", belongs to the body or state that owns the office.
func TestOwnedRoles(t *testing.T) {
	checkAffiliations(t, "2026-03-12", []affiliationCase{
		// "its": the body the sentence before told of, not a state inside its name.
		{"The Kenya Bankers Association said its members would pass on the cut within two weeks. Its chief executive, Faith Achieng, said lenders were ready.",
			"Faith Achieng", "Kenya Bankers Association"},
		// "its" after a quotation: not a body the quoted words name.
		{"Campaign group Save Harwick Baths said it would seek a judicial review. \"We will take this to the High Court if we have to,\" said its chair, Denise Walcott.",
			"Denise Walcott", "Save Harwick Baths"},
		// "its" after a body named earlier in the same sentence.
		{"The Eastbridge Students' Union welcomed the deal, and its president, Callum Nwosu, said classes would resume.",
			"Callum Nwosu", "Eastbridge Students' Union"},
		// The first body a sentence names, not its possessor.
		{"Norway's main industry body, the Halvland Fishing Vessel Owners' Association, said it accepted the deal. Its chairman, Rasmus Dahl, said boats would be laid up.",
			"Rasmus Dahl", "Halvland Fishing Vessel Owners' Association"},
		// A body named by its short name or acronym before the office.
		{"Verdant Biologics has licensed its vaccine to Sundara Biotech. Verdant's chief executive, Laura Mendel, called it a milestone.",
			"Laura Mendel", "Verdant Biologics"},
		{"Baltor Container Line (BCL) refused to pay. \"We will not pay,\" BCL's chief operating officer, Anders Solberg, told reporters.",
			"Anders Solberg", "Baltor Container Line"},
		// "the NOUN's ROLE", a form of address before the name: the one body named with the noun.
		{"Eastvale County Council improved its pay offer. The council's leader, Councillor Tom Briggs, said the deal would cost £6m.",
			"Tom Briggs", "Eastvale County Council"},
		{"Eastvale County Council and Westvale County Council met. The council's leader, Councillor Tom Briggs, said the deal would cost £6m.",
			"Tom Briggs", ""},
		// "the NOUN NOUN's ROLE": the one body whose name holds both nouns.
		{"The deal was announced by the Caldris Port Authority and the Maritime Pilots' Association. The port authority's chief executive, Ingrid Sallow, said the rise would cost €2.4m.",
			"Ingrid Sallow", "Caldris Port Authority"},
		// The owned office after the name.
		{"The deal was announced by the Caldris Port Authority and the Maritime Pilots' Association. \"This is a fair settlement,\" said Tomas Brandt, the association's general secretary.",
			"Tomas Brandt", "Maritime Pilots' Association"},
		{"Verdant Biologics has licensed its vaccine to Sundara Biotech. \"It is a milestone,\" said Laura Mendel, Verdant's chief executive.",
			"Laura Mendel", "Verdant Biologics"},
		// The one state the text writes as owning the office, in a headline.
		{"Interview: Orvania's trade minister on steel tariffs\n\nTrade Minister Katarina Vell spoke to us in Lessen on Tuesday. She said Orvania and the European Union had signed a deal.",
			"Katarina Vell", "Orvania"},
		{"Interview: Orvania's trade minister and Belmora's trade minister\n\nTrade Minister Katarina Vell spoke to us in Lessen on Tuesday. She said Orvania and Belmora had signed a deal.",
			"Katarina Vell", ""},
		// A person's office is not a body's.
		{"Anna Berg spoke first. Berg's spokesman, Tomas Lind, said she would stand again.",
			"Tomas Lind", ""},
	})
}
