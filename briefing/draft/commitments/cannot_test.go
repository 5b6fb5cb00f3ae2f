package commitments

import "testing"

// TestCannotRefuses checks that a party that cannot agree or accept
// refuses, and keeps the condition it sets, while one that cannot pay
// commits to nothing.
func TestCannotRefuses(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a state cannot agree",
			"Hungary cannot agree to open the clusters. Kelmar cannot pay its debts.",
			[]string{"Hungary/country", "Kelmar/organisation"}, nil,
			[]brief{{"Hungary", "refused", "", ""}}},
		{"a state cannot agree unless another acts",
			`He confirmed his veto, saying Hungary "cannot agree to open clusters unless Moldova guarantees in law the rights of national minorities".`,
			[]string{"Hungary/country", "Moldova/country"}, nil,
			[]brief{{"Hungary", "conditional", "", ""}}},
	})
}
