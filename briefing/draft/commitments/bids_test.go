package commitments

import "testing"

// TestBidsThatAttempt checks that a "bid" to achieve something is an
// attempt, in any position and with any verb, while a bid to acquire
// something is an offer.
func TestBidsThatAttempt(t *testing.T) {
	parties := []string{"Acme Corp/organisation", "Halden Foods/organisation", "Ostrava/country", "Lena Smith/person",
		"Unite/organisation"}
	runCases(t, []commitmentCase{
		{"a bid to become is a campaign", "Lena Smith launched a bid to become mayor of Halden.", parties, nil, nil},
		{"a bid to host is an attempt", "Ostrava made a bid to host the 2030 Games.", parties, nil, nil},
		{"a bid to stop is an attempt", "Unite made a last-ditch bid to stop the closure.", parties, nil, nil},
		{"in a bid to is a purpose, the promise is the commitment",
			"In a bid to win votes, Lena Smith promised to cut fares.", parties, nil,
			[]brief{{"Lena Smith", "pledged", "", ""}}},
		{"a bid to buy is an offer", "Acme Corp made a bid to buy Halden Foods.", parties, nil,
			[]brief{{"Acme Corp", "proposed", "", ""}}},
		{"a bid to take over is an offer", "Acme Corp launched a bid to take over Halden Foods.", parties, nil,
			[]brief{{"Acme Corp", "proposed", "", ""}}},
	})
}
