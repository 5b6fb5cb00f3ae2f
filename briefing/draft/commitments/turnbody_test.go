package commitments

import "testing"

// TestTurnBody checks the body a transcript's label says its speaker
// speaks for: the firm named after the name, or the company whose call it
// is for an office in a firm with no firm named.
func TestTurnBody(t *testing.T) {
	const call = "Harlow Foods Full-Year Results Call\n\nOperator: Welcome to the call.\n\n"
	runCases(t, []commitmentCase{
		{"an officer's we is the company whose call it is",
			call + "Nadia Osei, CFO: We will keep the dividend at 12p.\n\nOperator: Next question.\n\nNadia Osei, CFO: We will not sell the dairy unit.",
			[]string{"Harlow Foods/organisation", "Nadia Osei/person/CFO"}, nil,
			[]brief{{"Harlow Foods;Nadia Osei", "pledged", "", ""}, {"Harlow Foods;Nadia Osei", "refused", "", ""}}},
		{"a we after a label that names a firm is that firm's",
			call + "Tom Reyes, Penrose Capital: We will buy more shares.\n\nOperator: Next question.\n\nNadia Osei, CFO: Thank you.",
			[]string{"Harlow Foods/organisation", "Penrose Capital/organisation", "Tom Reyes/person", "Nadia Osei/person/CFO"}, nil,
			[]brief{{"Penrose Capital;Tom Reyes", "pledged", "", ""}}},
	})
}

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

// TestCommittedToDoing checks that "committed to offering" is one
// commitment, the committing, not a second offer.
func TestCommittedToDoing(t *testing.T) {
	runCases(t, []commitmentCase{
		{"committed to with a gerund",
			"Harlow Foods said it had committed to offering every affected worker a transfer.",
			[]string{"Harlow Foods/organisation"}, nil,
			[]brief{{"Harlow Foods", "pledged", "", ""}}},
	})
}

// TestPrintedInterview checks an interview printed with "Q." and "A.": the
// answers are the interviewee's words, the questions commit no one.
func TestPrintedInterview(t *testing.T) {
	runCases(t, []commitmentCase{
		{"an answer's will is the interviewee's",
			"\"We will not sell the port\" – an interview with Ana Lindt\n\nAna Lindt became mayor in May.\n\nQ. Will you sell the port?\n\nA. No. I will not sell the port while I am mayor.\n\nQ. Your rival says the council will sell it.\n\nA. He is wrong.",
			[]string{"Ana Lindt/person/mayor"}, nil,
			[]brief{{"Ana Lindt", "refused", "", ""}}},
	})
}
