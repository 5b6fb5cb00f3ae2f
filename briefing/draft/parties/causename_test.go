package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestCauseNameGoesOnAfterOf checks that a body named for a cause, a noun
// made from a verb before "of" and a place, stays one name, while a
// person "of" a state is two parties.
func TestCauseNameGoesOnAfterOf(t *testing.T) {
	checkPartiesCases(t, []partiesCase{
		{"a front for a cause of a place", "The Front for the Liberation of Talmara rejected the roadmap on Monday.",
			[]string{"Front for the Liberation of Talmara"}, []string{"Front for the Liberation", "Talmara"}},
		{"a movement for a cause of a region, then its acronym", "The fighters of the Movement for the Liberation of Upper Talmara, the MLUT, would move into six sites.",
			[]string{"Movement for the Liberation of Upper Talmara"}, []string{"Movement for the Liberation"}},
		{"a body whose name opens with the plural of an ordinary word", "The patient group Voices of Ellerby said it would hold a public meeting on 19 May.",
			[]string{"Voices of Ellerby"}, []string{"Voices", "Ellerby"}},
		{"a person of a state", "Greta Lindqvist of Germany said the talks had ended.",
			[]string{"Greta Lindqvist", "Germany"}, nil},
		{"the office of a body named after a known one", "John Smith, Chairman of the Senate Finance Committee, said the bill would pass.",
			[]string{"John Smith", "Senate Finance Committee"}, []string{"Finance Committee"}},
		{"a state described as a chain of islands is no short name of a party named after it",
			"The Pacific island state of Tavuru has signed a pact. Opposition leader Mele Vaipulu said her Tavuru First party would vote against it. Tavuru, a chain of volcanic islands of about 110,000 people, has no standing army.",
			[]string{"Tavuru", "Tavuru First"}, nil},
		{"an office for a field in the plural", "The Director of Public Prosecutions had sought eight years. Minister of Communications Ana Roth said it would appeal.",
			[]string{"Ana Roth"}, []string{"Prosecutions", "Public Prosecutions", "Communications Ana Roth"}},
		{"the chair of a committee named after a council", "Ines Carvalho-Lund, Chair of the Security Council Committee on Karvos, spoke to reporters.",
			[]string{"Security Council Committee on Karvos"}, []string{"Committee on Karvos"}},
	})
}

// TestStateNamedAfterAWordForAState checks that a name after "the island
// state of" or "the nation of" is a state's.
func TestStateNamedAfterAWordForAState(t *testing.T) {
	checkKinds(t, []kindCase{
		{"an island state", "The Pacific island state of Tavuru has signed a defence pact.", "Tavuru", briefing.KindCountry},
		{"a nation", "The tiny nation of Nauru will host the summit.", "Nauru", briefing.KindCountry},
		{"a federal state after a city's possessive stays a place", "Local government officials in Frankfurt's state of Hessen have also spoken out.", "Hessen", briefing.KindPlace},
	})
}
