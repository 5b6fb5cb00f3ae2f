package parties

import (
	"slices"
	"testing"
)

// TestNameWithAndWithoutItsArticle checks that a body's name written with
// "The" and the same name in capitals without it are one party.
func TestNameWithAndWithoutItsArticle(t *testing.T) {
	d := draftDoc(t, "THE FOOTBALL ASSOCIATION\nREGULATORY COMMISSION\n\nIN THE MATTER OF A CHARGE BETWEEN:\nTHE FOOTBALL ASSOCIATION\nand\nKINGSMERE ATHLETIC FC\n\n1. By letter dated 14 January 2026, The Football Association (\"The FA\") charged Kingsmere Athletic FC (\"the Club\") with a breach of FA Rule E20.1.\n\n14. The FA will publish these written reasons on its website.", "2026-02-12")
	n := 0
	for _, p := range d.Parties {
		if p.Name == "The Football Association" || p.Name == "FOOTBALL ASSOCIATION" || p.Name == "Football Association" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the association is %d parties: %v", n, names(d.Parties))
	}
}

// TestNamedStormIsNoParty checks that a storm's name is no person.
func TestNamedStormIsNoParty(t *testing.T) {
	d := draftDoc(t, "Hurricane Delphine came ashore near Cameron on Monday. Forecasters said Delphine's remnants could drop more rain. Gov. Renee Boudreaux declared an emergency.", "2026-09-02")
	checkNoParties(t, d.Parties, "a named storm", "Delphine", "Hurricane Delphine")
	if findParty(d.Parties, "Renee Boudreaux") == nil {
		t.Errorf("the governor is missing: %v", names(d.Parties))
	}
}

// TestAuthorOfAPieceInTheFirstPerson checks that the author of a piece
// that speaks as "I" is a party with the office its foot gives, and that a
// reporter whose story quotes others saying "I" is none.
func TestAuthorOfAPieceInTheFirstPerson(t *testing.T) {
	d := draftDoc(t, "Opinion\n\nSiobhán Kearney\n\nEvery morning 38,000 cars cross the canals. I do not believe we can build our way out of this. I will bring the Bill before the Dáil by Christmas.\n\nSiobhán Kearney TD is Ireland's Minister for Transport\n", "2026-09-15")
	if p := findParty(d.Parties, "Siobhán Kearney"); p == nil || p.Kind != "person" || p.Role != "Minister for Transport" {
		t.Errorf("the author is missing or without her office: %+v", p)
	}
	d = draftDoc(t, "Revelo banned for four years\n\nBy Sam Whitlock\n\nThe runner was banned on Monday. \"I did nothing wrong,\" Ana Revelo said. \"I will appeal,\" she added.\n", "2026-09-15")
	checkNoParties(t, d.Parties, "a reporter of others' words", "Sam Whitlock")
}

// TestBareInstitutionWordOffTheHead checks that "the Government" is no
// short form of a body whose name holds the word but is headed by
// another ("Local Government Association").
func TestBareInstitutionWordOffTheHead(t *testing.T) {
	d := draftDoc(t, "The Local Government Association (LGA) welcomed the report. The Government accepts this recommendation. The Government will publish its response in March.", "2026-03-17")
	if p := findParty(d.Parties, "Local Government Association"); p != nil && slices.Contains(p.Aliases, "Government") {
		t.Errorf("the Government is an alias of the association: %+v", p)
	}
}

// TestSentenceOpenerIsNoShortName checks that an ordinary word that only
// opens a sentence before an office ("Trade commissioner") is no short
// name of a longer name that holds it ("World Trade Organization").
func TestSentenceOpenerIsNoShortName(t *testing.T) {
	d := draftDoc(t, "Trade commissioner Lena Kovacs said the EU would not resume the talks. Brazil will raise the matter at the World Trade Organization.", "2026-12-03")
	if p := findParty(d.Parties, "World Trade Organization"); p == nil || slices.Contains(p.Aliases, "Trade") {
		t.Errorf("the organisation is missing or has the sentence's first word for an alias: %+v", p)
	}
}
