package parties

import "testing"

func TestVesselsAndPlaceOpeners(t *testing.T) {
	checkKeptCases(t, []keptCase{
		{"ship named after its prefix", "Harlby Ferries said it would take delivery of the first ship, the MV Clachan, in March.", "MV Clachan", false},
		{"ship named after its prefix once, then without it", "Image caption, The MV Kestrel Star ran aground off Holm Point\n\nNorthern Isles Ferries was fined on Monday. The Kestrel Star returned to service in June.", "Kestrel Star", false},
		{"navy ship", "HMS Dauntless left Harlby on Monday, the Royal Navy said.", "HMS Dauntless", false},
		{"ship named after a noun for its kind, named like a person", "The Chilean offshore patrol vessel (OPV) Isla Quintero struck the Peruvian corvette Río Chancay.", "Isla Quintero", false},
		{"ship named after a noun for its kind", "The Chilean offshore patrol vessel (OPV) Isla Quintero struck the Peruvian corvette Río Chancay.", "Río Chancay", false},
		{"the end of a ship's name with \"of the\" in it", "The council will pay for a relief vessel when the MV Lord of the Isles is in dry dock.", "Isles", false},
		{"a council's Gaelic name with \"nan\" in it", "Kestrel Ferries will keep its winter timetable after Comhairle nan Eilean Siar, the islands council, promised a subsidy.", "Comhairle nan Eilean Siar", true},
		{"firm named after a port, opening its sentence", "Port Leven Marine Ltd declined to give evidence in person.", "Port Leven Marine Ltd", true},
		{"firm named after a mountain, opening its sentence", "Mount Kessel Mining Ltd said it would close the pit.", "Mount Kessel Mining Ltd", true},
	})
}

func TestAbbreviatedTerms(t *testing.T) {
	checkKeptCases(t, []keptCase{
		{"a unit's abbreviation after its lower-case name", "The site has a 3.2 megawatt (MW) rooftop solar array, expected to meet 60% of demand.", "MW", false},
		{"a body's abbreviation after a description, named again alone", "The country's main opposition party (PDP) said it would boycott the vote. The PDP later relented.", "PDP", true},
	})
}
