package syntax

import "testing"

func TestTimeSubjectRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"the names after a phrase of time and a comma are the subject",
			"Last month, Ontario and Quebec agreed to join, and I expect the others to follow.", "Ontario", "agreed", "nsubj"},
		{"the names in apposition deeper in the phrase of time are the subject",
			"Three weeks after the regional election, the Social Democrats and the Greens in Valdora have signed a coalition agreement.", "Democrats", "signed", "nsubj"},
		{"the phrase of time modifies the verb",
			"Three weeks after the regional election, the Social Democrats and the Greens in Valdora have signed a coalition agreement.", "weeks", "signed", "obl:tmod"},
	})
}

func TestRootBeforeTimeRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a name the parser made the root before a phrase of time is the verb's subject",
			"Westmere City Council last night adopted the City's 2027 operating and capital budget, a $1.42-billion plan.", "Council", "adopted", "nsubj"},
		{"the phrase of time modifies the verb",
			"Westmere City Council last night adopted the City's 2027 operating and capital budget, a $1.42-billion plan.", "night", "adopted", "obl:tmod"},
		{"a name described between commas before \"today\" is the verb's subject",
			"Nordvik Container Lines (NCL), one of Europe's ten largest container carriers, today pledged to reroute all of its vessels.", "Lines", "pledged", "nsubj"},
	})
}

// TestDayRepairs checks the repairs of a day named by its distance from
// today that the parser read as the one spoken to or as the subject.
func TestDayRepairs(t *testing.T) {
	const announced = "Altamira LNG Partners, LLC (\"Altamira LNG\") and Hanseong Energy Corporation (\"HEC\") today announced that they have signed an agreement."
	checkRepairs(t, []repairCase{
		{"a day opening the sentence modifies the verb",
			"Tomorrow I will take the Water Services Amendment Bill to Cabinet.", "Tomorrow", "take", "obl:tmod"},
		{"the names before a day the parser made the subject are the subject", announced, "Partners", "announced", "nsubj"},
		{"the article before the name goes with it",
			"The Council today approved conclusions on the EU's engagement in the Gulf of Guinea.", "The", "Council", "det"},
		{"the day modifies the verb", announced, "today", "announced", "obl:tmod"},
	})
}
