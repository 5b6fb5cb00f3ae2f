package draft

import (
	"sort"
	"strings"
	"testing"
	"time"
)

// TestSayerNamedWithOfficeInCommas drafts articles whose commitment is
// told by a person named with the office set off after the name by commas
// ("Councillor Mira Hollis, executive member for communities, said …"):
// the actor is the person's party name, or the council an executive
// member speaks for, never the words of the whole phrase.
func TestSayerNamedWithOfficeInCommas(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a councillor and her portfolio",
			"Dunmore Borough Council has approved plans to reopen Eastgate Library.\n\nCouncillor Mira Hollis, executive member for communities, said the library would reopen with longer hours.",
			"Dunmore Borough Council"},
		{"a councillor and his board",
			"Farrow Town Council has approved plans to restore Kessel Hall.\n\nCouncillor Olu Barde, chair of the heritage board, said the hall would reopen with a new cafe.",
			"Olu Barde"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Draft(tt.text, Options{Published: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range b.Commitments {
				if strings.Contains(c.Action, "reopen") && c.Status == "intends" {
					got = append(got, strings.Join(c.Actors, ";"))
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("actors of the reopening %q, want [%q]", got, tt.want)
			}
		})
	}
}

// TestItSaidByAPersonIsNoPerson drafts a reported "it would" told by a
// person named with a form of address: "it" is the firm, never the one
// who speaks.
func TestItSaidByAPersonIsNoPerson(t *testing.T) {
	text := "Arbor Networks has brokered a system to trace net attacks.\n\nMr Pollard said Arbor was not charging for the service and it would pass on fingerprint data to every network affected."
	got := actorsOfActs(t, text, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), "pass on")
	if len(got) != 1 || got[0] != "Arbor Networks" {
		t.Errorf("actors of passing on the data %q, want [\"Arbor Networks\"]", got)
	}
}

// TestMinisterOfTheLeadState drafts a quoted "we" of a minister whose
// state the text never names, in a story whose lead tells one state's act
// against another that is named more often: "we" is the minister and the
// state the lead is about.
func TestMinisterOfTheLeadState(t *testing.T) {
	text := "New Zealand has launched a formal dispute against Indonesia at the World Trade Organization over a tariff on milk powder.\n\n" +
		"Trade Minister Aroha Whitcombe said yesterday that Wellington had requested consultations with Jakarta.\n\n" +
		"\"Indonesia is breaking the commitments it made to us, and we will use every tool available to defend our exporters,\" Ms Whitcombe said.\n\n" +
		"Indonesia's farm lobby said Indonesia needed the tariff, and Indonesia's exporters backed it."
	got := actorsOfActs(t, text, time.Date(2025, 9, 23, 0, 0, 0, 0, time.UTC), "every tool")
	if len(got) != 1 || got[0] != "Aroha Whitcombe;New Zealand" {
		t.Errorf("actors of using every tool %q, want [\"Aroha Whitcombe;New Zealand\"]", got)
	}
}

// TestDirectorOfABodySpeaksForIt drafts a quoted "we" of a person whose
// role says they lead a body named after "of": "we" is the person and the
// body, or the body that owns it when the role names an owner.
func TestDirectorOfABodySpeaksForIt(t *testing.T) {
	tests := []struct{ name, role, want string }{
		{"the body named", "director of the Bureau of Consumer Protection", "Bureau of Consumer Protection;Carla Benedetti"},
		{"the owner of the body", "director of the FTC's consumer bureau", "Carla Benedetti;Federal Trade Commission"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "The Federal Trade Commission (FTC) fined Kestrel Cloud. The Bureau of Consumer Protection led the case.\n\n" +
				"\"We will not hesitate to go back to court,\" said Carla Benedetti, " + tt.role + "."
			got := actorsOfActs(t, text, time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), "go back to court")
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("actors of going back to court %q, want [%q]", got, tt.want)
			}
		})
	}
}

// actorsOfActs drafts text published on the given day and returns, for
// each commitment whose text holds phrase, its actors sorted and joined
// by ";".
func actorsOfActs(t *testing.T, text string, published time.Time, phrase string) []string {
	t.Helper()
	b, err := Draft(text, Options{Published: published})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range b.Commitments {
		if strings.Contains(c.Text, phrase) {
			actors := append([]string(nil), c.Actors...)
			sort.Strings(actors)
			got = append(got, strings.Join(actors, ";"))
		}
	}
	return got
}

// TestNameDescribedByItsCountryActs drafts a company named with a
// description of its rank in a country set off by commas: the company
// acts, not the country the description names.
func TestNameDescribedByItsCountryActs(t *testing.T) {
	text := "Leeds, 9 July 2025 – Pennywell Stores plc (\"Pennywell\"), the UK's seventh-largest supermarket group, today announced that it will pay every one of its 41,000 store colleagues at least the Real Living Wage from 1 October."
	got := actorsOfActs(t, text, time.Date(2025, 7, 9, 0, 0, 0, 0, time.UTC), "pay")
	if len(got) != 1 || !strings.HasPrefix(got[0], "Pennywell") {
		t.Errorf("actors of paying the wage %q, want Pennywell", got)
	}
}
