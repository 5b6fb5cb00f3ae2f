package syntax

import "testing"

// TestVerbPossessiveRepair checks that a possessive the parser hung on a
// verb belongs to the noun after it.
func TestVerbPossessiveRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a possessive before a number and a plural subject",
			"The FGU's leader announced on Monday morning that the party's six ministers would resign with immediate effect after the cabinet failed to agree on the 2026 budget.",
			"party", "ministers", "nmod:poss"},
	})
}

// TestPossessiveOwnerRepair checks that the noun after a plural
// possessive's apostrophe heads the phrase and the owner is its
// possessive.
func TestPossessiveOwnerRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a plural possessive after \"and the\" in a coordinated subject",
			"Chile's largest retail and logistics union and the main employers' federation in the sector signed a national wage accord on Thursday.",
			"employers", "federation", "nmod:poss"},
		{"the possessed noun takes the owner's place as the conjunct",
			"Chile's largest retail and logistics union and the main employers' federation in the sector signed a national wage accord on Thursday.",
			"federation", "union", "conj"},
		{"a name's possessive word whose last word the parser hung on the verb",
			"The deal was announced on Wednesday evening by the Caldris Port Authority (CPA) and the Maritime Pilots' Association, which represents 140 pilots.",
			"Association", "Authority", "conj"},
	})
}
