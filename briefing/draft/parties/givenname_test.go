package parties

import (
	"slices"
	"testing"
)

// TestGivenNameOfTheStorysPerson checks that a tabloid's given name for
// its subject, which a list knows as a place, is that person's alias when
// the text uses it as a person's, while a state's name stays the state's.
func TestGivenNameOfTheStorysPerson(t *testing.T) {
	text := "Harbour Lane star Kerry Dunmore has signed a new deal. Kerry said last night: \"I'm thrilled.\" Co-star Gemma Pruitt has refused to sign unless her pay is brought closer to Kerry's."
	if p := partyIn(t, "a given name a list knows as a place", text, "Kerry Dunmore"); p != nil && !slices.Contains(p.Aliases, "Kerry") {
		t.Errorf("Kerry Dunmore has aliases %v, want Kerry", p.Aliases)
	}
	if p := partyIn(t, "a given name that is a city's", "Reality star Sydney Marsh signed a book deal on Friday. Sydney said last night she was thrilled.", "Sydney Marsh"); p != nil && !slices.Contains(p.Aliases, "Sydney") {
		t.Errorf("Sydney Marsh has aliases %v, want Sydney", p.Aliases)
	}
	d := draftDoc(t, "Jordan Henderson signed a new deal. Jordan said it would host talks with Israel.", "2021-03-01")
	if p := findParty(d.Parties, "Jordan"); p == nil || p.Kind != "country" {
		t.Errorf("Jordan is %v, want the state", p)
	}
}
