package parties

import (
	"slices"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestOrgansOfAState(t *testing.T) {
	cases := []struct {
		construction, text string
		want, notWant      []string
	}{
		{"a state's possessive before a ministry that speaks", "Japan and Australia signed the pact. China's foreign ministry criticised the deal.",
			[]string{"China's foreign ministry", "China"}, nil},
		{"a state's possessive before a parliament that must act", "Veldoria and Karsk agreed a truce. Veldoria's parliament must still ratify the deal.",
			[]string{"Veldoria's parliament"}, nil},
		{"an organ only acted on is no party", "Japan and Australia signed the pact. Critics attacked China's foreign ministry.",
			nil, []string{"China's foreign ministry"}},
		{"a state's acronym before a ministry that speaks", "Talks resumed in Abu Dhabi. The UAE foreign ministry said it stood ready to host another round.",
			[]string{"UAE foreign ministry"}, nil},
		{"a state's demonym before a ministry that speaks", "Norway brokered the talks. The Norwegian foreign ministry said it would host another round.",
			[]string{"Norwegian foreign ministry"}, nil},
		{"a firm's possessive before a bank is no state's organ", "Halvard Group's bank said it would lend more.",
			nil, []string{"Halvard Group's bank"}},
	}
	for _, c := range cases {
		checkParties(t, c.construction, c.text, c.want, c.notWant)
	}
	d := draftDoc(t, "Norvania's central bank raised rates on Monday.", "2021-03-01")
	if p := findParty(d.Parties, "Norvania's central bank"); p == nil || p.Kind != briefing.KindOrganisation || p.Affiliation != "Norvania" {
		t.Errorf("a state's central bank: got %+v in %v", p, names(d.Parties))
	}
	d = draftDoc(t, "France's foreign ministry said it would send an envoy. The French foreign ministry said it would also send aid.", "2021-03-01")
	if p := findParty(d.Parties, "France's foreign ministry"); p == nil || !slices.Contains(p.Aliases, "French foreign ministry") {
		t.Errorf("one ministry named by possessive and demonym: got %+v in %v", p, names(d.Parties))
	}
}

// TestOrganNamedFormallyToo checks that a state's organ named by the
// state's possessive is the organisation the text names formally, not a
// second party.
func TestOrganNamedFormallyToo(t *testing.T) {
	d := draftDoc(t, "Chile's central bank cut its rate on Wednesday. The Central Bank of Chile board voted four to one. Chile's central bank said it would hold the rate.", "2026-06-17")
	p := findParty(d.Parties, "Central Bank of Chile")
	if p == nil {
		t.Fatalf("no Central Bank of Chile in %v", names(d.Parties))
	}
	if !slices.Contains(p.Aliases, "Chile's central bank") {
		t.Errorf("aliases %v, want Chile's central bank among them", p.Aliases)
	}
	checkNoParties(t, d.Parties, "the organ is the bank named formally", "Chile's central bank")
}
