package syntax

import "testing"

func TestWorthAsideRepair(t *testing.T) {
	checkRepairs(t, []repairCase{
		{"a worth phrase after a name describes the name",
			"To recap: all 27 leaders agreed to set up the European Grid Solidarity Fund (EGSF), worth €60bn to 2032, but Hungary vetoed the opening of the first two clusters of accession negotiations with Moldova.", "€", "Fund", "nmod"},
	})
}
