package syntax

import "testing"

func TestGerundCompoundRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a compound granted",
			"The council granted planning permission for 200 homes.", "permission", "granted", "obj"},
		{"a compound had refused",
			"Pellman Estates had planning permission for flats refused in 2019 and 2021.", "planning", "permission", "compound"},
	})
}
