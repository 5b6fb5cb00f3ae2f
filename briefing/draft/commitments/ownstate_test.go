package commitments

import "testing"

// TestOwnCountryOfTheSpeaker checks that "her country" and "his
// government" said by a person whose title names a place ("Vaiora's
// President") are that place's, not the state named last before them.
func TestOwnCountryOfTheSpeaker(t *testing.T) {
	checkActors(t, []actorCase{
		{"her country after another state's record",
			"Australia's record drew criticism. Vaiora's President Teuila Mase said her country would not sign the annex unless Australia set a date for ending coal approvals.",
			[]string{"Australia/country", "Vaiora/place", "Teuila Mase/person/President"}, "Vaiora"},
		{"his government after a neighbour is named",
			"Talks with Estmark stalled on Monday. Dravonia's prime minister, Pavel Orlev, said his government would reopen the border on Friday.",
			[]string{"Estmark/country", "Dravonia/place", "Pavel Orlev/person/prime minister"}, "Dravonia"},
		{"his country when his state is drafted as a state",
			"Brazil criticised the plan. Chile's President Ana Ruiz said her country would join the fund next year.",
			[]string{"Brazil/country", "Chile/country", "Ana Ruiz/person/President"}, "Chile"},
	})
}
