package parties

import "testing"

func TestBareInstitutions(t *testing.T) {
	checkPartiesCases(t, []partiesCase{
		{"bare word joins the one body named in full", "The Ministry of Coastal Affairs of Vell said the boat was seized. The Ministry summoned the envoy on Monday.",
			[]string{"Ministry of Coastal Affairs of Vell"}, []string{"Ministry"}},
		{"bare word joins the body named first of two", "The Ministry of Coastal Affairs of Vell protested on Monday. The Tarsan Ministry of Interior denied the claim. The Ministry summoned the envoy.",
			[]string{"Ministry of Coastal Affairs of Vell", "Tarsan Ministry of Interior"}, []string{"Ministry"}},
		{"bare word with no body named in full is no party", "The Road Haulage Board urged the Government to fund a theft unit.",
			[]string{"Road Haulage Board"}, []string{"Government"}},
		{"bare name of a country's single body stays", "Parliament voted against the budget on Monday, and Ana Lind resigned.",
			[]string{"Parliament"}, nil},
	})
}
