package commitments

import "testing"

// TestPublishedDenials checks a measure a press release denies to everyone
// or everything in its own voice: the publisher's pledge, unless it tells
// what befalls them or someone else speaks it; and what it says will be
// done with a thing it runs, its intention.
func TestPublishedDenials(t *testing.T) {
	parties := []string{"Ministry of Ports|ministry/organisation", "Ines Varro/person/minister"}
	const from = "Press release\n\nFrom: Ministry of Ports\n\nThe Ministry of Ports will close the Kelso terminal in 2028.\n\n"
	runCases(t, []commitmentCase{
		{"a measure denied in the publisher's voice is its pledge",
			from + "No dock job will be cut before the terminal closes.",
			parties, nil, []brief{{"Ministry of Ports", "intends", "2028", ""}, {"Ministry of Ports", "pledged", "", ""}}},
		{"what befalls no one is a forecast",
			from + "No homes will be flooded when the dock is drained.",
			parties, nil, []brief{{"Ministry of Ports", "intends", "2028", ""}}},
		{"what a notice says will be done with a thing it runs is the publisher's measure",
			from + "Berth 4 will be closed to all vessels from 2 June.",
			parties, nil, []brief{{"Ministry of Ports", "intends", "2028", ""}, {"Ministry of Ports", "intends", "", ""}}},
		{"what will be done to a party is no measure of the publisher's",
			from + "Ines Varro will be consulted on the closure.",
			parties, nil, []brief{{"Ministry of Ports", "intends", "2028", ""}}},
		{"a denial with no publisher names no one",
			"The Kelso terminal is to close in 2028, local papers report.\n\nNo dock job will be cut before then.",
			nil, nil, nil},
	})
}
