package commitments

import "testing"

// TestQuestionersClaimsCommitNobody checks that what a questioner in a
// transcript says a party will do or has done is a claim put to the
// speaker, while the answers and the prose around them keep their
// commitments.
func TestQuestionersClaimsCommitNobody(t *testing.T) {
	parties := []string{"Acme Corp/organisation", "Unite/organisation", "Ostrava/country", "John Hale/person"}
	runCases(t, []commitmentCase{
		{"a claim on a Q line is no commitment",
			"Q: Your rival says Acme Corp will close the plant in Leeds next year. Is that right?\n\nA: No. Acme Corp will keep the Leeds plant open.",
			parties, nil, []brief{{"Acme Corp", "intends", "", ""}}},
		{"an interviewer's premise is no commitment",
			"Interviewer: Unite agreed to a pay freeze in March. Why?\n\nJohn Hale: Unite will not accept another freeze.",
			parties, nil, []brief{{"Unite", "refused", "", ""}}},
		{"a question label with a source keeps the turn",
			"QUESTION (Reuters): Ostrava has promised to withdraw its troops. When will that happen?",
			parties, nil, nil},
		{"a speaker's label after the question on the same line ends the turn",
			"Q: Acme Corp pledged to hire 200 staff. Where are they? John Hale: Acme Corp will hire them by June.",
			parties, nil, []brief{{"Acme Corp", "intends", "", ""}}},
		{"a member who puts numbered questions is a questioner between them",
			"Oral evidence\n\nQ1 Chair: Will you keep the Leeds plant open?\n\nJohn Hale: Acme Corp will keep it open.\n\nChair: We will hold you to that. We will write to you next week.",
			parties, nil, []brief{{"Acme Corp", "intends", "", ""}}},
		{"a speaker who puts no numbered question keeps the turn",
			"Oral evidence\n\nQ1 Chair: Will you keep the Leeds plant open?\n\nJohn Hale: Acme Corp will keep it open.\n\nQ2 Chair: And the staff?\n\nJohn Hale: Acme Corp will not cut jobs.",
			parties, nil, []brief{{"Acme Corp", "intends", "", ""}, {"Acme Corp", "pledged", "", ""}}},
		{"prose with a colon is no transcript",
			"The deal is clear: Acme Corp will close the plant in Leeds.",
			parties, nil, []brief{{"Acme Corp", "intends", "", ""}}},
	})
}
