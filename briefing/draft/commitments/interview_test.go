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
	})
}
