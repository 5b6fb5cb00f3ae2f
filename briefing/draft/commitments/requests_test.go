package commitments

import "testing"

// TestAskedForIsNoPlan checks that a plan someone asks for is a request to
// others, no commitment of the plan's owner.
func TestAskedForIsNoPlan(t *testing.T) {
	runCases(t, []commitmentCase{
		{"an MP asks for a firm's plan to be audited",
			"Severnvale Water pledged to invest £2bn. Local MP Helen Carrow said she had written to the environment secretary asking for the company's investment plan to be independently audited every six months.",
			[]string{"Severnvale Water|the company/organisation", "Helen Carrow/person"}, nil,
			[]brief{{"Severnvale Water", "pledged", "", ""}}},
	})
}

// TestWordingBindsNoOne checks that a text or a clause that guarantees
// something is no actor of its own.
func TestWordingBindsNoOne(t *testing.T) {
	runCases(t, []commitmentCase{
		{"language won in a negotiation",
			"Poland has dropped its objection to the fund after winning language that guarantees at least 20% of spending for projects in central and eastern Europe.",
			[]string{"Poland/country"}, nil, nil},
	})
}
