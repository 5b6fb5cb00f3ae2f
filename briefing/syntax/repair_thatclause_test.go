package syntax

import "testing"

func TestThatClauseRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"what was agreed with a body is the verb's complement, not a relative clause on the body",
			"We have agreed with the Retail and Distribution Workers' Union (RDWU) that formal consultation will start on Monday 13 October.", "start", "agreed", "ccomp"},
		{"that opens the agreed clause",
			"We have agreed with the Retail and Distribution Workers' Union (RDWU) that formal consultation will start on Monday 13 October.", "that", "start", "mark"},
	})
}

func TestMarkedRelativeRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a clause marked by that with its own subject after a verb's object is the verb's complement",
			"Harbour Rovers chairman Colin Brady has promised supporters that the club's youth academy will not close, after accounts published on Thursday showed a loss.",
			"close", "promised", "ccomp"},
		{"a that-clause after the one a promise is made to, that read as the object",
			`"We have pledged to the authority that we will pause dredging near Gorran Flats if the monitoring shows birds are being disturbed."`,
			"pause", "pledged", "ccomp"},
		{"a relative clause that lacks its object stays one",
			"The minister promised voters the deal that we signed last year.",
			"signed", "deal", "acl:relcl"},
	})
}
