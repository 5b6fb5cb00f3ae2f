package parties

import (
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
}
