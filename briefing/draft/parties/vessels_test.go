package parties

import "testing"

func TestVesselsAndPlaceOpeners(t *testing.T) {
	checkKeptCases(t, []keptCase{
		{"ship named after its prefix", "Harlby Ferries said it would take delivery of the first ship, the MV Clachan, in March.", "MV Clachan", false},
		{"ship named after its prefix once, then without it", "Image caption, The MV Kestrel Star ran aground off Holm Point\n\nNorthern Isles Ferries was fined on Monday. The Kestrel Star returned to service in June.", "Kestrel Star", false},
		{"navy ship", "HMS Dauntless left Harlby on Monday, the Royal Navy said.", "HMS Dauntless", false},
		{"firm named after a port, opening its sentence", "Port Leven Marine Ltd declined to give evidence in person.", "Port Leven Marine Ltd", true},
		{"firm named after a mountain, opening its sentence", "Mount Kessel Mining Ltd said it would close the pit.", "Mount Kessel Mining Ltd", true},
	})
}
