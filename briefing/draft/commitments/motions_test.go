package commitments

import "testing"

// TestMotions checks that a motion that carries is the body's decision,
// one that fails its refusal, one with no vote told its mover's proposal,
// and a motion to adjourn none.
func TestMotions(t *testing.T) {
	parties := []string{"Millbrook City Council|Council/organisation", "Janet Pruitt|Pruitt/person", "Luis Ortega|Ortega/person"}
	runCases(t, []commitmentCase{
		{"a motion carried",
			"Millbrook City Council met on Tuesday.\n\nMotion by Councilmember Pruitt, seconded by Councilmember Ortega, to approve the consent agenda. Motion carried 5-0.",
			parties, nil, []brief{{"Millbrook City Council", "agreed", "", ""}}},
		{"a motion that failed",
			"Millbrook City Council met on Tuesday.\n\nCouncilmember Pruitt moved to amend the motion to require affordable homes. The amendment failed 2-3.",
			parties, nil, []brief{{"Millbrook City Council", "refused", "", ""}}},
		{"a motion that died",
			"Councilmember Pruitt moved to suspend parking fees on Front Street. The motion died for lack of a second.",
			parties, nil, []brief{{"Janet Pruitt", "proposed", "", ""}}},
		{"a motion to adjourn",
			"Motion by Councilmember Ortega, seconded by Councilmember Pruitt, to adjourn. Motion carried 5-0.",
			parties, nil, nil},
	})
}

// TestMovedInNewsIsNoMotion checks that a body that "moved to" act, in a
// story where something else passed, moves no motion.
func TestMovedInNewsIsNoMotion(t *testing.T) {
	runCases(t, []commitmentCase{
		{"moved to act, then a bill passed",
			"Halvard Group moved to cut costs last year. The bill passed the Senate on Monday.",
			[]string{"Halvard Group/organisation"}, nil, nil},
	})
}
