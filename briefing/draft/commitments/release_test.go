package commitments

import "testing"

// TestReleaseOwnActs checks a publisher's own acts told without a named
// actor: its bare "management", a target it reaffirms, and what a
// relative clause in the passive says will be done to a thing.
func TestReleaseOwnActs(t *testing.T) {
	parties := []string{"Tamworth Foods plc|Tamworth/organisation", "Ola Brenner/person/chief executive"}
	runCases(t, []commitmentCase{
		{"a bare management in a firm's release is the firm",
			"Tamworth Foods plc reported a 6% rise in half-year profit on Tuesday.\n\nManagement will host a call for investors at 10am.",
			parties, nil, []brief{{"Tamworth Foods plc", "intends", "", ""}}},
		{"a management owned by another is no publisher",
			"Tamworth Foods plc reported a 6% rise in half-year profit on Tuesday.\n\nThe management of the Leeds depot will hold a ballot.",
			parties, nil, []brief{{"management of the Leeds depot", "intends", "", ""}}},
		{"a target reaffirmed is pledged",
			"Tamworth Foods plc reported a 6% rise in half-year profit on Tuesday.\n\nTamworth also reaffirms its target of a 9% margin by 2029.",
			parties, nil, []brief{{"Tamworth Foods plc", "pledged", "", "2029"}}},
		{"a forecast of another reaffirmed is no goal of its own",
			"Analysts at the Corvan Bank reiterated the regulator's target for inflation.",
			nil, nil, nil},
		{"a thing a relative clause in the passive says will be paid does not pay",
			"Tamworth Foods plc reported a 6% rise in half-year profit on Tuesday.\n\nThe Board is recommending a final dividend of 5.2p per share, which, subject to shareholder approval at the annual meeting on 4 June, will be paid on 20 June.",
			parties, nil, []brief{{"Tamworth Foods plc", "intends", "", ""}}},
		{"a we under a first line that names the firm and its own document is the firm",
			"Tamworth Foods plc  Annual Report and Accounts 2025\nStrategic report\n\nSales held up in a hard year. We will use the proceeds to reduce net debt.",
			parties, nil, []brief{{"Tamworth Foods plc", "intends", "", ""}}},
	})
}
