package syntax

import "testing"

func TestTimeSubjectRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"the names after a phrase of time and a comma are the subject",
			"Last month, Ontario and Quebec agreed to join, and I expect the others to follow.", "Ontario", "agreed", "nsubj"},
	})
}

func TestRootBeforeTimeRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a name the parser made the root before a phrase of time is the verb's subject",
			"Westmere City Council last night adopted the City's 2027 operating and capital budget, a $1.42-billion plan.", "Council", "adopted", "nsubj"},
		{"the phrase of time modifies the verb",
			"Westmere City Council last night adopted the City's 2027 operating and capital budget, a $1.42-billion plan.", "night", "adopted", "obl:tmod"},
	})
}

func TestDayVocativeRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a day named by its distance from today modifies the verb",
			"Tomorrow I will take the Water Services Amendment Bill to Cabinet.", "Tomorrow", "take", "obl:tmod"},
	})
}

func TestDaySubjectRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"the names before a day the parser made the subject are the subject",
			"Altamira LNG Partners, LLC (\"Altamira LNG\") and Hanseong Energy Corporation (\"HEC\") today announced that they have signed an agreement.", "Partners", "announced", "nsubj"},
		{"the article before the name goes with it",
			"The Council today approved conclusions on the EU's engagement in the Gulf of Guinea.", "The", "Council", "det"},
		{"the day modifies the verb",
			"Altamira LNG Partners, LLC (\"Altamira LNG\") and Hanseong Energy Corporation (\"HEC\") today announced that they have signed an agreement.", "today", "announced", "obl:tmod"},
	})
}
