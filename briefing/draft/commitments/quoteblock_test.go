package commitments

import "testing"

// TestQuotationOverParagraphs checks that the "I" of a quotation that
// runs over paragraphs from a line ending in a colon is the one that line
// names, not the last person the quotation itself names, also in a
// sentence of the quotation with no quotation mark of its own.
func TestQuotationOverParagraphs(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the introducing line's office holder speaks every paragraph",
			"Police and Crime Commissioner Claire Hastings-Boyd has responded to the report.\n\nThe Commissioner said:\n\n\"This report makes uncomfortable reading. Chief Constable Daniel Okonjo has accepted the recommendations. I will hold him to that.\n\n\"I have agreed to fund 40 additional call handlers.\"",
			[]string{"Claire Hastings-Boyd/person/Police and Crime Commissioner", "Daniel Okonjo/person/Chief Constable"}, nil,
			[]brief{{"Daniel Okonjo", "agreed", "2020-08-31", ""}, {"Claire Hastings-Boyd", "intends", "", ""}, {"Claire Hastings-Boyd", "agreed", "2020-08-31", ""}}},
		{"a sentence of the quotation naming someone is no introduction of the next",
			"Dunmore Thistle Football Club has agreed a fee with VfL Rheinau for striker Samuel Okonjo.\n\nChairman Alasdair Munro said: \"This is a historic week. Samuel has been magnificent for us. We will not be selling any more of our key players.\"",
			[]string{"Dunmore Thistle Football Club/organisation", "VfL Rheinau/organisation", "Samuel Okonjo/person/striker", "Alasdair Munro/person/Chairman"}, nil,
			[]brief{{"Dunmore Thistle Football Club", "agreed", "2020-08-31", ""}, {"Alasdair Munro;Dunmore Thistle Football Club", "refused", "", ""}}},
		{"a quotation opened after an introducing colon inside a paragraph runs on into the next",
			"Judge Catherine Polglase refused. She told Tyler Vosper: \"This was not a moment of misjudgement.\n\n\"I accept that your remorse is genuine. But I am not prepared to suspend this sentence.\"",
			[]string{"Catherine Polglase/person/Judge", "Tyler Vosper/person"}, nil,
			[]brief{{"Catherine Polglase", "refused", "", ""}, {"Catherine Polglase", "refused", "", ""}}},
		{"a paragraph with its own attribution keeps it",
			"The minister said:\n\n\"We are ready.\n\n\"I will sign the order tomorrow,\" said Ana Reti, her deputy.",
			[]string{"Lena Dahl/person/minister", "Ana Reti/person/deputy"}, nil,
			[]brief{{"Ana Reti", "intends", "", ""}}},
	})
}

// TestSpeechInTheFirstPerson checks that the "I" of a speech is the
// office holder its heading names.
func TestSpeechInTheFirstPerson(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the speaker named under the title",
			"2026 State of the City Address\nMayor Denise Alvarado-Whitman\n\nA year ago, I stood here. I have heard the calls to raise property taxes. I will not do it.\n\nTomorrow morning I will sign an executive order requiring every department to answer requests within five days.",
			[]string{"Denise Alvarado-Whitman/person/Mayor"}, nil,
			[]brief{{"Denise Alvarado-Whitman", "refused", "", ""}, {"Denise Alvarado-Whitman", "intends", "", "2020-09-05"}}},
	})
}
