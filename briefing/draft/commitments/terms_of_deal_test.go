package commitments

import "testing"

// TestTermOfADealIsItsSides checks that an agentless passive told as a
// term of an agreement ("Under the deal, the journalists will not be
// allowed to return") is the commitment of the sides that agreed
// together last, not of the one who reports it nor of the last party to
// commit alone; with no such sides it is the story's actor's.
func TestTermOfADealIsItsSides(t *testing.T) {
	checkActors(t, []actorCase{
		{"a term reported by a mediator",
			"Dravonia and Estmark agreed on Thursday to swap prisoners. Oman's foreign minister, Salim Harthy, said Estmark would free two more. Under the deal, the freed journalists will not be allowed to return for ten years, Mr Harthy said.",
			[]string{"Dravonia/country", "Estmark/country", "Oman/country", "Salim Harthy|Harthy/person/foreign minister"}, "Dravonia;Estmark"},
		{"a term after one side's own promise",
			"Arden Rail and Unite agreed a pay deal on Monday. Unite said it would call off the strike. Under the agreement, the pay rise will be backdated to April.",
			[]string{"Arden Rail/organisation", "Unite/organisation"}, "Arden Rail;Unite"},
		{"a term after one side committed alone, its partner only named with it",
			"European Union leaders agreed to set up a border fund after Hungary and Slovakia dropped their objections. Under the deal, the money will be paid out in three tranches.",
			[]string{"European Union/organisation", "Hungary/country", "Slovakia/country"}, "European Union"},
		{"a term reported by a spokesman",
			"Kenya and Ethiopia signed a border accord on Friday. Under the accord, the crossing at Moyale will be reopened within a month, a spokesman said.",
			[]string{"Kenya/country", "Ethiopia/country", "Moyale/place"}, "Ethiopia;Kenya"},
	})
}
