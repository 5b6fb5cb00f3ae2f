package commitments

import "testing"

// TestNameDescribedInAppositionActsAlone checks that a subject named and
// then described in apposition ("Vestlink, a joint venture between A and
// B, has committed …") is the named party alone: the parties named in the
// description describe it, they do not commit, even where the parser cut
// the description at its "and" and gave the verb a second subject.
func TestNameDescribedInAppositionActsAlone(t *testing.T) {
	checkActors(t, []actorCase{
		{"a joint venture of two firms",
			"Arcelo Steel, a joint venture of the Indian firm Tata and the Korean group Posco, pledged to keep the plant open until 2030.",
			[]string{"Arcelo Steel/organisation", "Tata/organisation", "Posco/organisation"}, "Arcelo Steel"},
		{"a joint venture between two operators",
			"Vestlink, a joint venture between the Dutch operator Kanaal Vervoer and the Danish bus company Holm Trafik, has committed to introducing 14 new trains by 2031.",
			[]string{"Vestlink/organisation", "Kanaal Vervoer/organisation", "Holm Trafik/organisation"}, "Vestlink"},
		{"a partnership between a utility and a fund",
			"Nordhavn Energy, a partnership between the utility Orsted Vind and the pension fund Pensjon Nord, has agreed to build a wind farm.",
			[]string{"Nordhavn Energy/organisation", "Orsted Vind/organisation", "Pensjon Nord/organisation"}, "Nordhavn Energy"},
		{"an electoral coalition of two parties",
			"The Alliance for Change, a coalition of the Labour Front and the Farmers' Party, vowed on Sunday to repeal the fuel tax.",
			[]string{"Alliance for Change/organisation", "Labour Front/organisation", "Farmers' Party/organisation"}, "Alliance for Change"},
	})
}
