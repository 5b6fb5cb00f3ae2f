package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestNationalBodyOfASharedName checks that a name international and
// national bodies share, after a state's name or demonym, names the
// national body, and alone the international one.
func TestNationalBodyOfASharedName(t *testing.T) {
	checkKinds(t, []kindCase{
		{"demonym before a shared name", "The American Red Cross said it would open ten shelters.", "American Red Cross", briefing.KindOrganisation},
		{"state's name before a shared name", "The Kenya Red Cross said it would open ten shelters.", "Kenya Red Cross", briefing.KindOrganisation},
		{"demonym before the other shared name", "The Turkish Red Crescent said it would send tents.", "Turkish Red Crescent", briefing.KindOrganisation},
		{"shared name alone", "The Red Cross said it would visit the prisoners.", "International Committee of the Red Cross", briefing.KindOrganisation},
	})
	d := draftDoc(t, "The British Red Cross and the ICRC said they would send tents.", "2021-03-01")
	checkNoParties(t, d.Parties, "the national body is not the state", "United Kingdom")
}

// TestTradeNameIsABusiness checks that a coined word before the plural of
// an ordinary noun names a business, while a known first name, "the"
// before it or an ordinary first word leaves the kind to other cues.
func TestTradeNameIsABusiness(t *testing.T) {
	checkKinds(t, []kindCase{
		{"coined word and a plural noun, subject of said", "Northwind Turbines said the order was large.", "Northwind Turbines", briefing.KindOrganisation},
		{"coined word and a plural noun, subject of an agreement", "Northwind Turbines agreed to supply the blades.", "Northwind Turbines", briefing.KindOrganisation},
		{"known first name before a plural noun", "Sarah Mills said she would resign.", "Sarah Mills", briefing.KindPerson},
	})
}
