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
