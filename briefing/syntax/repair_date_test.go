package syntax

import "testing"

func TestDateCompoundRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a date before a possessive phrase is a phrase of time of the verb before it",
			"Brazil's president said on Thursday his government would put $1 billion into a new fund.", "Thursday", "said", "obl"},
		{"the possessive phrase after the date is the reported subject",
			"Brazil's president said on Thursday his government would put $1 billion into a new fund.", "government", "put", "nsubj"},
	})
}

func TestDateOnPunctRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a day and month closing the sentence is a phrase of time of the verb before it",
			"The two sides promised to resume political talks on 24 March.", "March", "resume", "obl"},
		{"the day is the month's number",
			"The two sides promised to resume political talks on 24 March.", "24", "March", "nummod"},
	})
}

func TestDayOnObjectRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a weekday after the object is a phrase of time of the verb",
			"The Faculty Senate passed a resolution on Monday demanding that the administration disclose every gift agreement.", "Monday", "passed", "obl"},
	})
}
