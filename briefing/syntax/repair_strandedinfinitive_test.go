package syntax

import "testing"

func TestStrandedInfinitiveRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"an infinitive after a comma in a list joins the first",
			"Developer Corran Homes has agreed to make 30% of the homes affordable, to pay £9m towards a new primary school and to fund a bus link to the city centre for ten years.",
			"pay", "make", "conj"},
		{"an infinitive after and joins the first",
			"The federation promised to pay the fine within 30 days and to hand CAF a new security plan for the stadium before the start of the season.",
			"hand", "pay", "conj"},
		{"the and before a mended infinitive is its own",
			"The federation promised to pay the fine within 30 days and to hand CAF a new security plan for the stadium before the start of the season.",
			"and", "hand", "cc"},
		{"the middle infinitive of a list hung as a purpose joins the first",
			"After nine hours of talks, Skyline agreed to raise the minimum monthly wage for its staff to 180,000 naira from January, to pay outstanding allowances by 15 December and to reinstate 42 workers it dismissed in March.",
			"pay", "raise", "conj"},
		{"an infinitive of purpose after a comma stays a purpose",
			"The firm agreed to cut 200 jobs, to save money.", "save", "cut", "advcl"},
	})
}
