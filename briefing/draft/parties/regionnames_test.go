package parties

import "testing"

// TestBodiesServingPlaces checks names of bodies built on places: two
// regions joined by "and" before a word for the body that serves them,
// with an acronym inside, and "Transport for" a place.
func TestBodiesServingPlaces(t *testing.T) {
	checkPartyCases(t, []partyCase{
		{"a trust serving a county and a city, an acronym inside its name",
			"A spokesman for the Norfolk and Norwich University Hospitals NHS Foundation Trust said it would close two wards in May.",
			[]string{"Norfolk and Norwich University Hospitals NHS Foundation Trust"}, []string{"Norwich University Hospitals NHS Foundation Trust"}},
		{"a transport body named for its city", "Transport for London said it would freeze fares in May.",
			[]string{"Transport for London"}, []string{"London"}},
		{"a county is no short form of a body named after it",
			"Norfolk's hospitals are full. Patient group Healthwatch Norfolk said it would monitor waiting times every month.",
			[]string{"Healthwatch Norfolk"}, nil},
	})
	checkKinds(t, []kindCase{
		{"a county is a place", "Norfolk's hospitals are full. Patient group Healthwatch Norfolk said it would monitor waiting times every month.",
			"Norfolk", "place"},
	})
}
