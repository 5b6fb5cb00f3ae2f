package draft

import (
	"strings"
	"testing"
	"time"
)

// TestSayerNamedWithOfficeInCommas drafts articles whose commitment is
// told by a person named with the office set off after the name by commas
// ("Councillor Mira Hollis, executive member for communities, said …"):
// the actor is the person's party name, never the words of the whole
// phrase.
func TestSayerNamedWithOfficeInCommas(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a councillor and her portfolio",
			"Dunmore Borough Council has approved plans to reopen Eastgate Library.\n\nCouncillor Mira Hollis, executive member for communities, said the library would reopen with longer hours.",
			"Mira Hollis"},
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
	b, err := Draft(text, Options{Published: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range b.Commitments {
		if strings.Contains(c.Text, "pass on") {
			got = append(got, strings.Join(c.Actors, ";"))
		}
	}
	if len(got) != 1 || got[0] != "Arbor Networks" {
		t.Errorf("actors of passing on the data %q, want [\"Arbor Networks\"]", got)
	}
}
