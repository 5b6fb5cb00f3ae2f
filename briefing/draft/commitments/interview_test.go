package commitments

import "testing"

// TestPrintedInterview checks an interview printed with "Q." and "A.": the
// answers are the interviewee's words, the questions commit no one.
func TestPrintedInterview(t *testing.T) {
	runCases(t, []commitmentCase{
		{"an answer's will is the interviewee's",
			"\"We will not sell the port\" – an interview with Ana Lindt\n\nAna Lindt became mayor in May.\n\nQ. Will you sell the port?\n\nA. No. I will not sell the port while I am mayor.\n\nQ. Your rival says the council will sell it.\n\nA. He is wrong.",
			[]string{"Ana Lindt/person/mayor"}, nil,
			[]brief{{"Ana Lindt", "refused", "", ""}}},
		{"the interviewee is the person the heading names, not one a question brings up",
			"Interview: Rachel Okonedo, Minister for Housing\n\nQ: Tom Barr says you will bulldoze the green belt.\n\nA: That is not true. I will not remove green belt protection from a single acre of countryside.",
			[]string{"Tom Barr/person/shadow housing secretary", "Rachel Okonedo/person/minister"}, nil,
			[]brief{{"Rachel Okonedo", "refused", "", ""}}},
	})
}
