package parties

import "testing"

// TestBodyAfterOfRoles checks that a role naming a drafted body after
// "of" or "for" gives the person that body as affiliation, and that a
// description of the body between office and name leaves the office
// alone as the role.
func TestBodyAfterOfRoles(t *testing.T) {
	checkPeople(t, []personCase{
		{"office of a body by its name", `"Our engineers will start in January," said Anton Mrak, chief executive of Besk Transit.`,
			"Anton Mrak", "chief executive of Besk Transit", "Besk Transit"},
		{"office of a body described before its name", `"Our engineers will start in January," said Anton Mrak, chief executive of the state pipeline firm Besk Transit.`,
			"Anton Mrak", "chief executive", "Besk Transit"},
		{"office for a body", "Varden Bank kept its forecast. Ines Ruiz, a spokeswoman for Varden Bank, said rates would rise.",
			"Ines Ruiz", "spokeswoman for Varden Bank", "Varden Bank"},
		{"an office naming a portfolio, then the state", "Lena Frisk, the Minister of Foreign Affairs of Tarvania, said talks would resume.",
			"Lena Frisk", "Minister of Foreign Affairs of Tarvania", "Tarvania"},
		{"an office for a state written after the body that sends its holder", "The International Monetary Fund (IMF) is negotiating with Ghana. The IMF mission chief for Ghana, Stephane Roudet, said talks would resume in February.",
			"Stephane Roudet", "mission chief for Ghana", "International Monetary Fund"},
		{"no drafted body after the office", "Kurt Amsel, head of competitions, said the race would go ahead.",
			"Kurt Amsel", "head of competitions", ""},
		{"office of a body whose name holds \"and\"", "Dr Anjali Rao, chief executive of the Norfolk and Norwich University Hospitals NHS Foundation Trust, said the trust would hire nurses.",
			"Anjali Rao", "chief executive", "Norfolk and Norwich University Hospitals NHS Foundation Trust"},
	})
}
