package commitments

import "testing"

// TestAgreementText checks the text of an agreement: what its parties
// "shall" do is agreed, and the sides it defines are those that act.
func TestAgreementText(t *testing.T) {
	const preamble = "The Republic of Ardmore and the Kingdom of Velsia (hereinafter \"the Parties\") have agreed as follows.\n\n"
	runCases(t, []commitmentCase{
		{"the parties shall: agreed by both",
			preamble + "Article 1. The Parties shall exchange catch data every month.",
			[]string{"Ardmore/country", "Velsia/country"}, nil,
			[]brief{{"Ardmore;Velsia", "agreed", "", ""}}},
		{"one side shall: agreed by it",
			preamble + "Article 1. The Parties shall exchange catch data.\n\nArticle 2. Velsia shall train forty inspectors.",
			[]string{"Ardmore/country", "Velsia/country"}, nil,
			[]brief{{"Ardmore;Velsia", "agreed", "", ""}, {"Velsia", "agreed", "", ""}}},
		{"either party: both sides",
			preamble + "Article 1. The Parties shall exchange catch data.\n\nArticle 2. Either Party shall notify the other of any sighting within 48 hours.",
			[]string{"Ardmore/country", "Velsia/country"}, nil,
			[]brief{{"Ardmore;Velsia", "agreed", "", ""}, {"Ardmore;Velsia", "agreed", "", ""}}},
		{"a speaker's we shall is a vow, not a term",
			"\"We shall never surrender the islands,\" said Ardmore's president, Ivo Dane.",
			[]string{"Ivo Dane/person/president", "Ardmore/country"}, nil,
			[]brief{{"Ardmore;Ivo Dane", "refused", "", ""}}},
	})
}

// TestAgreementTextWill checks that in the text of an agreement, named so
// on its first line, what a party will do is a term agreed, and that a
// story about an agreement keeps its intentions.
func TestAgreementTextWill(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a coalition agreement's will",
			"COALITION AGREEMENT\nbetween the Union for Progress and Green Future\n\n2.2. The Union for Progress will submit the draft budget to the Saeima.",
			[]string{"Union for Progress/organisation", "Green Future/organisation"}, nil,
			[]brief{{"Union for Progress", "agreed", "", ""}}},
		{"a declaration of intent named in capitals under a web page's header",
			"Government.nl\n\nMinistry of Climate | Diplomatic statement\n\nJOINT DECLARATION OF INTENT\n\nbetween the Union for Progress and Green Future\n\n2. The Union for Progress will submit the draft budget to the Saeima.",
			[]string{"Union for Progress/organisation", "Green Future/organisation"}, nil,
			[]brief{{"Union for Progress", "agreed", "", ""}}},
		{"a story about an agreement",
			"Altamira and Hanseong Sign 20-Year LNG Agreement\n\nAltamira intends to take a final investment decision next summer.",
			[]string{"Altamira/organisation", "Hanseong/organisation"}, nil,
			[]brief{{"Altamira", "intends", "", ""}}},
	})
}

// TestDeclarationParticipants checks a declaration that names its sides
// "the Participants" after a comma: what they intend is both sides', and
// "the Portuguese Participant" is the side of that state.
func TestDeclarationParticipants(t *testing.T) {
	const preamble = "The Minister of Climate of the Kingdom of the Netherlands and the Minister of Energy of the Portuguese Republic, hereinafter referred to as \"the Participants\",\n\nHave reached the following understanding:\n\n"
	parties := []string{"Kingdom of the Netherlands/country", "Portuguese Republic/country"}
	runCases(t, []commitmentCase{
		{"the participants: both sides",
			preamble + "1. The Participants intend to establish a green hydrogen corridor between Sines and Rotterdam.",
			parties, nil,
			[]brief{{"Kingdom of the Netherlands;Portuguese Republic", "intends", "", ""}}},
		{"the participant of one state: that side",
			preamble + "3. The Portuguese Participant intends to designate an area of up to 120 hectares for hydrogen production.",
			parties, nil,
			[]brief{{"Portuguese Republic", "intends", "", ""}}},
	})
}
