package commitments

import "testing"

// TestCommittingAWrongIsNoCommitment checks that "commit" with a crime or
// a mistake for its object is a deed, however it is governed.
func TestCommittingAWrongIsNoCommitment(t *testing.T) {
	runCases(t, []commitmentCase{
		{"conspiring to commit fraud is a deed plotted",
			"Prosecutors say Dale Hunter conspired to commit fraud to meet earnings targets.",
			[]string{"Dale Hunter/person"}, nil, nil},
		{"agreeing to commit perjury is no agreement a brief keeps",
			"Dale Hunter agreed to commit perjury, the court heard.", []string{"Dale Hunter/person"}, nil, nil},
		{"a decision to commit fraud is a wrong chosen",
			"Dale Hunter's decision to commit fraud shocked his colleagues.", []string{"Dale Hunter/person"}, nil, nil},
		{"committing war crimes is a deed",
			"The tribunal found that Gen Ivo Marek committed war crimes.", []string{"Ivo Marek/person"}, nil, nil},
		{"committing funds is still a pledge",
			"Norvia committed €400m to the reconstruction fund.", []string{"Norvia/country"}, nil,
			[]brief{{"Norvia", "pledged", "", ""}}},
		{"committing oneself to act is still a pledge",
			"Norvia committed itself to cut emissions by half.", []string{"Norvia/country"}, nil,
			[]brief{{"Norvia", "pledged", "", ""}}},
	})
}
