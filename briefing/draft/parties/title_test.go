package parties

import (
	"slices"
	"testing"
)

func TestNamesAroundTitlesAndNumbers(t *testing.T) {
	cases := []struct {
		construction, text string
		want, notWant      []string
	}{
		{"a title that goes on over its field after \"for\" before a name", "Minister of State for Foreign Affairs Khalid al-Tamimi said the truce would hold.",
			[]string{"Khalid al-Tamimi"}, []string{"Affairs Khalid", "Foreign Affairs Khalid"}},
		{"a surname after an Arabic article, alone and starting a sentence", "Salim al-Rawani was freed on Monday. Al-Rawani flew home, and talks with al-Rawani will follow.",
			[]string{"Salim al-Rawani"}, []string{"Al-Rawani", "al-Rawani", "Salim"}},
		{"the number of a union's local", "The Amalgamated Transit Union Local 418 said it would strike.",
			[]string{"Amalgamated Transit Union Local 418"}, []string{"Amalgamated Transit Union Local"}},
		{"an office of a place is no name for its holder", "The Mayor of Tallow Shire, Bev Okonkwo, will attend.",
			[]string{"Tallow Shire", "Bev Okonkwo"}, nil},
		{"a time adverb that starts a sentence before a name", "Tonight Corvenia voted for change, said Ilse Brandt.",
			[]string{"Corvenia", "Ilse Brandt"}, []string{"Tonight Corvenia"}},
		{"the state an office's field is of, named in full", "The Minister of Climate and Green Growth of the Kingdom of the Netherlands signed the declaration.",
			[]string{"Netherlands"}, []string{"Kingdom"}},
		{"a surname that is also a word, opening a sentence after the name was given with a title", "Premier Rosalind Carver conceded defeat.\n\nCarver said she would stay on as leader.",
			[]string{"Rosalind Carver"}, nil},
		{"a name in French with its connectors, and its acronym of a hyphenated word's parts", "The government signed an agreement with the Rassemblement pour la Paix du Nord-Est (RPNE) on Monday. The RPNE will remove its checkpoints.",
			[]string{"Rassemblement pour la Paix du Nord-Est"}, []string{"Paix du Nord-Est", "RPNE"}},
		{"an agreement's sides by their states", "The Portuguese Participant intends to designate an area for hydrogen production.",
			nil, []string{"Portuguese Participant"}},
	}
	for _, c := range cases {
		checkParties(t, c.construction, c.text, c.want, c.notWant)
	}
	d := draftDoc(t, "Minister of State for Foreign Affairs Khalid al-Tamimi said the truce would hold.", "2021-03-01")
	if p := findParty(d.Parties, "Khalid al-Tamimi"); p == nil || p.Role != "Minister of State for Foreign Affairs" {
		t.Errorf("title over its field: got %+v, want role %q", p, "Minister of State for Foreign Affairs")
	}
}

// partyRoleCase is a text and the office its draft must give the party of
// that name, named for the construction it tests.
type partyRoleCase struct {
	construction, text, name, role string
}

// checkPartyRoles drafts each case and checks the named party's office.
func checkPartyRoles(t *testing.T, cases []partyRoleCase) {
	t.Helper()
	for _, c := range cases {
		if p := partyIn(t, c.construction, c.text, c.name); p != nil && p.Role != c.role {
			t.Errorf("%s: %q has role %q, want %q", c.construction, c.name, p.Role, c.role)
		}
	}
}

func TestRolesFromTitlesBeforeNames(t *testing.T) {
	checkPartyRoles(t, []partyRoleCase{
		{"the head of a government named in its own language", "The promise came from the Taoiseach, Fergal Doyle, on Monday.", "Fergal Doyle", "Taoiseach"},
		{"a rank of two words that starts a sentence", "Detective Inspector June Harlow, of Tarnshire Police, said the inquiry would continue.",
			"June Harlow", "Detective Inspector"},
		{"the longest rank of title words", "Detective Chief Inspector Mark Ellis said the gang was jailed.", "Mark Ellis", "Detective Chief Inspector"},
		{"a body's acronym before an office is no part of it", "ORS Secretary-General Paul Lemaire welcomed the deal.", "Paul Lemaire", "Secretary-General"},
		{"a field shaped like an adjective after \"for\", then the holder after a comma", "The government's Minister for Humanitarian Affairs, Yusuf Darran, said the army would let men through.",
			"Yusuf Darran", "Minister for Humanitarian Affairs"},
		{"a title's field, then the state it is of, before a name", "Minister for Foreign Affairs of Oman Badr Albusaidi said Muscat would host the talks.",
			"Badr Albusaidi", "Minister for Foreign Affairs of Oman"},
		{"a qualifier the list holds alone before a title word", "Deputy Governor Lena Strand voted for a cut. The bank held rates.",
			"Lena Strand", "Deputy Governor"},
		{"an honorific with a dot is no office", "Glenn Parr denies the charge. \"Mr. Parr did not bribe anyone,\" his lawyer said.",
			"Glenn Parr", ""},
		{"an office of a state of a union", "State Transportation Secretary Paul Whitby said the bridge would reopen.", "Paul Whitby", "State Transportation Secretary"},
		{"a qualified office with its field, then the holder after a comma", "The treaty was signed by Senegal's Minister Delegate for Health, Ousmane Diallo, on Friday.",
			"Ousmane Diallo", "Minister Delegate for Health"},
		{"a word after the office that qualifies it, before a name", "President Elect Maria Lopes said she would keep the cabinet.", "Maria Lopes", "President Elect"},
		{"an office for a people living abroad, then the holder after a comma", "The accord was signed in Dakar by Senegal's Minister for Senegalese Living Abroad, Awa Ndiaye.",
			"Awa Ndiaye", "Minister for Senegalese Living Abroad"},
		{"a qualified office before the holder after a comma", "The treaty was signed by Senegal's Minister Delegate, Ousmane Diallo, on Friday.", "Ousmane Diallo", "Minister Delegate"},
	})
}

func TestOfficeFieldIsNoBody(t *testing.T) {
	checkParties(t, "the field of an office after \"for\" is no body", "The government's Minister for Humanitarian Affairs, Yusuf Darran, said the army would let men through.",
		[]string{"Yusuf Darran"}, []string{"Humanitarian Affairs"})
	checkParties(t, "a word qualifying the office and a people it serves are no parties", "The accord was signed by Senegal's Minister Delegate for Senegalese Living Abroad, Awa Ndiaye, on Friday.",
		[]string{"Awa Ndiaye", "Senegal"}, []string{"Delegate", "Senegalese Living Abroad", "Minister Delegate"})
}

func TestPlaceOfAnOffice(t *testing.T) {
	checkKinds(t, []kindCase{
		{"the place an office is of, ending in a word for a place", "The Mayor of Tallow Shire, Bev Okonkwo, will attend.", "Tallow Shire", "place"},
		{"the one word a head of state's office is of names a country", "The President of Montaraz, Rafael Iturbe, vetoed the bill.", "Montaraz", "country"},
	})
}

// TestSurnameAfterTitledName checks that a surname that is also a word
// ("Carver"), opening a sentence, is the person named before with a title.
func TestSurnameAfterTitledName(t *testing.T) {
	d := draftDoc(t, "Premier Rosalind Carver conceded defeat.\n\nCarver said she would stay on as leader.", "2026-11-28")
	p := findParty(d.Parties, "Rosalind Carver")
	if p == nil || !slices.Contains(p.Aliases, "Carver") {
		t.Errorf("got %+v, want Rosalind Carver with the alias Carver", p)
	}
}

// TestRoleOfCountedSides checks that an office "of both countries" before
// the people who hold it is each one's office alone, while an office of a
// body keeps its "of" phrase.
func TestRoleOfCountedSides(t *testing.T) {
	checkPartyRoles(t, []partyRoleCase{
		{"an office of both countries, held by two people", "Ghana and Togo agreed. The foreign ministers of both countries, Kwame Asante and Yawa Mensah, signed a memorandum in Accra.", "Yawa Mensah", "foreign minister"},
		{"an office of a named body keeps its phrase", "The chief executive of Besk Transit, Ana Roth, signed the deal.", "Ana Roth", "chief executive of Besk Transit"},
	})
}
