package parties

import "testing"

// personCase is a text and the role and affiliation the person of that
// name must have in its draft, named for the construction it tests.
type personCase struct {
	construction, text, name, role, affiliation string
}

// checkPeople drafts each case and checks the named person's role and
// affiliation.
func checkPeople(t *testing.T, cases []personCase) {
	t.Helper()
	for _, c := range cases {
		d := draftDoc(t, c.text, "2021-03-01")
		p := findParty(d.Parties, c.name)
		if p == nil {
			t.Errorf("%s: no party %q in %q (%v)", c.construction, c.name, c.text, names(d.Parties))
			continue
		}
		if p.Role != c.role || p.Affiliation != c.affiliation {
			t.Errorf("%s: %q has role %q of %q, want %q of %q", c.construction, c.name, p.Role, p.Affiliation, c.role, c.affiliation)
		}
	}
}

func TestDemonymOfAStateTheTextShows(t *testing.T) {
	checkPeople(t, []personCase{
		{"demonym in -n before a title", "Kaldoran Foreign Minister Ivo Marek flew home on Monday. Kaldora's parliament rejected the deal.",
			"Ivo Marek", "Foreign Minister", "Kaldora"},
		{"demonym in -ian before a title, state named later", "The talks were chaired by Vostmarkian President Ana Roth. Vostmarkian troops left the town, and Vostmark said it would reopen the border.",
			"Ana Roth", "President", "Vostmark"},
		{"demonym of a state the text does not name stays", "Vostmarkian Foreign Minister Ana Roth flew home on Monday.",
			"Ana Roth", "Vostmarkian Foreign Minister", ""},
		{"qualifier before a demonym and a title", "The bloc said it would send a mediation team led by former Namibian Prime Minister Saara Nangolo.",
			"Saara Nangolo", "former Prime Minister of Namibia", "Namibia"},
		{"qualifier opening the sentence before a demonym and a title", "Former Namibian Prime Minister Saara Nangolo said she would lead the team.",
			"Saara Nangolo", "former Prime Minister of Namibia", "Namibia"},
	})
}

func TestCounterpartTakesTheOffice(t *testing.T) {
	checkPeople(t, []personCase{
		{"counterpart after a titled name", "Chinese President Xi Jinping met his US counterpart Joe Biden in Lima on Saturday.",
			"Joe Biden", "President", ""},
		{"counterpart of a manager", "Harrow manager Tom Keel and his Dunmore counterpart Ray Stott shook hands before kick-off.",
			"Ray Stott", "manager", ""},
		{"counterpart named by its people", "Tanzania and Kenya agreed on a railway. Kenyan President Amani Otieno and his Tanzanian counterpart, Grace Mwakyusa, signed a memorandum.",
			"Grace Mwakyusa", "President", "Tanzania"},
		{"counterpart of an invented state named by its people", "Ostrava and Kelmar signed a treaty. Kelmarian Foreign Minister Ivo Marek and his Ostravan counterpart Lena Brandt met in Vienna.",
			"Lena Brandt", "Foreign Minister", "Ostrava"},
		{"counterpart of an invented state's minister, named by its own people", "Kaldoran Defence Minister Ana Roth and her Velsian counterpart Ivo Marek signed a pact.",
			"Ivo Marek", "Velsian Defence Minister", ""},
		{"counterpart named by its people, the office's people given before the title", "Tanzania and Kenya agreed on a railway. Kenyan Foreign Minister Amani Otieno and his Tanzanian counterpart, Grace Mwakyusa, signed a memorandum.",
			"Grace Mwakyusa", "Foreign Minister", "Tanzania"},
		{"counterpart of someone in an earlier sentence stays", "Defence Minister Ana Roth arrived on Monday. The next day her counterpart Ray Stott flew in.",
			"Ray Stott", "counterpart", ""},
		{"counterpart before a comma and a state that opens the next clause", "Under the deal, signed in Halsvik by Norwegian fisheries minister Eirik Haldorsen and his Icelandic counterpart Sigrun Olafsdottir, Iceland will take 14.2 percent.",
			"Sigrun Olafsdottir", "fisheries minister", "Iceland"},
	})
}

// TestDemonymOfAKnownState checks that the demonym of a country the
// gazetteer knows, written before a person's office, gives the person
// that country as affiliation, whether or not the text names the country.
func TestDemonymOfAKnownState(t *testing.T) {
	checkPeople(t, []personCase{
		{"demonym before an office in apposition", "The Icelandic fisheries minister, Tomas Rydqvist, said the government would not negotiate.",
			"Tomas Rydqvist", "fisheries minister", "Iceland"},
		{"demonym before an office before the name", "Chinese foreign ministry spokesman Zhao Lijian said talks would go on.",
			"Zhao Lijian", "foreign ministry spokesman", "China"},
		{"a word before the office that is no demonym", "The deputy fisheries minister, Tomas Rydqvist, said the government would not negotiate.",
			"Tomas Rydqvist", "deputy fisheries minister", ""},
	})
}
