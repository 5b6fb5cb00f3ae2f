package parties

import "testing"

// TestNamedNextRoles checks that an office a sentence's subject names
// without a name goes to the person the next sentence first names as its
// subject, and only then.
func TestNamedNextRoles(t *testing.T) {
	checkPartyRoles(t, []partyRoleCase{
		{"an office of a body, its holder named as the next sentence's subject",
			"The chief constable of Harwick Police has refused to resign after a review found failings.\n\nMartin Oyelaran said on Thursday he would stay in post.",
			"Martin Oyelaran", "chief constable of Harwick Police"},
		{"an office owned with a possessive, its holder named next",
			"Tarvel Bank's chief executive has stepped down after the fine.\n\nHelena Strom said she was proud of her record.",
			"Helena Strom", "chief executive"},
		{"the office's sentence names its holder: nothing is carried over",
			"The chief constable of Harwick Police, Ann Ruddock, has refused to resign.\n\nMartin Oyelaran said the force had failed his son.",
			"Martin Oyelaran", ""},
		{"the person named next is not the next sentence's subject",
			"The chief constable of Harwick Police has refused to resign.\n\nThe family of Martin Oyelaran said they would sue.",
			"Martin Oyelaran", ""},
		{"an office no body owns is no one's to carry",
			"The chief constable has refused to resign.\n\nMartin Oyelaran said the force had failed his son.",
			"Martin Oyelaran", ""},
	})
	checkAffiliations(t, "2026-03-12", []affiliationCase{
		{"Tarvel Bank's chief executive has stepped down after the fine.\n\nHelena Strom said she was proud of her record.",
			"Helena Strom", "Tarvel Bank"},
	})
}
