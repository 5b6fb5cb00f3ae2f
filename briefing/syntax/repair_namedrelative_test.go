package syntax

import "testing"

func TestNamedRelativeRepair(t *testing.T) {
	const port = "The Port of Gdansk Authority and the dockworkers' union Solidarnosc Portowa agreed on Friday to end a three-week go-slow."
	const authority = "The Gdansk Port Authority and the union Solidarnosc Portowa agreed on Friday to end a go-slow."
	checkRepairs(t, []repairCase{
		{"a verb read as a relative clause whose subject is a name after a common noun is the main verb", port, "Port", "agreed", "nsubj"},
		{"that name is the noun's apposition", port, "Solidarnosc", "union", "appos"},
		{"the root's phrase is the subject when the noun was hung elsewhere", authority, "Authority", "agreed", "nsubj"},
		{"and the noun its conjunct", authority, "union", "Authority", "conj"},
		{"with the conjunction before it", authority, "and", "union", "cc"},
	})
}
