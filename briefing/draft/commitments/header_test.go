package commitments

import "testing"

// TestHeaderLinesAreRetold checks that the clauses of a headline and of
// the standfirst lines under it are no commitments of their own, while
// the body that retells them keeps its own, and a line with a stop opens
// the body; so are the heading lines of a live blog's entries.
func TestHeaderLinesAreRetold(t *testing.T) {
	parties := []string{"Halden Council/organisation", "Unite/organisation", "Ostrava/country"}
	runCases(t, []commitmentCase{
		{"a headline and a standfirst above the body",
			"Halden Council to close three libraries\n\nUnite vows to fight cuts as council offers staff new posts\n\n" +
				"Halden Council will close three libraries in June, it said on Monday.",
			parties, nil, []brief{{"Halden Council", "intends", "", ""}}},
		{"a headline over a short byline line",
			"Ostrava agrees to withdraw troops from border\nBy Anna Berg\n\nOstrava agreed on Friday to withdraw its troops from the border.",
			parties, nil, []brief{{"Ostrava", "agreed", "", ""}}},
		{"a first line with a stop is the body",
			"Unite pledged to fight the cuts.\nHalden Council will close three libraries in June.",
			parties, nil, []brief{{"Unite", "pledged", "", ""}, {"Halden Council", "intends", "", ""}}},
		{"sentences set one a line with no stop are prose",
			"Unite pledged to fight the cuts\nHalden Council will close three libraries in June\n\nThe council said little.",
			parties, nil, []brief{{"Unite", "pledged", "", ""}, {"Halden Council", "intends", "", ""}}},
		{"a live blog entry's heading under its time is retold by the entry",
			"Live: Halden floods\n\n17:55\nUnite pledges to help\nUnite said on Monday it had pledged to send 40 volunteers.\n\n17:10\nCouncil to close libraries\nHalden Council will close three libraries in June.",
			parties, nil, []brief{{"Unite", "pledged", "", ""}, {"Halden Council", "intends", "", ""}}},
		{"a bare line below the body's first sentence is no header",
			"Halden Council met on Monday.\nUnite will strike in June\n\nThe council said little.",
			parties, nil, []brief{{"Unite", "intends", "", ""}}},
	})
}
