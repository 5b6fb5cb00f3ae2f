package commitments

import "testing"

// TestCourtRefusals checks that a court refusing to act or turning down a
// request refuses, as any body does, while its ruling on an appeal or an
// argument is a judgement and no commitment.
func TestCourtRefusals(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a court refusing to hear a request refuses",
			"The Harwick Crown Court refused to consider a second request from the defence.",
			[]string{"Harwick Crown Court/organisation"}, nil,
			[]brief{{"Harwick Crown Court", "refused", "", ""}}},
		{"a court refusing to fast-track a case refuses",
			"The Harwick Crown Court refused to fast-track the case.",
			[]string{"Harwick Crown Court/organisation"}, nil,
			[]brief{{"Harwick Crown Court", "refused", "", ""}}},
		{"a court rejecting a request for bail refuses",
			"The Harwick Crown Court rejected a fresh request for bail.",
			[]string{"Harwick Crown Court/organisation"}, nil,
			[]brief{{"Harwick Crown Court", "refused", "", ""}}},
		{"a judge refusing outright refuses",
			"Mr Dane asked for a suspended sentence. Judge Mara Quill refused, saying only prison would do.",
			[]string{"Mara Quill/person/judge", "Dane/person"}, nil,
			[]brief{{"Mara Quill", "refused", "", ""}}},
		{"a judge rejecting an appeal rules",
			"The judge rejected the appeal.", nil, nil, nil},
		{"a court rejecting an argument rules",
			"The Harwick Crown Court rejected his argument that the charges were political.",
			[]string{"Harwick Crown Court/organisation"}, nil, nil},
	})
}
