package parties

import (
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestOneWordNamesThatSpeak checks that a one-word name that only speaks
// is a body, unless the text names a person of that surname in full, and
// that one written before a body's officer is the officer's body.
func TestOneWordNamesThatSpeak(t *testing.T) {
	checkKinds(t, []kindCase{
		{"one word that says", "Gravanta will open a data centre in the north. Gravanta said the site would create 200 jobs.",
			"Gravanta", briefing.KindOrganisation},
		{"one word joined to another that says", "Toyota and Samsung said separately they would invest in a battery plant. Samsung declined to give figures.",
			"Toyota", briefing.KindOrganisation},
		{"one word that told", "Holvex cut its prices in March. Holvex told investors the cut would stay.", "Holvex", briefing.KindOrganisation},
		{"surname of a person named in full", "Emma Tarrant leads the union. Tarrant said the offer was not enough.", "Emma Tarrant", briefing.KindPerson},
		{"a body before its officer", "Skyvair refused to pay compensation. Skyvair boss Michael Doran said the claims were unfounded.",
			"Skyvair", briefing.KindOrganisation},
	})
	checkPeople(t, []personCase{
		{"officer of the body named before the office", "Skyvair refused to pay compensation. Skyvair boss Michael Doran said the claims were unfounded.",
			"Michael Doran", "boss", "Skyvair"},
	})
}
