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

// TestTalksSoughtAreIntended checks that a party that says it will seek
// talks or a meeting intends that step, while talks sought in the past
// were an attempt.
func TestTalksSoughtAreIntended(t *testing.T) {
	runCases(t, []commitmentCase{
		{"would seek urgent talks",
			"The GMB union said it would seek urgent talks with the new lenders about jobs.", []string{"GMB|GMB union/organisation"}, nil,
			[]brief{{"GMB", "intends", "", ""}}},
		{"will seek a meeting",
			"The GMB union will seek a meeting with both chief executives.", []string{"GMB|GMB union/organisation"}, nil,
			[]brief{{"GMB", "intends", "", ""}}},
		{"sought talks",
			"The GMB union sought talks with the lenders last week.", []string{"GMB|GMB union/organisation"}, nil, nil},
	})
}
