package commitments

import "testing"

// TestAcceptedRequest checks that accepting what another asked or found
// is an agreement of the one who accepts.
func TestAcceptedRequest(t *testing.T) {
	runCases(t, []commitmentCase{
		{"accepting an invitation to act agrees to the act",
			"Oren Valik accepted an invitation to pay a state visit to Meridia.",
			[]string{"Oren Valik|Valik/person", "Meridia/country"}, nil,
			[]brief{{"Oren Valik", "agreed", "", ""}}},
		{"accepting a cessation of hostilities on a condition",
			"The Karsan government accepts the cessation provided the rebels leave the highway.",
			[]string{"Karsan/country"}, nil,
			[]brief{{"Karsan", "conditional", "", ""}}},
		{"accepting findings agrees to them",
			"Wessex County Council accepted the coroner's findings in full.",
			[]string{"Wessex County Council/organisation"}, nil,
			[]brief{{"Wessex County Council", "agreed", "", ""}}},
		{"a condition in a relative clause of accepting is agreed by its subject",
			"Denmark would pay only if the money was audited, a condition Sweden accepted.",
			[]string{"Denmark/country", "Sweden/country"}, nil,
			[]brief{{"Denmark", "conditional", "", ""}, {"Sweden", "agreed", "", ""}}},
		{"refusing to accept a demand accepts nothing",
			"Halvex refused to accept the demand.",
			[]string{"Halvex/organisation"}, nil,
			[]brief{{"Halvex", "refused", "", ""}}},
		{"a demand only made is no agreement",
			"Sweden made a demand for talks.",
			[]string{"Sweden/country"}, nil, nil},
	})
}
