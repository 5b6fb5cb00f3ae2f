package commitments

import "testing"

// TestIndefiniteDescriptionNamedAfter checks that an indefinite
// description opening a story ("A hospital trust … has promised") is the
// body the next sentences name, and "the trust" that body after it; one
// named before makes the description another body.
func TestIndefiniteDescriptionNamedAfter(t *testing.T) {
	parties := []string{"Wyvern Valley Hospitals NHS Trust/organisation", "Care Quality Commission|CQC/organisation", "NHS England/organisation"}
	runCases(t, []commitmentCase{
		{"a description named in the next sentence",
			"A hospital trust rated \"inadequate\" by inspectors has promised to recruit 180 more nurses. Wyvern Valley Hospitals NHS Trust published its plan on Tuesday. The CQC said the plan was a start.",
			parties, nil,
			[]brief{{"Wyvern Valley Hospitals NHS Trust", "pledged", "2020-08-31", ""}}},
		{"the trust after the body is named",
			"Wyvern Valley Hospitals NHS Trust published its plan on Tuesday. The CQC said the plan was a start. In a U-turn, the trust said it would not close the minor injuries unit.",
			parties, nil,
			[]brief{{"Wyvern Valley Hospitals NHS Trust", "pledged", "", ""}}},
		{"the trust and its it after another body",
			"Wyvern Valley Hospitals NHS Trust published its plan on Tuesday. NHS England has given £12m towards the plan. In a U-turn, the trust said it would keep the unit, which it had proposed to shut last autumn.",
			parties, nil,
			[]brief{{"Wyvern Valley Hospitals NHS Trust", "intends", "", ""}, {"Wyvern Valley Hospitals NHS Trust", "proposed", "", ""}}},
		{"a description after the body was named is another body",
			"Wyvern Valley Hospitals NHS Trust published its plan on Tuesday. A hospital trust in the north has promised to recruit 50 nurses. Wyvern Valley Hospitals NHS Trust said it welcomed the news.",
			parties, nil,
			[]brief{{"hospital trust in the north", "pledged", "2020-08-31", ""}}},
	})
}
