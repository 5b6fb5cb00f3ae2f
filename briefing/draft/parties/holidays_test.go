package parties

import "testing"

// TestHolidaysAreNoParties checks the names of holidays, with or without
// a possessive: dates, no parties.
func TestHolidaysAreNoParties(t *testing.T) {
	d := draftDoc(t, "Officers will patrol the city centre over New Year's Eve, and the shops close on Christmas Eve and Boxing Day. Eve Hart said the market would open.", "2025-12-30")
	checkNoParties(t, d.Parties, "a holiday", "New Year", "Eve", "Christmas Eve", "Boxing Day")
	if findParty(d.Parties, "Eve Hart") == nil {
		t.Errorf("a person named Eve lost: %v", names(d.Parties))
	}
}
