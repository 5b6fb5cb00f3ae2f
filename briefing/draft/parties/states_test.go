package parties

import (
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestStatesNamedLikeBodies(t *testing.T) {
	checkKinds(t, []kindCase{
		{"unknown name after \"the government of\"", "The government of Norvania said it would send observers to the vote.",
			"Norvania", briefing.KindCountry},
		{"unknown name after a minister's field", "Tarvania and Besk signed the treaty. Lena Frisk, the Minister of Foreign Affairs of Tarvania, said talks would resume.",
			"Tarvania", briefing.KindCountry},
		{"formal name of a state", "The Republic of Sarnavia rejects that characterisation.",
			"Republic of Sarnavia", briefing.KindCountry},
		{"formal name of a kingdom", "The Kingdom of Ostrand signed the treaty on Monday.",
			"Kingdom of Ostrand", briefing.KindCountry},
		{"formal name and the short name of the same state, one state by its short name", "The Kingdom of Ostrand signed the treaty. Ostrand will fund the study.",
			"Ostrand", briefing.KindCountry},
		{"an office of a state named formally is no part of the state's name", "The Ministers of Energy of the Republic of Calvera met on Monday. Calvera will fund the study.",
			"Calvera", briefing.KindCountry},
		{"a place over a statement's date", "Ostrand City, 4 December 2026\n\nThe ministers met in Ostrand City on Monday.",
			"Ostrand City", briefing.KindPlace},
		{"unknown name with a state noun in apposition", "Oskaria, the host country, said it would give more land.",
			"Oskaria", briefing.KindCountry},
		{"state noun in apposition before the unknown name", "The talks were hosted by a small kingdom, Tessaly, on Monday. Tessaly paid for them.",
			"Tessaly", briefing.KindCountry},
		{"unknown name with a company noun in apposition stays a body", "Vestkraft, the host company, said it would give more land.",
			"Vestkraft", briefing.KindOrganisation},
		{"unknown name between \"the\" and \"government\"", "Talks went well. The Veloria government committed to adopting the law.",
			"Veloria", briefing.KindCountry},
		{"leader's surname before \"government\" stays a person", "Tony Blair won in 1997. The Blair government said it would cut taxes.",
			"Tony Blair", briefing.KindPerson},
		{"unknown name after an office whose field is written before it", "The health minister of Castrelia, Joana Ribeiro, has refused to reopen pay talks.",
			"Castrelia", briefing.KindCountry},
		{"unknown name after an office whose field is written before it, no holder named", "The foreign minister of Castrelia will visit Oslo in May.",
			"Castrelia", briefing.KindCountry},
		{"unknown name owning a parliament", "On Monday, Norvania's parliament approved the deal.",
			"Norvania", briefing.KindCountry},
		{"unknown name owning a board stays a body", "On Monday, Vestkraft's board approved the deal.",
			"Vestkraft", briefing.KindOrganisation},
		{"unknown name owning a ministry", "On Friday, Kaldora's justice ministry said the case would be dropped.",
			"Kaldora", briefing.KindCountry},
		{"unknown name owning a minister, also owning a president", "On Monday, Kaldora's president met the envoy, and Kaldora's foreign minister said talks would go on.",
			"Kaldora", briefing.KindCountry},
		{"unknown name with its demonym in -n", "Talks with Kaldora stalled on Monday. Three Kaldoran journalists were freed.",
			"Kaldora", briefing.KindCountry},
		{"unknown name with its demonym in -ian, listed with a place", "Ferries between Lenna and Vostmark stopped. Vostmarkian sailors were detained.",
			"Vostmark", briefing.KindCountry},
		{"unknown name owning a central bank, only opening sentences", "Kaldora's central bank raised rates on Monday. Kaldora's coalition is split.",
			"Kaldora", briefing.KindCountry},
		{"unknown name only opening sentences, with its demonym", "Kaldora and Vostmark exchanged prisoners on Monday. Kaldoran journalists were freed.",
			"Kaldora", briefing.KindCountry},
		{"two names listed before \"the two countries\"", "On Monday, Kaldora and Vostmark exchanged prisoners for the first time since the two countries went to war.",
			"Vostmark", briefing.KindCountry},
		{"two names listed in the sentence before \"both governments\"", "Talks between Kaldora and Vostmark resumed on Monday. Both governments said progress was slow.",
			"Kaldora", briefing.KindCountry},
		{"names listed in the sentence after \"four member states\"",
			"Leaders agreed on Saturday to let citizens of four member states travel without visas. Citizens of Ubanji, Kiremba, Ndavuro and Mosetla will need only an identity card.",
			"Kiremba", briefing.KindCountry},
		{"unknown name listed with a state's, in a text that speaks of both countries",
			"Talks between Korvenia and Mirosk were postponed. Korvenian troops returned fire. In Mirosk, the minister denied it. The hills, which both countries claim, are empty.",
			"Mirosk", briefing.KindCountry},
		{"two names after a noun for bodies stay bodies though the sentence speaks of two countries",
			"The two governments will build a cable between the two countries, subject to a decision by the grid operators Elering and Fingrid.",
			"Fingrid", briefing.KindOrganisation},
		{"two names listed before \"both companies\" stay bodies", "On Monday, Kaldora and Vostmark agreed to merge. Both companies said the deal would close in May.",
			"Kaldora", briefing.KindOrganisation},
		{"unknown name owning a minister before his name, only opening sentences", "Kaldora's Defence Minister Ivo Marek signed the pact on Monday. Kaldora will not break it.",
			"Kaldora", briefing.KindCountry},
		{"unknown name owning an army chief, only opening sentences", "Kaldora's army chief, General Ana Roth, declined to comment. Kaldora denied the raid.",
			"Kaldora", briefing.KindCountry},
		{"unknown name owning a chief executive stays a body", "On Monday, Vestkraft's chief executive Ola Berg resigned. Vestkraft denied the report.",
			"Vestkraft", briefing.KindOrganisation},
		{"unknown name whose people the text names in the plural", "Kaldora reached a deal with its lenders on Monday. \"We will not ask Kaldorans to pay,\" the minister said.",
			"Kaldora", briefing.KindCountry},
		{"unknown name with no demonym in the text stays a body", "Talks with Kaldora stalled on Monday. Kaldora said it would appeal.",
			"Kaldora", briefing.KindOrganisation},
	})
}

// TestPeopleOfAnUnknownState checks that the people of a state the text
// gives a demonym are that state, as a known state's people are.
// TestNoStateBeforeGovernment checks names before "government" that name
// no state: an ordinary word, a party's name after "a".
func TestNoStateBeforeGovernment(t *testing.T) {
	for _, text := range []string{
		"The union said a Labour government would pass a safe staffing law. Labour said so again.",
		"The Reform government fell in May. Reform said it would stand again.",
	} {
		for _, p := range draftDoc(t, text, "2021-03-01").Parties {
			if p.Kind == briefing.KindCountry {
				t.Errorf("%q: %s is a state", text, p.Name)
			}
		}
	}
}

func TestPeopleOfAnUnknownState(t *testing.T) {
	d := draftDoc(t, "Kaldora reached a deal with its lenders on Monday. \"We will not ask Kaldorans to pay for it,\" the finance minister said.", "2021-03-01")
	p := findParty(d.Parties, "Kaldora")
	if p == nil || !slices.Contains(p.Aliases, "Kaldorans") {
		t.Errorf("Kaldorans not an alias of Kaldora: %v", names(d.Parties))
	}
	checkNoParties(t, d.Parties, "the people of Kaldora", "Kaldorans")
}

// TestStateBeforeGovernment checks that a country named with a possessive
// before "government" is named without the possessive.
func TestStateBeforeGovernment(t *testing.T) {
	d := draftDoc(t, "Chile's government said on Tuesday it would raise the minimum wage.", "2021-03-01")
	p := findParty(d.Parties, "Chile")
	if p == nil {
		t.Fatalf("no party Chile (%v)", names(d.Parties))
	}
	for _, a := range p.Aliases {
		if strings.Contains(a, "'") {
			t.Errorf("alias %q keeps the possessive", a)
		}
	}
}

// TestStateOfAPartyIn checks that a one-word name after a political party
// or the opposition "in" it is a state, while the seat of a government
// "in" a name is no state.
func TestStateOfAPartyIn(t *testing.T) {
	checkKinds(t, []kindCase{
		{"the opposition party in an unknown name", "The main opposition party in Lantaria agreed on Tuesday to end its boycott of the Senate after the government promised to reform the election commission.",
			"Lantaria", briefing.KindCountry},
	})
	checkKeptCases(t, []keptCase{
		{"the government in its capital", "The rebels accuse the government in Maranga of neglecting the north. The army denied it.", "Maranga", false},
	})
}
