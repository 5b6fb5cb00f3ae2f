package commitments

import "testing"

// TestTheTwoLeaders checks that "the two leaders" and "the leaders" are
// the two who lead states, not the ministers named after them, and that
// a plural description followed by two names is those two people.
func TestTheTwoLeaders(t *testing.T) {
	visit := "At the invitation of Prime Minister Elena Varga, President Tomas Rudić paid an official visit to Serrana on 15 September. He was accompanied by Foreign Minister Ivo Tesar and Energy Minister Dragan Melnik. "
	people := []string{"Elena Varga/person/Prime Minister", "Tomas Rudić/person/President", "Ivo Tesar/person/Foreign Minister",
		"Dragan Melnik/person/Energy Minister", "Marta Quintal/person/Foreign Minister", "Serrana/country"}
	runCases(t, []commitmentCase{
		{"the two leaders after their ministers",
			visit + "The two leaders agreed to hold annual summits.",
			people, nil,
			[]brief{{"Elena Varga;Tomas Rudić", "agreed", "", ""}}},
		{"the leaders after a pair of ministers signed",
			visit + "A tax treaty was signed by Ivo Tesar and Marta Quintal. The leaders agreed to hold annual summits.",
			people, nil,
			[]brief{{"Ivo Tesar;Marta Quintal", "signed", "", ""}, {"Elena Varga;Tomas Rudić", "agreed", "", ""}}},
		{"a plural description with its two names after a comma",
			visit + "A tax treaty was signed by the two foreign ministers, Ivo Tesar and Marta Quintal.",
			people, nil,
			[]brief{{"Ivo Tesar;Marta Quintal", "signed", "", ""}}},
	})
}

// TestLeadersNamedTogether checks that "the leaders" after three heads of
// state named in one sentence is all three, whether the communique writes
// "The Leaders" or the report "the leaders", and that a leader named in
// another sentence is not among them.
func TestLeadersNamedTogether(t *testing.T) {
	met := "President Anjali Rao of Marapura, President Somchai Vora of Kham Sai and President Hasnah Wirawan of Pelangi Raya met in Port Amaran on Friday. "
	people := []string{"Anjali Rao/person/President", "Somchai Vora/person/President", "Hasnah Wirawan/person/President", "Ivo Tesar/person/Prime Minister"}
	runCases(t, []commitmentCase{
		{"three leaders named in one sentence",
			met + "The leaders agreed to eliminate tariffs on rice.",
			people, nil,
			[]brief{{"Anjali Rao;Hasnah Wirawan;Somchai Vora", "agreed", "", ""}}},
		{"a communique's capitalised Leaders",
			met + "The Leaders agreed to eliminate tariffs on rice.",
			people, nil,
			[]brief{{"Anjali Rao;Hasnah Wirawan;Somchai Vora", "agreed", "", ""}}},
		{"a leader named in the sentence before is not of those who met",
			"Prime Minister Ivo Tesar stayed at home. " + met + "The leaders agreed to eliminate tariffs on rice.",
			people, nil,
			[]brief{{"Anjali Rao;Hasnah Wirawan;Somchai Vora", "agreed", "", ""}}},
	})
}
