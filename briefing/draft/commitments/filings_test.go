package commitments

import "testing"

// TestDefinedCompany checks a filing's "the Company", the name it defined
// so, and an agreement entered into.
func TestDefinedCompany(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the Company is the name defined so",
			"Kelby Minerals plc (\"Kelby\" or the \"Company\") and Velsia Mining S.A. (\"Velsia\") have entered into a definitive agreement to merge. The Company intends to apply for a listing in Lisbon.",
			[]string{"Kelby Minerals plc|Kelby/organisation", "Velsia Mining S.A.|Velsia/organisation"}, nil,
			[]brief{{"Kelby Minerals plc;Velsia Mining S.A.", "signed", "2020-08-31", ""}, {"Kelby Minerals plc", "intends", "", ""}}},
	})
}
