package parties

import "testing"

// TestBodyToldByApposedDescription checks that a one-word name that opens
// its sentence is an organisation when a description of a body set off
// after it says so, though it is told by a participle or a relative
// clause rather than ending at its noun.
func TestBodyToldByApposedDescription(t *testing.T) {
	checkKinds(t, []kindCase{
		{"body told by a participle", "Teachers voted to strike. Cosla, the body representing councils, said it would not agree to any deal.", "Cosla", "organisation"},
		{"union told by a relative clause", "Teachers voted to strike. Voreda, the union that represents nurses, said it would ballot its members.", "Voreda", "organisation"},
	})
}

// TestOfficeOfBodyNamedByKind checks that an office owned by "the union"
// or "the company" belongs to the organisation the sentence before
// names, when no organisation's name holds that noun.
func TestOfficeOfBodyNamedByKind(t *testing.T) {
	checkAffiliations(t, "2026-12-03", []affiliationCase{
		{"Members of the Educational Institute of Scotland (EIS) backed strike action by 78%. The union's general secretary, Andrea Bradley, said the first walkouts would take place in January.",
			"Andrea Bradley", "Educational Institute of Scotland"},
		{"Britain and the Kelso Rail Company signed the contract on Monday. The company's chief executive, Ian Marr, said work would start in May.",
			"Ian Marr", "Kelso Rail Company"},
	})
}

// TestOfficeOwnedWithTimeWord checks that "current" or "new" between the
// owner and the office leaves the office's owner the same.
func TestOfficeOwnedWithTimeWord(t *testing.T) {
	checkAffiliations(t, "2024-11-20", []affiliationCase{
		{"Derek Holloway led Castlebridge Borough Council from 2017 to 2022. The council's current leader, Amina Siddiqui, said a review would report by June.",
			"Amina Siddiqui", "Castlebridge Borough Council"},
	})
}
