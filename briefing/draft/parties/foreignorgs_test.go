package parties

import "testing"

// TestForeignOrganisationOpeners checks that a name opened by another
// language's word for a kind of body is an organisation, and that an
// acronym of its initials, never given in brackets, is the same party.
func TestForeignOrganisationOpeners(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a Portuguese bank",
			"Portugal's competition authority on Wednesday cleared Banco Lusitano de Investimento's takeover of Banco Douro. BLI will sell 48 branches.",
			"Banco Lusitano de Investimento", "organisation"},
		{"a French group",
			"Groupe Arnaud Rivière said on Monday it would close two plants in Lyon.",
			"Groupe Arnaud Rivière", "organisation"},
	})
	if p := partyIn(t, "an acronym of the initials", "Portugal's competition authority on Wednesday cleared Banco Lusitano de Investimento's takeover of Banco Douro. BLI will sell 48 branches.", "Banco Lusitano de Investimento"); p != nil {
		found := false
		for _, a := range p.Aliases {
			found = found || a == "BLI"
		}
		if !found {
			t.Errorf("aliases of Banco Lusitano de Investimento %q, want BLI among them", p.Aliases)
		}
	}
}
