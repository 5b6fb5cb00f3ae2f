package commitments

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestIssuedAndOwnBodies checks work to be published with no owner named,
// a named committee "of" the body it belongs to, and two acts on one
// thing that move it opposite ways.
func TestIssuedAndOwnBodies(t *testing.T) {
	runCases(t, []commitmentCase{
		{"work to be published with no owner is the issuer's, when the text has one",
			"From: Central Bank of Varessa\n\nThe minutes of this meeting will be published on 1 April.",
			[]string{"Central Bank of Varessa/organisation"}, []string{"1 April=2026-04-01"},
			[]brief{{"Central Bank of Varessa", "intends", "2026-04-01", ""}}},
		{"work to be published with no owner and no issuer has no actor",
			"The minutes of this meeting will be published on 1 April.",
			[]string{"Central Bank of Varessa/organisation"}, []string{"1 April=2026-04-01"}, nil},
		{"a named committee of a bank acts, not the bank",
			"The Monetary Policy Committee (MPC) of the Central Bank of Varessa voted to keep the policy rate at 4.25%.",
			[]string{"Monetary Policy Committee|MPC/organisation", "Central Bank of Varessa/organisation"}, nil,
			[]brief{{"Monetary Policy Committee", "agreed", "", ""}}},
		{"raising and reducing a rate are two acts",
			"If inflation keeps falling, the Committee expects to reduce the rate. If the crown falls, the Committee stands ready to raise the rate again.",
			[]string{"Committee/organisation"}, nil,
			[]brief{{"Committee", "conditional", "", ""}, {"Committee", "conditional", "", ""}}},
	})
}

// TestDelegationOfTheRepresentedState checks "his delegation" in a
// council's record, whose speaker is named by the state he represents.
func TestDelegationOfTheRepresentedState(t *testing.T) {
	runCases(t, []commitmentCase{
		{"his delegation is the state of the representative who spoke",
			"Explaining his abstention, the representative of the Russian Federation said the text interfered in internal affairs. His delegation had proposed language limiting the unit to the capital.",
			[]string{"Russia|Russian Federation/country"}, nil,
			[]brief{{"Russia", "proposed", "", ""}}},
	})
}

// TestBarredAndPossibleActs checks that what a rule keeps others from
// doing commits no one, and that what a thing could do, reported by a
// party, is no commitment of the reporter's.
func TestBarredAndPossibleActs(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a refusal a rule bars is no refusal",
			"Dale Fontenot said he would issue an emergency rule on Thursday barring insurers from canceling or refusing to renew policies.",
			[]string{"Dale Fontenot/person"}, nil, []brief{{"Dale Fontenot", "intends", "", ""}}},
		{"what the remnants of a storm could do is no proposal of the forecaster",
			"The National Hurricane Center said the storm's remnants could drop another 8 inches of rain on north Louisiana.",
			[]string{"National Hurricane Center/organisation"}, nil, nil},
	})
}

// TestTurnOfAFirmsHead checks that the "we" of a transcript's turn whose
// speaker heads a firm is the speaker and the firm.
func TestTurnOfAFirmsHead(t *testing.T) {
	d := testDoc(t, "[00:00:24] LEONIE BRANDT: And Phase 3?\n\n[00:00:31] HENDRIK VOSS: At the prices in the last auction, we will not build Phase 3.",
		[]string{"Hendrik Voss|HENDRIK VOSS/person/head of Nordsee Wind", "Nordsee Wind/organisation", "Leonie Brandt|LEONIE BRANDT/person"}, nil)
	d.PartyNames = map[string]int{"nordsee wind": 1}
	got := Find(d)
	if len(got) != 1 || strings.Join(got[0].Actors, ";") != "Hendrik Voss;Nordsee Wind" || got[0].Status != briefing.StatusRefused {
		t.Errorf("got %+v", got)
	}
}

// TestPurposeIsNoPlan checks that what a purpose "is to" do defines it.
func TestPurposeIsNoPlan(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the purpose of a memorandum is to set out intentions",
			"The purpose of this Memorandum of Understanding is to set out the intentions of the City of Vantaa.",
			[]string{"City of Vantaa/organisation"}, nil, nil},
		{"a firm that is to build a plant intends it",
			"Northpeak Data is to build a data centre at Kivistö.",
			[]string{"Northpeak Data/organisation"}, nil, []brief{{"Northpeak Data", "intends", "", ""}}},
	})
}

// TestTheBoardOfTheStorysCompany checks that "the board" is the board of
// the company the story is about, not the body named last.
func TestTheBoardOfTheStorysCompany(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the board after an investor group is named",
			"Northmoor Energy held its annual meeting in Aberdeen. Northmoor Energy said its plan went far enough. The resolution was filed by the Fairshare Investors Network. The chief executive confirmed that the board had approved a final dividend of 14.2p a share.",
			[]string{"Northmoor Energy/organisation", "Fairshare Investors Network/organisation"}, nil,
			[]brief{{"Northmoor Energy", "agreed", "", ""}}},
	})
}

// TestListOfPledges checks a donors' list, one party and its sum a line.
func TestListOfPledges(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a line of a list of pledges is its party's pledge",
			"Participants announced pledges totalling US$612 million. They include:\n\n- Germany: €40 million\n- Japan: US$30 million, to be disbursed once humanitarian access has been secured\n",
			[]string{"Germany/country", "Japan/country"}, nil,
			[]brief{{"Participants", "pledged", "", ""}, {"Germany", "pledged", "", ""}, {"Japan", "conditional", "", ""}}},
		{"a line of figures that are no pledges",
			"Exports rose in March. The largest markets were:\n\n- Germany: €40 million\n- Japan: US$30 million\n",
			[]string{"Germany/country", "Japan/country"}, nil, nil},
	})
}

// TestCommissionerSpeaksForTheCommission checks that a commissioner's
// quoted "we" is the commissioner and the commission.
func TestCommissionerSpeaksForTheCommission(t *testing.T) {
	runCases(t, []commitmentCase{
		{"a commissioner's we",
			"The European Commission proposed a wildfire reserve on Wednesday.\n\nIvana Kolar, Commissioner for Crisis Management, said: \"Fire seasons are getting longer. With this proposal we will make sure that no Member State has to fight a major fire alone.\"",
			[]string{"European Commission/organisation", "Ivana Kolar/person/Commissioner for Crisis Management"}, nil,
			[]brief{{"European Commission", "proposed", "", ""}, {"European Commission;Ivana Kolar", "pledged", "", ""}}},
	})
}

// TestThePlayerOfTheStory checks that "the player" is the sportsperson
// the story is about.
func TestThePlayerOfTheStory(t *testing.T) {
	runCases(t, []commitmentCase{
		{"the player after a transfer is named",
			"Harbury City have agreed a fee for Mateo Quiroga. Quiroga, 24, scored 19 goals last season. Rheinstadt's coach praised Quiroga. The club said the player had agreed personal terms with Harbury at the weekend.",
			[]string{"Harbury City|Harbury/organisation", "Mateo Quiroga|Quiroga/person", "Rheinstadt/organisation"}, nil,
			[]brief{{"Harbury City", "agreed", "2020-08-31", ""}, {"Mateo Quiroga", "agreed", "", ""}}},
	})
}
