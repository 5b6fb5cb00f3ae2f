package commitments

import "testing"

// TestAttemptsToldAreEvents checks that "sought to" told as done is an
// attempt made, while a seeking still under way or to come proposes.
func TestAttemptsToldAreEvents(t *testing.T) {
	runCases(t, []commitmentCase{
		{"having sought to halt an auction is an attempt made",
			"Harlow Mining unsuccessfully sought to halt the auction last year.", []string{"Harlow Mining/organisation"}, nil, nil},
		{"having sought to rig bids is a deed",
			"Marlow Insurance sought to rig bids with other brokers.", []string{"Marlow Insurance/organisation"}, nil, nil},
		{"seeking to cut debt proposes it",
			"Harlow Mining is seeking to cut its debt by half.", []string{"Harlow Mining/organisation"}, nil,
			[]brief{{"Harlow Mining", "proposed", "", ""}}},
		{"will seek to recover costs intends it",
			"Harlow Mining said it would seek to recover its costs from the council.", []string{"Harlow Mining/organisation"}, nil,
			[]brief{{"Harlow Mining", "proposed", "", ""}}},
	})
}
