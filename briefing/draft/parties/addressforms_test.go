package parties

import "testing"

// TestFormsOfAddressBeforeTheName checks that "Hon." and ranks written
// without a full stop ("Gen", "Lt Col") address the person and belong to
// no name, and that a form of address after an office and a comma opens
// the holder's name rather than adding to the office's field.
func TestFormsOfAddressBeforeTheName(t *testing.T) {
	checkPartyRoles(t, []partyRoleCase{
		{"Hon. after an office and a comma", "The Minister for Foreign Affairs, Hon. Kwabena Asante-Dapaah, on Wednesday received his counterpart.",
			"Kwabena Asante-Dapaah", "Minister for Foreign Affairs"},
		{"Mr. after an office for a field", "The Minister for Foreign Affairs, Mr. Kwabena Asante-Dapaah, said Ghana would act.",
			"Kwabena Asante-Dapaah", "Minister for Foreign Affairs"},
		{"a field list still runs up to the name", "Minister for Transport, Tourism and Sport Ana Roth said the line would reopen.",
			"Ana Roth", "Minister for Transport, Tourism and Sport"},
		{"a rank without a full stop", "Gen Pitso Ramakatane told reporters that a council would govern.", "Pitso Ramakatane", "General"},
		{"two ranks without full stops", "Lt Col Ian Cole said the unit would leave.", "Ian Cole", "Lieutenant Colonel"},
	})
	checkPartyCases(t, []partyCase{
		{"Hon. alone before a surname", "Hon Kwabena Asante-Dapaah spoke first. Hon. Asante-Dapaah said Ghana would open an embassy.",
			[]string{"Kwabena Asante-Dapaah"}, []string{"Hon. Asante-Dapaah", "Hon Kwabena Asante-Dapaah"}},
		{"a surname after to", "Speaker Laurent Desrochers said he had no power. The parties had written to Desrochers on Monday.",
			[]string{"Laurent Desrochers"}, []string{"Desrochers"}},
		{"a bill known by its number", "Fourteen MPs said they will not vote for Bill C-34. Bill C-34 would allow bulk water exports.",
			nil, []string{"Bill"}},
	})
}
