package summary

import "testing"

func TestRoster(t *testing.T) {
	checkSentences(t, "roster", roster, []sentenceCase{
		{"members present", "Members present: Helen Brightwell (Chair); Owen Carrick; Priya Desai.", true},
		{"a witness with office and company", "Witness: Martin Fairclough, Chief Executive, Pennine Cross Rail Ltd.", true},
		{"in attendance", "In attendance: Dr Amal Nasser, Director of Public Health.", true},
		{"attendance counted in words", "In attendance: Mrs Jane Carver (Town Clerk), PCSO Gareth Lewis (West Mercia Police), four members of the public.", true},
		{"a result under a label", "Result: Leeds 3 Hull 2, with Hull ahead until the 80th minute.", false},
		{"a speaker's turn", "Martin Fairclough: We will recruit 85 drivers.", false},
		{"a figure under a label", "Revenue: up 7.4% to £1,284.6m.", false},
		{"prose with a colon", "The deal is clear: Norvik will pay.", false},
	})
}
