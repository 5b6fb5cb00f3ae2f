package syntax

import "testing"

func TestMarkedConjunctRepair(t *testing.T) {
	const text = "Achebe said Belmora would keep its 15% tariff on Ostravan electric cars until Ostrava ends subsidies for its carmakers."
	checkRepairs(t, []repairCase{
		{"a clause opened by until, read as a conjunct of the report, modifies the verb before it", text, "ends", "keep", "advcl"},
		{"a clause of time opened by after and its comma stays where the parser put it",
			"The union will return to work after the company accepted the offer.", "accepted", "return", "advcl"},
	})
}
