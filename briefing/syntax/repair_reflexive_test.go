package syntax

import "testing"

func TestEmphaticReflexive(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a name read as an interjection", "HBT itself promised last year to cut the volume of thermal coal.", "HBT", "promised", "nsubj"},
		{"the reflexive on the name", "HBT itself promised last year to cut the volume of thermal coal.", "itself", "HBT", "nmod:unmarked"},
		{"a verb read as a relative clause", "The ministers themselves agreed to meet again in May.", "ministers", "agreed", "nsubj"},
		{"the reflexive as object stays", "The minister described himself as a reformer.", "himself", "described", "obj"},
	})
}
